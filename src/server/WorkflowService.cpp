#include "WorkflowService.h"

#include "ConnectionCheck.h"
#include "Entities.h"
#include "EntityRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace scanflow {

namespace {

const QString BasicPassword = QStringLiteral("basic.password");
const QString ClientSecret = QStringLiteral("oauth.clientSecret");
const QString Token = QStringLiteral("oauth.token");
const QString NeedsRenewal = QStringLiteral("oauth.needsRenewal");
// The connection's secrets: a PEM client key or a whole PKCS#12 file, its password, the proxy's.
const QString ClientKey = QStringLiteral("connection.clientKey");
const QString ClientP12 = QStringLiteral("connection.clientP12");
const QString KeyPassword = QStringLiteral("connection.keyPassword");
const QString ProxyPassword = QStringLiteral("connection.proxyPassword");

// The connection's secret fields, by their name in the store.
QList<QPair<QString, QString *>> connectionSecrets(Connection &c)
{
    return {{ClientKey, c.clientCertFormat == ClientCertFormat::Pem ? &c.clientKey : nullptr},
            {ClientP12, c.clientCertFormat == ClientCertFormat::P12 ? &c.clientCertificate : nullptr},
            {KeyPassword, c.clientCertFormat != ClientCertFormat::None ? &c.clientKeyPassword : nullptr},
            {ProxyPassword, c.proxyMode == ProxyMode::Url ? &c.proxyPassword : nullptr}};
}

// The connection as it will be kept: what the client sent, and for what it left empty the
// secret stored before, where it still belongs: the key and the PKCS#12 file while the
// certificate is the same, the proxy's password while the proxy and its login are.
Connection withKeptSecrets(Connection c, const Connection *before)
{
    if (c.clientCertFormat == ClientCertFormat::None) {
        c.clientCertificate.clear();
        c.clientKey.clear();
        c.clientKeyPassword.clear();
    }
    if (c.proxyMode != ProxyMode::Url)
        c.proxyPassword.clear();
    if (!before)
        return c;
    const bool sameFormat = c.clientCertFormat == before->clientCertFormat;
    bool certificateKept = false;
    if (sameFormat && c.clientCertFormat == ClientCertFormat::P12 && c.clientCertificate.isEmpty()) {
        c.clientCertificate = before->clientCertificate;
        certificateKept = true;
    } else if (sameFormat && c.clientCertFormat == ClientCertFormat::Pem && c.clientKey.isEmpty()
               && c.clientCertificate == before->clientCertificate) {
        c.clientKey = before->clientKey;
        certificateKept = true;
    }
    if (certificateKept && c.clientKeyPassword.isEmpty())
        c.clientKeyPassword = before->clientKeyPassword;
    if (c.proxyMode == ProxyMode::Url && c.proxyPassword.isEmpty() && before->proxyMode == ProxyMode::Url
        && c.proxyUrl.trimmed() == before->proxyUrl.trimmed() && c.proxyLogin == before->proxyLogin)
        c.proxyPassword = before->proxyPassword;
    return c;
}

QByteArray tokenToJson(const OAuthToken &t)
{
    QJsonObject o{{QStringLiteral("accessToken"), t.accessToken}, {QStringLiteral("refreshToken"), t.refreshToken}};
    if (t.expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), t.expiresAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OAuthToken tokenFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return {o.value(QStringLiteral("accessToken")).toString(), o.value(QStringLiteral("refreshToken")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs)};
}

} // namespace

namespace {

const QString ParamPrefix = QStringLiteral("param:");

// A secret step parameter's name in the store: its step's place and its key.
QString paramSecret(int step, const QString &key)
{
    return ParamPrefix + QString::number(step) + u':' + key;
}

// The value a client left empty: the same parameter of the same step (by its display name)
// in the workflow as stored.
QString keptParam(const Workflow &kept, const QString &stepName, const QString &key)
{
    const QList<Step> &steps = kept.destination.steps;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).displayName(i) != stepName)
            continue;
        for (const Parameter &p : steps.at(i).params) {
            if (p.secret && p.key == key)
                return p.value;
        }
    }
    return {};
}

bool hasSecrets(const Workflow &w)
{
    const Auth &a = w.destination.auth;
    if (!a.password.isEmpty() || !a.clientSecret.isEmpty() || a.token)
        return true;
    Connection c = w.destination.connection;
    for (const auto &[name, field] : connectionSecrets(c)) {
        if (field && !field->isEmpty())
            return true;
    }
    for (const Step &s : w.destination.steps) {
        if (std::any_of(s.params.cbegin(), s.params.cend(), [](const Parameter &p) { return p.secret && !p.value.isEmpty(); }))
            return true;
    }
    return false;
}

} // namespace

