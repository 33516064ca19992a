#include "DocumentRepository.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace scanflow {

namespace {

const QString Columns = QStringLiteral(
    "id, uuid, job_type, status, user_name, provider_id, document_name, total_pages, color_pages, duplex, copies, grayscale,"
    " paper_size, output_port_id, output_port_name, input_port_name, scan_workflow_id, file_path, file_size, date_time,"
    " scan_connector_id, domain_name");

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
    q.addBindValue(d.scanConnectorId);
    q.addBindValue(text(d.domainName.toLower()));
}

QString textAs(QUtf8StringView v, QString *) { return v.toString(); }
QUtf8StringView textAs(QUtf8StringView v, QUtf8StringView *) { return v; }

// A row of `Columns`, its texts copied (Document) or viewed in place (DocumentView).
template <typename D>
D documentFrom(const Database::Row &r)
{
    using Text = decltype(D::uuid);
    const auto text = [&r](int column) { return textAs(r.text(column), static_cast<Text *>(nullptr)); };
    D d;
    d.id = r.integer(0);
    d.uuid = text(1);
    d.jobType = text(2);
    d.status = int(r.integer(3));
    d.userName = text(4);
    d.providerId = r.integer(5);
    d.documentName = text(6);
    d.totalPages = int(r.integer(7));
    d.colorPages = int(r.integer(8));
    d.duplex = int(r.integer(9));
    d.copies = int(r.integer(10));
    d.grayscale = r.integer(11) != 0;
    d.paperSize = text(12);
    d.outputPortId = r.integer(13);
    d.outputPortName = text(14);
    d.inputPortName = text(15);
    d.scanWorkflowId = r.integer(16);
    d.filePath = text(17);
    d.fileSize = r.integer(18);
    d.dateTime = r.integer(19);
    d.scanConnectorId = r.integer(20);
    d.domainName = text(21);
    return d;
}

} // namespace

Result<qint64> DocumentRepository::add(Document d)
{
    if (d.uuid.isEmpty())
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (d.jobType.isEmpty())
        d.jobType = QStringLiteral("PRINT");
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO documents (uuid, job_type, status, user_name, provider_id, document_name, total_pages, color_pages, duplex,"
        " copies, grayscale, paper_size, output_port_id, output_port_name, input_port_name, scan_workflow_id, file_path,"
        " file_size, date_time, scan_connector_id, domain_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    bindAll(q, d);
    return m_db.insert(q, QStringLiteral("recording a document"));
}

Result<std::optional<Document>> DocumentRepository::byUuid(const QString &uuid)
{
    using R = Result<std::optional<Document>>;
    std::optional<Document> found;
    const Status s = m_db.eachRow(QStringLiteral("SELECT %1 FROM documents WHERE uuid = ?").arg(Columns), {uuid},
                                  QStringLiteral("reading document %1").arg(uuid),
                                  [&](const Database::Row &row) { found = documentFrom<Document>(row); });
    if (!s)
        return R::failure(s.error());
    return R(std::move(found));
}

Status DocumentRepository::history(const DocumentQuery &query, const std::function<void(const DocumentView &)> &visit)
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
    if (!query.domainNames.isEmpty() || query.orNoDomain) {
        QStringList marks;
        for (const QString &domain : query.domainNames) {
            marks.append(QStringLiteral("?"));
            values.append(domain.toLower());
        }
        if (query.orNoDomain) {
            marks.append(QStringLiteral("?"));
            values.append(QStringLiteral(""));
        }
        where.append(QStringLiteral("domain_name IN (%1)").arg(marks.join(u',')));
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
    values.append(query.limit);
    return m_db.eachRow(QStringLiteral("SELECT %1 FROM documents WHERE %2 ORDER BY date_time, id LIMIT ?")
                            .arg(Columns, where.join(QLatin1String(" AND "))),
                        values, QStringLiteral("reading the document history"),
                        [&](const Database::Row &row) { visit(documentFrom<DocumentView>(row)); });
}

Result<QList<Document>> DocumentRepository::ofUser(qint64 providerId, const QString &userName, const QList<int> &statuses, int limit)
{
    QStringList marks;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        marks.append(QStringLiteral("?"));
    QVariantList values{userName, providerId};
    for (int s : statuses)
        values.append(s);
    values.append(limit);
    QList<Document> out;
    const Status s = m_db.eachRow(QStringLiteral("SELECT %1 FROM documents WHERE user_name = ? AND provider_id = ? AND status IN (%2)"
                                                 " ORDER BY date_time DESC, id DESC LIMIT ?").arg(Columns, marks.join(u',')),
                                  values, QStringLiteral("reading %1's documents").arg(userName),
                                  [&](const Database::Row &row) { out.append(documentFrom<Document>(row)); });
    if (!s)
        return Result<QList<Document>>::failure(s.error());
    return out;
}

Status DocumentRepository::update(const Document &d)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE documents SET uuid = ?, job_type = ?, status = ?, user_name = ?, provider_id = ?, document_name = ?, total_pages = ?,"
        " color_pages = ?, duplex = ?, copies = ?, grayscale = ?, paper_size = ?, output_port_id = ?, output_port_name = ?,"
        " input_port_name = ?, scan_workflow_id = ?, file_path = ?, file_size = ?, date_time = ?, scan_connector_id = ?,"
        " domain_name = ? WHERE id = ?"));
    bindAll(q, d);
    q.addBindValue(d.id);
    return m_db.exec(q, QStringLiteral("updating document %1").arg(d.uuid));
}

Result<bool> DocumentRepository::consume(const Document &d)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE documents SET uuid = ?, job_type = ?, status = ?, user_name = ?, provider_id = ?, document_name = ?, total_pages = ?,"
        " color_pages = ?, duplex = ?, copies = ?, grayscale = ?, paper_size = ?, output_port_id = ?, output_port_name = ?,"
        " input_port_name = ?, scan_workflow_id = ?, file_path = ?, file_size = ?, date_time = ?, scan_connector_id = ?,"
        " domain_name = ? WHERE id = ? AND status = ?"));
    bindAll(q, d);
    q.addBindValue(d.id);
    q.addBindValue(int(Document::Ready));
    if (const Status s = m_db.exec(q, QStringLiteral("consuming document %1").arg(d.uuid)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

} // namespace scanflow
