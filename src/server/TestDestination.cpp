#include "TestDestination.h"

#include "Multipart.h"
#include "Trace.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace scanflow {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

ApiHandler TestDestination::receive()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const qint64 id = m_next++;
        QJsonArray headers;
        for (const auto &[name, value] : Redactor().headers(r.headers))
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
        const QByteArray type = r.header("Content-Type");
        QJsonObject record{{QStringLiteral("id"), id},
                           {QStringLiteral("receivedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("method"), QString::fromLatin1(r.method)},
                           {QStringLiteral("path"), QString(u'/' + r.params.value(QStringLiteral("path")))},
                           {QStringLiteral("query"), r.query.toString(QUrl::FullyDecoded)},
                           {QStringLiteral("headers"), headers},
                           {QStringLiteral("contentType"), QString::fromLatin1(type)},
                           {QStringLiteral("bodySize"), r.body.size()},
                           {QStringLiteral("bodySha256"), sha256(r.body)}};
        if (type.startsWith("multipart/form-data")) {
            QJsonArray parts;
            for (const MultipartPart &p : parseMultipart(r.body, type)) {
                QJsonObject part{{QStringLiteral("name"), QString::fromUtf8(p.name)},
                                 {QStringLiteral("size"), p.body.size()},
                                 {QStringLiteral("sha256"), sha256(p.body)}};
                if (p.fileName.isEmpty()) {
                    part.insert(QStringLiteral("value"), QString::fromUtf8(p.body.left(1024)));
                } else {
                    part.insert(QStringLiteral("fileName"), QString::fromUtf8(p.fileName));
                    part.insert(QStringLiteral("contentType"), QString::fromLatin1(p.contentType));
                }
                parts.append(part);
            }
            record.insert(QStringLiteral("parts"), parts);
        } else if (!r.body.isEmpty() && (type.contains("json") || type.contains("x-www-form-urlencoded") || type.startsWith("text/"))) {
            record.insert(QStringLiteral("body"), QString::fromUtf8(r.body.left(4096)));
        }
        m_received.append(record);
        while (m_received.size() > m_capacity)
            m_received.removeFirst();
        const QString tag = QStringLiteral("T-%1").arg(id);
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("received"), id},
                                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), tag}, {QStringLiteral("uploadId"), tag}}}});
    };
}

ApiHandler TestDestination::list()
{
    return [this](const ApiRequest &) -> ApiResult {
        QJsonArray requests;
        for (auto it = m_received.crbegin(); it != m_received.crend(); ++it)
            requests.append(*it);
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("requests"), requests}});
    };
}

ApiHandler TestDestination::clear()
{
    return [this](const ApiRequest &) -> ApiResult {
        m_received.clear();
        return ApiResponse{204, {}, {}};
    };
}

} // namespace scanflow
