#include "Router.h"

#include <QSet>

#include <utility>

namespace scanflow {

void Router::add(const QByteArray &method, const QString &pattern, ApiHandler handler, qint64 maxBodyBytes)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler), maxBodyBytes});
}

bool Router::match(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    const bool rest = !route.segments.isEmpty() && route.segments.constLast().startsWith(QLatin1String("{*"));
    if (rest ? segments.size() < route.segments.size() - 1 : route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(QLatin1String("{*"))) { // the rest of the path, maybe empty
            captured.insert(want.mid(2, want.size() - 3), segments.mid(i).join(u'/'));
            break;
        }
        if (want.startsWith(u'{') && want.endsWith(u'}'))
            captured.insert(want.mid(1, want.size() - 2), segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

const Router::Route *Router::best(const QByteArray &method, const QStringList &segments, QHash<QString, QString> *params,
                                  bool *asHead, QStringList *allowed) const
{
    // The most specific route wins: "/users/import" before "/users/{username}", whatever the
    // order they were added in.
    const Route *chosen = nullptr;
    int bestScore = -1;
    for (const Route &route : m_routes) {
        QHash<QString, QString> captured;
        if (!match(route, segments, &captured))
            continue;
        const bool head = method == "HEAD" && route.method == "GET";
        if (route.method != method && route.method != "*" && !head) {
            allowed->append(QString::fromLatin1(route.method));
            continue;
        }
        int score = 0;
        for (const QString &s : route.segments)
            score += s.startsWith(u'{') ? 0 : 2;
        score += route.method == method ? 1 : 0; // an exact method over "*" or GET-for-HEAD
        if (score > bestScore) {
            chosen = &route;
            *params = captured;
            bestScore = score;
            *asHead = head;
        }
    }
    return chosen;
}

qint64 Router::maxBodyBytes(const QByteArray &method, const QString &path) const
{
    QHash<QString, QString> params;
    QStringList allowed;
    bool head = false;
    const Route *route = best(method, path.split(u'/', Qt::SkipEmptyParts), &params, &head, &allowed);
    return route && route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_maxBodyBytes;
}

void LaterAnswer::answer(const ApiResponse &response)
{
    if (m_answer)
        return; // once
    m_answer = response;
    if (m_then)
        std::exchange(m_then, {})(*m_answer);
}

void LaterAnswer::whenAnswered(std::function<void(const ApiResponse &)> then)
{
    if (m_answer)
        then(*m_answer);
    else
        m_then = std::move(then);
}

void Router::dispatch(ApiRequest request, const std::function<void(const ApiResponse &)> &respond) const
{
    QStringList allowed;
    QHash<QString, QString> params;
    bool head = false;
    const Route *route = best(request.method, request.path.split(u'/', Qt::SkipEmptyParts), &params, &head, &allowed);
    if (route) {
        const qint64 limit = route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_maxBodyBytes;
        if (request.bodySize() > limit) {
            respond(ApiError::payloadTooLarge(QStringLiteral("the request body has %1 bytes; at most %2 are accepted here")
                                                  .arg(request.bodySize()).arg(limit)).toResponse());
            return;
        }
        request.params = params;
        const auto finish = [head, respond](ApiResponse response) {
            if (head)
                response.body.clear();
            respond(response);
        };
        ApiResult result = route->handler(request);
        if (const auto *error = std::get_if<ApiError>(&result))
            finish(error->toResponse());
        else if (const auto *later = std::get_if<std::shared_ptr<LaterAnswer>>(&result))
            (*later)->whenAnswered(finish);
        else
            finish(std::get<ApiResponse>(result));
        return;
    }
    if (!allowed.isEmpty()) {
        allowed.removeDuplicates();
        ApiResponse r = ApiError::methodNotAllowed(QStringLiteral("%1 is not allowed on %2 (allowed: %3)")
                                                       .arg(QString::fromLatin1(request.method), request.path, allowed.join(QLatin1String(", "))))
                            .toResponse();
        r.headers.append({"Allow", allowed.join(QLatin1String(", ")).toLatin1()});
        respond(r);
        return;
    }
    respond(ApiError::notFound(QStringLiteral("no endpoint %1").arg(request.path)).toResponse());
}

} // namespace scanflow
