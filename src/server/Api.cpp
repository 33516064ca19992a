#include "Api.h"

#include <QFile>

#include <QJsonArray>

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

ApiResponse ApiResponse::json(int status, const QJsonArray &array)
{
    return {status, {{"Content-Type", "application/json"}}, QJsonDocument(array).toJson(QJsonDocument::Compact)};
}

SpooledForm::~SpooledForm()
{
    for (const MultipartPart &part : std::as_const(parts)) {
        if (!part.spoolPath.isEmpty())
            QFile::remove(part.spoolPath); // fails, harmlessly, for a part a handler moved away
    }
}

ApiResponse ApiResponse::jsonText(int status, QByteArray json)
{
    return {status, {{"Content-Type", "application/json"}}, std::move(json)};
}

QJsonObject errorCodeInfo(int code, const QString &message, qint64 id)
{
    QJsonObject o{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}};
    if (id >= 0)
        o.insert(QStringLiteral("id"), id);
    return o;
}

std::variant<qint64, ApiError> idParameter(const ApiRequest &request, const QString &label, const QString &noun)
{
    const QString text = request.params.value(QStringLiteral("id"));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not a %3 id").arg(label, text, noun));
    return id;
}

ApiResponse ApiError::toResponse() const
{
    // A message names the bad value; a 10 MB value is not repeated whole.
    constexpr qsizetype Longest = 2000;
    if (message.size() > Longest)
        return ApiResponse::json(status, errorCodeInfo(status, message.left(Longest) + QStringLiteral("… (%1 more characters)").arg(message.size() - Longest)));
    return ApiResponse::json(status, errorCodeInfo(status, message));
}

} // namespace scanflow
