#pragma once

#include "Caller.h"
#include "Router.h"

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
    // A user's permissions: the union of the roles their access controls give them.
    Result<QStringList> permissionsOf(const User &user);

private:
    std::variant<std::shared_ptr<const Caller>, ApiError> identify(const ApiRequest &request, const Access &access);
    Database &m_db;
};

} // namespace scanflow
