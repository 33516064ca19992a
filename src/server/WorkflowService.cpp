#include "WorkflowService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace scanflow {

namespace {

const QString BasicPassword = QStringLiteral("basic.password");
const QString ClientSecret = QStringLiteral("oauth.clientSecret");
const QString Token = QStringLiteral("oauth.token");
const QString NeedsRenewal = QStringLiteral("oauth.needsRenewal");

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

Status WorkflowService::saveSecrets(qint64 id, const Workflow &w, bool keepUnsent)
{
    const Auth &a = w.destination.auth;
    const QList<QPair<QString, QString>> values{{BasicPassword, a.type == AuthType::Basic ? a.password : QString()},
                                                {ClientSecret, a.type == AuthType::OAuth2 ? a.clientSecret : QString()}};
    for (const auto &[name, value] : values) {
        if (value.isEmpty() && keepUnsent)
            continue;
        const Status s = value.isEmpty() ? m_secrets.remove(owner(id), name) : m_secrets.put(owner(id), name, value.toUtf8());
        if (!s)
            return s;
    }
    if (a.type == AuthType::OAuth2 && a.token)
        return m_secrets.put(owner(id), Token, tokenToJson(*a.token));
    return Status::success();
}

Result<qint64> WorkflowService::create(const Workflow &workflow)
{
    const Auth &a = workflow.destination.auth;
    const bool hasSecrets = !a.password.isEmpty() || !a.clientSecret.isEmpty() || a.token;
    if (const Status writable = m_secrets.writable(); hasSecrets && !writable) // refuse, never drop a secret silently
        return Result<qint64>::failure(writable.error());
    qint64 id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        const auto created = m_workflows.create(workflow);
        if (!created)
            return Status::failure(created.error());
        id = *created;
        return saveSecrets(id, workflow, false);
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
    }
    return R(std::optional<Workflow>(w));
}

Status WorkflowService::update(qint64 id, Workflow workflow, bool revokeUserAuthorizations)
{
    const auto before = m_workflows.get(id);
    if (!before)
        return Status::failure(before.error());
    if (!before->has_value())
        return Status::failure(QStringLiteral("workflow %1 does not exist").arg(id));
    const bool wasUserSpecific = (*before)->workflow.userSpecific;
    if (!workflow.userSpecific) { // R14: no user-specific parameters on a shared workflow
        workflow.destination.auth.userSpecific = false;
        for (Step &step : workflow.destination.steps)
            step.params.erase(std::remove_if(step.params.begin(), step.params.end(),
                                             [](const Parameter &p) { return p.type == ParamType::User; }),
                              step.params.end());
    }
    const bool revoke = (wasUserSpecific && !workflow.userSpecific) || revokeUserAuthorizations;
    return m_db.transaction([&]() -> Status {
        if (const Status s = m_workflows.update(id, workflow); !s)
            return s;
        // Same auth type: a secret left empty is one the client did not resend, so it stays.
        const bool sameAuth = (*before)->workflow.destination.auth.type == workflow.destination.auth.type;
        if (const Status s = saveSecrets(id, workflow, sameAuth); !s)
            return s;
        if (revoke) {
            // Every "workflow:<id>/user:…" owner: the users' private values, logins and tokens.
            if (const Status s = m_secrets.removeOwnersStartingWith(userOwner(id, {})); !s)
                return s;
        }
        return Status::success();
    });
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
    return user.isEmpty() ? workflow : workflow + QStringLiteral("/user:") + user;
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

std::optional<QString> SecretTokenStore::renewalReason(const QString &workflowKey, const QString &user) const
{
    const auto value = m_secrets.get(ownerOf(workflowKey, user), NeedsRenewal);
    if (!value || !value->has_value())
        return std::nullopt;
    return QString::fromUtf8(**value);
}

} // namespace scanflow
