#include "DeliveryController.h"

#include "DeliveryQueue.h"
#include "DeliveryWatch.h"
#include "WorkflowRepository.h"

#include <QDir>
#include <QSet>

#include <limits>
#include <optional>

#include <QDateTime>
#include <QJsonArray>

namespace scanflow::DeliveryController {

namespace {

QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

} // namespace

QJsonObject deliveryInfo(const DeliveryRecord &r, bool withTrace)
{
    const QueuedDelivery &d = r.delivery;
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("workflowId"), d.workflowId},
                  {QStringLiteral("fileName"), d.fileName},
                  {QStringLiteral("documentName"), d.documentName},
                  {QStringLiteral("userName"), d.userName},
                  {QStringLiteral("state"), d.state},
                  {QStringLiteral("attempts"), d.attempts},
                  {QStringLiteral("createdAt"), iso(r.createdAt)},
                  {QStringLiteral("updatedAt"), iso(r.updatedAt)}};
    if (!d.lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), d.lastError);
    if (d.state == QLatin1String("queued"))
        o.insert(QStringLiteral("nextAttemptAt"), iso(d.nextAttemptAt));
    if (!d.nodeId.isEmpty()) // of several servers, the one that runs it or ran it last
        o.insert(QStringLiteral("node"), d.nodeId);
    if (withTrace)
        o.insert(QStringLiteral("trace"), QJsonDocument::fromJson(r.trace).array());
    return o;
}

namespace {

QString pageToken(qint64 beforeId)
{
    return QString::fromLatin1(QByteArray("before:" + QByteArray::number(beforeId)).toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

ApiHandler list(DeliveryQueue &queue)
{
    return [&queue](const ApiRequest &r) -> ApiResult {
        HistoryFilter f;
        const auto value = [&](const char *name) { return r.query.queryItemValue(QString::fromLatin1(name)); };
        bool ok = true;
        if (const QString w = value("workflowid"); !w.isEmpty()) {
            f.workflowId = w.toLongLong(&ok);
            if (!ok)
                return ApiError::badRequest(QStringLiteral("workflowid: \"%1\" is not a workflow id").arg(w));
        }
        f.state = value("state");
        static const QStringList states{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("delivered"), QStringLiteral("failed")};
        if (!f.state.isEmpty() && !states.contains(f.state))
            return ApiError::badRequest(QStringLiteral("state: \"%1\" is not one of %2").arg(f.state, states.join(QLatin1String(", "))));
        f.userName = value("username");
        if (const QString m = value("maxrecords"); !m.isEmpty()) {
            f.limit = m.toInt(&ok);
            if (!ok || f.limit < 1 || f.limit > 500)
                return ApiError::badRequest(QStringLiteral("maxrecords: \"%1\" must be a number from 1 to 500").arg(m));
        }
        if (const QString t = value("pagetoken"); !t.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(t.toLatin1(), QByteArray::Base64UrlEncoding);
            f.beforeId = decoded.startsWith("before:") ? decoded.mid(7).toLongLong(&ok) : 0;
            if (!ok || f.beforeId <= 0)
                return ApiError::badRequest(QStringLiteral("pagetoken: \"%1\" is not a page token from this server").arg(t));
        }
        // Read first: whatever changes while the page is read comes with the changes after it.
        const auto cursor = queue.lastChange();
        if (!cursor)
            return ApiError::internal(cursor.error());
        const auto rows = queue.history(f);
        if (!rows)
            return ApiError::internal(rows.error());
        QJsonArray deliveries;
        for (qsizetype i = 0; i < rows->size() && i < f.limit; ++i)
            deliveries.append(deliveryInfo(rows->at(i), false));
        QJsonObject out{{QStringLiteral("deliveries"), deliveries}, {QStringLiteral("recordsOnPage"), deliveries.size()}};
        out.insert(QStringLiteral("nextPageToken"), rows->size() > f.limit ? pageToken(rows->at(f.limit - 1).delivery.id) : QString());
        out.insert(QStringLiteral("cursor"), QString::number(*cursor));
        return ApiResponse::json(200, out);
    };
}

ApiHandler get(DeliveryQueue &queue)
{
    return [&queue](const ApiRequest &r) -> ApiResult {
        const auto idOrError = idParameter(r, QStringLiteral("deliveryId"), QStringLiteral("delivery"));
        if (const auto *e = std::get_if<ApiError>(&idOrError))
            return *e;
        const qint64 id = std::get<qint64>(idOrError);
        const auto found = queue.record(id);
        if (!found)
            return ApiError::internal(found.error());
        if (!found->has_value())
            return ApiError::notFound(QStringLiteral("deliveryId: no delivery %1").arg(id));
        return ApiResponse::json(200, deliveryInfo(**found, true));
    };
}

namespace {

// A change is sent with those of the second up to the cursor too: a delivery whose change was
// stamped just before another's but committed just after it would otherwise be missed. The
// views take a delivery they already have as its newer state. The cursor itself moves only
// by what is new ("<ms>:<id>", in the order of updated_at and id), so no number of changes in
// one second can hold it still.
constexpr qint64 OverlapMs = 1000;

QString cursorText(const DeliveryQueue::Place &p)
{
    return p.id == std::numeric_limits<qint64>::max() ? QString::number(p.ms) : QStringLiteral("%1:%2").arg(p.ms).arg(p.id);
}

std::optional<DeliveryQueue::Place> cursorFrom(const QString &text)
{
    bool ok = false;
    DeliveryQueue::Place p;
    p.ms = text.section(u':', 0, 0).toLongLong(&ok);
    if (!ok || p.ms < 0)
        return std::nullopt;
    if (text.contains(u':')) {
        p.id = text.section(u':', 1).toLongLong(&ok);
        if (!ok || p.id < 0 || text.count(u':') > 1)
            return std::nullopt;
    }
    return p;
}

ApiResponse changesAfter(DeliveryQueue &queue, const DeliveryQueue::Place &place, int limit)
{
    const auto fresh = queue.changedAfter(place, limit);
    const auto again = queue.changedUpTo(place, OverlapMs, limit);
    if (!fresh || !again)
        return ApiError::internal(!fresh ? fresh.error() : again.error()).toResponse();
    QJsonArray deliveries;
    QSet<qint64> sent;
    for (const DeliveryRecord &r : *fresh)
        sent.insert(r.delivery.id);
    for (const DeliveryRecord &r : *again) { // first: older than what is new
        if (!sent.contains(r.delivery.id))
            deliveries.append(deliveryInfo(r, false));
    }
    DeliveryQueue::Place next = place;
    for (const DeliveryRecord &r : *fresh) {
        deliveries.append(deliveryInfo(r, false));
        next = {r.updatedAt, r.delivery.id};
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("deliveries"), deliveries},
                                              {QStringLiteral("cursor"), cursorText(next)},
                                              {QStringLiteral("more"), fresh->size() >= limit}});
}

} // namespace

ApiHandler changes(DeliveryQueue &queue, DeliveryWatch &watch)
{
    return [&queue, &watch](const ApiRequest &r) -> ApiResult {
        const auto value = [&](const char *name) { return r.query.queryItemValue(QString::fromLatin1(name)); };
        bool ok = true;
        const QString sinceText = value("since");
        const auto since = cursorFrom(sinceText);
        if (!since)
            return ApiError::badRequest(QStringLiteral("since: \"%1\" is not a cursor from this server (GET /deliveries gives one)").arg(sinceText));
        int wait = 25;
        if (const QString w = value("wait"); !w.isEmpty()) {
            wait = w.toInt(&ok);
            if (!ok || wait < 0 || wait > 60)
                return ApiError::badRequest(QStringLiteral("wait: \"%1\" must be a number of seconds from 0 to 60").arg(w));
        }
        int limit = 500;
        if (const QString m = value("maxrecords"); !m.isEmpty()) {
            limit = m.toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return ApiError::badRequest(QStringLiteral("maxrecords: \"%1\" must be a number from 1 to 1000").arg(m));
        }
        // A draining server answers at once and says so: the view tries again later, elsewhere.
        if (watch.stopped())
            return ApiError{503, QStringLiteral("this server is stopping; ask another or again in a moment")};
        const auto more = queue.hasChangeAfter(*since);
        if (!more)
            return ApiError::internal(more.error());
        if (*more || wait == 0)
            return changesAfter(queue, *since, limit);
        auto later = LaterAnswer::make();
        const bool waits = watch.whenChanged(*since, QDeadlineTimer(wait * 1000), [&queue, later, place = *since, limit](bool) {
            later->answer(changesAfter(queue, place, limit));
        });
        if (!waits)
            return ApiError{503, QStringLiteral("too many views are waiting on this server; ask again in a moment")};
        return later;
    };
}

namespace {

// Files in an inbox folder not yet taken: what Inbox::scan would look at.
int waitingIn(const QString &folder)
{
    int n = 0;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::System)) {
        const bool sidecar = f.suffix() == QLatin1String("json") && QFileInfo::exists(f.path() + u'/' + f.completeBaseName());
        if (!sidecar)
            ++n;
    }
    return n;
}

} // namespace

