#include "DeliveryController.h"

#include "DeliveryQueue.h"
#include "DeliveryWatch.h"
#include "WorkflowRepository.h"

#include <QDir>

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

// A change is read with those of the second before the cursor too: a delivery whose change was
// stamped just before another's but committed just after it would otherwise be missed. The
// views take a delivery they already have as its newer state.
constexpr qint64 OverlapMs = 1000;

ApiResponse changesAfter(DeliveryQueue &queue, qint64 since, int limit)
{
    const auto rows = queue.changedSince(since - OverlapMs, limit);
    if (!rows)
        return ApiError::internal(rows.error()).toResponse();
    QJsonArray deliveries;
    qint64 cursor = since;
    for (const DeliveryRecord &r : *rows) {
        deliveries.append(deliveryInfo(r, false));
        cursor = std::max(cursor, r.updatedAt);
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("deliveries"), deliveries},
                                              {QStringLiteral("cursor"), QString::number(cursor)},
                                              {QStringLiteral("more"), rows->size() >= limit}});
}

} // namespace

ApiHandler changes(DeliveryQueue &queue, DeliveryWatch &watch)
{
    return [&queue, &watch](const ApiRequest &r) -> ApiResult {
        const auto value = [&](const char *name) { return r.query.queryItemValue(QString::fromLatin1(name)); };
        bool ok = true;
        const QString sinceText = value("since");
        const qint64 since = sinceText.toLongLong(&ok);
        if (!ok || since < 0)
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
        const auto last = queue.lastChange();
        if (!last)
            return ApiError::internal(last.error());
        if (*last > since || wait == 0)
            return changesAfter(queue, since, limit);
        auto later = LaterAnswer::make();
        watch.whenChanged(since, QDeadlineTimer(wait * 1000), [&queue, later, since, limit](bool) { later->answer(changesAfter(queue, since, limit)); });
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
