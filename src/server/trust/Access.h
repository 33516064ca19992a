#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace scanflow {

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
    bool deviceRequired = false;    // a trusted device's token only (terminal lookups, the card reader)
    bool deviceMayAct = false;      // a device token stands in for a user token (it names the user)
    bool secureKey = false;         // "cannot call with an insecure API key" (ApiKey::insecure)
    bool callerNamed = false;       // "an authenticated request or a trusted endpoint": a user or
                                    // device token, or a terminal key naming the user
};

// One endpoint of /api/v1 and what it asks of its caller.
struct Endpoint
{
    QByteArray method;
    QString path;        // "/api/v1/users/{username}"
    QString summary;
    QString tag;         // the reference's group: "Users", "Scan Workflows", …
    Access access;
    bool open = false;   // no key at all (the test destination's receiver)
};

// Every endpoint of the API with the permissions it needs: the one table the router guards
// routes by, the OpenAPI description is made of and the permission tests read back (through
// GET /openapi.json). A route with no line here cannot be added (Server::route).
const QList<Endpoint> &endpointTable();
const Endpoint *findEndpoint(const QByteArray &method, const QString &path);

} // namespace scanflow
