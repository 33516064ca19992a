#include "DocumentRepository.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace scanflow {

namespace {

const QString Columns = QStringLiteral(
    "id, uuid, job_type, status, user_name, provider_id, document_name, total_pages, color_pages, duplex, copies, grayscale,"
    " paper_size, output_port_id, output_port_name, input_port_name, scan_workflow_id, file_path, file_size, date_time");

Document fromRow(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.jobType = q.value(2).toString();
    d.status = q.value(3).toInt();
    d.userName = q.value(4).toString();
    d.providerId = q.value(5).toLongLong();
    d.documentName = q.value(6).toString();
    d.totalPages = q.value(7).toInt();
    d.colorPages = q.value(8).toInt();
    d.duplex = q.value(9).toInt();
    d.copies = q.value(10).toInt();
    d.grayscale = q.value(11).toInt() != 0;
    d.paperSize = q.value(12).toString();
    d.outputPortId = q.value(13).toLongLong();
    d.outputPortName = q.value(14).toString();
    d.inputPortName = q.value(15).toString();
    d.scanWorkflowId = q.value(16).toLongLong();
    d.filePath = q.value(17).toString();
    d.fileSize = q.value(18).toLongLong();
    d.dateTime = q.value(19).toLongLong();
    return d;
}

void bindAll(QSqlQuery &q, const Document &d)
{
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(text(d.uuid));
    q.addBindValue(d.jobType);
    q.addBindValue(d.status);
    q.addBindValue(text(d.userName));
    q.addBindValue(d.providerId);
    q.addBindValue(text(d.documentName));
    q.addBindValue(d.totalPages);
    q.addBindValue(d.colorPages);
    q.addBindValue(d.duplex);
    q.addBindValue(d.copies);
    q.addBindValue(d.grayscale ? 1 : 0);
    q.addBindValue(text(d.paperSize));
    q.addBindValue(d.outputPortId);
    q.addBindValue(text(d.outputPortName));
    q.addBindValue(text(d.inputPortName));
    q.addBindValue(d.scanWorkflowId);
    q.addBindValue(text(d.filePath));
    q.addBindValue(d.fileSize);
    q.addBindValue(d.dateTime);
}

} // namespace

Result<qint64> DocumentRepository::add(Document d)
{
    if (d.uuid.isEmpty())
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO documents (uuid, job_type, status, user_name, provider_id, document_name, total_pages, color_pages, duplex,"
        " copies, grayscale, paper_size, output_port_id, output_port_name, input_port_name, scan_workflow_id, file_path,"
        " file_size, date_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindAll(q, d);
    return m_db.insert(q, QStringLiteral("recording a document"));
}

Result<std::optional<Document>> DocumentRepository::byUuid(const QString &uuid)
{
    using R = Result<std::optional<Document>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM documents WHERE uuid = ?").arg(Columns));
    q.addBindValue(uuid);
    if (const Status s = m_db.exec(q, QStringLiteral("reading document %1").arg(uuid)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<Document>(fromRow(q)));
}

Result<QList<Document>> DocumentRepository::history(const DocumentQuery &query)
{
    QStringList where{QStringLiteral("date_time >= ?"), QStringLiteral("date_time < ?")};
    QVariantList values{query.from, query.to};
    if (!query.userName.isEmpty()) {
        where.append(QStringLiteral("user_name = ?"));
        values.append(query.userName);
    }
    if (!query.portName.isEmpty()) {
        where.append(QStringLiteral("output_port_name = ?"));
        values.append(query.portName);
    }
    if (!query.jobType.isEmpty()) {
        where.append(QStringLiteral("job_type = ?"));
        values.append(query.jobType);
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (int s : query.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(s);
        }
        where.append(QStringLiteral("status IN (%1)").arg(marks.join(u',')));
    }
    if (query.afterTime >= 0) {
        where.append(QStringLiteral("(date_time > ? OR (date_time = ? AND id > ?))"));
        values << query.afterTime << query.afterTime << query.afterId;
    }
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM documents WHERE %2 ORDER BY date_time, id LIMIT %3")
                                 .arg(Columns, where.join(QLatin1String(" AND "))).arg(query.limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the document history")); !s)
        return Result<QList<Document>>::failure(s.error());
    QList<Document> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<Document>> DocumentRepository::ofUser(qint64 providerId, const QString &userName, const QList<int> &statuses, int limit)
{
    QStringList marks;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM documents WHERE user_name = ? AND provider_id = ? AND status IN (%2) ORDER BY date_time DESC, id DESC LIMIT %3")
                                 .arg(Columns, marks.join(u',')).arg(limit));
    q.addBindValue(userName);
    q.addBindValue(providerId);
    for (int s : statuses)
        q.addBindValue(s);
    if (const Status s = m_db.exec(q, QStringLiteral("reading %1's documents").arg(userName)); !s)
        return Result<QList<Document>>::failure(s.error());
    QList<Document> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Status DocumentRepository::update(const Document &d)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE documents SET uuid = ?, job_type = ?, status = ?, user_name = ?, provider_id = ?, document_name = ?, total_pages = ?,"
        " color_pages = ?, duplex = ?, copies = ?, grayscale = ?, paper_size = ?, output_port_id = ?, output_port_name = ?,"
        " input_port_name = ?, scan_workflow_id = ?, file_path = ?, file_size = ?, date_time = ? WHERE id = ?"));
    bindAll(q, d);
    q.addBindValue(d.id);
    return m_db.exec(q, QStringLiteral("updating document %1").arg(d.uuid));
}

} // namespace scanflow
