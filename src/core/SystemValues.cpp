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
    // Written from the numbers: QDateTime::toString with a pattern costs as much as a request.
    const QDate date = t.date();
    const QTime time = t.time();
    const auto digits = [](int value, int width) { return QString::number(value).rightJustified(width, u'0'); };
    const QString year = digits(date.year(), 4), month = digits(date.month(), 2), day = digits(date.day(), 2);
    const QString hour = digits(time.hour(), 2), minute = digits(time.minute(), 2), second = digits(time.second(), 2);
    return {
        {QStringLiteral("username"), doc.userName},
        {QStringLiteral("user_name"), doc.userName},
        {QStringLiteral("user_email"), doc.userEmail},
        {QStringLiteral("timestamp"), year + month + day + hour + minute + second + digits(time.msec(), 3)},
        {QStringLiteral("date"), year + u'-' + month + u'-' + day},
        {QStringLiteral("time"), hour + u'-' + minute + u'-' + second},
        {QStringLiteral("year"), year},
        {QStringLiteral("month"), month},
        {QStringLiteral("day"), day},
        {QStringLiteral("hour"), hour},
        {QStringLiteral("minute"), minute},
        {QStringLiteral("second"), second},
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