Status WorkflowService::saveSecrets(qint64 id, const Workflow &w, const Workflow *kept)
{
    const Auth &a = w.destination.auth;
    const Auth *before = kept ? &kept->destination.auth : nullptr;
    const QList<QPair<QString, QString>> values{
        {BasicPassword, a.type != AuthType::Basic ? QString() : !a.password.isEmpty() || !before ? a.password : before->password},
        {ClientSecret, a.type != AuthType::OAuth2 ? QString() : !a.clientSecret.isEmpty() || !before ? a.clientSecret : before->clientSecret}};
    for (const auto &[name, value] : values) {
        const Status s = value.isEmpty() ? m_secrets.remove(owner(id), name) : m_secrets.put(owner(id), name, value.toUtf8());
        if (!s)
            return s;
    }
    const auto names = m_secrets.names(owner(id));
    if (!names)
        return Status::failure(names.error());
    for (const QString &name : *names) {
        if (name.startsWith(ParamPrefix)) {
            if (const Status s = m_secrets.remove(owner(id), name); !s)
                return s;
        }
    }
    const QList<Step> &steps = w.destination.steps;
    for (int i = 0; i < steps.size(); ++i) {
        for (const Parameter &p : steps.at(i).params) {
            if (!p.secret)
                continue;
            const QString value = !p.value.isEmpty() || !kept ? p.value : keptParam(*kept, steps.at(i).displayName(i), p.key);
            if (value.isEmpty())
                continue;
            if (const Status s = m_secrets.put(owner(id), paramSecret(i, p.key), value.toUtf8()); !s)
                return s;
        }
    }
    Connection c = w.destination.connection; // its kept secrets merged in already
    for (const auto &[name, field] : connectionSecrets(c)) {
        const Status s = !field || field->isEmpty() ? m_secrets.remove(owner(id), name)
                                                    : m_secrets.put(owner(id), name, field->toUtf8());
        if (!s)
            return s;
    }
    if (a.type == AuthType::OAuth2 && a.token)
        return m_secrets.put(owner(id), Token, tokenToJson(*a.token));
    return Status::success();
}

Status WorkflowService::resolveTrustedCas(Connection &c)
{
    if (c.trustedCaAliases.isEmpty())
        return Status::success();
    const auto certificates = EntityRepository(m_db, Entities::Certificate).list();
    if (!certificates)
        return Status::failure(certificates.error());
    for (qsizetype i = 0; i < c.trustedCaAliases.size(); ++i) {
        const QString &alias = c.trustedCaAliases.at(i);
        const auto it = std::find_if(certificates->cbegin(), certificates->cend(), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("kind")).toString() == QLatin1String("ca") && o.value(QStringLiteral("alias")).toString() == alias;
        });
        if (it == certificates->cend()) {
            return Status::failure(QStringLiteral("destination.connection.trustedCaAliases[%1]: no CA certificate \"%2\" "
                                                  "(import it under Certificates first)").arg(i).arg(alias));
        }
        if (!c.trustedCas.isEmpty() && !c.trustedCas.endsWith(u'\n'))
            c.trustedCas += u'\n';
        c.trustedCas += it->value(QStringLiteral("body")).toString();
    }
    return Status::success();
}

Status WorkflowService::prepareConnection(Workflow &workflow, const Connection *before)
{
    Connection &c = workflow.destination.connection;
    c = withKeptSecrets(c, before);
    Connection resolved = c;
    if (const Status s = resolveTrustedCas(resolved); !s)
        return s;
    if (const QString problem = checkConnection(resolved); !problem.isEmpty())
        return Status::failure(problem);
    return Status::success();
}

Result<Workflow> WorkflowService::trialWorkflow(qint64 id, Workflow draft)
{
    using R = Result<Workflow>;
    std::optional<Workflow> old;
    if (id > 0) {
        const auto stored = load(id);
        if (!stored)
            return R::failure(stored.error());
        old = *stored;
    }
    const QStringList known = old ? old->origins() : QStringList();
    const QStringList now = draft.origins();
    const bool retargeted = !old || std::any_of(now.cbegin(), now.cend(), [&](const QString &o) { return !known.contains(o); });
    draft.id = retargeted ? QStringLiteral("trial:%1").arg(id) : QString::number(id); // whose stored tokens it may use
    if (!retargeted && old->destination.auth.type == draft.destination.auth.type) {
        Auth &a = draft.destination.auth;
        if (a.password.isEmpty())
            a.password = old->destination.auth.password;
        if (a.clientSecret.isEmpty())
            a.clientSecret = old->destination.auth.clientSecret;
        QList<Step> &steps = draft.destination.steps;
        for (int i = 0; i < steps.size(); ++i) {
            for (Parameter &p : steps[i].params) {
                if (p.secret && p.value.isEmpty())
                    p.value = keptParam(*old, steps.at(i).displayName(i), p.key);
            }
        }
    }
    if (const Status s = prepareConnection(draft, retargeted ? nullptr : &old->destination.connection); !s)
        return R::failure(s.error());
    if (const Status s = resolveTrustedCas(draft.destination.connection); !s)
        return R::failure(s.error());
    return draft;
}

