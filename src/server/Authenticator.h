#pragma once

#include "Caller.h"
#include "Router.h"

#include <QHash>

namespace scanflow {

class Database;

// What an endpoint asks of its caller, in the reference's words (docs/api.md, "Security").
struct Access
{
    QStringList permissions;        // its "Permission info"
    bool advanced = true;           // false: "Does not require Advanced API permissions"
    bool userTokenRequired = false; // "Authorization with user token is required"
    bool keyOptional = false;       // may be called without X-Api-Key (HEAD /account, GET /authproviders)
    bool tokenFree = false;         // works without a user token even when the key does not allow
                                    // unauthenticated requests (/login, token refresh)
    bool untrustedEndpoint = false; // "a device token or allowing untrusted endpoints is required"
};

// Checks every request against the reference's security model before its handler runs:
// - X-Api-Key must name a known key (403);
// - "Authorization: Bearer <user token>" must be a live token issued through that same key (401);
// - a key that does not allow unauthenticated requests needs a user token everywhere but login;
// - a user token's user must hold the endpoint's permissions (their roles, 403);
// - a key with advanced permissions must hold them too, and an endpoint without the "does not
//   require Advanced API permissions" note needs such a key (403).
class Authenticator
{
public:
    explicit Authenticator(Database &db) : m_db(db) {}

    ApiHandler guard(ApiHandler handler, Access access);
    // A permission that depends on what the request does (CardManagement when a card changes):
    // checked as the guard checks the endpoint's own.
    static std::optional<ApiError> require(const ApiRequest &request, const QString &permission);
    // Drops the remembered API keys (after a key is deleted or created).
    void forgetKeys() { m_keys.clear(); }
    // A key known only to this process, never stored: the desktop app's way into the server it
    // runs in-process. It lives as long as the server.
    void addProcessKey(const QByteArray &key, const ApiKey &settings);
    // A user's permissions: the union of the roles their access controls give them.
    Result<QStringList> permissionsOf(const User &user);

private:
    std::variant<std::shared_ptr<const Caller>, ApiError> identify(const ApiRequest &request, const Access &access);
    std::variant<ApiKey, ApiError> apiKey(const QByteArray &key);

    Database &m_db;
    // Known keys by their SHA-256, for a few seconds: the lookup is most of a small request's
    // cost. Deleting a key here forgets them at once; another server on the same PostgreSQL
    // database notices within KeyCacheMs.
    struct CachedKey
    {
        ApiKey key;
        qint64 until = 0;
    };
    QHash<QByteArray, CachedKey> m_keys;
    QHash<QByteArray, ApiKey> m_processKeys; // by SHA-256
    static constexpr qint64 KeyCacheMs = 5000;
};

} // namespace scanflow
