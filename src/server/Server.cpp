#include "Server.h"

#include "AccessControlController.h"
#include "AccountController.h"
#include "AuthProviderController.h"
#include "CertificateStore.h"
#include "DocumentController.h"
#include "LocationController.h"
#include "PortController.h"
#include "ScanConnectorController.h"
#include "TerminalConfigController.h"
#include "AccessControlRepository.h"
#include "ApiKeyController.h"
#include "DeviceController.h"
#include "ApiKeyRepository.h"
#include "GroupController.h"
#include "Permissions.h"
#include "ScanAccessController.h"
#include "UserController.h"
#include "WorkplaceController.h"
#include "ClusterController.h"
#include "DeliveryActions.h"
#include "DeliveryController.h"
#include "DeliveryWatch.h"
#include "UploadController.h"
#include "TestDestination.h"
#include "TrialController.h"
#include "HandlerPool.h"
#include "Inbox.h"
#include "MasterKey.h"
#include "KeychainKey.h"
#include "MovedFolders.h"
#include "NodeRepository.h"
#include "VersionController.h"
#include "WorkflowController.h"

#include <QDir>
#include <QTimer>
#include <QDateTime>
#include <QCoreApplication>
#include <QUuid>

#include <openssl/crypto.h>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcServer, "scanflow.server", QtInfoMsg)

