#pragma once

#include "Access.h"

#include <QJsonObject>

namespace scanflow {

// The endpoints this server routes (trust/Access.cpp has what each asks of its caller): the
// OpenAPI description (GET /api/v1/openapi.json) is made from here.
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
