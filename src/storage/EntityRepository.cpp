#include "EntityRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> EntityRepository::create(QJsonObject data)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<qint64> id = Result<qint64>::failure({});
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO entities (kind, data, created_at, updated_at) VALUES (?, '{}', ?, ?) RETURNING id"));
        q.addBindValue(m_kind);
        q.addBindValue(now);
        q.addBindValue(now);
        id = m_db.insert(q, QStringLiteral("creating a %1").arg(m_kind));
        if (!id)
            return Status::failure(id.error());
        data.insert(QStringLiteral("id"), *id);
        const auto updated = update(*id, data);
        return updated ? Status::success() : Status::failure(updated.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<std::optional<QJsonObject>> EntityRepository::get(qint64 id)
{
    using R = Result<std::optional<QJsonObject>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT data FROM entities WHERE id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(m_kind);
    if (const Status s = m_db.exec(q, QStringLiteral("reading %1 %2").arg(m_kind).arg(id)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<QJsonObject>(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
}

Result<QList<QJsonObject>> EntityRepository::list()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT data FROM entities WHERE kind = ? ORDER BY id"));
    q.addBindValue(m_kind);
    if (const Status s = m_db.exec(q, QStringLiteral("listing %1s").arg(m_kind)); !s)
        return Result<QList<QJsonObject>>::failure(s.error());
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

Result<bool> EntityRepository::update(qint64 id, QJsonObject data)
{
    data.insert(QStringLiteral("id"), id);
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE entities SET data = ?, updated_at = ? WHERE id = ? AND kind = ?"));
    q.addBindValue(text(data));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(m_kind);
    if (const Status s = m_db.exec(q, QStringLiteral("updating %1 %2").arg(m_kind).arg(id)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

Result<bool> EntityRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM entities WHERE id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(m_kind);
    if (const Status s = m_db.exec(q, QStringLiteral("deleting %1 %2").arg(m_kind).arg(id)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

} // namespace scanflow