ApiHandler inbox(DeliveryQueue &queue, WorkflowRepository &workflows, QString inboxRoot)
{
    return [&queue, &workflows, inboxRoot](const ApiRequest &r) -> ApiResult {
        QDateTime since = QDateTime(QDate::currentDate(), QTime(0, 0));
        if (const QString s = r.query.queryItemValue(QStringLiteral("since")); !s.isEmpty()) {
            since = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!since.isValid())
                return ApiError::badRequest(QStringLiteral("since: \"%1\" is not an ISO 8601 time").arg(s));
        }
        const auto all = workflows.list();
        if (!all)
            return ApiError::internal(all.error());
        const auto counts = queue.counts(since.toMSecsSinceEpoch());
        if (!counts)
            return ApiError::internal(counts.error());
        QJsonArray out;
        for (const StoredWorkflow &w : *all) {
            const QString folder = QDir(inboxRoot).filePath(w.workflow.name);
            const DeliveryQueue::Counts c = counts->value(w.id);
            QJsonObject o{{QStringLiteral("workflowId"), w.id},       {QStringLiteral("name"), w.workflow.name},
                          {QStringLiteral("queued"), c.queued},       {QStringLiteral("running"), c.running},
                          {QStringLiteral("delivered"), c.delivered}, {QStringLiteral("failed"), c.failed}};
            // A name that cannot be one folder ("/", a leading ".") has none (Inbox::ensureFolder).
            if (!w.workflow.name.contains(u'/') && !w.workflow.name.startsWith(u'.') && QFileInfo(folder).isDir()) {
                o.insert(QStringLiteral("folder"), folder);
                o.insert(QStringLiteral("waiting"), waitingIn(folder));
            }
            out.append(o);
        }
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("root"), inboxRoot}, {QStringLiteral("workflows"), out},
                                                  {QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs)}});
    };
}

} // namespace scanflow::DeliveryController
