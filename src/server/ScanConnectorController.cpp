#include "ScanConnectorController.h"

#include "Entities.h"
#include "WorkflowRepository.h"
#include "Fields.h"
#include "JsonBody.h"

#include <QJsonArray>

namespace scanflow::ScanConnectorController {

namespace {

const QList<Field> &fields()
{
    using T = Field::Type;
    static const QList<Field> f{
        {QStringLiteral("name"), QStringLiteral("name"), T::Text, true},
        {QStringLiteral("connectorType"), QStringLiteral("connectorType"), T::Text, true, 0, 0,
         {QStringLiteral("EMAIL"), QStringLiteral("FOLDER"), QStringLiteral("API"), QStringLiteral("FTP"), QStringLiteral("SHAREPOINT"),
          QStringLiteral("ONEDRIVE"), QStringLiteral("GOOGLEDRIVE"), QStringLiteral("DROPBOX"), QStringLiteral("BOX")}},
        {QStringLiteral("description"), QStringLiteral("description"), T::Text},
        {QStringLiteral("active"), QStringLiteral("active"), T::Boolean}};
    return f;
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        SF_TRY(all, Entities::all(db, Entities::ScanConnector));
        QJsonArray out;
        for (const QJsonObject &c : all)
            out.append(c);
        return ApiResponse::json(200, out);
    };
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(connector, Entities::fromPath(db, Entities::ScanConnector, r, QStringLiteral("scanConnectorId")));
        return ApiResponse::json(200, connector);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(body, jsonBody(r, QStringLiteral("scanConnector")));
        SF_TRY(connector, readJson(body, fields(), false, {{QStringLiteral("active"), true}}));
        const auto id = EntityRepository(db, Entities::ScanConnector).create(connector);
        if (!id)
            return ApiError::internal(id.error());
        connector.insert(QStringLiteral("id"), *id);
        return ApiResponse::json(200, connector);
    };
}

ApiHandler update(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(existing, Entities::fromPath(db, Entities::ScanConnector, r, QStringLiteral("scanConnectorId")));
        SF_TRY(body, jsonBody(r, QStringLiteral("scanConnector")));
        SF_TRY(connector, readJson(body, fields(), true, existing));
        const qint64 id = existing.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::ScanConnector).update(id, connector); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, connector);
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(existing, Entities::fromPath(db, Entities::ScanConnector, r, QStringLiteral("scanConnectorId")));
        const qint64 id = existing.value(QStringLiteral("id")).toInteger();
        // A workflow's connector stays while the workflow names it.
        const auto workflows = WorkflowRepository(db).list();
        if (!workflows)
            return ApiError::internal(workflows.error());
        QStringList users;
        for (const StoredWorkflow &w : *workflows) {
            if (w.workflow.connectorId == id)
                users.append(u'"' + w.workflow.name + u'"');
        }
        if (!users.isEmpty())
            return ApiError::badRequest(QStringLiteral("scanConnectorId: connector %1 is used by workflow %2").arg(id).arg(users.join(QLatin1String(", "))));
        if (const auto s = EntityRepository(db, Entities::ScanConnector).remove(id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::empty(204);
    };
}

} // namespace scanflow::ScanConnectorController
