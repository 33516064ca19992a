#include "DeliveryController.h"

#include "DeliveryQueue.h"

#include <QDateTime>
#include <QJsonArray>

namespace scanflow::DeliveryController {

namespace {

QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

QJsonObject info(const DeliveryRecord &r, bool withTrace)
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
        const auto rows = queue.history(f);
        if (!rows)
            return ApiError::internal(rows.error());
        QJsonArray deliveries;
        for (qsizetype i = 0; i < rows->size() && i < f.limit; ++i)
            deliveries.append(info(rows->at(i), false));
        QJsonObject out{{QStringLiteral("deliveries"), deliveries}, {QStringLiteral("recordsOnPage"), deliveries.size()}};
        out.insert(QStringLiteral("nextPageToken"), rows->size() > f.limit ? pageToken(rows->at(f.limit - 1).delivery.id) : QString());
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
        return ApiResponse::json(200, info(**found, true));
    };
}

} // namespace scanflow::DeliveryController
