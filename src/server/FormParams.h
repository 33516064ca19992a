#pragma once

#include "Api.h"
#include "Multipart.h"
#include "Result.h"

#include <memory>

#include <optional>
#include <variant>

namespace scanflow {

// The parameters of a request as the reference sends them: `-d name=value` (form-urlencoded
// body, '+' meaning space), `-F name=value` (multipart text parts; file parts kept apart) and the
// query string, in that order, repeated names kept in order ("-d detailtype=3 -d detaildata=…").
// The typed getters name the parameter in their error: "porttype: \"x\" is not a number".
class FormParams
{
public:
    static std::variant<FormParams, ApiError> parse(const ApiRequest &request);

    bool has(const QString &name) const;
    QString value(const QString &name) const;  // the first one; empty when absent
    QStringList values(const QString &name) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    // A multipart part that carried a file name (or the part named `name`, file or not).
    const MultipartPart *file(const QString &name) const;
    // Writes a file part to `destination` (moving it there when the upload was spooled to
    // disk, so a big file is never in memory); the error names the part.
    Status saveFile(const MultipartPart &part, const QString &destination) const;
    qint64 sizeOf(const MultipartPart &part) const;

    std::variant<QString, ApiError> required(const QString &name) const;
    // Absent → fallback; present but not an integer (or outside [min, max]) → 400 naming it.
    std::variant<qint64, ApiError> integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const;
    std::variant<qint64, ApiError> requiredInteger(const QString &name, qint64 min, qint64 max) const;
    // "true"/"false" (also 1/0); absent → fallback.
    std::variant<bool, ApiError> boolean(const QString &name, bool fallback) const;

private:
    void addParts(const QList<MultipartPart> &parts); // text parts become items
    QList<QPair<QString, QString>> m_items;
    QList<MultipartPart> m_parts;
    // Spooled parts nobody moved away are removed with the last copy of these params (and of
    // the request that brought them).
    std::shared_ptr<const SpooledForm> m_spooled;
};

} // namespace scanflow
