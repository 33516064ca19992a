#include "Server.h"

#include "ApiKeyRepository.h"
#include "DeliveryController.h"
#include "UploadController.h"
#include "TestDestination.h"
#include "Inbox.h"
#include "MasterKey.h"
#include "VersionController.h"
#include "WorkflowController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    if (json.contains(QStringLiteral("inbox")))
        c.inboxDir = json.value(QStringLiteral("inbox")).toString();
    const QJsonObject queue = json.value(QStringLiteral("queue")).toObject();
    const auto number = [&](const char *key, int fallback, int min, int max, int *out) -> bool {
        const QJsonValue v = queue.value(QString::fromLatin1(key));
        if (v.isUndefined()) {
            *out = fallback;
            return true;
        }
        *out = v.toInt(min - 1);
        return *out >= min && *out <= max;
    };
    int n = 0;
    if (!number("maxConcurrent", c.queue.maxConcurrent, 1, 256, &n))
        return R::failure(QStringLiteral("queue.maxConcurrent: must be a number from 1 to 256"));
    c.queue.maxConcurrent = n;
    if (!number("leaseSeconds", int(c.queue.leaseMs / 1000), 1, 86400, &n))
        return R::failure(QStringLiteral("queue.leaseSeconds: must be a number from 1 to 86400"));
    c.queue.leaseMs = qint64(n) * 1000;
    if (!number("maxAttempts", c.queue.retry.maxAttempts, 1, 1000, &n))
        return R::failure(QStringLiteral("queue.maxAttempts: must be a number from 1 to 1000"));
    c.queue.retry.maxAttempts = n;
    if (!number("requestTimeoutSeconds", c.queue.requestTimeoutMs / 1000, 1, 3600, &n))
        return R::failure(QStringLiteral("queue.requestTimeoutSeconds: must be a number from 1 to 3600"));
    c.queue.requestTimeoutMs = n * 1000;
    if (!number("inboxSettleMs", c.inboxSettleMs, 0, 600000, &n))
        return R::failure(QStringLiteral("queue.inboxSettleMs: must be a number from 0 to 600000"));
    c.inboxSettleMs = n;
    if (!number("pollMs", c.queue.pollMs, 10, 60000, &n))
        return R::failure(QStringLiteral("queue.pollMs: must be a number from 10 to 60000"));
    c.queue.pollMs = n;
    c.inboxScanMs = std::min(c.inboxScanMs, std::max(50, c.inboxSettleMs / 2));
    if (json.contains(QStringLiteral("database"))) {
        const auto db = DatabaseConfig::fromJson(json.value(QStringLiteral("database")).toObject());
        if (!db)
            return R::failure(db.error());
        c.database = *db;
    }
    return c;
}

