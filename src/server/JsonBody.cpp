#include "JsonBody.h"

namespace scanflow {

std::variant<QJsonObject, ApiError> jsonBody(const ApiRequest &request, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badRequest(QStringLiteral("%1: the body is not JSON (%2 at offset %3)").arg(what, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return ApiError::badRequest(QStringLiteral("%1: the body must be a JSON object").arg(what));
    return doc.object();
}

} // namespace scanflow
