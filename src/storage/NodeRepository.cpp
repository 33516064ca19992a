#include "NodeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

Status NodeRepository::beat(const Node &node, qint64 nowMs)
{
    QJsonArray delivering;
    for (qint64 id : node.delivering)
        delivering.append(id);
    return m_db.transaction([&]() -> Status {
        QSqlQuery forget = m_db.query(QStringLiteral("DELETE FROM nodes WHERE last_seen_at < ?"));
        forget.addBindValue(nowMs - ForgottenMs);
        if (const Status s = m_db.exec(forget, QStringLiteral("forgetting old servers")); !s)
            return s;
        // One statement both dialects know: the row goes and comes back.
        QSqlQuery drop = m_db.query(QStringLiteral("DELETE FROM nodes WHERE id = ?"));
        drop.addBindValue(node.id);
        if (const Status s = m_db.exec(drop, QStringLiteral("updating this server's entry")); !s)
            return s;
        QSqlQuery q = m_db.query(QStringLiteral(
            "INSERT INTO nodes (id, host, pid, url, started_at, last_seen_at, draining, delivering) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(node.id);
        q.addBindValue(node.host);
        q.addBindValue(node.pid);
        q.addBindValue(node.url);
        q.addBindValue(node.startedAt);
        q.addBindValue(nowMs);
        q.addBindValue(node.draining ? 1 : 0);
        q.addBindValue(QString::fromUtf8(QJsonDocument(delivering).toJson(QJsonDocument::Compact)));
        return m_db.exec(q, QStringLiteral("saying this server is alive"));
    });
}

Result<QList<Node>> NodeRepository::list()
{
    QList<Node> out;
    const Status s = m_db.eachRow(QStringLiteral("SELECT id, host, pid, url, started_at, last_seen_at, draining, delivering FROM nodes ORDER BY started_at, id"),
                                  {}, QStringLiteral("listing the servers"), [&](const Database::Row &r) {
        Node n;
        n.id = r.text(0).toString();
        n.host = r.text(1).toString();
        n.pid = r.integer(2);
        n.url = r.text(3).toString();
        n.startedAt = r.integer(4);
        n.lastSeenAt = r.integer(5);
        n.draining = r.integer(6) != 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.text(7).toString().toUtf8()).array())
            n.delivering.append(v.toInteger());
        out.append(n);
    });
    if (!s)
        return Result<QList<Node>>::failure(s.error());
    return out;
}

Status NodeRepository::remove(const QString &id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM nodes WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("removing this server's entry"));
}

} // namespace scanflow
