#include "Authenticator.h"

#include "Roles.h"
#include "TokenRepository.h"

#include <QDate>
#include <QDateTime>

namespace scanflow {

void Authenticator::addProcessKey(const QByteArray &key, const ApiKey &settings)
{
    m_processKeys.insert(ApiKeyRepository::hash(key), settings);
}

std::optional<QString> Authenticator::accountEnded(const User &user)
{
    if (!user.active)
        return QStringLiteral("the account of %1 is deactivated").arg(user.userName);
    if (!user.expiration.isEmpty() && QDate::fromString(user.expiration, Qt::ISODate) < QDate::currentDate())
        return QStringLiteral("the account of %1 expired on %2").arg(user.userName, user.expiration);
    return std::nullopt;
}

std::variant<ApiKey, ApiError> Authenticator::apiKey(const QByteArray &key)
{
    const QByteArray hash = ApiKeyRepository::hash(key);
    if (const auto it = m_processKeys.constFind(hash); it != m_processKeys.cend())
        return *it;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_keysMutex);
        if (const auto it = m_keys.constFind(hash); it != m_keys.cend() && it->until > now)
            return it->key;
        generation = m_keysGeneration;
    }
    const auto found = ApiKeyRepository(m_db).find(key);
    if (!found)
        return ApiError::internal(found.error());
    if (!found->has_value())
        return ApiError::forbidden(QStringLiteral("the API key is not valid"));
    const QMutexLocker lock(&m_keysMutex);
    // A key deleted while it was being looked up is not put back (forgetKeys moved on).
    if (generation == m_keysGeneration) {
        if (m_keys.size() > 1000) // made-up keys are never cached, so this only bounds real ones
            m_keys.clear();
        m_keys.insert(hash, {**found, now + KeyCacheMs});
    }
    return **found;
}

std::optional<ApiError> Authenticator::bearer(const QByteArray &token, Caller *caller)
{
    const auto holder = TokenRepository::holderOf(token);
    if (!holder)
        return ApiError::unauthorized(QStringLiteral("Authorization: the token is not valid or has expired"));
    const auto owner = TokenRepository(m_db, *holder).findAccess(token);
    if (!owner)
        return ApiError::internal(owner.error());
    if (!owner->has_value())
        return ApiError::unauthorized(QStringLiteral("Authorization: the token is not valid or has expired"));
    if ((*owner)->apiKeyId != caller->key.id)
        return ApiError::unauthorized(QStringLiteral("Authorization: the token was issued through another API key"));
    if (*holder == TokenRepository::Holder::Device) {
        const auto device = DeviceRepository(m_db).get((*owner)->holderId);
        if (!device)
            return ApiError::internal(device.error());
        if (!device->has_value() || !(*device)->registered())
            return ApiError::unauthorized(QStringLiteral("Authorization: the device is no longer trusted"));
        caller->device = **device;
        return std::nullopt;
    }
    const auto user = UserRepository(m_db).byId((*owner)->holderId);
    if (!user)
        return ApiError::internal(user.error());
    if (!user->has_value())
        return ApiError::unauthorized(QStringLiteral("Authorization: the token's user no longer exists"));
    // An account ends when it ends, not when its token does.
    if (const auto ended = accountEnded(**user))
        return ApiError::unauthorized(QStringLiteral("Authorization: ") + *ended);
    caller->user = **user;
    const auto permissions = Roles::permissionsOf(m_db, **user);
    if (!permissions)
        return ApiError::internal(permissions.error());
    caller->userPermissions = *permissions;
    return std::nullopt;
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
    if (access.secureKey && caller->key.insecure()) {
        return ApiError::forbidden(QStringLiteral(
            "this call cannot be made with an insecure API key (one that allows unauthenticated requests without advanced permissions)"));
    }

    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer "))
            return ApiError::unauthorized(QStringLiteral("Authorization: only \"Bearer <token>\" is accepted"));
        if (const auto refused = bearer(authorization.mid(7).trimmed(), caller.get()))
            return *refused;
    }

    if (access.deviceRequired && !caller->isDevice())
        return ApiError::forbidden(QStringLiteral("this call needs a trusted device (Authorization: Bearer <device token>)"));
    if (caller->isDevice() && !access.deviceMayAct && !access.deviceRequired)
        return ApiError::forbidden(QStringLiteral("a device token is not accepted here; log the user in and send their token"));
    if (access.untrustedEndpoint && !caller->key.allowUntrustedEndpoints && !caller->isDevice())
        return ApiError::forbidden(QStringLiteral("this call needs a trusted device or an API key that allows untrusted endpoints"));
    if (access.callerNamed && !caller->hasUser() && !caller->mayActForUsers()) {
        return ApiError::unauthorized(QStringLiteral(
            "Authorization: this call needs an authenticated request (a user token) or a trusted endpoint (a device token)"));
    }
    if (!caller->hasUser()) {
        if (access.userTokenRequired)
            return ApiError::unauthorized(QStringLiteral("Authorization: this call needs a user token (Bearer)"));
        if (!caller->key.allowUnauthenticated && !access.tokenFree && !caller->isDevice()) {
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
    // "Last seen" to the minute: not a write on every call of a busy terminal.
    if (caller->isDevice() && QDateTime::currentMSecsSinceEpoch() - caller->device->lastSeenAt > 60000)
        DeviceRepository(m_db).seen(caller->device->id);
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

ApiAdmit Authenticator::admission(Access access)
{
    return [this, access = std::move(access)](const ApiRequest &request) { return identify(request, access); };
}

} // namespace scanflow
