#pragma once

#include "Api.h"
#include "FormParams.h"

#include <limits>

namespace scanflow {

// One parameter of a managed entity as the reference lists it: its form name ("portname"), the
// name its *Info JSON uses ("portName"), its type and its allowed values. Controllers declare
// the list once; reading a request against it names any wrong parameter in the 400.
struct Field
{
    enum class Type { Text, Integer, Boolean, IntegerList, TextList };
    Field(QString param_, QString json_, Type type_ = Type::Text, bool required_ = false,
          qint64 min_ = std::numeric_limits<qint64>::min(), qint64 max_ = std::numeric_limits<qint64>::max(), QStringList choices_ = {})
        : param(std::move(param_)), json(std::move(json_)), type(type_), required(required_), min(min_), max(max_),
          choices(std::move(choices_)) {}

    QString param;
    QString json;
    Type type = Type::Text;
    bool required = false;
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
    QStringList choices;        // Text: the allowed values; Integer: allowed numbers as text
};

// Reads form parameters (-d / -F / query) into `base`. partial: absent required fields are kept
// from base (PATCH, update), otherwise they must be given.
std::variant<QJsonObject, ApiError> readForm(const FormParams &params, const QList<Field> &fields, bool partial,
                                             QJsonObject base = {});
// Reads a JSON payload by the fields' JSON names, the same checks.
std::variant<QJsonObject, ApiError> readJson(const QJsonObject &body, const QList<Field> &fields, bool partial,
                                             QJsonObject base = {});

} // namespace scanflow