Result<std::optional<Workflow>> WorkflowService::loadForDelivery(qint64 id)
{
    auto w = load(id);
    if (w && w->has_value()) {
        if (const Status s = resolveTrustedCas(w.value()->destination.connection); !s)
            return Result<std::optional<Workflow>>::failure(s.error());
    }
    return w;
}

Status WorkflowService::checkConnector(const Workflow &workflow)
{
    if (workflow.connectorId == 0)
        return Status::success();
    const auto found = EntityRepository(m_db, Entities::ScanConnector).get(workflow.connectorId);
    if (!found)
        return Status::failure(found.error());
    if (!found->has_value())
        return Status::failure(QStringLiteral("connectorId: no scan connector %1").arg(workflow.connectorId));
    return Status::success();
}

Result<qint64> WorkflowService::create(Workflow workflow)
{
    if (const Status s = checkConnector(workflow); !s)
        return Result<qint64>::failure(s.error());
    if (const Status s = prepareConnection(workflow, nullptr); !s)
        return Result<qint64>::failure(s.error());
    if (const Status writable = m_secrets.writable(); hasSecrets(workflow) && !writable) // refuse, never drop a secret silently
        return Result<qint64>::failure(writable.error());
    qint64 id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        const auto created = m_workflows.create(workflow);
        if (!created)
            return Status::failure(created.error());
        id = *created;
        return saveSecrets(id, workflow, nullptr);
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<std::optional<Workflow>> WorkflowService::load(qint64 id)
{
    using R = Result<std::optional<Workflow>>;
    const auto stored = m_workflows.get(id);
    if (!stored)
        return R::failure(stored.error());
    if (!stored->has_value())
        return R(std::nullopt);
    Workflow w = (*stored)->workflow;
    Auth &a = w.destination.auth;
    if (m_secrets.canStore()) {
        for (const auto &[name, target] : {std::pair{BasicPassword, &a.password}, std::pair{ClientSecret, &a.clientSecret}}) {
            const auto value = m_secrets.get(owner(id), name);
            if (!value)
                return R::failure(value.error());
            if (value->has_value())
                *target = QString::fromUtf8(**value);
        }
        QList<Step> &steps = w.destination.steps;
        for (int i = 0; i < steps.size(); ++i) {
            for (Parameter &p : steps[i].params) {
                if (!p.secret)
                    continue;
                const auto value = m_secrets.get(owner(id), paramSecret(i, p.key));
                if (!value)
                    return R::failure(value.error());
                if (value->has_value())
                    p.value = QString::fromUtf8(**value);
            }
        }
        for (const auto &[name, field] : connectionSecrets(w.destination.connection)) {
            if (!field)
                continue;
            const auto value = m_secrets.get(owner(id), name);
            if (!value)
                return R::failure(value.error());
            if (value->has_value())
                *field = QString::fromUtf8(**value);
        }
    }
    return R(std::optional<Workflow>(w));
}

Result<bool> WorkflowService::update(qint64 id, Workflow workflow, bool revokeUserAuthorizations)
{
    const auto before = load(id); // secrets included: what an empty field keeps
    if (!before)
        return Result<bool>::failure(before.error());
    if (!before->has_value())
        return Result<bool>::failure(QStringLiteral("workflow %1 does not exist").arg(id));
    const Workflow &old = **before;
    if (const Status s = checkConnector(workflow); !s)
        return Result<bool>::failure(s.error());
    if (!workflow.userSpecific) { // R14: no user-specific parameters on a shared workflow
        workflow.destination.auth.userSpecific = false;
        for (Step &step : workflow.destination.steps)
            step.params.erase(std::remove_if(step.params.begin(), step.params.end(),
                                             [](const Parameter &p) { return p.type == ParamType::User; }),
                              step.params.end());
    }
    const QStringList known = old.origins();
    const QStringList now = workflow.origins();
    const bool retargeted = std::any_of(now.cbegin(), now.cend(), [&](const QString &o) { return !known.contains(o); });
    const bool revoke = (old.userSpecific && !workflow.userSpecific) || revokeUserAuthorizations || retargeted;
    // Same auth type and the same places: a secret left empty is one the client did not resend.
    const bool keep = old.destination.auth.type == workflow.destination.auth.type && !retargeted;
    // The client certificate and the proxy login stay while the workflow goes where it went.
    if (const Status s = prepareConnection(workflow, retargeted ? nullptr : &old.destination.connection); !s)
        return Result<bool>::failure(s.error());
    if (const Status writable = m_secrets.writable(); hasSecrets(workflow) && !writable)
        return Result<bool>::failure(writable.error());
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status u = m_workflows.update(id, workflow); !u)
            return u;
        if (const Status u = saveSecrets(id, workflow, keep ? &old : nullptr); !u)
            return u;
        if (retargeted) { // a shared token obtained for the old places goes too
            if (const Status u = m_secrets.remove(owner(id), Token); !u)
                return u;
            if (const Status u = m_secrets.remove(owner(id), NeedsRenewal); !u)
                return u;
        }
        if (revoke) {
            // Every "workflow:<id>/uid:…" owner: the users' private values, logins and tokens.
            if (const Status u = m_secrets.removeOwnersStartingWith(usersPrefix(id)); !u)
                return u;
        }
        return Status::success();
    });
    if (!s)
        return Result<bool>::failure(s.error());
    return retargeted;
}

