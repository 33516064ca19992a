#pragma once

#include "Api.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <variant>

namespace scanflow {

using ApiResult = std::variant<ApiResponse, ApiError>;
using ApiHandler = std::function<ApiResult(const ApiRequest &)>;

// Routes "/api/v1/scan/workflows/{id}" style patterns to handlers ("{*rest}" as the last
// segment takes the rest of the path; method "*" takes any method). An unknown path answers 404,
// a known path with another method 405 with an Allow header, and every ApiError becomes its
// ErrorCodeInfo answer here — the one place errors turn into HTTP.
class Router
{
public:
    // maxBodyBytes < 0: the router's default limit.
    void add(const QByteArray &method, const QString &pattern, ApiHandler handler, qint64 maxBodyBytes = -1);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    ApiResponse dispatch(ApiRequest request) const;
    // The body limit of the route a request would reach (the default when none matches).
    qint64 maxBodyBytes(const QByteArray &method, const QString &path) const;
    qint64 defaultMaxBodyBytes() const { return m_maxBodyBytes; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{name}" segments capture
        ApiHandler handler;
        qint64 maxBodyBytes = -1;
    };
    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    const Route *best(const QByteArray &method, const QStringList &segments, QHash<QString, QString> *params, bool *asHead,
                      QStringList *allowed) const;

    QList<Route> m_routes;
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
};

} // namespace scanflow
