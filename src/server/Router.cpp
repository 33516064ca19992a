#include "Router.h"

#include <QSet>

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

ApiResponse Router::dispatch(ApiRequest request) const
{
    QStringList allowed;
    QHash<QString, QString> params;
    bool head = false;
    const Route *route = best(request.method, request.path.split(u'/', Qt::SkipEmptyParts), &params, &head, &allowed);
    if (route) {
        const qint64 limit = route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_maxBodyBytes;
        if (request.bodySize() > limit) {
            return ApiError::payloadTooLarge(QStringLiteral("the request body has %1 bytes; at most %2 are accepted here")
                                                 .arg(request.bodySize()).arg(limit)).toResponse();
        }
        request.params = params;
        ApiResult result = route->handler(request);
        ApiResponse response = std::holds_alternative<ApiError>(result) ? std::get<ApiError>(result).toResponse()
                                                                        : std::get<ApiResponse>(result);
        if (head)
            response.body.clear();
        return response;
    }
    if (!allowed.isEmpty()) {
        allowed.removeDuplicates();
        ApiResponse r = ApiError::methodNotAllowed(QStringLiteral("%1 is not allowed on %2 (allowed: %3)")
                                                       .arg(QString::fromLatin1(request.method), request.path, allowed.join(QLatin1String(", "))))
                            .toResponse();
        r.headers.append({"Allow", allowed.join(QLatin1String(", ")).toLatin1()});
        return r;
    }
    return ApiError::notFound(QStringLiteral("no endpoint %1").arg(request.path)).toResponse();
}

} // namespace scanflow
