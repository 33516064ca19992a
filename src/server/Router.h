#pragma once

#include "Api.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace scanflow {

class LaterAnswer;
// A handler answers at once (a response or an error) or later, when it waits on another server.
using ApiResult = std::variant<ApiResponse, ApiError, std::shared_ptr<LaterAnswer>>;
using ApiHandler = std::function<ApiResult(const ApiRequest &)>;

// The answer of a handler that waits on another server (an OAuth 2.0 token endpoint): the
// handler returns it at once and calls answer() once, later, on the server's thread. The
// connection waits meanwhile; one that closed first never sees the answer.
class LaterAnswer
{
public:
    static std::shared_ptr<LaterAnswer> make() { return std::make_shared<LaterAnswer>(); }
    void answer(const ApiResponse &response);
    void answer(const ApiError &error) { answer(error.toResponse()); }
    // Runs `then` with the answer: now when it is already there, else when it comes.
    void whenAnswered(std::function<void(const ApiResponse &)> then);

private:
    std::optional<ApiResponse> m_answer;
    std::function<void(const ApiResponse &)> m_then;
};

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
    // Calls `respond` once with the answer: before returning, or later for a LaterAnswer.
    void dispatch(ApiRequest request, const std::function<void(const ApiResponse &)> &respond) const;
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
