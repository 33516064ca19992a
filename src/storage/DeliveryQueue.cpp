#include "DeliveryQueue.h"

#include <QFileInfo>
#include <QUuid>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace scanflow {

namespace {

const QString Columns = QStringLiteral(
    "id, workflow_id, file_path, document_name, user_name, terminal_values, state, attempts, next_attempt_at, last_error, file_name, provider_id,"
    " spool_ref, node_id, kept_path");

QueuedDelivery fromRow(const QSqlQuery &q)
{
    QueuedDelivery d;
    d.id = q.value(0).toLongLong();
    d.workflowId = q.value(1).toLongLong();
    d.filePath = q.value(2).toString();
    d.documentName = q.value(3).toString();
    d.userName = q.value(4).toString();
    const QJsonObject terminal = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (auto it = terminal.begin(); it != terminal.end(); ++it)
        d.terminalValues.insert(it.key(), it.value().toString());
    d.state = q.value(6).toString();
    d.attempts = q.value(7).toInt();
    d.nextAttemptAt = q.value(8).toLongLong();
    d.lastError = q.value(9).toString();
    d.fileName = q.value(10).toString();
    d.providerId = q.value(11).toLongLong();
    d.spoolRef = q.value(12).toString();
    d.nodeId = q.value(13).toString();
    d.keptPath = q.value(14).toString();
    return d;
}

} // namespace

qint64 retryDelayMs(const RetryPolicy &policy, int attempt, int retryAfterSeconds, double random01)
{
    const double exponential = double(policy.baseDelayMs) * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(exponential, double(policy.maxDelayMs));
    const qint64 jittered = qint64(capped * (0.5 + 0.5 * random01));
    return std::max(jittered, qint64(std::max(0, retryAfterSeconds)) * 1000);
}

