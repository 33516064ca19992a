#include "Authenticator.h"

#include "AccessControlRepository.h"
#include "GroupRepository.h"
#include "Permissions.h"
#include "UserTokenRepository.h"

#include <QDateTime>

namespace scanflow {

Result<QStringList> Authenticator::permissionsOf(const User &user)
{
    const auto groups = GroupRepository(m_db).groupsOf(user.id);
    if (!groups)
        return Result<QStringList>::failure(groups.error());
    QStringList names, dns;
    for (const Group &g : *groups) {
        names.append(g.name);
        dns.append(g.groupDn);
    }
    const auto roles = AccessControlRepository(m_db).rolesOf(user.providerId, user.userName, names, dns);
    if (!roles)
        return Result<QStringList>::failure(roles.error());
    QStringList permissions;
    for (const QString &role : *roles) {
        for (const QString &p : Permissions::ofRole(role)) {
            if (!permissions.contains(p))
                permissions.append(p);
        }
    }
    return permissions;
}

void Authenticator::addProcessKey(const QByteArray &key, const ApiKey &settings)
{
    m_processKeys.insert(ApiKeyRepository::hash(key), settings);
}

std::variant<ApiKey, ApiError> Authenticator::apiKey(const QByteArray &key)
{
    const QByteArray hash = ApiKeyRepository::hash(key);
    if (const auto it = m_processKeys.constFind(hash); it != m_processKeys.cend())
        return *it;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const auto it = m_keys.constFind(hash); it != m_keys.cend() && it->until > now)
        return it->key;
    const auto found = ApiKeyRepository(m_db).find(key);
    if (!found)
        return ApiError::internal(found.error());
    if (!found->has_value())
        return ApiError::forbidden(QStringLiteral("the API key is not valid"));
    if (m_keys.size() > 1000) // made-up keys are never cached, so this only bounds real ones
        m_keys.clear();
    m_keys.insert(hash, {**found, now + KeyCacheMs});
    return **found;
}

std::variant<std::shared_ptr<const Caller>, ApiError> Authenticator::identify(const ApiRequest &request, const Access &access)
{
    auto caller = std::make_shared<Caller>();
    const QByteArray key = request.header("X-Api-Key").trimmed();
    if (key.isEmpty()) {
        if (access.keyOptional)
            return std::shared_ptr<const Caller>();
        return ApiError::forbidden(QStringLiteral("the X-Api-Key header is missing"));
    }
    auto found = apiKey(key);
    if (const auto *e = std::get_if<ApiError>(&found))
        return *e;
    caller->key = std::get<ApiKey>(std::move(found));

    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer "))
            return ApiError::unauthorized(QStringLiteral("Authorization: only \"Bearer <user token>\" is accepted"));
        const auto owner = UserTokenRepository(m_db).findAccess(authorization.mid(7).trimmed());
        if (!owner)
            return ApiError::internal(owner.error());
        if (!owner->has_value())
            return ApiError::unauthorized(QStringLiteral("Authorization: the user token is not valid or has expired"));
        if ((*owner)->apiKeyId != caller->key.id)
            return ApiError::unauthorized(QStringLiteral("Authorization: the user token was issued through another API key"));
        const auto user = UserRepository(m_db).byId((*owner)->userId);
        if (!user)
            return ApiError::internal(user.error());
        if (!user->has_value())
            return ApiError::unauthorized(QStringLiteral("Authorization: the token's user no longer exists"));
        caller->user = **user;
        const auto permissions = permissionsOf(**user);
        if (!permissions)
            return ApiError::internal(permissions.error());
        caller->userPermissions = *permissions;
    }

    if (access.untrustedEndpoint && !caller->key.allowUntrustedEndpoints)
        return ApiError::forbidden(QStringLiteral("this API key does not allow untrusted endpoints, which this call needs"));
    if (!caller->hasUser()) {
        if (access.userTokenRequired)
            return ApiError::unauthorized(QStringLiteral("Authorization: this call needs a user token (Bearer)"));
        if (!caller->key.allowUnauthenticated && !access.tokenFree) {
            return ApiError::unauthorized(QStringLiteral(
                "Authorization: this API key does not allow unauthenticated requests; log in and send the user token"));
        }
    } else {
        for (const QString &p : access.permissions) {
            if (!caller->userPermissions.contains(p))
                return ApiError::forbidden(QStringLiteral("the user %1 lacks the %2 permission").arg(caller->user->userName, p));
        }
    }
    if (caller->key.advancedPermissions) {
        for (const QString &p : access.permissions) {
            if (!caller->key.permissions.contains(p))
                return ApiError::forbidden(QStringLiteral("the API key lacks the %1 permission").arg(p));
        }
    } else if (access.advanced) {
        return ApiError::forbidden(QStringLiteral("this call needs an API key with advanced API permissions"));
    }
    return std::shared_ptr<const Caller>(std::move(caller));
}

std::optional<ApiError> Authenticator::require(const ApiRequest &request, const QString &permission)
{
    const Caller *caller = request.caller.get();
    if (!caller)
        return ApiError::forbidden(QStringLiteral("the %1 permission is needed").arg(permission));
    if (caller->hasUser() && !caller->userPermissions.contains(permission))
        return ApiError::forbidden(QStringLiteral("the user %1 lacks the %2 permission").arg(caller->user->userName, permission));
    if (caller->key.advancedPermissions && !caller->key.permissions.contains(permission))
        return ApiError::forbidden(QStringLiteral("the API key lacks the %1 permission").arg(permission));
    return std::nullopt;
}

ApiHandler Authenticator::guard(ApiHandler handler, Access access)
{
    return [this, handler = std::move(handler), access = std::move(access)](const ApiRequest &request) -> ApiResult {
        auto caller = identify(request, access);
        if (const auto *e = std::get_if<ApiError>(&caller))
            return *e;
        ApiRequest withCaller = request;
        withCaller.caller = std::get<std::shared_ptr<const Caller>>(caller);
        return handler(withCaller);
    };
}

} // namespace scanflow
