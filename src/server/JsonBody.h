#pragma once

#include "Api.h"

#include <variant>

namespace scanflow {

// A JSON object body. The reference's examples send JSON with curl --data, which labels it
// application/x-www-form-urlencoded, so the content type is not looked at.
std::variant<QJsonObject, ApiError> jsonBody(const ApiRequest &request, const QString &what);

} // namespace scanflow
