#include "Server.h"

#include "ApiKeyRepository.h"
#include "MasterKey.h"
#include "VersionController.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "scanflow.server", QtInfoMsg)

namespace scanflow {

Result<ServerConfig> ServerConfig::fromJson(const QJsonObject &json, ServerConfig c)
{
    using R = Result<ServerConfig>;
    if (json.contains(QStringLiteral("listen"))) {
        const QString text = json.value(QStringLiteral("listen")).toString();
        if (!c.listenAddress.setAddress(text))
            return R::failure(QStringLiteral("listen: \"%1\" is not an IP address").arg(text));
    }
    if (json.contains(QStringLiteral("port"))) {
        const int port = json.value(QStringLiteral("port")).toInt(-1);
        if (port < 0 || port > 65535)
            return R::failure(QStringLiteral("port: must be a number from 0 to 65535"));
        c.port = quint16(port);
    }
    if (json.contains(QStringLiteral("secretsKeyFile")))
        c.secretsKeyFile = json.value(QStringLiteral("secretsKeyFile")).toString();
    if (json.contains(QStringLiteral("dataDir")))
        c.dataDir = json.value(QStringLiteral("dataDir")).toString();
    if (json.contains(QStringLiteral("database"))) {
        const auto db = DatabaseConfig::fromJson(json.value(QStringLiteral("database")).toObject());
        if (!db)
            return R::failure(db.error());
        c.database = *db;
    }
    return c;
}

Server::Server(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

Server::~Server() = default;

Status Server::start()
{
    if (!m_config.listenAddress.isLoopback()) {
        // Plain HTTP only where nobody else can listen in; HTTPS with the server's own
        // certificate chain comes with the certificates endpoints.
        return Status::failure(QStringLiteral("listen: %1 is not a loopback address, and this version serves plain HTTP "
                                              "on loopback only").arg(m_config.listenAddress.toString()));
    }
    if (!QDir().mkpath(m_config.dataDir))
        return Status::failure(QStringLiteral("dataDir: cannot create \"%1\"").arg(m_config.dataDir));
    DatabaseConfig dbConfig;
    dbConfig.sqlitePath = QDir(m_config.dataDir).filePath(QStringLiteral("scanflow.sqlite"));
    auto db = Database::open(m_config.database.value_or(dbConfig));
    if (!db)
        return Status::failure(db.error());
    m_db = std::move(db.value());
    if (const Status s = m_db->migrate(); !s)
        return s;
    if (const Status s = bootstrap(); !s)
        return s;
    openSecrets();
    addRoutes();
    m_transport = new HttpTransport(m_router, this);
    m_transport->setMaxBodyBytes(m_config.maxBodyBytes);
    QString error;
    if (!m_transport->listen(m_config.listenAddress, m_config.port, &error))
        return Status::failure(error);
    qCInfo(lcServer).noquote() << "listening on" << baseUrl();
    return Status::success();
}

quint16 Server::port() const
{
    return m_transport ? m_transport->port() : 0;
}

QString Server::baseUrl() const
{
    const QString host = m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_config.listenAddress.toString() + u']' : m_config.listenAddress.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

Status Server::bootstrap()
{
    ApiKeyRepository keys(*m_db);
    const auto count = keys.count();
    if (!count)
        return Status::failure(count.error());
    if (*count > 0)
        return Status::success();
    ApiKey admin;
    admin.name = QStringLiteral("bootstrap");
    const auto key = keys.create(admin);
    if (!key)
        return Status::failure(key.error());
    m_bootstrapKey = *key;
    return Status::success();
}

void Server::openSecrets()
{
    // One key per data folder, so two servers on one machine keep their secrets apart.
    const auto key = m_config.secretsKeyFile.isEmpty()
        ? MasterKey::fromKeychain(QStringLiteral("ScanFlow"), QStringLiteral("secrets-key:") + QDir(m_config.dataDir).absolutePath())
        : MasterKey::fromKeyFile(m_config.secretsKeyFile);
    if (!key) {
        m_secretsProblem = key.error(); // said by whoever runs the server (secretsProblem())
        return;
    }
    m_secretBox = SecretBox::withKey(*key).value();
}

ApiHandler Server::withApiKey(ApiHandler handler)
{
    return [this, handler](const ApiRequest &request) -> ApiResult {
        const QByteArray key = request.header("X-Api-Key").trimmed();
        if (key.isEmpty())
            return ApiError::forbidden(QStringLiteral("the X-Api-Key header is missing"));
        const auto found = ApiKeyRepository(*m_db).find(key);
        if (!found)
            return ApiError::internal(found.error());
        if (!found->has_value())
            return ApiError::forbidden(QStringLiteral("the API key is not valid"));
        return handler(request);
    };
}

void Server::addRoutes()
{
    const QString api = QStringLiteral("/api/v1");
    m_router.add("GET", api + QStringLiteral("/version"), withApiKey(VersionController::get(*m_db)));
}

} // namespace scanflow
