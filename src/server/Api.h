#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

#include "Multipart.h"

#include <memory>
#include <variant>

namespace scanflow {

struct Caller;

// A big multipart/form-data upload the transport split into its parts as it arrived (a route
// that takes its body as form parts: Router::BigBody::FormParts), each file part in a file of
// its own; the files nobody moved away are removed with the last holder.
struct SpooledForm
{
    QList<MultipartPart> parts;
    QString error; // why the body could not be split: the handler answers 400 with it
    ~SpooledForm();
};

// A request as controllers see it, whatever HTTP server delivered it.
struct ApiRequest
{
    QByteArray method;
    QString path;                          // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                       // empty when the body was spooled to bodyFile or split (form)
    QString bodyFile;                      // a big upload, as it arrived (the transport removes it)
    std::shared_ptr<const SpooledForm> form; // or a big form upload, split into its parts
    qint64 bodyFileSize = 0;               // of either
    QHash<QString, QString> params;        // from the route pattern: {id} → "42"
    std::shared_ptr<const Caller> caller;  // set by Authenticator::guard; null on open routes
    QString peer;                          // the client's address, for limits per address
    int route = -1;                        // set by Router::admit

    QByteArray header(const QByteArray &name) const;
    qint64 bodySize() const { return bodyFile.isEmpty() && !form ? body.size() : bodyFileSize; }
};

struct ApiResponse
{
    ApiResponse() = default;
    ApiResponse(int status_, QList<QPair<QByteArray, QByteArray>> headers_ = {}, QByteArray body_ = {})
        : status(status_), headers(std::move(headers_)), body(std::move(body_)) {}

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString bodyFile;   // instead of body: the transport sends this file as the socket drains
    bool bodyFileIsCopy = false; // a copy made for this response: removed once opened, whatever happens next
    // Called on the server's thread once the whole bodyFile went to the socket; never when the
    // client left first (a download that consumes its document consumes it only then).
    std::function<void()> afterSent;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse json(int status, const QJsonArray &array);
    static ApiResponse jsonText(int status, QByteArray json); // written already (JsonWriter)
    static ApiResponse empty(int status) { return {status, {}, {}}; }
};

// Every error an endpoint answers with, mapped to a status and an ErrorCodeInfo body in one
// place (docs/api.md): {"errorCode": <status>, "message": "<what is wrong, naming the field>"}.
struct ApiError
{
    int status = 400;
    QString message;

    static ApiError badRequest(const QString &message) { return {400, message}; }
    static ApiError unauthorized(const QString &message) { return {401, message}; }
    static ApiError forbidden(const QString &message) { return {403, message}; }
    static ApiError notFound(const QString &message) { return {404, message}; }
    static ApiError conflict(const QString &message) { return {409, message}; }
    static ApiError tooManyRequests(const QString &message) { return {429, message}; }
    static ApiError methodNotAllowed(const QString &message) { return {405, message}; }
    static ApiError payloadTooLarge(const QString &message) { return {413, message}; }
    static ApiError internal(const QString &message) { return {500, message}; }

    ApiResponse toResponse() const;
};

// The route's {id} as a positive number, or the 400 that names it: idParameter(r,
// "scanWorkflowId", "workflow") → "scanWorkflowId: \"abc\" is not a workflow id".
std::variant<qint64, ApiError> idParameter(const ApiRequest &request, const QString &label, const QString &noun);

// ErrorCodeInfo of a success, optionally with the id of what was created (ErrorCodeInfoId).
QJsonObject errorCodeInfo(int code, const QString &message, qint64 id = -1);

// Shorthand for the handlers: `SF_TRY(x, params.integer(...))` declares x or returns the error.
#define SF_TRY(name, expression) \
    auto name##OrError = (expression); \
    if (auto *name##Error = std::get_if<ApiError>(&name##OrError)) \
        return *name##Error; \
    auto name = std::move(std::get<0>(name##OrError))

} // namespace scanflow
