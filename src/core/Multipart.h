#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace scanflow {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray name;
    QByteArray fileName; // empty for text fields
    QByteArray contentType;
    QByteArray body;
    QString spoolPath;   // parseMultipartFile: a file part's bytes are in this file, not in body
};

// Splits a multipart body by the boundary named in contentType; empty on malformed input.
QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType);

// The same for a body kept in a file, reading it in blocks: each part with a file name is copied
// into its own file in spoolDir (spoolPath; the caller owns it), text fields are kept in memory
// up to 1 MiB each. Memory stays flat whatever the size. On a malformed body: empty, and error.
QList<MultipartPart> parseMultipartFile(const QString &path, const QByteArray &contentType, const QString &spoolDir,
                                        QString *error);

} // namespace scanflow
