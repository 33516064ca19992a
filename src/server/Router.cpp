#include "Router.h"

#include <QSet>

namespace scanflow {

void Router::add(const QByteArray &method, const QString &pattern, ApiHandler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
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

ApiResponse Router::dispatch(ApiRequest request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    QStringList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        const bool head = request.method == "HEAD" && route.method == "GET";
        if (route.method != request.method && route.method != "*" && !head) {
            allowed.append(QString::fromLatin1(route.method));
            continue;
        }
        request.params = params;
        ApiResult result = route.handler(request);
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