Result<qint64> DeliveryQueue::enqueue(const NewDelivery &d, qint64 nowMs)
{
    QJsonObject terminal;
    for (auto it = d.terminalValues.cbegin(); it != d.terminalValues.cend(); ++it)
        terminal.insert(it.key(), it.value());
    // A null QString binds as NULL; these columns hold text, empty when unknown.
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO deliveries (workflow_id, file_path, file_name, document_name, user_name, terminal_values, state, attempts,"
        " next_attempt_at, created_at, updated_at, provider_id, spool_ref) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.workflowId);
    q.addBindValue(d.filePath);
    q.addBindValue(text(d.fileName));
    q.addBindValue(text(d.documentName));
    q.addBindValue(text(d.userName));
    q.addBindValue(QString::fromUtf8(QJsonDocument(terminal).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(d.providerId);
    q.addBindValue(text(d.spoolRef));
    qint64 id = 0;
    const Status queued = m_db.transaction([&]() -> Status {
        if (const Status s = m_db.exec(q, QStringLiteral("queueing \"%1\" for workflow %2").arg(d.filePath).arg(d.workflowId)); !s)
            return s;
        if (!q.next())
            return Status::failure(QStringLiteral("queueing \"%1\": no id returned").arg(d.filePath));
        id = q.value(0).toLongLong();
        q.finish(); // an unfinished RETURNING statement would keep SQLite from committing
        // The scan is a document of the history too: RECEIVED now, STORED or FAILED when settled.
        QSqlQuery doc = m_db.query(QStringLiteral(
            "INSERT INTO documents (uuid, job_type, status, user_name, document_name, scan_workflow_id, file_size, date_time,"
            " delivery_id, provider_id, scan_connector_id) VALUES (?, 'SCAN', 5, ?, ?, ?, ?, ?, ?, ?, ?)"));
        doc.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        doc.addBindValue(text(d.userName));
        doc.addBindValue(text(d.documentName.isEmpty() ? d.fileName : d.documentName));
        doc.addBindValue(d.workflowId);
        doc.addBindValue(d.fileSize >= 0 ? d.fileSize : QFileInfo(d.filePath).size());
        doc.addBindValue(nowMs);
        doc.addBindValue(id);
        doc.addBindValue(d.providerId);
        doc.addBindValue(d.connectorId);
        return m_db.exec(doc, QStringLiteral("recording the scan of \"%1\"").arg(d.filePath));
    });
    if (!queued)
        return Result<qint64>::failure(queued.error());
    return id;
}

Status DeliveryQueue::settleDocument(qint64 deliveryId, int status)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE documents SET status = ? WHERE delivery_id = ?"));
    q.addBindValue(status);
    q.addBindValue(deliveryId);
    return m_db.exec(q, QStringLiteral("settling the scan of delivery %1").arg(deliveryId));
}

Result<QList<QueuedDelivery>> DeliveryQueue::claim(int limit, qint64 leaseMs, qint64 nowMs)
{
    using R = Result<QList<QueuedDelivery>>;
    // One statement, so the claim is atomic; the condition is repeated outside the subquery so
    // that PostgreSQL re-checks it on a row another claimer has just taken.
    const QString due = QStringLiteral("((state = 'queued' AND next_attempt_at <= ?) OR (state = 'running' AND lease_until < ?))");
    const QString lock = m_db.dialect() == Database::Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    // Positional binds: Qt cannot bind one named placeholder twice on these drivers.
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET state = 'running', lease_until = ?, attempts = attempts + 1, updated_at = ?, node_id = ?"
        " WHERE id IN (SELECT id FROM deliveries WHERE %1 ORDER BY next_attempt_at, id LIMIT ?%2) AND %1"
        " RETURNING %3").arg(due, lock, Columns));
    for (const QVariant &v : {QVariant(nowMs + leaseMs), QVariant(nowMs), QVariant(m_nodeId.isNull() ? QStringLiteral("") : m_nodeId), QVariant(nowMs), QVariant(nowMs),
                              QVariant(limit), QVariant(nowMs), QVariant(nowMs)})
        q.addBindValue(v);

    if (const Status s = m_db.exec(q, QStringLiteral("claiming deliveries")); !s)
        return R::failure(s.error());
    QList<QueuedDelivery> out;
    while (q.next())
        out.append(fromRow(q));
    std::sort(out.begin(), out.end(), [](const QueuedDelivery &a, const QueuedDelivery &b) {
        return std::tie(a.nextAttemptAt, a.id) < std::tie(b.nextAttemptAt, b.id);
    });
    return out;
}

Status DeliveryQueue::complete(qint64 id, const QByteArray &trace, qint64 nowMs)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET state = 'delivered', lease_until = NULL, last_error = NULL, trace = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(trace));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("completing delivery %1").arg(id)); !s)
        return s;
    if (!q.numRowsAffected())
        return Status::failure(QStringLiteral("delivery %1 does not exist").arg(id));
    return settleDocument(id, 9); // STORED
}

Status DeliveryQueue::fail(qint64 id, const QString &error, const QByteArray &trace, bool transient, int retryAfterSeconds,
                           const RetryPolicy &policy, double random01, qint64 nowMs)
{
    const auto current = get(id);
    if (!current)
        return Status::failure(current.error());
    if (!current->has_value())
        return Status::failure(QStringLiteral("delivery %1 does not exist").arg(id));
    const int attempts = (*current)->attempts;
    const bool retry = transient && attempts < policy.maxAttempts;
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET state = ?, next_attempt_at = ?, lease_until = NULL, last_error = ?, trace = ?, updated_at = ?"
        " WHERE id = ? AND state = 'running' AND node_id = ?"));
    q.addBindValue(retry ? QStringLiteral("queued") : QStringLiteral("failed"));
    q.addBindValue(retry ? nowMs + retryDelayMs(policy, attempts, retryAfterSeconds, random01) : nowMs);
    q.addBindValue(transient && !retry ? QStringLiteral("%1 (gave up after %2 attempts)").arg(error).arg(attempts) : error);
    q.addBindValue(QString::fromUtf8(trace));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    // Only a run this server still holds: one that ran late (after a hand-back, or past its
    // lease) does not undo what another server has delivered since, or is delivering.
    q.addBindValue(m_nodeId.isNull() ? QStringLiteral("") : m_nodeId);
    if (const Status s = m_db.exec(q, QStringLiteral("recording the failure of delivery %1").arg(id)); !s || retry || !q.numRowsAffected())
        return s;
    return settleDocument(id, 4); // FAILED
}

