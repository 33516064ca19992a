#include "AuthProviderController.h"

#include "AccessControlRepository.h"
#include "AuthProviderRepository.h"
#include "Entities.h"
#include "FormParams.h"
#include "JsonBody.h"
#include "SecretStore.h"

#include <QJsonArray>

namespace scanflow::AuthProviderController {

namespace {

// The settings of a provider's configuration kept in the clear, because they say where and how
// to look people up and are no secret. Everything else the admin types into the configuration
// (a bind password, an API token, a nested object) is sealed: an allow-list, so a setting
// nobody thought of is a secret by default.
const QStringList ClearKeys{
    QStringLiteral("address"), QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("ssl"), QStringLiteral("baseDN"),
    QStringLiteral("userName"), QStringLiteral("useSsl"), QStringLiteral("useTls"), QStringLiteral("startTls"),
    QStringLiteral("baseDn"), QStringLiteral("bindDn"), QStringLiteral("userFilter"), QStringLiteral("groupFilter"),
    QStringLiteral("userNameAttribute"), QStringLiteral("emailAttribute"), QStringLiteral("fullNameAttribute"),
    QStringLiteral("groupAttribute"), QStringLiteral("timeoutSeconds"), QStringLiteral("tenantId"), QStringLiteral("clientId"),
    QStringLiteral("domain"), QStringLiteral("authority"), QStringLiteral("issuer"), QStringLiteral("redirectUri"),
    QStringLiteral("scopes"), QStringLiteral("syncIntervalMinutes"),
};

QString owner(qint64 id)
{
    return QStringLiteral("authprovider:%1").arg(id);
}

// What anyone may see, without a key: enough for a sign-in page to offer the provider.
QJsonObject publicInfo(const AuthProvider &p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("providerType"), p.providerType},
            {QStringLiteral("domainNames"), QJsonArray::fromStringList(p.domainNames)}};
}

QJsonObject info(const AuthProvider &p, qint64 accountId)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("providerType"), p.providerType},
            {QStringLiteral("typeConfiguration"), p.typeConfiguration}, {QStringLiteral("accountId"), accountId},
            {QStringLiteral("priority"), p.priority}, {QStringLiteral("active"), p.active},
            {QStringLiteral("domainNames"), QJsonArray::fromStringList(p.domainNames)}};
}

std::variant<qint64, ApiError> rootAccountId(Database &db)
{
    SF_TRY(accounts, Entities::all(db, Entities::Account));
    for (const QJsonObject &a : accounts) {
        if (a.value(QStringLiteral("parentId")).toInteger() == 0)
            return a.value(QStringLiteral("id")).toInteger();
    }
    return qint64(0);
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(accountId, p.requiredInteger(QStringLiteral("accountid"), 1, std::numeric_limits<qint64>::max()));
        SF_TRY(root, rootAccountId(db));
        if (accountId != root)
            return ApiError::badRequest(QStringLiteral("accountid: %1 is not this server's account").arg(accountId));
        const auto providers = AuthProviderRepository(db).list();
        if (!providers)
            return ApiError::internal(providers.error());
        QJsonArray out;
        for (const AuthProvider &provider : *providers)
            out.append(r.caller ? info(provider, accountId) : publicInfo(provider));
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("accountId"), accountId}, {QStringLiteral("providers"), out}});
    };
}

