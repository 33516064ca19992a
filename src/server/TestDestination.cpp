#include "TestDestination.h"

#include "Multipart.h"
#include "Trace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <optional>

namespace scanflow {

ApiHandler TestDestination::receive()
{
    return [this](const ApiRequest &r) -> ApiResult {
        QJsonArray headers;
        for (const auto &[name, value] : Redactor().headers(r.headers))
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
        const QByteArray type = r.header("Content-Type");
        QCryptographicHash whole(QCryptographicHash::Sha256);
        QByteArray preview; // of a text body
        // Each part's size and SHA-256 as it streams past; a text field's first KiB.
        QJsonArray parts;
        QJsonObject part;
        QCryptographicHash partHash(QCryptographicHash::Sha256);
        qint64 partSize = 0;
        QByteArray value;
        std::optional<MultipartReader> multipart;
        if (type.startsWith("multipart/form-data")) {
            multipart.emplace(type, MultipartReader::Handler{
                [&](const MultipartPart &head) {
                    part = {{QStringLiteral("name"), QString::fromUtf8(head.name)}};
                    if (!head.fileName.isEmpty()) {
                        part.insert(QStringLiteral("fileName"), QString::fromUtf8(head.fileName));
                        part.insert(QStringLiteral("contentType"), QString::fromLatin1(head.contentType));
                    }
                    partHash.reset();
                    partSize = 0;
                    value.clear();
                    return true;
                },
                [&](QByteArrayView bytes) {
                    partHash.addData(bytes);
                    partSize += bytes.size();
                    if (!part.contains(QStringLiteral("fileName")) && value.size() < 1024)
                        value.append(bytes.first(std::min<qsizetype>(bytes.size(), 1024 - value.size())));
                    return true;
                },
                [&] {
                    part.insert(QStringLiteral("size"), partSize);
                    part.insert(QStringLiteral("sha256"), QString::fromLatin1(partHash.result().toHex()));
                    if (!part.contains(QStringLiteral("fileName")))
                        part.insert(QStringLiteral("value"), QString::fromUtf8(value));
                    parts.append(part);
                    return true;
                }});
        }
        const bool text = type.contains("json") || type.contains("x-www-form-urlencoded") || type.startsWith("text/");
        const auto take = [&](QByteArrayView bytes) {
            whole.addData(bytes);
            if (multipart)
                multipart->feed(bytes);
            else if (text && preview.size() < 4096)
                preview.append(bytes.first(std::min<qsizetype>(bytes.size(), 4096 - preview.size())));
        };
        if (!r.bodyFile.isEmpty()) {
            QFile in(r.bodyFile);
            if (!in.open(QIODevice::ReadOnly))
                return ApiError::internal(QStringLiteral("cannot read the received body: %1").arg(in.errorString()));
            for (QByteArray block; !(block = in.read(256 * 1024)).isEmpty();)
                take(block);
        } else {
            take(r.body);
        }
        if (multipart && !multipart->finish())
            return ApiError::badRequest(QStringLiteral("the multipart/form-data body cannot be read: %1").arg(multipart->error()));
        QMutexLocker lock(&m_mutex);
        const qint64 id = m_next++;
        QJsonObject record{{QStringLiteral("id"), id},
                           {QStringLiteral("receivedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("method"), QString::fromLatin1(r.method)},
                           {QStringLiteral("path"), QString(u'/' + r.params.value(QStringLiteral("path")))},
                           {QStringLiteral("query"), r.query.toString(QUrl::FullyDecoded)},
                           {QStringLiteral("headers"), headers},
                           {QStringLiteral("contentType"), QString::fromLatin1(type)},
                           {QStringLiteral("bodySize"), r.bodySize()},
                           {QStringLiteral("bodySha256"), QString::fromLatin1(whole.result().toHex())}};
        if (multipart)
            record.insert(QStringLiteral("parts"), parts);
        else if (!preview.isEmpty())
            record.insert(QStringLiteral("body"), QString::fromUtf8(preview));
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
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_received.crbegin(); it != m_received.crend(); ++it)
            requests.append(*it);
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("requests"), requests}});
    };
}

ApiHandler TestDestination::clear()
{
    return [this](const ApiRequest &) -> ApiResult {
        const QMutexLocker lock(&m_mutex);
        m_received.clear();
        return ApiResponse{204, {}, {}};
    };
}

} // namespace scanflow
