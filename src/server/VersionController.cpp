#include "VersionController.h"

#include "Database.h"

namespace scanflow::VersionController {

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        return ApiResponse::json(200, QJsonObject{
            {QStringLiteral("name"), QStringLiteral("ScanFlow")},
            {QStringLiteral("version"), QStringLiteral(SCANFLOW_VERSION)},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("schemaVersion"), db.schemaVersion()},
            {QStringLiteral("database"), db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("sqlite")
                                                                                   : QStringLiteral("postgres")}});
    };
}

} // namespace scanflow::VersionController
