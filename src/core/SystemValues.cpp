#include "SystemValues.h"

#include "Workflow.h"

#include <QFileInfo>

namespace scanflow {

QString deliveredFileName(const DocumentInfo &doc)
{
    return doc.fileName.isEmpty() ? QFileInfo(doc.filePath).fileName() : doc.fileName;
}

QHash<QString, QString> systemValues(const Workflow &workflow, const DocumentInfo &doc)
{
    const QFileInfo file(deliveredFileName(doc));
    const QDateTime &t = doc.startedAt;
    const QString documentName = doc.documentName.isEmpty() ? file.completeBaseName()
                                                            : doc.documentName;
    return {
        {QStringLiteral("username"), doc.userName},
        {QStringLiteral("user_name"), doc.userName},
        {QStringLiteral("user_email"), doc.userEmail},
        {QStringLiteral("timestamp"), t.toString(QStringLiteral("yyyyMMddHHmmsszzz"))},
        {QStringLiteral("date"), t.toString(QStringLiteral("yyyy-MM-dd"))},
        {QStringLiteral("time"), t.toString(QStringLiteral("HH-mm-ss"))},
        {QStringLiteral("year"), t.toString(QStringLiteral("yyyy"))},
        {QStringLiteral("month"), t.toString(QStringLiteral("MM"))},
        {QStringLiteral("day"), t.toString(QStringLiteral("dd"))},
        {QStringLiteral("hour"), t.toString(QStringLiteral("HH"))},
        {QStringLiteral("minute"), t.toString(QStringLiteral("mm"))},
        {QStringLiteral("second"), t.toString(QStringLiteral("ss"))},
        {QStringLiteral("iso_datetime"), t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("workflow_name"), workflow.name},
        {QStringLiteral("documentname"), documentName},
        {QStringLiteral("filename"), file.fileName()},
        {QStringLiteral("file_extension"), file.suffix()},
        {QStringLiteral("file_size"), QString::number(doc.fileSize)},
        {QStringLiteral("mime_type"), doc.mimeType},
        {QStringLiteral("delivery_id"), doc.deliveryId},
    };
}

} // namespace scanflow