Status WorkflowService::sealLegacySecrets()
{
    if (!m_secrets.canStore())
        return Status::success(); // sealed when a key is there
    const auto all = m_workflows.list();
    if (!all)
        return Status::failure(all.error());
    for (const StoredWorkflow &stored : *all) {
        // The definition never holds a secret value the store has: one that does is legacy.
        const QList<Step> &steps = stored.workflow.destination.steps;
        const bool legacy = std::any_of(steps.cbegin(), steps.cend(), [](const Step &s) {
            return std::any_of(s.params.cbegin(), s.params.cend(), [](const Parameter &p) { return p.secret && !p.value.isEmpty(); });
        });
        if (!legacy)
            continue;
        const auto full = load(stored.id);
        if (!full)
            return Status::failure(full.error());
        const Status s = m_db.transaction([&]() -> Status {
            if (const Status u = m_workflows.update(stored.id, **full); !u) // written without the values
                return u;
            return saveSecrets(stored.id, **full, nullptr);
        });
        if (!s)
            return s;
    }
    return Status::success();
}

Status WorkflowService::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (const Status s = m_workflows.remove(id); !s)
            return s;
        return m_secrets.removeOwner(owner(id));
    });
}

QString SecretTokenStore::ownerOf(const QString &workflowKey, const QString &user)
{
    const QString workflow = QStringLiteral("workflow:") + workflowKey;
    return user.isEmpty() ? workflow : workflow + QStringLiteral("/uid:") + user;
}

std::optional<OAuthToken> SecretTokenStore::token(const QString &workflowKey, const QString &user) const
{
    const auto value = m_secrets.get(ownerOf(workflowKey, user), Token);
    if (!value || !value->has_value())
        return std::nullopt;
    return tokenFromJson(**value);
}

void SecretTokenStore::saveToken(const QString &workflowKey, const QString &user, const OAuthToken &token)
{
    m_secrets.put(ownerOf(workflowKey, user), Token, tokenToJson(token));
    m_secrets.remove(ownerOf(workflowKey, user), NeedsRenewal);
}

void SecretTokenStore::markNeedsRenewal(const QString &workflowKey, const QString &user, const QString &reason)
{
    m_secrets.put(ownerOf(workflowKey, user), NeedsRenewal, reason.toUtf8());
}

namespace {
// The first key of the refresh locks (pg_advisory_lock(int, int)): their own class of locks.
constexpr int RefreshLockClass = 0x5343;
} // namespace

bool SecretTokenStore::tryLockRefresh(const QString &workflowKey, const QString &user)
{
    bool locked = true; // a database that cannot answer does not stop the refresh
    if (m_db.dialect() == Database::Dialect::Postgres) {
        m_db.eachRow(QStringLiteral("SELECT CASE WHEN pg_try_advisory_lock(?, hashtext(?)) THEN 1 ELSE 0 END"),
                     {RefreshLockClass, ownerOf(workflowKey, user)}, QStringLiteral("locking a token refresh"),
                     [&](const Database::Row &row) { locked = row.integer(0) == 1; });
    }
    if (locked)
        ++m_refreshing;
    return locked;
}

void SecretTokenStore::unlockRefresh(const QString &workflowKey, const QString &user)
{
    --m_refreshing;
    if (m_db.dialect() != Database::Dialect::Postgres)
        return;
    m_db.eachRow(QStringLiteral("SELECT CASE WHEN pg_advisory_unlock(?, hashtext(?)) THEN 1 ELSE 0 END"),
                 {RefreshLockClass, ownerOf(workflowKey, user)}, QStringLiteral("unlocking a token refresh"),
                 [](const Database::Row &) {});
}

std::optional<QString> SecretTokenStore::renewalReason(const QString &workflowKey, const QString &user) const
{
    const auto value = m_secrets.get(ownerOf(workflowKey, user), NeedsRenewal);
    if (!value || !value->has_value())
        return std::nullopt;
    return QString::fromUtf8(**value);
}

} // namespace scanflow