Server::Server(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

Server::~Server()
{
    // They use the database and the secret store: gone before those are.
    delete m_inbox;
    delete m_worker;
}

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
    m_secrets = std::make_unique<SecretStore>(*m_db, m_secretBox);
    m_workflows = std::make_unique<WorkflowService>(*m_db, *m_secrets);
    m_tokens = std::make_unique<SecretTokenStore>(*m_secrets);
    m_worker = new QueueWorker(*m_db, *m_workflows, *m_secrets, *m_tokens, m_config.queue, this);
    m_inbox = new Inbox(m_config.inboxDir.isEmpty() ? QDir(m_config.dataDir).filePath(QStringLiteral("inbox")) : m_config.inboxDir,
                        *m_db, this);
    m_inbox->setSettleMs(m_config.inboxSettleMs);
    connect(m_worker, &QueueWorker::settled, m_inbox, &Inbox::onSettled);
    connect(m_inbox, &Inbox::queued, m_worker, &QueueWorker::kick);
    if (const Status s = m_inbox->start(m_config.inboxScanMs); !s)
        return s;
    m_worker->start();
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

ApiHandler Server::withApiKey(ApiHandler handler, const QStringList &permissions)
{
    return [this, handler, permissions](const ApiRequest &request) -> ApiResult {
        const QByteArray key = request.header("X-Api-Key").trimmed();
        if (key.isEmpty())
            return ApiError::forbidden(QStringLiteral("the X-Api-Key header is missing"));
        const auto found = ApiKeyRepository(*m_db).find(key);
        if (!found)
            return ApiError::internal(found.error());
        if (!found->has_value())
            return ApiError::forbidden(QStringLiteral("the API key is not valid"));
        const ApiKey &apiKey = **found;
        if (apiKey.advancedPermissions) {
            for (const QString &p : permissions) {
                if (!apiKey.permissions.contains(p))
                    return ApiError::forbidden(QStringLiteral("the API key lacks the %1 permission").arg(p));
            }
        }
        return handler(request);
    };
}

void Server::addRoutes()
{
    m_deliveryQueue = std::make_unique<DeliveryQueue>(*m_db);
    const QString api = QStringLiteral("/api/v1");
    m_router.add("GET", api + QStringLiteral("/version"), withApiKey(VersionController::get(*m_db)));

    const QString workflows = api + QStringLiteral("/scan/workflows");
    const QString view = QStringLiteral("ViewScanWorkflow");
    m_workflowRepository = std::make_unique<WorkflowRepository>(*m_db);
    m_router.add("GET", workflows, withApiKey(WorkflowController::list(*m_workflowRepository), {view}));
    m_router.add("GET", workflows + QStringLiteral("/{id}"), withApiKey(WorkflowController::get(*m_workflowRepository), {view}));
    m_router.add("POST", workflows, withApiKey(WorkflowController::create(*m_workflows, *m_workflowRepository),
                                               {view, QStringLiteral("CreateScanWorkflow")}));
    m_router.add("PUT", workflows + QStringLiteral("/{id}"), withApiKey(WorkflowController::update(*m_workflows, *m_workflowRepository),
                                                                    {view, QStringLiteral("ModifyScanWorkflow")}));
    m_router.add("DELETE", workflows + QStringLiteral("/{id}"), withApiKey(WorkflowController::remove(*m_workflows),
                                                                       {view, QStringLiteral("DeleteScanWorkflow")}));

    // A file delivered from the API; AddJob, as for uploading a document.
    const QString uploads = QDir(m_config.dataDir).filePath(QStringLiteral("uploads"));
    m_router.add("POST", workflows + QStringLiteral("/{id}/deliveries"),
                 withApiKey(UploadController::deliver(*m_workflowRepository, *m_deliveryQueue, uploads,
                                                      [this] { m_worker->kick(); }),
                            {view, QStringLiteral("AddJob")}));
    connect(m_worker, &QueueWorker::settled, this, [uploads](const QueuedDelivery &d, bool delivered, const QString &reason) {
        if (!d.filePath.startsWith(uploads + u'/'))
            return;
        if (delivered) { // confirmed: the uploaded copy has done its job
            QFile::remove(d.filePath);
            return;
        }
        QDir(uploads).mkpath(QStringLiteral("failed"));
        const QString kept = uploads + QStringLiteral("/failed/") + QFileInfo(d.filePath).fileName();
        writeReason(kept, reason); // before the move: the file never stands there without its reason
        QFile::rename(d.filePath, kept);
    });

    // Delivery history is a report: ViewReport, as for /documents/history.
    const QString report = QStringLiteral("ViewReport");
    m_router.add("GET", api + QStringLiteral("/deliveries"), withApiKey(DeliveryController::list(*m_deliveryQueue), {report}));
    m_router.add("GET", api + QStringLiteral("/deliveries/{id}"), withApiKey(DeliveryController::get(*m_deliveryQueue), {report}));

    // The test destination: receiving needs no key, so a workflow can point at it unchanged
    // (the server listens on loopback only); reading and clearing what it got do.
    m_testDestination = std::make_unique<TestDestination>();
    const QString test = api + QStringLiteral("/testdestination");
    m_router.add("*", test + QStringLiteral("/receive/{*path}"), m_testDestination->receive());
    m_router.add("GET", test, withApiKey(m_testDestination->list(), {view}));
    m_router.add("DELETE", test, withApiKey(m_testDestination->clear(), {view, QStringLiteral("ModifyScanWorkflow")}));
}

} // namespace scanflow