Result<std::optional<QueuedDelivery>> DeliveryQueue::get(qint64 id)
{
    using R = Result<std::optional<QueuedDelivery>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("reading delivery %1").arg(id)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<QueuedDelivery>(fromRow(q)));
}

} // namespace scanflow

namespace scanflow {

Status DeliveryQueue::renew(const QList<qint64> &ids, qint64 leaseMs, qint64 nowMs)
{
    for (qint64 id : ids) {
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE deliveries SET lease_until = ? WHERE id = ? AND state = 'running'"));
        q.addBindValue(nowMs + leaseMs);
        q.addBindValue(id);
        if (const Status s = m_db.exec(q, QStringLiteral("renewing the lease of delivery %1").arg(id)); !s)
            return s;
    }
    return Status::success();
}

Status DeliveryQueue::release(const QList<qint64> &ids, qint64 nowMs)
{
    for (qint64 id : ids) {
        QSqlQuery q = m_db.query(QStringLiteral(
            "UPDATE deliveries SET state = 'queued', lease_until = NULL, next_attempt_at = ?, updated_at = ?,"
            " attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE id = ? AND state = 'running' AND node_id = ?"));
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
        q.addBindValue(id);
        q.addBindValue(m_nodeId.isNull() ? QStringLiteral("") : m_nodeId); // only what this server still holds, not what another took since
        if (const Status s = m_db.exec(q, QStringLiteral("handing back delivery %1").arg(id)); !s)
            return s;
    }
    return Status::success();
}

Result<int> DeliveryQueue::releaseNode(const QString &nodeId, qint64 nowMs)
{
    using R = Result<int>;
    if (nodeId.isEmpty())
        return 0;
    // The attempt it was in stays counted: it may have reached the target before the stop.
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET state = 'queued', lease_until = NULL, next_attempt_at = ?, updated_at = ? WHERE node_id = ? AND state = 'running'"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(nodeId);
    if (const Status s = m_db.exec(q, QStringLiteral("handing back what server %1 ran").arg(nodeId)); !s)
        return R::failure(s.error());
    return int(q.numRowsAffected());
}

Result<QList<QueuedDelivery>> DeliveryQueue::settledAmong(const QStringList &filePaths)
{
    using R = Result<QList<QueuedDelivery>>;
    QList<QueuedDelivery> out;
    constexpr qsizetype Batch = 200;
    for (qsizetype from = 0; from < filePaths.size(); from += Batch) {
        const QStringList some = filePaths.mid(from, Batch);
        QStringList marks(some.size(), QStringLiteral("?"));
        // The newest delivery of each file decides.
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT %1 FROM deliveries WHERE id IN (SELECT MAX(id) FROM deliveries WHERE file_path IN (%2) GROUP BY file_path)"
            " AND state IN ('delivered', 'failed')").arg(Columns, marks.join(u',')));
        for (const QString &path : some)
            q.addBindValue(path);
        if (const Status s = m_db.exec(q, QStringLiteral("looking up inbox files in the queue")); !s)
            return R::failure(s.error());
        while (q.next())
            out.append(fromRow(q));
    }
    return out;
}

Result<bool> DeliveryQueue::isPending(const QString &filePath)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT 1 FROM deliveries WHERE file_path = ? AND state IN ('queued', 'running')"));
    q.addBindValue(filePath);
    if (const Status s = m_db.exec(q, QStringLiteral("looking up \"%1\" in the queue").arg(filePath)); !s)
        return Result<bool>::failure(s.error());
    return q.next();
}

