#include "DeviceController.h"

#include "Caller.h"
#include "DeviceRepository.h"
#include "JsonBody.h"

#include <QDateTime>
#include <QJsonArray>

namespace scanflow::DeviceController {

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject info(const Device &d)
{
    const bool expired = !d.registered() && d.codeExpiresAt <= QDateTime::currentMSecsSinceEpoch();
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("state"), d.registered() ? QStringLiteral("Registered")
                                      : expired      ? QStringLiteral("CodeExpired")
                                                     : QStringLiteral("AwaitingRegistration")},
            {QStringLiteral("apiKeyId"), d.apiKeyId},
            {QStringLiteral("codeExpiresAt"), isoTime(d.codeExpiresAt)},
            {QStringLiteral("registeredAt"), isoTime(d.registeredAt)},
            {QStringLiteral("lastSeenAt"), isoTime(d.lastSeenAt)},
            {QStringLiteral("createdAt"), isoTime(d.createdAt)}};
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        const auto devices = DeviceRepository(db).list();
        if (!devices)
            return ApiError::internal(devices.error());
        QJsonArray out;
        for (const Device &d : *devices)
            out.append(info(d));
        return ApiResponse::json(200, out);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(body, jsonBody(r, QStringLiteral("device")));
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return ApiError::badRequest(QStringLiteral("name: must not be empty"));
        const QJsonValue hours = body.value(QStringLiteral("codeValidHours"));
        const int valid = hours.isUndefined() ? 24 : hours.toInt(-1);
        if (valid < 1 || valid > 24 * 30)
            return ApiError::badRequest(QStringLiteral("codeValidHours: must be a number from 1 to 720"));
        const auto made = DeviceRepository(db).create(name, qint64(valid) * 3600);
        if (!made)
            return ApiError::internal(made.error());
        const auto device = DeviceRepository(db).get(made->first);
        if (!device || !device->has_value())
            return ApiError::internal(QStringLiteral("the new device cannot be read back"));
        QJsonObject out = info(**device);
        out.insert(QStringLiteral("registrationCode"), made->second); // shown this once
        return ApiResponse::json(200, out);
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(id, idParameter(r, QStringLiteral("id"), QStringLiteral("device")));
        if (r.caller && r.caller->isDevice() && r.caller->device->id == id)
            return ApiError::badRequest(QStringLiteral("id: a device cannot remove itself"));
        const auto gone = DeviceRepository(db).remove(id); // its tokens go with it
        if (!gone)
            return ApiError::internal(gone.error());
        if (!*gone)
            return ApiError::notFound(QStringLiteral("id: no device %1").arg(id));
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("device %1 removed; its tokens no longer work").arg(id)));
    };
}

} // namespace scanflow::DeviceController
