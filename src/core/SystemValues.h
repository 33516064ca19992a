#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace scanflow {

struct Workflow;

// What the system knows about one file's delivery; source of the system placeholders.
struct DocumentInfo
{
    QString filePath;
    QString fileName;     // as delivered; defaults to the path's file name
    QString documentName; // defaults to the file name without its extension
    qint64 fileSize = 0;
    QString mimeType;
    QString userName;
    QString userEmail;
    QDateTime startedAt;  // local time of the delivery's start
    QString deliveryId;   // unique per file delivery
};

// The system values of R5: username, user_email, timestamp (yyyyMMddHHmmssfff), date, time,
// workflow_name, documentname, filename, file_extension, file_size (bytes), mime_type, ...
// The full list is in docs/placeholders.md.
QHash<QString, QString> systemValues(const Workflow &workflow, const DocumentInfo &doc);
// The name the target sees: fileName, or the path's file name.
QString deliveredFileName(const DocumentInfo &doc);

} // namespace scanflow
