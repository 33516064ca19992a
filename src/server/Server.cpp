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
#include "ApiKeyRepository.h"
#include "GroupController.h"
#include "Permissions.h"
#include "ScanAccessController.h"
#include "UserController.h"
#include "WorkplaceController.h"
#include "DeliveryController.h"
#include "UploadController.h"
#include "TestDestination.h"
#include "Inbox.h"
#include "MasterKey.h"
#include "VersionController.h"
#include "WorkflowController.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>

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
    if (json.contains(QStringLiteral("tls"))) {
        if (!json.value(QStringLiteral("tls")).isBool())
            return R::failure(QStringLiteral("tls: must be true or false"));
        c.tls = json.value(QStringLiteral("tls")).toBool();
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
    // Plain HTTP only where nobody else can listen in.
    const bool loopback = m_config.listenAddress.isLoopback();
    if (!loopback && m_config.tls == false) {
        return Status::failure(QStringLiteral("tls: plain HTTP is allowed on loopback only, and %1 is not loopback")
                                   .arg(m_config.listenAddress.toString()));
    }
    const bool tls = m_config.tls.value_or(!loopback);
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
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_processKey = "sfp_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_auth->addProcessKey(m_processKey, ApiKey::fullAccess(QStringLiteral("this process")));
    m_transport = new HttpTransport(m_router, QDir(m_config.dataDir).filePath(QStringLiteral("tmp")), this);
    if (tls) {
        QStringList names{QStringLiteral("localhost"), QSysInfo::machineHostName()};
        QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        if (!loopback && m_config.listenAddress != QHostAddress::Any && m_config.listenAddress != QHostAddress::AnyIPv6)
            addresses.append(m_config.listenAddress.toString());
        const auto configuration = m_certificates->serverConfiguration(names, addresses);
        if (!configuration)
            return Status::failure(QStringLiteral("tls: ") + configuration.error());
        m_transport->useTls(*configuration);
        m_certificates->onChainChanged([this](const QSslConfiguration &c) { m_transport->useTls(c); });
    }
    m_router.setMaxBodyBytes(m_config.maxBodyBytes);
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
            QByteArray random(18, Qt::Uninitialized);
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

void Server::endpoint(const QByteArray &method, const QString &path, const QString &tag, const QString &summary,
                      Access access, ApiHandler handler, qint64 maxBodyBytes)
{
    const QString full = QStringLiteral("/api/v1") + path;
    m_router.add(method, full, m_auth->guard(std::move(handler), access), maxBodyBytes);
    m_catalog.add({method, full, summary, tag, std::move(access), false});
}

void Server::addRoutes()
{
    m_deliveryQueue = std::make_unique<DeliveryQueue>(*m_db);
    m_auth = std::make_unique<Authenticator>(*m_db);
    m_login = std::make_unique<LoginController>(*m_db, m_config.tokens);
    Database &db = *m_db;
    const auto perms = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    // "Does not require Advanced API permissions."
    const auto plain = [](QStringList permissions) {
        Access a;
        a.permissions = std::move(permissions);
        a.advanced = false;
        return a;
    };
    const auto advanced = [](QStringList permissions) {
        Access a;
        a.permissions = std::move(permissions);
        return a;
    };

    const QString version = QStringLiteral("Version");
    endpoint("GET", QStringLiteral("/version"), version, QStringLiteral("Get server version"), plain({}),
             VersionController::get(db));
    endpoint("GET", QStringLiteral("/openapi.json"), version, QStringLiteral("This API described in OpenAPI 3"), plain({}),
             [this](const ApiRequest &) -> ApiResult { return ApiResponse::json(200, m_catalog.openApi(QStringLiteral(SCANFLOW_VERSION))); });

    // Login and tokens.
    const QString login = QStringLiteral("Login");
    Access loginAccess = plain({});
    loginAccess.tokenFree = true;
    loginAccess.untrustedEndpoint = true;
    endpoint("POST", QStringLiteral("/login"), login, QStringLiteral("User authentication"), loginAccess, m_login->login());
    Access tokenAccess = plain({});
    tokenAccess.tokenFree = true;
    endpoint("GET", QStringLiteral("/token"), login, QStringLiteral("Refresh user token (deprecated)"), tokenAccess, m_login->refresh());
    tokenAccess.keyOptional = true;
    endpoint("POST", QStringLiteral("/oauth/v1/token"), login, QStringLiteral("Refresh user token (OAuth 2.0)"), tokenAccess,
             m_login->oauthToken());
    m_router.add("POST", QStringLiteral("/oauth/v1/token"), m_auth->guard(m_login->oauthToken(), tokenAccess));

    // Users.
    const QString users = QStringLiteral("Users");
    endpoint("GET", QStringLiteral("/users"), users, QStringLiteral("Get user information"), advanced(perms({"ViewUser"})),
             UserController::get(db));
    endpoint("GET", QStringLiteral("/users/all"), users, QStringLiteral("Get all users of authentication provider"),
             advanced(perms({"ViewUser"})), UserController::all(db));
    endpoint("PUT", QStringLiteral("/users"), users, QStringLiteral("Create user"), advanced(perms({"ViewUser", "CreateUser"})),
             UserController::create(db));
    endpoint("DELETE", QStringLiteral("/users/{username}"), users, QStringLiteral("Delete user"),
             advanced(perms({"ViewUser", "DeleteUser"})), UserController::remove(db));
    endpoint("POST", QStringLiteral("/users/{username}"), users, QStringLiteral("Update user details"),
             advanced(perms({"ViewUser", "ModifyUser"})), UserController::updateDetail(db));
    endpoint("POST", QStringLiteral("/users/import"), users, QStringLiteral("Import users from csv"),
             advanced(perms({"CreateUser", "ModifyUser"})), UserController::importCsv(db));
    endpoint("POST", QStringLiteral("/users/{username}/cards"), users, QStringLiteral("Register card for user"),
             plain(perms({"ViewUser", "ModifyUser", "CardManagement"})), UserController::addCard(db));
    endpoint("GET", QStringLiteral("/users/{username}/groups"), users, QStringLiteral("Get list of groups for a given local user"),
             advanced(perms({"ViewUser"})), UserController::groups(db));
    endpoint("PUT", QStringLiteral("/users/{username}/groups"), users, QStringLiteral("Add local user to a list of provided groups"),
             advanced(perms({"ViewUser", "ModifyUser"})), UserController::addGroups(db));
    endpoint("POST", QStringLiteral("/users/{username}/groups"), users, QStringLiteral("Set local user membership to a list of provided groups"),
             advanced(perms({"ViewUser", "ModifyUser"})), UserController::setGroups(db));
    endpoint("DELETE", QStringLiteral("/users/{username}/groups"), users, QStringLiteral("Delete groups from user's membership"),
             advanced(perms({"ViewUser", "ModifyUser"})), UserController::removeGroups(db));

    // Groups.
    const QString groups = QStringLiteral("Groups");
    endpoint("GET", QStringLiteral("/groups"), groups, QStringLiteral("Get list of local groups"), advanced(perms({"ViewUser"})),
             GroupController::list(db));
    endpoint("PUT", QStringLiteral("/groups"), groups, QStringLiteral("Create local user group"),
             advanced(perms({"ViewUser", "CreateUser"})), GroupController::create(db));
    endpoint("GET", QStringLiteral("/groups/{groupId}"), groups, QStringLiteral("Get info about group"), advanced(perms({"ViewUser"})),
             GroupController::get(db));
    endpoint("DELETE", QStringLiteral("/groups/{groupId}"), groups, QStringLiteral("Delete local user group"),
             advanced(perms({"ViewUser", "DeleteUser"})), GroupController::remove(db));
    endpoint("GET", QStringLiteral("/groups/{groupId}/members"), groups, QStringLiteral("Get members of a group"),
             advanced(perms({"ViewUser"})), GroupController::members(db));

    // Account and containers.
    const QString account = QStringLiteral("Account");
    if (const Status s = AccountController::ensureRootAccount(db); !s)
        qCWarning(lcServer).noquote() << s.error();
    Access accountGet = plain(perms({"ViewAccount"}));
    accountGet.keyOptional = true; // "For HEAD request the X-API-Key header is not required"
    m_router.add("HEAD", QStringLiteral("/api/v1/account"), m_auth->guard(AccountController::get(db), accountGet));
    endpoint("GET", QStringLiteral("/account"), account, QStringLiteral("Get account information"), plain(perms({"ViewAccount"})),
             AccountController::get(db));
    endpoint("PUT", QStringLiteral("/account"), account, QStringLiteral("Create account"), advanced(perms({"ViewAccount", "CreateAccount"})),
             AccountController::create(db));
    endpoint("PATCH", QStringLiteral("/account"), account, QStringLiteral("Update account"), advanced(perms({"ViewAccount", "ModifyAccount"})),
             AccountController::update(db));
    endpoint("GET", QStringLiteral("/account/containers"), account, QStringLiteral("Get containers"), advanced(perms({"ViewAccount"})),
             AccountController::containers(db));
    endpoint("PUT", QStringLiteral("/account/container/{id}"), account, QStringLiteral("Update container"),
             advanced(perms({"ViewAccount", "ModifyAccount"})), AccountController::updateContainer(db));
    endpoint("DELETE", QStringLiteral("/account/container/{id}"), account, QStringLiteral("Delete container"),
             advanced(perms({"ViewAccount", "DeleteAccount"})), AccountController::removeContainer(db));

    // Documents and the card reader.
    const QString documents = QStringLiteral("Documents");
    m_documents = std::make_unique<DocumentController>(db, QDir(m_config.dataDir).filePath(QStringLiteral("documents")));
    Access userDocuments = plain(perms({"ViewJob"}));
    userDocuments.userTokenRequired = true;
    endpoint("GET", QStringLiteral("/documents"), documents, QStringLiteral("Get list of documents for user"), userDocuments,
             m_documents->list());
    endpoint("GET", QStringLiteral("/documents/history"), documents, QStringLiteral("Get documents' history"),
             advanced(perms({"ViewReport"})), m_documents->history());
    endpoint("POST", QStringLiteral("/documents/history"), documents, QStringLiteral("Record print/copy/scan jobs"), plain({}),
             m_documents->record());
    endpoint("PUT", QStringLiteral("/documents"), documents, QStringLiteral("Upload document"), plain(perms({"AddJob"})),
             m_documents->upload(), m_config.maxUploadBytes + 1024 * 1024);
    endpoint("DELETE", QStringLiteral("/documents/{uuid}"), documents, QStringLiteral("Delete document"),
             plain(perms({"ViewJob", "DeleteJob"})), m_documents->remove());
    endpoint("POST", QStringLiteral("/documents/{uuid}/{address}"), documents, QStringLiteral("Send document to output port"),
             plain(perms({"ReleaseJob"})), m_documents->release());
    endpoint("GET", QStringLiteral("/documents/{uuid}"), documents, QStringLiteral("Download document (<uuid>.content)"),
             plain(perms({"ViewJob"})), m_documents->download());
    const QString cardReader = QStringLiteral("Card reader");
    endpoint("GET", QStringLiteral("/card"), cardReader, QStringLiteral("Release all jobs using the card reader"), plain({}),
             m_documents->card());
    endpoint("POST", QStringLiteral("/card"), cardReader, QStringLiteral("Release all jobs using the card reader"), plain({}),
             m_documents->card());

    // Output and input ports.
    const QString output = QStringLiteral("Output Ports");
    endpoint("GET", QStringLiteral("/outputports"), output, QStringLiteral("Get list of output ports for user"),
             advanced(perms({"ViewOutputPort"})), PortController::outputList(db));
    endpoint("POST", QStringLiteral("/outputports"), output, QStringLiteral("Create output port"),
             advanced(perms({"ViewOutputPort", "CreateOutputPort"})), PortController::outputCreate(db));
    endpoint("PUT", QStringLiteral("/outputports"), output, QStringLiteral("Create or update output port (deprecated)"),
             advanced(perms({"ViewOutputPort", "CreateOutputPort", "ModifyOutputPort"})), PortController::outputPut(db));
    endpoint("PATCH", QStringLiteral("/outputports/{id}"), output, QStringLiteral("Update output port"),
             advanced(perms({"ViewOutputPort", "ModifyOutputPort"})), PortController::outputPatch(db));
    endpoint("PUT", QStringLiteral("/outputports/{id}/move"), output, QStringLiteral("Move output port"),
             advanced(perms({"ViewOutputPort", "ModifyOutputPort"})), PortController::outputMove(db));
    endpoint("DELETE", QStringLiteral("/outputports/{id}"), output, QStringLiteral("Delete output port"),
             advanced(perms({"ViewOutputPort", "DeleteOutputPort"})), PortController::outputRemove(db));
    const QString input = QStringLiteral("Input Ports");
    endpoint("GET", QStringLiteral("/inputports"), input, QStringLiteral("Get list of input ports for user"),
             plain(perms({"ViewInputPort"})), PortController::inputList(db));
    endpoint("PUT", QStringLiteral("/inputports"), input, QStringLiteral("Create or update input port"),
             advanced(perms({"ViewInputPort", "CreateInputPort", "ModifyInputPort"})), PortController::inputPut(db));
    endpoint("DELETE", QStringLiteral("/inputports/{id}"), input, QStringLiteral("Delete input port"),
             advanced(perms({"ViewInputPort", "DeleteInputPort"})), PortController::inputRemove(db));

    // Authentication providers.
    const QString providers = QStringLiteral("Authentication provider");
    Access providersGet = advanced(perms({"ViewAuthenticationProviders"}));
    providersGet.keyOptional = true; // "Can be called without X-Api-Key"
    endpoint("GET", QStringLiteral("/authproviders"), providers, QStringLiteral("Get authentication provider"), providersGet,
             AuthProviderController::list(db));
    endpoint("PUT", QStringLiteral("/authproviders"), providers, QStringLiteral("Add authentication provider"),
             advanced(perms({"ViewAuthenticationProviders", "ModifyAuthenticationProviders"})), AuthProviderController::put(db, *m_secrets));
    endpoint("DELETE", QStringLiteral("/authproviders/{id}"), providers, QStringLiteral("Delete authentication provider"),
             advanced(perms({"ViewAuthenticationProviders", "DeleteAuthenticationProviders"})), AuthProviderController::remove(db, *m_secrets));

    // Locations.
    const QString locations = QStringLiteral("Locations");
    endpoint("GET", QStringLiteral("/locations"), locations, QStringLiteral("Get list of locations"), plain(perms({"ViewLocations"})),
             LocationController::list(db));
    endpoint("GET", QStringLiteral("/locations/{id}"), locations, QStringLiteral("Get location by id"), plain(perms({"ViewLocations"})),
             LocationController::get(db));
    endpoint("POST", QStringLiteral("/locations"), locations, QStringLiteral("Create location"),
             advanced(perms({"ViewLocations", "CreateLocations"})), LocationController::create(db));
    endpoint("PUT", QStringLiteral("/locations/{id}"), locations, QStringLiteral("Update existing location by id"),
             advanced(perms({"ViewLocations", "ModifyLocations"})), LocationController::update(db));
    endpoint("DELETE", QStringLiteral("/locations/{id}"), locations, QStringLiteral("Delete location by id"),
             advanced(perms({"ViewLocations", "DeleteLocations"})), LocationController::remove(db));

    // Terminal config.
    const QString terminal = QStringLiteral("Terminal config");
    endpoint("POST", QStringLiteral("/terminalconfig"), terminal, QStringLiteral("Create terminal configuration"),
             advanced(perms({"ViewTerminalConfig", "CreateTerminalConfig"})), TerminalConfigController::create(db, *m_secrets));
    Access terminalGet = plain({});
    terminalGet.untrustedEndpoint = true;
    endpoint("GET", QStringLiteral("/terminalconfig"), terminal, QStringLiteral("Get terminal configuration"), terminalGet,
             TerminalConfigController::get(db, *m_secrets));

    // Scan connectors.
    const QString connectors = QStringLiteral("Scan Connectors");
    endpoint("GET", QStringLiteral("/scan/connectors"), connectors, QStringLiteral("Get all scan connectors"),
             advanced(perms({"ViewScanWorkflow"})), ScanConnectorController::list(db));
    endpoint("GET", QStringLiteral("/scan/connectors/{id}"), connectors, QStringLiteral("Get scan connector"),
             advanced(perms({"ViewScanWorkflow"})), ScanConnectorController::get(db));
    endpoint("POST", QStringLiteral("/scan/connectors"), connectors, QStringLiteral("Create scan connector"),
             advanced(perms({"ViewScanWorkflow", "CreateScanWorkflow"})), ScanConnectorController::create(db));
    endpoint("PUT", QStringLiteral("/scan/connectors/{id}"), connectors, QStringLiteral("Update scan connector"),
             advanced(perms({"ViewScanWorkflow", "ModifyScanWorkflow"})), ScanConnectorController::update(db));
    endpoint("DELETE", QStringLiteral("/scan/connectors/{id}"), connectors, QStringLiteral("Delete scan connector"),
             advanced(perms({"ViewScanWorkflow", "DeleteScanWorkflow"})), ScanConnectorController::remove(db));

    // Certificates.
    const QString certificates = QStringLiteral("Certificates");
    m_certificates = std::make_unique<CertificateStore>(db, *m_secrets);
    endpoint("POST", QStringLiteral("/certificate/ca"), certificates, QStringLiteral("Import a CA certificate"),
             advanced(perms({"ModifyCertificate"})), m_certificates->importCa());
    endpoint("POST", QStringLiteral("/certificate/chain"), certificates, QStringLiteral("Import private certificate chain"),
             advanced(perms({"ModifyCertificate"})), m_certificates->importChain());
    endpoint("POST", QStringLiteral("/certificate/chain/create"), certificates,
             QStringLiteral("Create a self-signed certificate chain (ScanFlow): form hostnames, organisation, validdays"),
             advanced(perms({"ModifyCertificate"})), m_certificates->createChain());
    endpoint("GET", QStringLiteral("/certificate/ca"), certificates, QStringLiteral("Get a CA certificate"),
             advanced(perms({"ViewCertificate"})), m_certificates->listCa());
    endpoint("GET", QStringLiteral("/certificate/chain"), certificates, QStringLiteral("Get private certificate chain"),
             advanced(perms({"ViewCertificate"})), m_certificates->listChains());
    endpoint("DELETE", QStringLiteral("/certificate/ca/{alias}"), certificates, QStringLiteral("Delete a CA certificate"),
             advanced(perms({"DeleteCertificate"})), m_certificates->removeCa());
    endpoint("DELETE", QStringLiteral("/certificate/chain/{alias}"), certificates, QStringLiteral("Delete private certificate chain"),
             advanced(perms({"DeleteCertificate"})), m_certificates->removeChain());
    endpoint("GET", QStringLiteral("/certificate/root"), certificates, QStringLiteral("Get root authorities"),
             advanced(perms({"ViewCertificate"})), m_certificates->roots());

    // API keys (the reference manages them in its console; the admin app does it here).
    const QString keys = QStringLiteral("API keys");
    endpoint("GET", QStringLiteral("/apikeys"), keys, QStringLiteral("List API keys (never the keys themselves)"),
             advanced(perms({"ViewAccount"})), ApiKeyController::list(db));
    endpoint("GET", QStringLiteral("/apikeys/permissions"), keys, QStringLiteral("Every permission name and role"),
             advanced(perms({"ViewAccount"})), ApiKeyController::permissions());
    endpoint("POST", QStringLiteral("/apikeys"), keys, QStringLiteral("Create an API key, shown once"),
             advanced(perms({"ViewAccount", "ModifyAccount"})), ApiKeyController::create(db));
    endpoint("DELETE", QStringLiteral("/apikeys/{id}"), keys, QStringLiteral("Delete an API key"),
             advanced(perms({"ViewAccount", "ModifyAccount"})), ApiKeyController::remove(db, [this] { m_auth->forgetKeys(); }));

    // Access controls.
    const QString acl = QStringLiteral("Access controls");
    endpoint("GET", QStringLiteral("/accesscontrols"), acl, QStringLiteral("Get access control details"),
             advanced(perms({"ViewAccessControls"})), AccessControlController::list(db));
    endpoint("PUT", QStringLiteral("/accesscontrols"), acl, QStringLiteral("Add access control"),
             advanced(perms({"ViewAccessControls", "CreateAccessControls"})), AccessControlController::create(db));
    endpoint("DELETE", QStringLiteral("/accesscontrols/{id}"), acl, QStringLiteral("Delete access control by id"),
             advanced(perms({"ViewAccessControls", "DeleteAccessControls"})), AccessControlController::remove(db));

    // Scan workflows.
    const QString scan = QStringLiteral("Scan Workflows");
    m_workflowRepository = std::make_unique<WorkflowRepository>(db);
    endpoint("GET", QStringLiteral("/scan/workflows"), scan, QStringLiteral("Get all scan workflows"),
             advanced(perms({"ViewScanWorkflow"})), WorkflowController::list(*m_workflowRepository));
    endpoint("GET", QStringLiteral("/scan/workflows/{id}"), scan, QStringLiteral("Get scan workflow"),
             advanced(perms({"ViewScanWorkflow"})), WorkflowController::get(*m_workflowRepository));
    // A workflow made or renamed through the API gets its inbox folder at once.
    const auto withInboxFolder = [this](ApiHandler handler) -> ApiHandler {
        return [this, handler](const ApiRequest &r) -> ApiResult {
            ApiResult result = handler(r);
            if (const auto *ok = std::get_if<ApiResponse>(&result); ok && ok->status == 200)
                m_inbox->ensureFolder(QJsonDocument::fromJson(ok->body).object().value(QStringLiteral("name")).toString());
            return result;
        };
    };
    endpoint("POST", QStringLiteral("/scan/workflows"), scan, QStringLiteral("Create scan workflow"),
             advanced(perms({"ViewScanWorkflow", "CreateScanWorkflow"})),
             withInboxFolder(WorkflowController::create(*m_workflows, *m_workflowRepository)));
    endpoint("PUT", QStringLiteral("/scan/workflows/{id}"), scan, QStringLiteral("Update scan workflow"),
             advanced(perms({"ViewScanWorkflow", "ModifyScanWorkflow"})),
             withInboxFolder(WorkflowController::update(*m_workflows, *m_workflowRepository)));
    endpoint("DELETE", QStringLiteral("/scan/workflows/{id}"), scan, QStringLiteral("Delete scan workflow"),
             advanced(perms({"ViewScanWorkflow", "DeleteScanWorkflow"})), WorkflowController::remove(*m_workflows));

    // A file delivered from the API; AddJob, as for uploading a document.
    const QString uploads = QDir(m_config.dataDir).filePath(QStringLiteral("uploads"));
    endpoint("POST", QStringLiteral("/scan/workflows/{id}/deliveries"), scan, QStringLiteral("Deliver a file through a workflow"),
             advanced(perms({"ViewScanWorkflow", "AddJob"})),
             UploadController::deliver(*m_workflowRepository, *m_deliveryQueue, uploads, [this] { m_worker->kick(); }),
             m_config.maxUploadBytes + 1024 * 1024);
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

    // Shared authorization (R16) and the users' private destinations (R15).
    m_privateData = std::make_unique<PrivateData>(db, *m_secrets);
    // Authorization codes are traded for tokens here, on the server's own connections.
    m_workplace = std::make_unique<WorkplaceController>(db, *m_workflows, *m_privateData, new QNetworkAccessManager(this));
    endpoint("GET", QStringLiteral("/scan/workflows/{id}/authorization"), scan, QStringLiteral("Shared OAuth 2.0 authorization state"),
             advanced(perms({"ViewScanWorkflow"})), m_workplace->sharedState());
    endpoint("PUT", QStringLiteral("/scan/workflows/{id}/authorization"), scan, QStringLiteral("Store the shared OAuth 2.0 tokens"),
             advanced(perms({"ViewScanWorkflow", "ModifyScanWorkflow"})), m_workplace->authorizeShared());
    endpoint("DELETE", QStringLiteral("/scan/workflows/{id}/authorization"), scan, QStringLiteral("Revoke the shared authorization"),
             advanced(perms({"ViewScanWorkflow", "ModifyScanWorkflow"})), m_workplace->revokeShared());
    endpoint("GET", QStringLiteral("/scan/workflows/{id}/authorizations"), scan,
             QStringLiteral("Which users have saved private data, and its state (never the data)"),
             advanced(perms({"ViewScanWorkflow"})), m_workplace->users());
    const QString workplace = QStringLiteral("Workplace");
    // Any signed-in user has a Workplace; the scan access rules decide what it shows (R15).
    Access mine = plain({});
    mine.userTokenRequired = true;
    endpoint("GET", QStringLiteral("/workplace/destinations"), workplace, QStringLiteral("The caller's private destinations"), mine,
             m_workplace->destinations());
    endpoint("GET", QStringLiteral("/workplace/destinations/{id}"), workplace, QStringLiteral("One private destination"), mine,
             m_workplace->destination());
    endpoint("PUT", QStringLiteral("/workplace/destinations/{id}"), workplace,
             QStringLiteral("Save the caller's private values and credentials, all or nothing"), mine, m_workplace->authorize());
    endpoint("DELETE", QStringLiteral("/workplace/destinations/{id}"), workplace, QStringLiteral("Revoke the caller's private data"),
             mine, m_workplace->revoke());

    // Scan workflow access.
    const QString access = QStringLiteral("Scan Workflow Access");
    endpoint("GET", QStringLiteral("/scan/access"), access, QStringLiteral("Get all scan workflow accesses"),
             advanced(perms({"ViewScanWorkflowAccessRule"})), ScanAccessController::list(db));
    endpoint("GET", QStringLiteral("/scan/access/{id}"), access, QStringLiteral("Get scan workflow access"),
             advanced(perms({"ViewScanWorkflowAccessRule"})), ScanAccessController::get(db));
    endpoint("POST", QStringLiteral("/scan/access"), access, QStringLiteral("Create scan workflow access"),
             advanced(perms({"ViewScanWorkflowAccessRule", "CreateScanWorkflowAccessRule"})), ScanAccessController::create(db));
    endpoint("PUT", QStringLiteral("/scan/access/{id}"), access, QStringLiteral("Update scan workflow access"),
             advanced(perms({"ViewScanWorkflowAccessRule", "ModifyScanWorkflowAccessRule"})), ScanAccessController::update(db));
    endpoint("DELETE", QStringLiteral("/scan/access/{id}"), access, QStringLiteral("Delete scan workflow access"),
             advanced(perms({"ViewScanWorkflowAccessRule", "DeleteScanWorkflowAccessRule"})), ScanAccessController::remove(db));

    // Delivery history is a report: ViewReport, as for /documents/history.
    const QString deliveries = QStringLiteral("Deliveries");
    endpoint("GET", QStringLiteral("/deliveries"), deliveries, QStringLiteral("Delivery history, newest first"),
             advanced(perms({"ViewReport"})), DeliveryController::list(*m_deliveryQueue));
    endpoint("GET", QStringLiteral("/deliveries/{id}"), deliveries, QStringLiteral("One delivery with its trace"),
             advanced(perms({"ViewReport"})), DeliveryController::get(*m_deliveryQueue));

    // The test destination: receiving needs no key, so a workflow can point at it unchanged
    // (the server listens on loopback only); reading and clearing what it got do.
    m_testDestination = std::make_unique<TestDestination>();
    const QString test = QStringLiteral("Test destination");
    const QString receive = QStringLiteral("/api/v1/testdestination/receive/{*path}");
    m_router.add("*", receive, m_testDestination->receive());
    m_catalog.add({"*", receive, QStringLiteral("Record whatever arrives"), test, {}, true});
    endpoint("GET", QStringLiteral("/testdestination"), test, QStringLiteral("What the test destination received"),
             advanced(perms({"ViewScanWorkflow"})), m_testDestination->list());
    endpoint("DELETE", QStringLiteral("/testdestination"), test, QStringLiteral("Forget what the test destination received"),
             advanced(perms({"ViewScanWorkflow", "ModifyScanWorkflow"})), m_testDestination->clear());
}

} // namespace scanflow
