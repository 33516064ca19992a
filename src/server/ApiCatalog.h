#pragma once

#include "Authenticator.h"

namespace scanflow {

// Every endpoint the server has, with what it asks of its caller: the router is filled from
// here, and the OpenAPI description (GET /api/v1/openapi.json) and the permission tests read it.
struct Endpoint
{
    QByteArray method;
    QString path;        // "/api/v1/users/{username}"
    QString summary;
    QString tag;         // the reference's group: "Users", "Scan Workflows", …
    Access access;
    bool open = false;   // no key at all (the test destination's receiver)
};

class ApiCatalog
{
public:
    void add(Endpoint endpoint) { m_endpoints.append(std::move(endpoint)); }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    // OpenAPI 3.0.3: paths, path parameters, the X-Api-Key and Bearer schemes, ErrorCodeInfo
    // answers, and each operation's permissions under "x-permissions".
    QJsonObject openApi(const QString &version) const;

private:
    QList<Endpoint> m_endpoints;
};

} // namespace scanflow
