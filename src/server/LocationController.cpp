#include "LocationController.h"

#include "Entities.h"
#include "FormParams.h"
#include "JsonBody.h"

#include <QHostAddress>
#include <QJsonArray>

namespace scanflow::LocationController {

namespace {

enum LocationType { Gateway = 1, Subnet = 2, Range = 3, Ssid = 4 };

bool isIpv4(const QString &text)
{
    QHostAddress a;
    return a.setAddress(text) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

std::optional<QString> checkData(int type, const QString &data)
{
    switch (type) {
    case Gateway:
        return isIpv4(data) ? std::nullopt : std::optional<QString>(QStringLiteral("is not an IPv4 address"));
    case Subnet: {
        const auto subnet = QHostAddress::parseSubnet(data);
        return data.contains(u'/') && isIpv4(data.section(u'/', 0, 0)) && subnet.second >= 0 && subnet.second <= 32
            ? std::nullopt : std::optional<QString>(QStringLiteral("is not a subnet like 192.168.1.100/24"));
    }
    case Range: {
        const QStringList ends = data.split(u'-');
        if (ends.size() != 2 || !isIpv4(ends.at(0).trimmed()) || !isIpv4(ends.at(1).trimmed()))
            return QStringLiteral("is not a range like 192.168.1.100-192.168.1.200");
        if (QHostAddress(ends.at(0).trimmed()).toIPv4Address() > QHostAddress(ends.at(1).trimmed()).toIPv4Address())
            return QStringLiteral("starts after it ends");
        return std::nullopt;
    }
    case Ssid:
        return data.trimmed().isEmpty() ? std::optional<QString>(QStringLiteral("is empty")) : std::nullopt;
    }
    return QStringLiteral("has an unknown location type");
}

// LocationInfo: {"name", "identifiers": [{"locationType": 1–4, "stringData": ["…"]}]}
std::variant<QJsonObject, ApiError> locationFrom(const ApiRequest &r)
{
    SF_TRY(body, jsonBody(r, QStringLiteral("LocationInfo")));
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return ApiError::badRequest(QStringLiteral("name: must not be empty"));
    const QJsonValue identifiers = body.value(QStringLiteral("identifiers"));
    if (!identifiers.isUndefined() && !identifiers.isArray())
        return ApiError::badRequest(QStringLiteral("identifiers: must be a list"));
    QJsonArray clean;
    int i = 0;
    for (const QJsonValue &v : identifiers.toArray()) {
        const QString at = QStringLiteral("identifiers[%1]").arg(i++);
        const int type = v[QStringLiteral("locationType")].toInt(0);
        if (type < Gateway || type > Ssid)
            return ApiError::badRequest(QStringLiteral("%1.locationType: must be 1 (gateway), 2 (subnet), 3 (range) or 4 (WiFi SSID)").arg(at));
        QJsonArray data;
        for (const QJsonValue &d : v[QStringLiteral("stringData")].toArray()) {
            if (const auto problem = checkData(type, d.toString()))
                return ApiError::badRequest(QStringLiteral("%1.stringData: \"%2\" %3").arg(at, d.toString(), *problem));
            data.append(d.toString().trimmed());
        }
        clean.append(QJsonObject{{QStringLiteral("locationType"), type}, {QStringLiteral("stringData"), data}});
    }
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("identifiers"), clean}};
}

// Whether `data` of `type` finds this identifier: the same text, or an address inside its
// subnet or range.
bool matches(int type, const QString &data, const QJsonObject &identifier)
{
    if (identifier.value(QStringLiteral("locationType")).toInt() != type)
        return false;
    for (const QJsonValue &v : identifier.value(QStringLiteral("stringData")).toArray()) {
        const QString stored = v.toString();
        if (stored.compare(data.trimmed(), type == Ssid ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
            return true;
        if (!isIpv4(data.trimmed()))
            continue;
        const QHostAddress address(data.trimmed());
        if (type == Subnet && address.isInSubnet(QHostAddress::parseSubnet(stored)))
            return true;
        if (type == Range) {
            const quint32 a = address.toIPv4Address();
            const QStringList ends = stored.split(u'-');
            if (a >= QHostAddress(ends.at(0).trimmed()).toIPv4Address() && a <= QHostAddress(ends.at(1).trimmed()).toIPv4Address())
                return true;
        }
    }
    return false;
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        const QStringList types = p.values(QStringLiteral("locationtype"));
        const QStringList data = p.values(QStringLiteral("locationdata"));
        if (types.size() != data.size())
            return ApiError::badRequest(QStringLiteral("locationdata: %1 locationtype but %2 locationdata; give them in pairs").arg(types.size()).arg(data.size()));
        QList<int> typeNumbers;
        for (const QString &t : types) {
            const int n = t.toInt();
            if (n < Gateway || n > Ssid)
                return ApiError::badRequest(QStringLiteral("locationtype: \"%1\" is not 1, 2, 3 or 4").arg(t));
            typeNumbers.append(n);
        }
        SF_TRY(locations, Entities::all(db, Entities::Location));
        QJsonArray out;
        for (const QJsonObject &l : locations) {
            bool wanted = typeNumbers.isEmpty();
            for (qsizetype i = 0; i < typeNumbers.size() && !wanted; ++i) {
                for (const QJsonValue &id : l.value(QStringLiteral("identifiers")).toArray())
                    wanted = wanted || matches(typeNumbers.at(i), data.at(i), id.toObject());
            }
            if (wanted)
                out.append(l);
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(location, Entities::fromPath(db, Entities::Location, r, QStringLiteral("locationId")));
        return ApiResponse::json(200, location);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(location, locationFrom(r));
        const auto id = EntityRepository(db, Entities::Location).create(location);
        if (!id)
            return ApiError::internal(id.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("location created"), *id));
    };
}

ApiHandler update(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(existing, Entities::fromPath(db, Entities::Location, r, QStringLiteral("id")));
        SF_TRY(location, locationFrom(r));
        const qint64 id = existing.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::Location).update(id, location); !s)
            return ApiError::internal(s.error());
        location.insert(QStringLiteral("id"), id);
        return ApiResponse::json(200, location);
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(existing, Entities::fromPath(db, Entities::Location, r, QStringLiteral("id")));
        const qint64 id = existing.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::Location).remove(id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("location deleted"), id));
    };
}

} // namespace scanflow::LocationController
