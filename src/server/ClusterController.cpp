#include "ClusterController.h"

#include "NodeRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace scanflow::ClusterController {

ApiHandler list(Database &db, QString selfId)
{
    return [&db, selfId](const ApiRequest &) -> ApiResult {
        const auto nodes = NodeRepository(db).list();
        if (!nodes)
            return ApiError::internal(nodes.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
        QJsonArray out;
        for (const Node &n : *nodes) {
            QJsonArray delivering;
            for (qint64 id : n.delivering)
                delivering.append(id);
            out.append(QJsonObject{{QStringLiteral("id"), n.id}, {QStringLiteral("host"), n.host}, {QStringLiteral("pid"), n.pid},
                                   {QStringLiteral("url"), n.url}, {QStringLiteral("startedAt"), iso(n.startedAt)},
                                   {QStringLiteral("lastSeenAt"), iso(n.lastSeenAt)},
                                   {QStringLiteral("alive"), now - n.lastSeenAt < NodeRepository::AliveMs},
                                   {QStringLiteral("draining"), n.draining}, {QStringLiteral("delivering"), delivering}});
        }
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("self"), selfId}, {QStringLiteral("nodes"), out}});
    };
}

} // namespace scanflow::ClusterController
