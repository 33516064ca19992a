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
};

// Splits a multipart body by the boundary named in contentType; empty on malformed input.
QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType);

} // namespace scanflow
