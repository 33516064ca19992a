#pragma once

#include <QSslCertificate>

#include "ApiCatalog.h"
#include "Authenticator.h"
#include "Database.h"
#include "LoginController.h"
#include "http/HttpTransport.h"
#include "QueueWorker.h"
#include "Router.h"
#include "SecretBox.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace scanflow {

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 7300;
    QString dataDir;                    // the SQLite file and, later, scans and certificates
    std::optional<DatabaseConfig> database; // default: SQLite in dataDir
    qint64 maxBodyBytes = 8 * 1024 * 1024;       // most requests
    qint64 maxUploadBytes = 200 * 1024 * 1024;   // document and delivery uploads (the reference's 200 MB)
    QString secretsKeyFile;             // empty: the key lives in the OS keychain
    QString inboxDir;                   // default: dataDir/inbox
    // A sidecar's "user" picks whose private data a delivery uses: honoured only where only
    // trusted scanners can write the inbox (docs/api.md, "Who a delivery runs as").
    bool inboxTrustsUsers = false;
    QueueSettings queue;
    // Where scans wait for delivery ("spool": {"store": "database" | "folder" | "local",
    // "folder": "…"}); default: in the database with PostgreSQL, so any server delivers any
    // file, and in the data folder with SQLite.
    std::optional<SpoolSettings> spool;
    TokenSettings tokens;
    // Make one more full-access API key on this start and show it (a lost bootstrap key).
    bool newAdminKey = false;
    // HTTPS: on by default except on loopback; a non-loopback address cannot turn it off.
    std::optional<bool> tls;
    int inboxSettleMs = 1000;
    int inboxScanMs = 1000;
    // The HTTP front door's limits ("http": {…}).
    http::Limits http;
    // The threads handlers run on ("workerThreads"); 0: one per core, 2 to 16.
    int workerThreads = 0;
    // The built-in test destination (/testdestination): on in the desktop app's embedded
    // server, and where "testDestination": true asks for it.
    bool testDestination = false;

    // {"listen": "127.0.0.1", "port": 7300, "dataDir": "…", "database": {…}}; errors name the field.
    static Result<ServerConfig> fromJson(const QJsonObject &json, ServerConfig defaults);
};

// The embedded server: storage, the management API under /api/v1, and (in time) the delivery
// queue and inbox. `scanflowd serve` runs it headless; the desktop app will start it in-process.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // The last call of a thread that ran server work (a handler, the embedded server's own):
    // gives back what OpenSSL keeps per thread (its error queue). OpenSSL does this itself when
    // a thread ends, but only while it is not yet cleaned up; a thread that ends during the
    // process's exit, after OpenSSL's atexit handler, would leave it behind (LeakSanitizer's
    // CRYPTO_zalloc report after tst_entities).
    static void endThisThread();

    Status start();
    // SIGTERM on a node: takes no new work (no connections, no inbox files, no claims), lets
    // what runs finish for at most queue.drainSeconds, hands back the rest, then calls `done`.
    void drain(std::function<void()> done);
    quint16 port() const;
    QString baseUrl() const;
    // The root of the chain HTTPS presents, when the chain carries it: what an admin compares
    // (subject and SHA-256) before trusting it for this server in the app's Connect to server.
    QSslCertificate tlsRoot() const { return m_tlsRoot; }
    // The API key created on the first start, shown once; empty on later starts.
    QString bootstrapKey() const { return m_bootstrapKey; }
    // The password of the "admin" user made on the first start, shown once; empty later.
    QString bootstrapAdminPassword() const { return m_bootstrapAdminPassword; }
    const ApiCatalog &catalog() const { return m_catalog; }
    // A full-access API key made for this process only and never stored (the desktop app's).
    QByteArray processKey() const { return m_processKey; }
    // Why secrets cannot be stored (no keychain, no key file), or empty when they can.
    QString secretsProblem() const { return m_secretsProblem; }

private:
    Status bootstrap();
    void openSecrets(const QString &movedFrom);
    void addRoutes();
    // Adds /api/v1<path> to the router behind the Authenticator, with what the endpoint table
    // says it asks of its caller, and to the catalog.
    void route(const QByteArray &method, const QString &path, ApiHandler handler, qint64 maxBodyBytes = -1,
               Router::BigBody bigBody = Router::BigBody::AsItCame);

    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<class HandlerPool> m_pool; // after m_db: its threads close their connections first
    Router m_router;
    HttpTransport *m_transport = nullptr;
    QString m_bootstrapKey;
    QByteArray m_processKey;
    QString m_bootstrapAdminPassword;
    ApiCatalog m_catalog;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<LoginController> m_login;
    std::unique_ptr<class PrivateData> m_privateData;
    std::unique_ptr<class WorkplaceController> m_workplace;
    std::unique_ptr<class DocumentController> m_documents;
    std::unique_ptr<class CertificateStore> m_certificates;
    std::optional<SecretBox> m_secretBox;
    QString m_secretsProblem;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkflowService> m_workflows;
    std::unique_ptr<SecretTokenStore> m_tokens;
    std::unique_ptr<WorkflowRepository> m_workflowRepository;
    std::unique_ptr<DeliveryQueue> m_deliveryQueue;
    std::unique_ptr<Spool> m_spool;
    std::unique_ptr<class HandlerPool> m_spoolPool; // reads and writes the shared spool, off the socket thread
    std::unique_ptr<class TestDestination> m_testDestination;
    QueueWorker *m_worker = nullptr;
    // This server among those on the database (GET /cluster): its id, kept in dataDir/node-id,
    // and the heartbeat that says every second that it is alive and what it delivers.
    QString m_nodeId;
    qint64 m_startedAt = 0;
    QTimer *m_heartbeat = nullptr;
    qint64 m_beats = 0;
    Result<QString> followMovedFolders(); // the data folder's last place, when it moved
    QString inboxDir() const;
    Status loadNodeId();
    Status openSpool();
    void afterRefreshes(QDeadlineTimer deadline, std::function<void()> done);
    static constexpr int RefreshGraceMs = 10000;
    static constexpr qint64 OrphanAgeMs = 3600 * 1000;
    void beat();
    class Inbox *m_inbox = nullptr;
    QSslCertificate m_tlsRoot;
    class DeliveryWatch *m_watch = nullptr;     // the live views' long-poll
    class DeliveryActions *m_actions = nullptr; // Retry now, Cancel
};

} // namespace scanflow
