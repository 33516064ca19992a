#include "PrivateData.h"

#include "UserRepository.h"

#include <QRegularExpression>

#include "WorkflowService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace scanflow {

namespace {

// The names QueueWorker and SecretTokenStore read.
const QString Token = QStringLiteral("oauth.token");
const QString NeedsRenewal = QStringLiteral("oauth.needsRenewal");
const QString Login = QStringLiteral("basic.login");
const QString Password = QStringLiteral("basic.password");
const QString ValuePrefix = QStringLiteral("value:");

QByteArray tokenJson(const OAuthToken &t)
{
    QJsonObject o{{QStringLiteral("accessToken"), t.accessToken}, {QStringLiteral("refreshToken"), t.refreshToken}};
    if (t.expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), t.expiresAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString toString(AuthorizationState state)
{
    switch (state) {
    case AuthorizationState::Authorized: return QStringLiteral("Authorized");
    case AuthorizationState::NotAuthorized: return QStringLiteral("NotAuthorized");
    case AuthorizationState::NeedsRenewal: return QStringLiteral("NeedsRenewal");
    }
    return {};
}

AuthorizationStatus PrivateData::shared(qint64 workflowId)
{
    AuthorizationStatus status;
    const QString owner = WorkflowService::owner(workflowId);
    const auto names = m_secrets.names(owner);
    if (names && names->contains(NeedsRenewal)) {
        status.state = AuthorizationState::NeedsRenewal;
        if (const auto reason = m_secrets.get(owner, NeedsRenewal); reason && reason->has_value())
            status.reason = QString::fromUtf8(**reason);
    } else if (names && names->contains(Token)) {
        status.state = AuthorizationState::Authorized;
    } else {
        status.missing.append(QStringLiteral("token"));
    }
    return status;
}

Status PrivateData::checkShared(const Workflow &workflow)
{
    if (workflow.destination.auth.type != AuthType::OAuth2)
        return Status::failure(QStringLiteral("the workflow does not use OAuth 2.0, so it has nothing to authorize"));
    if (workflow.hasUserSpecificAuth())
        return Status::failure(QStringLiteral("the workflow's authentication is user specific: each user authorizes in Workplace"));
    return Status::success();
}

Status PrivateData::saveShared(const Workflow &workflow, qint64 workflowId, const OAuthToken &token)
{
    if (const Status s = checkShared(workflow); !s)
        return s;
    if (token.accessToken.isEmpty() && token.refreshToken.isEmpty())
        return Status::failure(QStringLiteral("token: needs an accessToken or a refreshToken"));
    return m_db.transaction([&]() -> Status {
        const QString owner = WorkflowService::owner(workflowId);
        if (const Status s = m_secrets.put(owner, Token, tokenJson(token)); !s)
            return s;
        return m_secrets.remove(owner, NeedsRenewal);
    });
}

Status PrivateData::revokeShared(qint64 workflowId)
{
    return m_db.transaction([&]() -> Status {
        const QString owner = WorkflowService::owner(workflowId);
        if (const Status s = m_secrets.remove(owner, Token); !s)
            return s;
        return m_secrets.remove(owner, NeedsRenewal);
    });
}

AuthorizationStatus PrivateData::ofUser(const Workflow &workflow, qint64 workflowId, qint64 userId)
{
    AuthorizationStatus status;
    const QString owner = WorkflowService::userOwner(workflowId, userId);
    const auto namesOrError = m_secrets.names(owner);
    const QStringList names = namesOrError ? *namesOrError : QStringList();
    for (const Parameter &p : workflow.userSpecificParameters()) {
        if (!names.contains(ValuePrefix + p.key))
            status.missing.append(QStringLiteral("values.") + p.key);
    }
    const Auth &auth = workflow.destination.auth;
    if (workflow.hasUserSpecificAuth() && auth.type == AuthType::Basic) {
        if (!names.contains(Login))
            status.missing.append(QStringLiteral("login"));
        if (!names.contains(Password))
            status.missing.append(QStringLiteral("password"));
    }
    if (workflow.hasUserSpecificAuth() && auth.type == AuthType::OAuth2) {
        if (names.contains(NeedsRenewal)) {
            status.state = AuthorizationState::NeedsRenewal;
            if (const auto reason = m_secrets.get(owner, NeedsRenewal); reason && reason->has_value())
                status.reason = QString::fromUtf8(**reason);
            return status;
        }
        if (!names.contains(Token))
            status.missing.append(QStringLiteral("token"));
    }
    status.state = status.missing.isEmpty() ? AuthorizationState::Authorized : AuthorizationState::NotAuthorized;
    return status;
}

Status PrivateData::checkUser(const Workflow &workflow, const PrivateValues &given, TokenCheck tokenCheck)
{
    if (!workflow.userSpecific || !workflow.needsPrivateUserData())
        return Status::failure(QStringLiteral("the workflow needs no private data"));
    const QList<Parameter> parameters = workflow.userSpecificParameters();
    for (auto it = given.values.cbegin(); it != given.values.cend(); ++it) {
        const bool known = std::any_of(parameters.cbegin(), parameters.cend(), [&](const Parameter &p) { return p.key == it.key(); });
        if (!known)
            return Status::failure(QStringLiteral("values.%1: the workflow has no such user-specific parameter").arg(it.key()));
    }
    for (const Parameter &p : parameters) {
        if (given.values.value(p.key).trimmed().isEmpty())
            return Status::failure(QStringLiteral("values.%1: \"%2\" is required").arg(p.key, p.value));
    }
    const Auth &auth = workflow.destination.auth;
    const bool basic = workflow.hasUserSpecificAuth() && auth.type == AuthType::Basic;
    const bool oauth = workflow.hasUserSpecificAuth() && auth.type == AuthType::OAuth2;
    if (basic && given.login.isEmpty())
        return Status::failure(QStringLiteral("login: required"));
    if (basic && given.password.isEmpty())
        return Status::failure(QStringLiteral("password: required"));
    if (!oauth && tokenCheck == TokenToCome)
        return Status::failure(QStringLiteral("authorization: the workflow does not use user-specific OAuth 2.0"));
    if (oauth && tokenCheck == TokenRequired && (!given.token || given.token->isEmpty()))
        return Status::failure(QStringLiteral("token: the workflow's OAuth 2.0 authorization is required"));
    return Status::success();
}

Status PrivateData::saveUser(const Workflow &workflow, qint64 workflowId, qint64 userId, const PrivateValues &given)
{
    if (const Status s = checkUser(workflow, given); !s)
        return s;
    if (const Status s = m_secrets.writable(); !s)
        return s;
    const QList<Parameter> parameters = workflow.userSpecificParameters();
    const Auth &auth = workflow.destination.auth;
    const bool basic = workflow.hasUserSpecificAuth() && auth.type == AuthType::Basic;
    const bool oauth = workflow.hasUserSpecificAuth() && auth.type == AuthType::OAuth2;
    return m_db.transaction([&]() -> Status {
        const QString owner = WorkflowService::userOwner(workflowId, userId);
        if (const Status s = m_secrets.removeOwner(owner); !s)
            return s;
        for (const Parameter &p : parameters) {
            if (const Status s = m_secrets.put(owner, ValuePrefix + p.key, given.values.value(p.key).toUtf8()); !s)
                return s;
        }
        if (basic) {
            if (const Status s = m_secrets.put(owner, Login, given.login.toUtf8()); !s)
                return s;
            if (const Status s = m_secrets.put(owner, Password, given.password.toUtf8()); !s)
                return s;
        }
        if (oauth)
            return m_secrets.put(owner, Token, tokenJson(*given.token));
        return Status::success();
    });
}

Status PrivateData::revokeUser(qint64 workflowId, qint64 userId)
{
    return m_secrets.removeOwner(WorkflowService::userOwner(workflowId, userId));
}

Result<QList<qint64>> PrivateData::usersOf(qint64 workflowId)
{
    const QString prefix = WorkflowService::usersPrefix(workflowId);
    const auto owners = m_secrets.ownersStartingWith(prefix);
    if (!owners)
        return Result<QList<qint64>>::failure(owners.error());
    QList<qint64> users;
    for (const QString &o : *owners)
        users.append(o.mid(prefix.size()).toLongLong());
    return users;
}

Status PrivateData::forgetUser(qint64 userId)
{
    const auto owners = m_secrets.ownersStartingWith(QStringLiteral("workflow:"));
    if (!owners)
        return Status::failure(owners.error());
    const QString mine = QStringLiteral("/uid:") + QString::number(userId);
    for (const QString &owner : *owners) {
        if (owner.endsWith(mine)) {
            if (const Status s = m_secrets.removeOwner(owner); !s)
                return s;
        }
    }
    return Status::success();
}

Status PrivateData::adoptLegacyOwners()
{
    const auto owners = m_secrets.ownersStartingWith(QStringLiteral("workflow:"));
    if (!owners)
        return Status::failure(owners.error());
    static const QRegularExpression legacy(QStringLiteral("^workflow:(\\d+)/user:(.+)$"));
    for (const QString &old : *owners) {
        const QRegularExpressionMatch m = legacy.match(old);
        if (!m.hasMatch())
            continue;
        const Status s = m_db.transaction([&]() -> Status {
            const auto user = UserRepository(m_db).byName(UserRepository::LocalProvider, m.captured(2));
            if (!user)
                return Status::failure(user.error());
            if (user->has_value()) {
                const QString owner = WorkflowService::userOwner(m.captured(1).toLongLong(), (*user)->id);
                const auto names = m_secrets.names(old);
                if (!names)
                    return Status::failure(names.error());
                for (const QString &name : *names) {
                    const auto value = m_secrets.get(old, name); // unsealed with the old owner, sealed with the new
                    if (!value)
                        return Status::failure(value.error());
                    if (value->has_value()) {
                        if (const Status put = m_secrets.put(owner, name, **value); !put)
                            return put;
                    }
                }
            }
            return m_secrets.removeOwner(old);
        });
        if (!s)
            return s;
    }
    return Status::success();
}

} // namespace scanflow
