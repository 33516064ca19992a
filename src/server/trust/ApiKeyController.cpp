#include "ApiKeyController.h"

#include "ApiKeyRepository.h"
#include "Caller.h"
#include "FormParams.h"
#include "JsonBody.h"
#include "Permissions.h"

#include <QJsonArray>

namespace scanflow::ApiKeyController {

namespace {

QJsonObject info(const ApiKey &k)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("prefix"), k.prefix},
            {QStringLiteral("advancedPermissions"), k.advancedPermissions},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(k.permissions)},
            {QStringLiteral("allowUnauthenticated"), k.allowUnauthenticated},
            {QStringLiteral("allowUntrustedEndpoints"), k.allowUntrustedEndpoints},
            {QStringLiteral("onBehalfOfUsers"), k.onBehalfOfUsers}};
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        const auto keys = ApiKeyRepository(db).list();
        if (!keys)
            return ApiError::internal(keys.error());
        QJsonArray out;
        for (const ApiKey &k : *keys)
            out.append(info(k));
        return ApiResponse::json(200, out);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(body, jsonBody(r, QStringLiteral("apiKey")));
        ApiKey k;
        k.name = body.value(QStringLiteral("name")).toString().trimmed();
        if (k.name.isEmpty())
            return ApiError::badRequest(QStringLiteral("name: must not be empty"));
        k.advancedPermissions = body.value(QStringLiteral("advancedPermissions")).toBool();
        k.allowUnauthenticated = body.value(QStringLiteral("allowUnauthenticated")).toBool();
        k.allowUntrustedEndpoints = body.value(QStringLiteral("allowUntrustedEndpoints")).toBool();
        k.onBehalfOfUsers = body.value(QStringLiteral("onBehalfOfUsers")).toBool();
        const QJsonValue permissions = body.value(QStringLiteral("permissions"));
        if (!permissions.isUndefined() && !permissions.isArray())
            return ApiError::badRequest(QStringLiteral("permissions: must be a list of permission names"));
        for (const QJsonValue &p : permissions.toArray()) {
            if (!Permissions::isKnown(p.toString()))
                return ApiError::badRequest(QStringLiteral("permissions: \"%1\" is not a permission").arg(p.toString()));
            k.permissions.append(p.toString());
        }
        // A key cannot give more than its maker has: neither a setting the making key lacks, nor a
        // permission beyond the key's and the signed-in user's (a key without advanced
        // permissions skips the checks, so it counts as holding every permission).
        const Caller &maker = *r.caller;
        const std::pair<const char *, bool> flags[] = {
            {"allowUnauthenticated", k.allowUnauthenticated && !maker.key.allowUnauthenticated},
            {"allowUntrustedEndpoints", k.allowUntrustedEndpoints && !maker.key.allowUntrustedEndpoints},
            {"onBehalfOfUsers", k.onBehalfOfUsers && !maker.key.onBehalfOfUsers},
        };
        for (const auto &[flag, exceeds] : flags) {
            if (exceeds)
                return ApiError::forbidden(QStringLiteral("%1: this API key does not have that setting, so it cannot give it").arg(QLatin1String(flag)));
        }
        for (const QString &p : k.reach()) {
            if (!maker.key.reach().contains(p)) {
                return ApiError::forbidden(k.advancedPermissions
                    ? QStringLiteral("permissions: this API key cannot give %1, which it lacks").arg(p)
                    : QStringLiteral("advancedPermissions: a key without advanced permissions may do everything, and this API key lacks %1").arg(p));
            }
            if (maker.hasUser() && !maker.userPermissions.contains(p)) {
                return ApiError::forbidden(k.advancedPermissions
                    ? QStringLiteral("permissions: the user %1 cannot give %2, which they lack").arg(maker.user->userName, p)
                    : QStringLiteral("advancedPermissions: a key without advanced permissions may do everything, and the user %1 lacks %2")
                          .arg(maker.user->userName, p));
            }
        }
        const auto key = ApiKeyRepository(db).create(k);
        if (!key)
            return ApiError::internal(key.error());
        const auto made = ApiKeyRepository(db).find(key->toLatin1());
        if (!made || !made->has_value())
            return ApiError::internal(QStringLiteral("the new API key cannot be read back"));
        QJsonObject out = info(**made);
        out.insert(QStringLiteral("key"), *key);
        return ApiResponse::json(200, out);
    };
}

ApiHandler permissions()
{
    return [](const ApiRequest &) -> ApiResult {
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList(Permissions::all())},
                                                  {QStringLiteral("roles"), QJsonArray::fromStringList(Permissions::roles())}});
    };
}

ApiHandler remove(Database &db, std::function<void()> removed)
{
    return [&db, removed](const ApiRequest &r) -> ApiResult {
        SF_TRY(id, idParameter(r, QStringLiteral("id"), QStringLiteral("API key")));
        if (r.caller && r.caller->key.id == id)
            return ApiError::badRequest(QStringLiteral("id: an API key cannot delete itself"));
        const auto gone = ApiKeyRepository(db).remove(id);
        if (!gone)
            return ApiError::internal(gone.error());
        if (!*gone)
            return ApiError::notFound(QStringLiteral("id: no API key %1").arg(id));
        removed();
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("API key %1 deleted").arg(id)));
    };
}

} // namespace scanflow::ApiKeyController
