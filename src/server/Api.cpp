#include "Api.h"

namespace scanflow {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return {status, {{"Content-Type", "application/json"}}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

QJsonObject errorCodeInfo(int code, const QString &message, qint64 id)
{
    QJsonObject o{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}};
    if (id >= 0)
        o.insert(QStringLiteral("id"), id);
    return o;
}

ApiResponse ApiError::toResponse() const
{
    return ApiResponse::json(status, errorCodeInfo(status, message));
}

} // namespace scanflow
