#include "VersionController.h"

#include <QJsonDocument>

#include "Database.h"
#include "HttpClient.h"

namespace scanflow::VersionController {

ApiHandler get(Database &db)
{
    // Made once: the schema this server migrated to does not change while it runs, and asking
    // the database (its table list, then the version) was most of each answer's cost.
    const QByteArray body = QJsonDocument(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("ScanFlow")},
        {QStringLiteral("version"), QStringLiteral(SCANFLOW_VERSION)},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("schemaVersion"), db.schemaVersion()},
        {QStringLiteral("database"), db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres")}})
        .toJson(QJsonDocument::Compact);
    return [body](const ApiRequest &) -> ApiResult { return ApiResponse(200, {{"Content-Type", "application/json"}}, body); };
}

QString versionText(const QString &program, const QString &version)
{
    return QStringLiteral("%1 %2\nQt %3 (built with %4)\n%5\n%6\n")
        .arg(program, version, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), HttpClient::libraryVersion(),
             Database::driverVersions());
}

} // namespace scanflow::VersionController
