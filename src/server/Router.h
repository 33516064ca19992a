#pragma once

#include "Api.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>

namespace scanflow {

class LaterAnswer;
// A handler answers at once (a response or an error) or later, when it waits on another server.
using ApiResult = std::variant<ApiResponse, ApiError, std::shared_ptr<LaterAnswer>>;
using ApiHandler = std::function<ApiResult(const ApiRequest &)>;
// Who may send a route's request, decided from its head alone: the caller, or the refusal.
using ApiAdmit = std::function<std::variant<std::shared_ptr<const Caller>, ApiError>(const ApiRequest &)>;

// The answer of a handler that waits on another server (an OAuth 2.0 token endpoint) or a
// slow computation (a password hash): the handler returns it at once and calls answer() once,
// later, on any thread. The connection waits meanwhile; one that closed first never sees it.
class LaterAnswer
{
public:
    static std::shared_ptr<LaterAnswer> make() { return std::make_shared<LaterAnswer>(); }
    void answer(const ApiResponse &response);
    void answer(const ApiError &error) { answer(error.toResponse()); }
    // Runs `then` with the answer: now when it is already there, else when it comes.
    void whenAnswered(std::function<void(const ApiResponse &)> then);

private:
    std::mutex m_mutex; // answer() and whenAnswered() may run on different threads
    std::optional<ApiResponse> m_answer;
    std::function<void(const ApiResponse &)> m_then;
};

// Routes "/api/v1/scan/workflows/{id}" style patterns to handlers ("{*rest}" as the last
// segment takes the rest of the path; method "*" takes any method). An unknown path answers 404,
// a known path with another method 405 with an Allow header, and every ApiError becomes its
// ErrorCodeInfo answer here — the one place errors turn into HTTP.
//
// A request is admitted on its head, before any of its body is read (admit), and then
// dispatched with its body: the route's key and token check runs once, in admit.
class Router
{
public:
    // How a body too big to keep in memory reaches the handler: as it came, in a file
    // (ApiRequest::bodyFile), or, for a multipart/form-data upload, already split into its
    // parts (ApiRequest::form) so that each file part is written to disk once.
    enum class BigBody { AsItCame, FormParts };

    // maxBodyBytes < 0: the router's default limit. Without `admit` the route is open to
    // anyone, with its own limit where it has one, else the unauthenticated one.
    void add(const QByteArray &method, const QString &pattern, ApiHandler handler, qint64 maxBodyBytes = -1,
             ApiAdmit admit = {}, BigBody bigBody = BigBody::AsItCame);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setUnauthenticatedMaxBodyBytes(qint64 bytes) { m_unauthenticatedMaxBodyBytes = bytes; }
    qint64 defaultMaxBodyBytes() const { return m_maxBodyBytes; }

    struct Admission
    {
        std::optional<ApiResponse> refusal; // 404, 405, 401, 403: answer it, read no body
        qint64 maxBodyBytes = 0;            // the route's, or the small one for an open route
        BigBody bigBody = BigBody::AsItCame;
    };
    // Finds the route for the request's head and checks who sends it; sets request.params,
    // request.caller and the route dispatch() takes.
    Admission admit(ApiRequest &request) const;
    // Calls `respond` once with the answer: before returning, or later for a LaterAnswer. A
    // request that did not go through admit() is admitted here.
    void dispatch(ApiRequest request, const std::function<void(const ApiResponse &)> &respond) const;

private:
    struct Route
    {
        QByteArray method;
        struct Segment
        {
            enum class Kind { Literal, Capture, Rest } kind = Kind::Literal;
            QString text; // the literal, or the name it captures
        };
        QList<Segment> segments; // read from the pattern once, when added
        int score = 0;           // how specific: 2 a literal segment
        ApiHandler handler;
        qint64 maxBodyBytes = -1;
        ApiAdmit admit;
        BigBody bigBody = BigBody::AsItCame;
    };
    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    const Route *best(const QByteArray &method, const QStringList &segments, QHash<QString, QString> *params, bool *asHead,
                      QStringList *allowed) const;

    QList<Route> m_routes;
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
    qint64 m_unauthenticatedMaxBodyBytes = 64 * 1024;
};

} // namespace scanflow
