#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace scanflow::http {

// "Not Found" for 404: the reason phrase of a status.
QByteArray reasonPhrase(int status);

// The status line and headers of an HTTP/1.1 response, with its Content-Length and, when the
// connection ends after it, "Connection: close".
QByteArray responseHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength, bool close);

} // namespace scanflow::http