namespace scanflow {

Server::Server(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

void Server::endThisThread()
{
    OPENSSL_thread_stop();
}

Server::~Server()
{
    // Handlers first (what is queued runs, then each worker closes its connection); then the
    // queue and the inbox. They use the database and the secret store: gone before those are.
    m_pool.reset();
    m_spoolPool.reset(); // what it still reads or writes finishes; its answers to the queue and inbox are dropped with them
    delete m_watch;      // answers whoever still waits, from the queue: before it goes
    delete m_actions;
    delete m_inbox;
    delete m_worker;
}

void Server::drain(std::function<void()> done)
{
    if (m_transport)
        m_transport->stopListening();
    if (m_inbox)
        m_inbox->stop();
    if (m_watch)
        m_watch->stop(); // the live views' waiting calls are answered now, not at their deadline
    if (!m_worker) {
        done();
        return;
    }
    m_worker->drain(m_config.queue.drainMs, [this, done = std::move(done)] { afterRefreshes(QDeadlineTimer(RefreshGraceMs), done); });
    if (m_heartbeat && m_heartbeat->isActive())
        beat(); // still draining: the others see it at once
}

Status Server::start()
{
    // Plain HTTP only where nobody else can listen in.
    const bool loopback = m_config.listenAddress.isLoopback();
    if (!loopback && m_config.tls == false) {
        return Status::failure(QStringLiteral("tls: plain HTTP is allowed on loopback only, and %1 is not loopback")
                                   .arg(m_config.listenAddress.toString()));
    }
    const bool tls = m_config.tls.value_or(!loopback);
    // Stored paths are whole: from a relative folder they would depend on where we started.
    m_config.dataDir = QDir::cleanPath(QFileInfo(m_config.dataDir).absoluteFilePath());
    if (!m_config.inboxDir.isEmpty())
        m_config.inboxDir = QDir::cleanPath(QFileInfo(m_config.inboxDir).absoluteFilePath());
    if (!QDir().mkpath(m_config.dataDir))
        return Status::failure(QStringLiteral("dataDir: cannot create \"%1\"").arg(m_config.dataDir));
    // Scans, print jobs, password hashes and people's details: for this account only, whatever
    // the umask (0700; the database 0600 below).
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QFile::setPermissions(m_config.dataDir, ownerOnly))
        return Status::failure(QStringLiteral("dataDir: cannot make \"%1\" private to this account").arg(m_config.dataDir));
    for (const QString &sub : {QStringLiteral("documents"), QStringLiteral("uploads"), QStringLiteral("tmp")}) {
        const QString path = QDir(m_config.dataDir).filePath(sub);
        QDir().mkpath(path);
        QFile::setPermissions(path, ownerOnly);
    }
    DatabaseConfig dbConfig;
    dbConfig.sqlitePath = QDir(m_config.dataDir).filePath(QStringLiteral("scanflow.sqlite"));
    auto db = Database::open(m_config.database.value_or(dbConfig));
    if (!db)
        return Status::failure(db.error());
    m_db = std::move(db.value());
    if (!m_config.database) {
        for (const QString &file : QStringList{dbConfig.sqlitePath, dbConfig.sqlitePath + QStringLiteral("-wal"), dbConfig.sqlitePath + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    const int schemaBefore = m_db->schemaVersion();
    if (const Status s = m_db->migrate(); !s)
        return s;
    if (const int schema = m_db->schemaVersion(); schemaBefore > 0 && schema != schemaBefore)
        qCInfo(lcServer).noquote() << QStringLiteral("schema: migrated from version %1 to %2").arg(schemaBefore).arg(schema);
    QString movedFrom; // the data folder's last place, when it moved since
    if (!m_config.database) { // its own SQLite: every path in it is this server's
        const auto moved = followMovedFolders();
        if (!moved)
            return Status::failure(moved.error());
        movedFrom = *moved;
    }
    if (const Status s = bootstrap(); !s)
        return s;
    openSecrets(movedFrom);
    m_secrets = std::make_unique<SecretStore>(*m_db, m_secretBox);
    m_workflows = std::make_unique<WorkflowService>(*m_db, *m_secrets);
    if (const Status s = m_workflows->sealLegacySecrets(); !s)
        qCWarning(lcServer).noquote() << s.error();
    m_tokens = std::make_unique<SecretTokenStore>(*m_db, *m_secrets);
    if (const Status s = loadNodeId(); !s)
        return s;
    if (const Status s = openSpool(); !s)
        return s;
    m_worker = new QueueWorker(*m_db, *m_workflows, *m_secrets, *m_tokens, m_config.queue, this);
    m_worker->setNodeId(m_nodeId);
    const auto postToSpool = [pool = m_spoolPool.get()](std::function<void()> work) { pool->post(std::move(work)); };
    m_worker->setSpool(m_spool.get(), postToSpool);
    m_inbox = new Inbox(inboxDir(), *m_db, this);
    m_inbox->setSettleMs(m_config.inboxSettleMs);
    m_inbox->setTrustsUsers(m_config.inboxTrustsUsers);
    m_inbox->setSpool(m_spool.get(), postToSpool);
    connect(m_worker, &QueueWorker::settled, m_inbox, &Inbox::onSettled);
    connect(m_inbox, &Inbox::queued, m_worker, &QueueWorker::kick);
    if (const Status s = m_inbox->start(m_config.inboxScanMs); !s)
        return s;
    m_worker->start();
    addRoutes();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_processKey = "sfp_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_auth->addProcessKey(m_processKey, ApiKey::fullAccess(QStringLiteral("this process")));
    m_pool = std::make_unique<HandlerPool>(m_config.workerThreads > 0 ? m_config.workerThreads : HandlerPool::defaultSize(), *m_db);
    m_transport = new HttpTransport(m_router, QDir(m_config.dataDir).filePath(QStringLiteral("tmp")), m_config.http, this);
    m_transport->setRunner([pool = m_pool.get()](std::function<void()> work) { pool->post(std::move(work)); });
    if (tls) {
        QStringList names{QStringLiteral("localhost"), QSysInfo::machineHostName()};
        QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        if (!loopback && m_config.listenAddress != QHostAddress::Any && m_config.listenAddress != QHostAddress::AnyIPv6)
            addresses.append(m_config.listenAddress.toString());
        const auto configuration = m_certificates->serverConfiguration(names, addresses);
        if (!configuration)
            return Status::failure(QStringLiteral("tls: ") + configuration.error());
        m_transport->useTls(*configuration);
        if (const QList<QSslCertificate> chain = configuration->localCertificateChain(); !chain.isEmpty() && chain.last().isSelfSigned())
            m_tlsRoot = chain.last();
        // A chain is imported on a handler thread; the sockets are the transport's.
        m_certificates->onChainChanged([this](const QSslConfiguration &c) {
            QMetaObject::invokeMethod(m_transport, [this, c] { m_transport->useTls(c); }, Qt::QueuedConnection);
        });
    }
    m_router.setMaxBodyBytes(m_config.maxBodyBytes);
    m_router.setUnauthenticatedMaxBodyBytes(m_config.http.unauthenticatedBodyBytes);
    QString error;
    if (!m_transport->listen(m_config.listenAddress, m_config.port, &error))
        return Status::failure(error);
    qCInfo(lcServer).noquote() << "listening on" << baseUrl();
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, &Server::beat);
    m_heartbeat->start(1000);
    beat();
    return Status::success();
}

void Server::afterRefreshes(QDeadlineTimer deadline, std::function<void()> done)
{
    // A refresh still under way (for a delivery just handed back) ends first: the provider
    // may have spent the old refresh token already, and the new pair must be stored.
    if (m_tokens && m_tokens->refreshing() > 0 && !deadline.hasExpired()) {
        QTimer::singleShot(50, this, [this, deadline, done = std::move(done)] { afterRefreshes(deadline, done); });
        return;
    }
    // Gone cleanly: no longer one of the servers.
    if (m_heartbeat)
        m_heartbeat->stop();
    if (const Status s = NodeRepository(*m_db).remove(m_nodeId); !s)
        qCWarning(lcServer).noquote() << s.error();
    done();
}

Status Server::openSpool()
{
    // Shared by default where the servers are: in PostgreSQL, which every one of them reaches
    // already (nothing more to mount, back up or secure); a shared folder where one is mounted
    // anyway. One server on SQLite keeps its files in its data folder, as always.
    SpoolSettings settings = m_config.spool.value_or(SpoolSettings{m_config.database ? SpoolSettings::Store::Database : SpoolSettings::Store::Local, {}});
    m_config.spool = settings;
    if (settings.store == SpoolSettings::Store::Folder) {
        if (!QDir().mkpath(settings.folder))
            return Status::failure(QStringLiteral("spool.folder: cannot create \"%1\"").arg(settings.folder));
        QFile::setPermissions(settings.folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_spool = std::make_unique<Spool>(*m_db, settings, QDir(m_config.dataDir).filePath(QStringLiteral("tmp")));
    m_spoolPool = std::make_unique<HandlerPool>(2, *m_db);
    if (settings.store == SpoolSettings::Store::Database) {
        // Left by a server that stopped between keeping a file and queueing it.
        if (const auto removed = m_spool->removeOrphans(OrphanAgeMs, QDateTime::currentMSecsSinceEpoch()); !removed)
            qCWarning(lcServer).noquote() << removed.error();
        else if (*removed > 0)
            qCInfo(lcServer).noquote() << QStringLiteral("spool: removed %1 files nothing named").arg(*removed);
    }
    qCInfo(lcServer).noquote() << QStringLiteral("spool: %1%2").arg(SpoolSettings::name(settings.store),
                                                                     settings.folder.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(settings.folder));
    return Status::success();
}

Result<QString> Server::followMovedFolders()
{
    const MovedFolders::Folders now{m_config.dataDir, inboxDir()};
    const auto moved = MovedFolders::follow(*m_db, now);
    if (!moved)
        return Result<QString>::failure(moved.error());
    QStringList moves;
    if (!moved->from.data.isEmpty() && moved->from.data != now.data)
        moves << QStringLiteral("the data folder from %1 to %2").arg(moved->from.data, now.data);
    const auto inside = [](const QString &data, const QString &inbox) { return inbox == data + QStringLiteral("/inbox"); };
    if (!moved->from.inbox.isEmpty() && moved->from.inbox != now.inbox && !(inside(moved->from.data, moved->from.inbox) && inside(now.data, now.inbox)))
        moves << QStringLiteral("the inbox from %1 to %2").arg(moved->from.inbox, now.inbox);
    if (moves.isEmpty())
        return moved->from.data;
    qCInfo(lcServer).noquote() << QStringLiteral("moved: %1%2; %3 stored paths follow%4")
                                      .arg(moves.join(QStringLiteral(", ")),
                                           moved->inferred ? QStringLiteral(" (read off the stored paths)") : QString())
                                      .arg(moved->paths)
                                      .arg(moved->left > 0 ? QStringLiteral(", %1 stay where only the old folder has the file").arg(moved->left) : QString());
    return moved->from.data;
}

QString Server::inboxDir() const
{
    return m_config.inboxDir.isEmpty() ? QDir(m_config.dataDir).filePath(QStringLiteral("inbox")) : m_config.inboxDir;
}

Status Server::loadNodeId()
{
    // Stable for the data folder: a restarted server is the same node.
    QFile file(QDir(m_config.dataDir).filePath(QStringLiteral("node-id")));
    if (file.open(QIODevice::ReadOnly))
        m_nodeId = QString::fromLatin1(file.readAll()).trimmed();
    file.close();
    if (m_nodeId.isEmpty()) {
        m_nodeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_nodeId.toLatin1()) < 0)
            return Status::failure(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    return Status::success();
}

void Server::beat()
{
    Node self;
    self.id = m_nodeId;
    self.host = QSysInfo::machineHostName();
    self.pid = QCoreApplication::applicationPid();
    self.url = baseUrl();
    self.startedAt = m_startedAt;
    self.draining = m_worker && m_worker->draining();
    self.delivering = m_worker ? m_worker->running() : QList<qint64>();
    if (const Status s = NodeRepository(*m_db).beat(self, QDateTime::currentMSecsSinceEpoch()); !s)
        qCWarning(lcServer).noquote() << s.error();
    if (++m_beats % 600 == 0 && m_spool && m_spool->store() == SpoolSettings::Store::Database) { // every ten minutes
        if (const auto removed = m_spool->removeOrphans(OrphanAgeMs, QDateTime::currentMSecsSinceEpoch()); !removed)
            qCWarning(lcServer).noquote() << removed.error();
    }
}

quint16 Server::port() const
{
    return m_transport ? m_transport->port() : 0;
}

QString Server::baseUrl() const
{
    const QString host = m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_config.listenAddress.toString() + u']' : m_config.listenAddress.toString();
    const bool tls = m_transport && m_transport->usesTls();
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port());
}

Status Server::bootstrap()
{
    // The first start makes an administrator and a key that can do everything, and shows both
    // once; the database keeps only their hashes.
    return m_db->transaction([this]() -> Status {
        UserRepository users(*m_db);
        const auto userCount = users.count();
        if (!userCount)
            return Status::failure(userCount.error());
        if (*userCount == 0) {
            const auto id = users.create(UserRepository::LocalProvider, QStringLiteral("admin"));
            if (!id)
                return Status::failure(id.error());
            QByteArray random(16, Qt::Uninitialized); // every byte filled: 4 words of 32 bits
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
            const QString password = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            if (const Status s = users.setDetail(*id, UserDetail::Password, password); !s)
                return s;
            AccessControl admin;
            admin.roleName = QStringLiteral("Administrators");
            admin.userName = QStringLiteral("admin");
            admin.accountDomain = QStringLiteral("localhost");
            if (const auto c = AccessControlRepository(*m_db).create(admin); !c)
                return Status::failure(c.error());
            m_bootstrapAdminPassword = password;
        }
        ApiKeyRepository keys(*m_db);
        const auto count = keys.count();
        if (!count)
            return Status::failure(count.error());
        if (*count > 0 && !m_config.newAdminKey)
            return Status::success();
        const auto key = keys.create(ApiKey::fullAccess(*count > 0 ? QStringLiteral("admin (--new-key)") : QStringLiteral("bootstrap")));
        if (!key)
            return Status::failure(key.error());
        m_bootstrapKey = *key;
        return Status::success();
    });
}

void Server::openSecrets(const QString &movedFrom)
{
    // Said by whoever runs the server (secretsProblem()); secrets are then refused, not lost.
    QByteArray key;
    if (m_config.secretsKeyFile.isEmpty()) {
        const auto found = KeychainKey::find(m_config.database ? nullptr : m_db.get(), m_config.dataDir, movedFrom);
        if (!found) {
            m_secretsProblem = found.error();
            return;
        }
        if (!found->takenFrom.isEmpty())
            qCInfo(lcServer).noquote() << QStringLiteral("secrets: the key the keychain keeps for %1 now serves %2 too").arg(found->takenFrom, m_config.dataDir);
        key = found->key;
    } else {
        const auto read = MasterKey::fromKeyFile(m_config.secretsKeyFile);
        if (!read) {
            m_secretsProblem = read.error();
            return;
        }
        key = *read;
    }
    m_secretBox = SecretBox::withKey(key).value();
}

void Server::route(const QByteArray &method, const QString &path, ApiHandler handler, qint64 maxBodyBytes, Router::BigBody bigBody)
{
    const QString full = QStringLiteral("/api/v1") + path;
    const Endpoint *endpoint = findEndpoint(method, full);
    if (!endpoint) // a programming error, found by the first test that starts a server
        qFatal("%s %s has no line in the endpoint table (trust/Access.cpp)", method.constData(), qPrintable(full));
    m_router.add(method, full, std::move(handler), maxBodyBytes, m_auth->admission(endpoint->access), bigBody);
    if (method != "HEAD") // OpenAPI's GET implies it
        m_catalog.add(*endpoint);
}

void Server::addRoutes()
{
    m_deliveryQueue = std::make_unique<DeliveryQueue>(*m_db);
    m_auth = std::make_unique<Authenticator>(*m_db);
    m_login = std::make_unique<LoginController>(*m_db, m_config.tokens);
    Database &db = *m_db;
    route("GET", QStringLiteral("/version"), VersionController::get(db));
    route("GET", QStringLiteral("/openapi.json"), [this](const ApiRequest &) -> ApiResult { return ApiResponse::json(200, m_catalog.openApi(QStringLiteral(SCANFLOW_VERSION))); });

    // Login and tokens.
    route("POST", QStringLiteral("/login"), m_login->login());
    route("GET", QStringLiteral("/token"), m_login->refresh());
    route("POST", QStringLiteral("/oauth/v1/token"), m_login->oauthToken());
    route("POST", QStringLiteral("/oauth/v1/revoke"), m_login->revoke());
    // OAuth 2.0 clients find the token endpoint at the root too.
    m_router.add("POST", QStringLiteral("/oauth/v1/token"), m_login->oauthToken(), -1,
                 m_auth->admission(findEndpoint("POST", QStringLiteral("/api/v1/oauth/v1/token"))->access));

    // Users.
    route("GET", QStringLiteral("/users"), UserController::get(db));
    route("GET", QStringLiteral("/users/all"), UserController::all(db));
    route("PUT", QStringLiteral("/users"), UserController::create(db));
    route("DELETE", QStringLiteral("/users/{username}"), UserController::remove(db, [this](qint64 user) {
        if (const Status s = m_privateData->forgetUser(user); !s)
            qCWarning(lcServer).noquote() << s.error();
    }));
    route("POST", QStringLiteral("/users/{username}"), UserController::updateDetail(db));
    route("POST", QStringLiteral("/users/import"), UserController::importCsv(db));
    route("POST", QStringLiteral("/users/{username}/cards"), UserController::addCard(db));
    route("GET", QStringLiteral("/users/{username}/groups"), UserController::groups(db));
    route("PUT", QStringLiteral("/users/{username}/groups"), UserController::addGroups(db));
    route("POST", QStringLiteral("/users/{username}/groups"), UserController::setGroups(db));
    route("DELETE", QStringLiteral("/users/{username}/groups"), UserController::removeGroups(db));

    // Groups.
    route("GET", QStringLiteral("/groups"), GroupController::list(db));
    route("PUT", QStringLiteral("/groups"), GroupController::create(db));
    route("GET", QStringLiteral("/groups/{groupId}"), GroupController::get(db));
    route("DELETE", QStringLiteral("/groups/{groupId}"), GroupController::remove(db));
    route("GET", QStringLiteral("/groups/{groupId}/members"), GroupController::members(db));

    // Account and containers.
    if (const Status s = AccountController::ensureRootAccount(db); !s)
        qCWarning(lcServer).noquote() << s.error();
    route("HEAD", QStringLiteral("/account"), AccountController::get(db)); // "the X-API-Key header is not required"
    route("GET", QStringLiteral("/account"), AccountController::get(db));
    route("PUT", QStringLiteral("/account"), AccountController::create(db));
    route("PATCH", QStringLiteral("/account"), AccountController::update(db));
    route("GET", QStringLiteral("/account/containers"), AccountController::containers(db));
    route("PUT", QStringLiteral("/account/container/{id}"), AccountController::updateContainer(db));
    route("DELETE", QStringLiteral("/account/container/{id}"), AccountController::removeContainer(db));

    // Documents and the card reader.
    m_documents = std::make_unique<DocumentController>(db, QDir(m_config.dataDir).filePath(QStringLiteral("documents")), *m_spool,
                                                       PageToken::fromSecrets(*m_secrets));
    route("GET", QStringLiteral("/documents"), m_documents->list());
    route("GET", QStringLiteral("/documents/history"), m_documents->history());
    route("POST", QStringLiteral("/documents/history"), m_documents->record());
    route("PUT", QStringLiteral("/documents"), m_documents->upload(),
          m_config.maxUploadBytes + 1024 * 1024, Router::BigBody::FormParts);
    route("DELETE", QStringLiteral("/documents/{uuid}"), m_documents->remove());
    route("POST", QStringLiteral("/documents/{uuid}/{address}"), m_documents->release());
    route("GET", QStringLiteral("/documents/{uuid}"), m_documents->download());
    route("GET", QStringLiteral("/card"), m_documents->card());
    route("POST", QStringLiteral("/card"), m_documents->card());

    // Output and input ports.
    route("GET", QStringLiteral("/outputports"), PortController::outputList(db));
    route("POST", QStringLiteral("/outputports"), PortController::outputCreate(db));
    route("PUT", QStringLiteral("/outputports"), PortController::outputPut(db));
    route("PATCH", QStringLiteral("/outputports/{id}"), PortController::outputPatch(db));
    route("PUT", QStringLiteral("/outputports/{id}/move"), PortController::outputMove(db));
    route("DELETE", QStringLiteral("/outputports/{id}"), PortController::outputRemove(db));
    route("GET", QStringLiteral("/inputports"), PortController::inputList(db));
    route("PUT", QStringLiteral("/inputports"), PortController::inputPut(db));
    route("DELETE", QStringLiteral("/inputports/{id}"), PortController::inputRemove(db));

    // Authentication providers.
    route("GET", QStringLiteral("/authproviders"), AuthProviderController::list(db));
    route("PUT", QStringLiteral("/authproviders"), AuthProviderController::put(db, *m_secrets));
    route("DELETE", QStringLiteral("/authproviders/{id}"), AuthProviderController::remove(db, *m_secrets));

    // Locations.
    route("GET", QStringLiteral("/locations"), LocationController::list(db));
    route("GET", QStringLiteral("/locations/{id}"), LocationController::get(db));
    route("POST", QStringLiteral("/locations"), LocationController::create(db));
    route("PUT", QStringLiteral("/locations/{id}"), LocationController::update(db));
    route("DELETE", QStringLiteral("/locations/{id}"), LocationController::remove(db));

    // Terminal config.
    route("POST", QStringLiteral("/terminalconfig"), TerminalConfigController::create(db, *m_secrets));
    route("GET", QStringLiteral("/terminalconfig"), TerminalConfigController::get(db, *m_secrets));

    // Trusted devices (terminals, kiosks, card readers) and their one-time registration codes.
    route("GET", QStringLiteral("/devices"), DeviceController::list(db));
    route("POST", QStringLiteral("/devices"), DeviceController::create(db));
    route("DELETE", QStringLiteral("/devices/{id}"), DeviceController::remove(db));

    // Scan connectors.
    route("GET", QStringLiteral("/scan/connectors"), ScanConnectorController::list(db));
    route("GET", QStringLiteral("/scan/connectors/{id}"), ScanConnectorController::get(db));
    route("POST", QStringLiteral("/scan/connectors"), ScanConnectorController::create(db));
    route("PUT", QStringLiteral("/scan/connectors/{id}"), ScanConnectorController::update(db));
    route("DELETE", QStringLiteral("/scan/connectors/{id}"), ScanConnectorController::remove(db));

    // Certificates.
    m_certificates = std::make_unique<CertificateStore>(db, *m_secrets);
    route("POST", QStringLiteral("/certificate/ca"), m_certificates->importCa());
    route("POST", QStringLiteral("/certificate/chain"), m_certificates->importChain());
    route("POST", QStringLiteral("/certificate/chain/create"), m_certificates->createChain());
    route("GET", QStringLiteral("/certificate/ca"), m_certificates->listCa());
    route("GET", QStringLiteral("/certificate/chain"), m_certificates->listChains());
    route("DELETE", QStringLiteral("/certificate/ca/{alias}"), m_certificates->removeCa());
    route("DELETE", QStringLiteral("/certificate/chain/{alias}"), m_certificates->removeChain());
    route("GET", QStringLiteral("/certificate/root"), m_certificates->roots());

    // API keys (the reference manages them in its console; the admin app does it here).
    route("GET", QStringLiteral("/apikeys"), ApiKeyController::list(db));
    route("GET", QStringLiteral("/apikeys/permissions"), ApiKeyController::permissions());
    route("POST", QStringLiteral("/apikeys"), ApiKeyController::create(db));
    route("DELETE", QStringLiteral("/apikeys/{id}"), ApiKeyController::remove(db, [this] { m_auth->forgetKeys(); }));

    // Access controls.
    route("GET", QStringLiteral("/accesscontrols"), AccessControlController::list(db));
    route("PUT", QStringLiteral("/accesscontrols"), AccessControlController::create(db));
    route("DELETE", QStringLiteral("/accesscontrols/{id}"), AccessControlController::remove(db));

    // Scan workflows.
    m_workflowRepository = std::make_unique<WorkflowRepository>(db);
    route("GET", QStringLiteral("/scan/workflows"), WorkflowController::list(*m_workflowRepository));
    route("GET", QStringLiteral("/scan/workflows/{id}"), WorkflowController::get(*m_workflowRepository));
    // A workflow made or renamed through the API gets its inbox folder at once.
    const auto withInboxFolder = [this](ApiHandler handler) -> ApiHandler {
        return [this, handler](const ApiRequest &r) -> ApiResult {
            ApiResult result = handler(r);
            if (const auto *ok = std::get_if<ApiResponse>(&result); ok && ok->status == 200)
                m_inbox->ensureFolder(QJsonDocument::fromJson(ok->body).object().value(QStringLiteral("name")).toString());
            return result;
        };
    };
    route("POST", QStringLiteral("/scan/workflows"), withInboxFolder(WorkflowController::create(*m_workflows, *m_workflowRepository)));
    route("PUT", QStringLiteral("/scan/workflows/{id}"), withInboxFolder(WorkflowController::update(*m_workflows, *m_workflowRepository)));
    route("DELETE", QStringLiteral("/scan/workflows/{id}"), WorkflowController::remove(*m_workflows));
    // Run up to this step: a draft tried against the real API, saved nowhere.
    route("POST", QStringLiteral("/scan/workflows/{id}/trial"),
          TrialController::run(*m_workflows, *m_tokens, QDir(m_config.dataDir).filePath(QStringLiteral("tmp"))),
          m_config.maxUploadBytes + 1024 * 1024, Router::BigBody::FormParts);

    // A file delivered from the API; AddJob, as for uploading a document.
    const QString uploads = QDir(m_config.dataDir).filePath(QStringLiteral("uploads"));
    route("POST", QStringLiteral("/scan/workflows/{id}/deliveries"), UploadController::deliver(db, *m_workflowRepository, *m_deliveryQueue, *m_spool, uploads, [this] {
              QMetaObject::invokeMethod(m_worker, &QueueWorker::kick, Qt::QueuedConnection); // from a handler thread
          }),
          m_config.maxUploadBytes + 1024 * 1024, Router::BigBody::FormParts);
    connect(m_worker, &QueueWorker::settled, this, [this, uploads](const QueuedDelivery &d, bool delivered, const QString &reason) {
        // The shared copy of a file that stays where it came from (the inbox's, which its own
        // server moves to done/ or failed/) has done its job either way.
        if (const Status s = m_spool->remove(d.spoolRef); !s)
            qCWarning(lcServer).noquote() << s.error();
        if (m_spool->shared() && !d.filePath.startsWith(uploads + u'/')) {
            const bool inSpool = m_spool->store() == SpoolSettings::Store::Folder ? d.filePath.startsWith(m_config.spool->folder + u'/')
                                                                                : Spool::inDatabase(d.filePath);
            if (delivered && inSpool) {
                if (const Status s = m_spool->remove(d.filePath); !s)
                    qCWarning(lcServer).noquote() << s.error();
            }
            // Failed: kept in the spool, its reason in the delivery's record (GET /deliveries/<id>).
            return;
        }
        if (!d.filePath.startsWith(uploads + u'/'))
            return;
        if (delivered) { // confirmed: the uploaded copy has done its job
            QFile::remove(d.filePath);
            return;
        }
        QDir(uploads).mkpath(QStringLiteral("failed"));
        const QString kept = uploads + QStringLiteral("/failed/") + QFileInfo(d.filePath).fileName();
        writeReason(kept, reason); // before the move: the file never stands there without its reason
        if (QFile::rename(d.filePath, kept)) {
            if (const Status s = m_deliveryQueue->setKeptPath(d.id, kept); !s) // for Retry now
                qCWarning(lcServer).noquote() << s.error();
        }
    });

    // Shared authorization (R16) and the users' private destinations (R15).
    m_privateData = std::make_unique<PrivateData>(db, *m_secrets);
    if (m_secrets->canStore()) {
        if (const Status s = m_privateData->adoptLegacyOwners(); !s)
            qCWarning(lcServer).noquote() << s.error();
    }
    // Authorization codes are traded for tokens here, on the server's own connections.
    m_workplace = std::make_unique<WorkplaceController>(db, *m_workflows, *m_privateData);
    route("GET", QStringLiteral("/scan/workflows/{id}/authorization"), m_workplace->sharedState());
    route("PUT", QStringLiteral("/scan/workflows/{id}/authorization"), m_workplace->authorizeShared());
    route("DELETE", QStringLiteral("/scan/workflows/{id}/authorization"), m_workplace->revokeShared());
    route("GET", QStringLiteral("/scan/workflows/{id}/authorizations"), m_workplace->users());
    // Any signed-in user has a Workplace; the scan access rules decide what it shows (R15).
    route("GET", QStringLiteral("/workplace/destinations"), m_workplace->destinations());
    route("GET", QStringLiteral("/workplace/destinations/{id}"), m_workplace->destination());
    route("PUT", QStringLiteral("/workplace/destinations/{id}"), m_workplace->authorize());
    route("DELETE", QStringLiteral("/workplace/destinations/{id}"), m_workplace->revoke());
    // Workplace sends files: as its signed-in user, through the workflows the scan access rules
    // give them, as the reference's users do at the MFP panel.
    route("GET", QStringLiteral("/workplace/workflows"), m_workplace->workflows());
    route("POST", QStringLiteral("/workplace/workflows/{id}/deliveries"),
          UploadController::deliver(db, *m_workflowRepository, *m_deliveryQueue, *m_spool, uploads, [this] {
              QMetaObject::invokeMethod(m_worker, &QueueWorker::kick, Qt::QueuedConnection);
          }),
          m_config.maxUploadBytes + 1024 * 1024, Router::BigBody::FormParts);
    route("GET", QStringLiteral("/workplace/deliveries/{id}"), m_workplace->delivery(*m_deliveryQueue));

    // Scan workflow access.
    route("GET", QStringLiteral("/scan/access"), ScanAccessController::list(db));
    route("GET", QStringLiteral("/scan/access/{id}"), ScanAccessController::get(db));
    route("POST", QStringLiteral("/scan/access"), ScanAccessController::create(db));
    route("PUT", QStringLiteral("/scan/access/{id}"), ScanAccessController::update(db));
    route("DELETE", QStringLiteral("/scan/access/{id}"), ScanAccessController::remove(db));

    // Delivery history is a report: ViewReport, as for /documents/history.
    route("GET", QStringLiteral("/deliveries"), DeliveryController::list(*m_deliveryQueue));
    route("GET", QStringLiteral("/cluster"), ClusterController::list(*m_db, m_nodeId));
    route("GET", QStringLiteral("/deliveries/{id}"), DeliveryController::get(*m_deliveryQueue));
    m_watch = new DeliveryWatch(db, this);
    route("GET", QStringLiteral("/deliveries/changes"), DeliveryController::changes(*m_deliveryQueue, *m_watch));
    route("GET", QStringLiteral("/inbox"), DeliveryController::inbox(*m_deliveryQueue, *m_workflowRepository, m_inbox->root()));
    m_actions = new DeliveryActions(*m_deliveryQueue, *m_worker, *m_spool,
                                    [pool = m_spoolPool.get()](std::function<void()> work) { pool->post(std::move(work)); }, this);
    route("POST", QStringLiteral("/deliveries/{id}/retry"), m_actions->retry());
    route("POST", QStringLiteral("/deliveries/{id}/cancel"), m_actions->cancel());

    // The test destination: receiving needs no key, so a workflow can point at it unchanged
    // (the server listens on loopback only); reading and clearing what it got do.
    // The test destination takes requests from anyone (a workflow's target sends no key), so it
    // is there only where it is wanted; its bodies are bounded like an upload's and spooled.
    if (!m_config.testDestination)
        return;
    m_testDestination = std::make_unique<TestDestination>();
    const QString receive = QStringLiteral("/api/v1/testdestination/receive/{*path}");
    m_router.add("*", receive, m_testDestination->receive(), m_config.maxUploadBytes);
    m_catalog.add(*findEndpoint("*", receive));
    route("GET", QStringLiteral("/testdestination"), m_testDestination->list());
    route("DELETE", QStringLiteral("/testdestination"), m_testDestination->clear());
}

} // namespace scanflow
