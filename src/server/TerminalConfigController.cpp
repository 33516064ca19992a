#include "TerminalConfigController.h"

#include "Entities.h"
#include "Fields.h"
#include "SecretStore.h"

#include <QJsonArray>

namespace scanflow::TerminalConfigController {

namespace {

QString owner(qint64 id)
{
    return QStringLiteral("terminalconfig:%1").arg(id);
}

} // namespace

ApiHandler create(Database &db, SecretStore &secrets)
{
    return [&db, &secrets](const ApiRequest &r) -> ApiResult {
        using T = Field::Type;
        static const QList<Field> fields{
            {QStringLiteral("domain"), QStringLiteral("domain"), T::Text, true},
            {QStringLiteral("name"), QStringLiteral("name"), T::Text, true},
            {QStringLiteral("vendor"), QStringLiteral("vendor"), T::Text, true},
            {QStringLiteral("adminuser"), QStringLiteral("adminUser"), T::Text},
            {QStringLiteral("applicationtype"), QStringLiteral("applicationType"), T::Integer, false, 0, 3},
            {QStringLiteral("devices"), QStringLiteral("devices"), T::IntegerList, false, 1}};
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(config, readForm(p, fields, false));
        SF_TRY(account, Entities::requireAccount(db, QStringLiteral("domain"), config.value(QStringLiteral("domain")).toString()));
        Q_UNUSED(account)
        for (const QJsonValue &d : config.value(QStringLiteral("devices")).toArray()) {
            const auto port = Entities::find(db, Entities::OutputPort, d.toInteger(), QStringLiteral("devices"));
            if (const auto *e = std::get_if<ApiError>(&port))
                return e->status == 404 ? ApiError::badRequest(e->message) : *e;
        }
        if (!config.contains(QStringLiteral("applicationType")))
            config.insert(QStringLiteral("applicationType"), 0);
        if (!config.contains(QStringLiteral("adminUser")))
            config.insert(QStringLiteral("adminUser"), QString());
        const QString password = p.value(QStringLiteral("adminpassword"));
        if (!password.isEmpty()) {
            if (const Status s = secrets.writable(); !s)
                return ApiError::badRequest(QStringLiteral("adminpassword: ") + s.error());
        }
        qint64 id = 0;
        const Status s = db.transaction([&]() -> Status {
            const auto made = EntityRepository(db, Entities::TerminalConfig).create(config);
            if (!made)
                return Status::failure(made.error());
            id = *made;
            return password.isEmpty() ? Status::success() : secrets.put(owner(id), QStringLiteral("adminPassword"), password.toUtf8());
        });
        if (!s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("terminal configuration created"), id));
    };
}

ApiHandler get(Database &db, SecretStore &secrets)
{
    return [&db, &secrets](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(serial, p.required(QStringLiteral("serialnumber")));
        SF_TRY(ports, Entities::all(db, Entities::OutputPort));
        QList<qint64> matching;
        for (const QJsonObject &port : ports) {
            if (port.value(QStringLiteral("deviceSerial")).toString() == serial)
                matching.append(port.value(QStringLiteral("id")).toInteger());
        }
        if (matching.isEmpty())
            return ApiError::notFound(QStringLiteral("serialnumber: no printer with serial \"%1\"").arg(serial));
        SF_TRY(configs, Entities::all(db, Entities::TerminalConfig));
        for (QJsonObject config : configs) {
            const QJsonArray devices = config.value(QStringLiteral("devices")).toArray();
            if (std::none_of(devices.begin(), devices.end(), [&](const QJsonValue &d) { return matching.contains(d.toInteger()); }))
                continue;
            const auto password = secrets.get(owner(config.value(QStringLiteral("id")).toInteger()), QStringLiteral("adminPassword"));
            config.insert(QStringLiteral("adminPassword"), password && password->has_value() ? QString::fromUtf8(**password) : QString());
            return ApiResponse::json(200, config);
        }
        return ApiError::notFound(QStringLiteral("serialnumber: no terminal configuration maps printer \"%1\"").arg(serial));
    };
}

} // namespace scanflow::TerminalConfigController
