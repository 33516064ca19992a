#include "Router.h"

#include <QSet>

#include <utility>

namespace scanflow {

void Router::add(const QByteArray &method, const QString &pattern, ApiHandler handler, qint64 maxBodyBytes, ApiAdmit admit)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler), maxBodyBytes, std::move(admit)});
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