Result<std::optional<QueuedDelivery>> DeliveryQueue::latestFor(const QString &filePath)
{
    using R = Result<std::optional<QueuedDelivery>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM deliveries WHERE file_path = ? ORDER BY id DESC LIMIT 1").arg(Columns));
    q.addBindValue(filePath);
    if (const Status s = m_db.exec(q, QStringLiteral("looking up \"%1\" in the queue").arg(filePath)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<QueuedDelivery>(fromRow(q)));
}

namespace {

DeliveryRecord recordFromRow(const QSqlQuery &q)
{
    // Columns, then created_at, updated_at, trace.
    DeliveryRecord r;
    r.delivery = fromRow(q);
    r.createdAt = q.value(15).toLongLong();
    r.updatedAt = q.value(16).toLongLong();
    r.trace = q.value(17).toString().toUtf8();
    return r;
}

} // namespace

Result<QList<DeliveryRecord>> DeliveryQueue::history(const HistoryFilter &f)
{
    using R = Result<QList<DeliveryRecord>>;
    QStringList where;
    QVariantList binds;
    if (f.workflowId) {
        where << QStringLiteral("workflow_id = ?");
        binds << *f.workflowId;
    }
    if (!f.state.isEmpty()) {
        where << QStringLiteral("state = ?");
        binds << f.state;
    }
    if (!f.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << f.userName;
    }
    if (f.beforeId > 0) {
        where << QStringLiteral("id < ?");
        binds << f.beforeId;
    }
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, created_at, updated_at, trace FROM deliveries%2 ORDER BY id DESC LIMIT ?")
                                 .arg(Columns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(f.limit + 1);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the delivery history")); !s)
        return R::failure(s.error());
    QList<DeliveryRecord> out;
    while (q.next())
        out.append(recordFromRow(q));
    return out;
}

Result<std::optional<DeliveryRecord>> DeliveryQueue::record(qint64 id)
{
    using R = Result<std::optional<DeliveryRecord>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, created_at, updated_at, trace FROM deliveries WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("reading delivery %1").arg(id)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<DeliveryRecord>(recordFromRow(q)));
}

Status DeliveryQueue::setKeptPath(qint64 id, const QString &path)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE deliveries SET kept_path = ? WHERE id = ?"));
    q.addBindValue(path.isNull() ? QStringLiteral("") : path);
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("recording where the file of delivery %1 is kept").arg(id));
}

namespace {
// After (ms, id) in the order (updated_at, id).
const QString After = QStringLiteral("(updated_at > ? OR (updated_at = ? AND id > ?))");
} // namespace

Result<QList<DeliveryRecord>> DeliveryQueue::changedAfter(const Place &place, int limit)
{
    using R = Result<QList<DeliveryRecord>>;
    // '' for the trace: the feed names what changed, GET /deliveries/<id> has the trace.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, created_at, updated_at, '' FROM deliveries WHERE %2 ORDER BY updated_at, id LIMIT ?")
                                 .arg(Columns, After));
    q.addBindValue(place.ms);
    q.addBindValue(place.ms);
    q.addBindValue(place.id);
    q.addBindValue(limit);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the deliveries changed since %1").arg(place.ms)); !s)
        return R::failure(s.error());
    QList<DeliveryRecord> out;
    while (q.next())
        out.append(recordFromRow(q));
    return out;
}

Result<QList<DeliveryRecord>> DeliveryQueue::changedUpTo(const Place &place, qint64 windowMs, int limit)
{
    using R = Result<QList<DeliveryRecord>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, created_at, updated_at, '' FROM deliveries WHERE updated_at > ? AND NOT %2"
                                            " ORDER BY updated_at DESC, id DESC LIMIT ?").arg(Columns, After));
    q.addBindValue(place.ms - windowMs);
    q.addBindValue(place.ms);
    q.addBindValue(place.ms);
    q.addBindValue(place.id);
    q.addBindValue(limit);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the deliveries changed just before %1").arg(place.ms)); !s)
        return R::failure(s.error());
    QList<DeliveryRecord> out;
    while (q.next())
        out.prepend(recordFromRow(q)); // oldest first
    return out;
}

