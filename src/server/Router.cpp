#include "Router.h"

#include <QSet>

#include <utility>

namespace scanflow {

void Router::add(const QByteArray &method, const QString &pattern, ApiHandler handler, qint64 maxBodyBytes, ApiAdmit admit,
                 BigBody bigBody)
{
    Route route{method, {}, 0, std::move(handler), maxBodyBytes, std::move(admit), bigBody};
    // The pattern is read here, once: matching runs for every route on every request.
    for (const QString &part : pattern.split(u'/', Qt::SkipEmptyParts)) {
        using Kind = Route::Segment::Kind;
        if (part.startsWith(QLatin1String("{*")) && part.endsWith(u'}'))
            route.segments.append({Kind::Rest, part.mid(2, part.size() - 3)});
        else if (part.startsWith(u'{') && part.endsWith(u'}'))
            route.segments.append({Kind::Capture, part.mid(1, part.size() - 2)});
        else
            route.segments.append({Kind::Literal, part});
        route.score += route.segments.constLast().kind == Kind::Literal ? 2 : 0;
    }
    m_routes.append(std::move(route));
}

bool Router::match(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    using Kind = Route::Segment::Kind;
    const bool rest = !route.segments.isEmpty() && route.segments.constLast().kind == Kind::Rest;
    if (rest ? segments.size() < route.segments.size() - 1 : route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const Route::Segment &want = route.segments.at(i);
        if (want.kind == Kind::Rest)
            break;
        if (want.kind == Kind::Literal && want.text != segments.at(i))
            return false;
    }
    params->clear();
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const Route::Segment &want = route.segments.at(i);
        if (want.kind == Kind::Capture)
            params->insert(want.text, segments.at(i));
        else if (want.kind == Kind::Rest) // the rest of the path, maybe empty
            params->insert(want.text, segments.mid(i).join(u'/'));
    }
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
        const int score = route.score + (route.method == method ? 1 : 0); // an exact method over "*" or GET-for-HEAD
        if (score > bestScore) {
            chosen = &route;
            *params = captured;
            bestScore = score;
            *asHead = head;
        }
    }
    return chosen;
}

void LaterAnswer::answer(const ApiResponse &response)
{
    std::function<void(const ApiResponse &)> then;
    {
        const std::lock_guard lock(m_mutex);
        if (m_answer)
            return; // once
        m_answer = response;
        then = std::exchange(m_then, {});
    }
    if (then)
        then(response);
}

void LaterAnswer::whenAnswered(std::function<void(const ApiResponse &)> then)
{
    std::unique_lock lock(m_mutex);
    if (!m_answer) {
        m_then = std::move(then);
        return;
    }
    const ApiResponse answer = *m_answer;
    lock.unlock();
    then(answer);
}

Router::Admission Router::admit(ApiRequest &request) const
{
    Admission admission;
    QStringList allowed;
    QHash<QString, QString> params;
    bool head = false;
    const Route *route = best(request.method, request.path.split(u'/', Qt::SkipEmptyParts), &params, &head, &allowed);
    if (!route) {
        if (allowed.isEmpty()) {
            admission.refusal = ApiError::notFound(QStringLiteral("no endpoint %1").arg(request.path)).toResponse();
            return admission;
        }
        allowed.removeDuplicates();
        ApiResponse r = ApiError::methodNotAllowed(QStringLiteral("%1 is not allowed on %2 (allowed: %3)")
                                                       .arg(QString::fromLatin1(request.method), request.path, allowed.join(QLatin1String(", "))))
                            .toResponse();
        r.headers.append({"Allow", allowed.join(QLatin1String(", ")).toLatin1()});
        admission.refusal = r;
        return admission;
    }
    request.params = params;
    request.route = int(route - m_routes.constData());
    admission.bigBody = route->bigBody;
    if (!route->admit) { // open to anyone: its own limit, where it has one
        admission.maxBodyBytes = route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_unauthenticatedMaxBodyBytes;
        return admission;
    }
    auto caller = route->admit(request);
    if (const auto *e = std::get_if<ApiError>(&caller)) {
        admission.refusal = e->toResponse();
        return admission;
    }
    request.caller = std::get<std::shared_ptr<const Caller>>(std::move(caller));
    const qint64 limit = route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_maxBodyBytes;
    // Without a key (where the endpoint lets one be left out): the small limit.
    admission.maxBodyBytes = request.caller ? limit : std::min(limit, m_unauthenticatedMaxBodyBytes);
    return admission;
}

void Router::dispatch(ApiRequest request, const std::function<void(const ApiResponse &)> &respond) const
{
    if (request.route < 0 || request.route >= m_routes.size()) {
        const Admission admission = admit(request);
        if (admission.refusal) {
            respond(*admission.refusal);
            return;
        }
        if (request.bodySize() > admission.maxBodyBytes) {
            respond(ApiError::payloadTooLarge(QStringLiteral("the request body has %1 bytes; at most %2 are accepted here")
                                                  .arg(request.bodySize()).arg(admission.maxBodyBytes)).toResponse());
            return;
        }
    }
    // HEAD runs the GET handler; the transport sends the head of its answer, with its length.
    ApiResult result = m_routes.at(request.route).handler(request);
    if (const auto *error = std::get_if<ApiError>(&result))
        respond(error->toResponse());
    else if (const auto *later = std::get_if<std::shared_ptr<LaterAnswer>>(&result))
        (*later)->whenAnswered(respond);
    else
        respond(std::get<ApiResponse>(result));
}

} // namespace scanflow
