#include "WorkflowRepository.h"

#include "WorkflowJson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

QString definitionOf(const Workflow &w)
{
    return QString::fromUtf8(QJsonDocument(workflowToJson(w, SecretHandling::Omit)).toJson(QJsonDocument::Compact));
}

Result<StoredWorkflow> fromRow(const QSqlQuery &q)
{
    StoredWorkflow s;
    s.id = q.value(0).toLongLong();
    auto w = workflowFromJson(q.value(2).toString().toUtf8());
    if (!w)
        return Result<StoredWorkflow>::failure(QStringLiteral("stored workflow %1 cannot be read: %2").arg(s.id).arg(w.error()));
    s.workflow = *w;
    s.workflow.id = QString::number(s.id);
    s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    s.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return s;
}

const QString Columns = QStringLiteral("id, name, definition, created_at, updated_at");

} // namespace

Status WorkflowRepository::checkNameFree(const QString &name, qint64 exceptId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id FROM workflows WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (const Status s = m_db.exec(q, QStringLiteral("checking the workflow name")); !s)
        return s;
    if (q.next())
        return Status::failure(QStringLiteral("a workflow named \"%1\" already exists").arg(name));
    return Status::success();
}

Result<qint64> WorkflowRepository::create(const Workflow &workflow)
{
    if (const Status s = checkNameFree(workflow.name, -1); !s)
        return Result<qint64>::failure(s.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO workflows (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(workflow.name);
    q.addBindValue(definitionOf(workflow));
    q.addBindValue(now);
    q.addBindValue(now);
    if (const Status s = m_db.exec(q, QStringLiteral("storing workflow \"%1\"").arg(workflow.name)); !s)
        return Result<qint64>::failure(s.error());
    if (!q.next())
        return Result<qint64>::failure(QStringLiteral("storing workflow \"%1\": no id returned").arg(workflow.name));
    return q.value(0).toLongLong();
}

Result<std::optional<StoredWorkflow>> WorkflowRepository::get(qint64 id)
{
    using R = Result<std::optional<StoredWorkflow>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM workflows WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("reading workflow %1").arg(id)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    auto row = fromRow(q);
    if (!row)
        return R::failure(row.error());
    return R(std::optional<StoredWorkflow>(*row));
}

Result<QList<StoredWorkflow>> WorkflowRepository::list()
{
    using R = Result<QList<StoredWorkflow>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM workflows ORDER BY name, id").arg(Columns));
    if (const Status s = m_db.exec(q, QStringLiteral("listing workflows")); !s)
        return R::failure(s.error());
    QList<StoredWorkflow> out;
    while (q.next()) {
        auto row = fromRow(q);
        if (!row)
            return R::failure(row.error());
        out.append(*row);
    }
    return out;
}

Result<std::optional<qint64>> WorkflowRepository::idByName(const QString &name)
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id FROM workflows WHERE name = ?"));
    q.addBindValue(name);
    if (const Status s = m_db.exec(q, QStringLiteral("looking up workflow \"%1\"").arg(name)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<qint64>(q.value(0).toLongLong()));
}

Status WorkflowRepository::update(qint64 id, const Workflow &workflow)
{
    const auto existing = get(id);
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->has_value())
        return Status::failure(QStringLiteral("workflow %1 does not exist").arg(id));
    if (const Status s = checkNameFree(workflow.name, id); !s)
        return s;
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE workflows SET name = ?, definition = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(workflow.name);
    q.addBindValue(definitionOf(workflow));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("updating workflow %1").arg(id)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("workflow %1 does not exist").arg(id));
    return Status::success();
}

Status WorkflowRepository::remove(qint64 id)
{
    QSqlQuery used = m_db.query(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE workflow_id = ? AND state IN ('queued', 'running')"));
    used.addBindValue(id);
    if (const Status s = m_db.exec(used, QStringLiteral("checking workflow %1").arg(id)); !s)
        return s;
    if (used.next() && used.value(0).toInt() > 0)
        return Status::failure(QStringLiteral("workflow %1 still has %2 queued deliveries").arg(id).arg(used.value(0).toInt()));
    return m_db.transaction([&]() -> Status {
        QSqlQuery history = m_db.query(QStringLiteral("DELETE FROM deliveries WHERE workflow_id = ?"));
        history.addBindValue(id);
        if (const Status s = m_db.exec(history, QStringLiteral("removing the history of workflow %1").arg(id)); !s)
            return s;
        QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM workflows WHERE id = ?"));
        q.addBindValue(id);
        if (const Status s = m_db.exec(q, QStringLiteral("removing workflow %1").arg(id)); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Status::failure(QStringLiteral("workflow %1 does not exist").arg(id));
        return Status::success();
    });
}

} // namespace scanflow