Result<bool> DeliveryQueue::hasChangeAfter(const Place &place)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT 1 FROM deliveries WHERE %1 LIMIT 1").arg(After));
    q.addBindValue(place.ms);
    q.addBindValue(place.ms);
    q.addBindValue(place.id);
    if (const Status s = m_db.exec(q, QStringLiteral("looking for a delivery change")); !s)
        return Result<bool>::failure(s.error());
    return q.next();
}

Result<qint64> DeliveryQueue::lastChange()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT COALESCE(MAX(updated_at), 0) FROM deliveries"));
    if (const Status s = m_db.exec(q, QStringLiteral("reading the time of the last delivery change")); !s)
        return Result<qint64>::failure(s.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QHash<qint64, DeliveryQueue::Counts>> DeliveryQueue::counts(qint64 sinceMs)
{
    using R = Result<QHash<qint64, Counts>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT workflow_id, state, COUNT(*) FROM deliveries"
                                            " WHERE state IN ('queued', 'running') OR updated_at >= ? GROUP BY workflow_id, state"));
    q.addBindValue(sinceMs);
    if (const Status s = m_db.exec(q, QStringLiteral("counting the deliveries")); !s)
        return R::failure(s.error());
    QHash<qint64, Counts> out;
    while (q.next()) {
        Counts &c = out[q.value(0).toLongLong()];
        const QString state = q.value(1).toString();
        const int n = q.value(2).toInt();
        if (state == QLatin1String("queued"))
            c.queued = n;
        else if (state == QLatin1String("running"))
            c.running = n;
        else if (state == QLatin1String("delivered"))
            c.delivered = n;
        else if (state == QLatin1String("failed"))
            c.failed = n;
    }
    return out;
}

Result<QueuedDelivery> DeliveryQueue::retryNow(qint64 id, const std::optional<QString> &spoolRef, qint64 nowMs)
{
    using R = Result<QueuedDelivery>;
    // One statement, so a delivery claimed meanwhile is left alone (its state is no longer one
    // of these two).
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET next_attempt_at = ?, updated_at = ?,"
        " attempts = CASE WHEN state = 'failed' THEN 0 ELSE attempts END,"
        " last_error = CASE WHEN state = 'failed' THEN NULL ELSE last_error END, state = 'queued',"
        " spool_ref = COALESCE(?, spool_ref), kept_path = ''"
        " WHERE id = ? AND state IN ('queued', 'failed')"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(spoolRef ? QVariant(*spoolRef) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("queueing delivery %1 again").arg(id)); !s)
        return R::failure(s.error());
    return changedBy(q, id, QStringLiteral("only a queued or failed delivery can be tried again"), 5); // RECEIVED again
}

Result<QueuedDelivery> DeliveryQueue::cancel(qint64 id, const QString &reason, qint64 nowMs)
{
    using R = Result<QueuedDelivery>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE deliveries SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ? AND state = 'queued'"));
    q.addBindValue(reason);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("cancelling delivery %1").arg(id)); !s)
        return R::failure(s.error());
    return changedBy(q, id, QStringLiteral("only a queued delivery can be cancelled"), 4); // FAILED
}

Result<QueuedDelivery> DeliveryQueue::changedBy(const QSqlQuery &update, qint64 id, const QString &refusal, int documentStatus)
{
    using R = Result<QueuedDelivery>;
    const auto now = get(id);
    if (!now)
        return R::failure(now.error());
    if (!now->has_value())
        return R::failure(QStringLiteral("there is no delivery %1").arg(id));
    if (!update.numRowsAffected()) // it was in another state: the refusal says which
        return R::failure(QStringLiteral("delivery %1 is %2: %3").arg(id).arg((*now)->state, refusal));
    if (const Status s = settleDocument(id, documentStatus); !s)
        return R::failure(s.error());
    return **now;
}

} // namespace scanflow