ApiHandler put(Database &db, SecretStore &secrets)
{
    return [&db, &secrets](const ApiRequest &r) -> ApiResult {
        SF_TRY(body, jsonBody(r, QStringLiteral("authentication provider")));
        // The providers belong to the server's one root account, as GET /authproviders says.
        if (body.contains(QStringLiteral("accountId"))) {
            SF_TRY(root, rootAccountId(db));
            if (body.value(QStringLiteral("accountId")).toInteger(-1) != root)
                return ApiError::badRequest(QStringLiteral("accountId: %1 is not this server's account (%2)")
                                                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{body.value(QStringLiteral("accountId"))}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                                                .arg(root));
        }
        AuthProvider p;
        p.id = body.value(QStringLiteral("id")).toInteger(0);
        p.name = body.value(QStringLiteral("name")).toString().trimmed();
        if (p.name.isEmpty())
            return ApiError::badRequest(QStringLiteral("name: must not be empty"));
        p.providerType = body.value(QStringLiteral("providerType")).toInt(-1);
        if (p.providerType < 0 || p.providerType > 3)
            return ApiError::badRequest(QStringLiteral("providerType: must be 0 (local), 1 (LDAP), 2 (Microsoft Entra ID) or 3 (Okta)"));
        p.priority = body.value(QStringLiteral("priority")).toInt(0);
        p.active = body.value(QStringLiteral("active")).toBool(true);
        for (const QJsonValue &d : body.value(QStringLiteral("domainNames")).toArray())
            p.domainNames.append(d.toString());
        // typeConfiguration is JSON in a string (the reference's example); secrets come out of it.
        const QJsonValue configValue = body.value(QStringLiteral("typeConfiguration"));
        QJsonObject config;
        if (configValue.isString()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(configValue.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return ApiError::badRequest(QStringLiteral("typeConfiguration: not a JSON object (%1)").arg(error.errorString()));
            config = doc.object();
        } else if (configValue.isObject()) {
            config = configValue.toObject();
        }
        QHash<QString, QString> sealed;
        for (const QString &key : config.keys()) {
            const QJsonValue v = config.value(key);
            if (ClearKeys.contains(key) && !v.isObject() && !v.isArray())
                continue;
            const QString text = v.isString() ? v.toString()
                : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : v.isArray()  ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                               : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            if (!text.isEmpty())
                sealed.insert(key, text);
            config.remove(key);
        }
        if (!sealed.isEmpty()) {
            if (const Status s = secrets.writable(); !s)
                return ApiError::badRequest(QStringLiteral("typeConfiguration: ") + s.error());
        }
        p.typeConfiguration = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
        AuthProviderRepository providers(db);
        if (p.id != 0) {
            const auto existing = providers.get(p.id);
            if (!existing)
                return ApiError::internal(existing.error());
            if (!existing->has_value())
                return ApiError::notFound(QStringLiteral("id: no authentication provider %1").arg(p.id));
        }
        const Status s = db.transaction([&]() -> Status {
            if (p.id == 0) {
                const auto id = providers.create(p);
                if (!id)
                    return Status::failure(id.error());
                p.id = *id;
            } else if (const Status u = providers.update(p); !u) {
                return u;
            }
            for (auto it = sealed.cbegin(); it != sealed.cend(); ++it) {
                if (const Status put = secrets.put(owner(p.id), it.key(), it.value().toUtf8()); !put)
                    return put;
            }
            return Status::success();
        });
        if (!s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("authentication provider saved"), p.id));
    };
}

ApiHandler remove(Database &db, SecretStore &secrets)
{
    return [&db, &secrets](const ApiRequest &r) -> ApiResult {
        SF_TRY(id, idParameter(r, QStringLiteral("id"), QStringLiteral("authentication provider")));
        if (id == 1)
            return ApiError::badRequest(QStringLiteral("id: the local provider cannot be deleted"));
        const auto existing = AuthProviderRepository(db).get(id);
        if (!existing)
            return ApiError::internal(existing.error());
        if (!existing->has_value())
            return ApiError::notFound(QStringLiteral("id: no authentication provider %1").arg(id));
        const Status s = db.transaction([&]() -> Status {
            if (const Status removed = secrets.removeOwner(owner(id)); !removed)
                return removed;
            // Its access controls go too: a later provider with the same id must not inherit roles.
            if (const Status removed = AccessControlRepository(db).removeOfProvider(id); !removed)
                return removed;
            return AuthProviderRepository(db).remove(id); // its users go with it (ON DELETE CASCADE)
        });
        if (!s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("authentication provider %1 deleted").arg(id)));
    };
}

} // namespace scanflow::AuthProviderController
