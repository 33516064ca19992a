// Several scanflowd on one PostgreSQL database (issue 14): real processes, a real database, a
// real OAuth 2.0 server, all on loopback.
#include "Database.h"
#include "DeliveryHarness.h"
#include "OAuthMockServer.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace scanflow;
using namespace scanflow::test;

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theClusterListsItsNodes();
    void failedLoginsCountOnEveryNode();
    void rotatingRefreshTokensAcrossNodes();
    void theSpoolIsSharedByEveryNode();
    void anInboxFileIsDeliveredByAnyNodeAndEndsInItsInbox();
    void sigtermDrainsANode();
    void S2_aFlakyTargetGetsEveryFileWithinTheRetryBudget();
    void S1_oneNodeKilledTenTimesLosesNothing();
    void threeNodesOneKilledThreeTimesLoseNothing();
    void aSharedFolderServesAsTheSpoolToo();

private:
    // Starts node `n` on the shared database and the shared secrets key.
    ServerProcess node(int n, int drainSeconds = 30, const QJsonObject &queue = {}, const QJsonObject &more = {});
    // SIGKILL, then the same node again (its data folder, so its id) on a new port.
    void killAndRestart(ServerProcess &s, int n, const QJsonObject &queue);
    qint64 makeWorkflow(const ServerProcess &s, const QString &name, const QByteArray &targetUrl);
    // POSTs `names` (each a file with its own bytes) to `servers` in turn, 8 at a time: the
    // delivery ids, by the index of the server that took each one in.
    QHash<qint64, int> upload(const std::vector<ServerProcess *> &servers, qint64 workflowId, const QStringList &names,
                              const QString &folder);
    // Straight from the database: the names of the files now running, and a count per state.
    QStringList running(qint64 workflowId);
    int count(qint64 workflowId, const QString &state);
    // How often the target received each file (by its name).
    static QHash<QString, int> receipts(const target::HttpTarget &target);

    QTemporaryDir m_dir;
    QJsonObject m_postgres;
    std::vector<ServerProcess> m_nodes;
    QString m_key; // the bootstrap key, which every node knows through the database
    QString m_adminPassword; // the bootstrap admin user's
    std::unique_ptr<Database> m_db; // the nodes' own, read directly
};

void TestCluster::killAndRestart(ServerProcess &s, int n, const QJsonObject &queue)
{
    ::kill(pid_t(s.process->processId()), SIGKILL);
    s.process->waitForFinished(5000);
    const QString key = s.key;
    s = node(n, 30, queue);
    s.key = key;
}

qint64 TestCluster::makeWorkflow(const ServerProcess &s, const QString &name, const QByteArray &targetUrl)
{
    const QString made = api(s, QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                             {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(R"({"name":"{N}","destination":{"url":"{T}/in",
                                 "steps":[{"kind":"delivery"}]}})", targetUrl).replace("{N}", name.toUtf8()))});
    return object(made).value(QStringLiteral("id")).toInteger();
}

QHash<qint64, int> TestCluster::upload(const std::vector<ServerProcess *> &servers, qint64 workflowId, const QStringList &names,
                                       const QString &folder)
{
    QStringList lines;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QFile f(QDir(folder).filePath(names.at(i)));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("%PDF-1.4 " + names.at(i).toUtf8());
        lines.append(QStringLiteral("%1 %2 %3").arg(servers.at(size_t(i) % servers.size())->url + QStringLiteral("/api/v1/scan/workflows/%1/deliveries").arg(workflowId),
                                                    f.fileName()).arg(i % servers.size()));
    }
    QFile list(QDir(folder).filePath(QStringLiteral("uploads.txt")));
    if (!list.open(QIODevice::WriteOnly))
        return {};
    list.write(lines.join(u'\n').toUtf8() + '\n');
    list.close();
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"),
        QStringLiteral("xargs -P 8 -L 1 sh -c 'echo \"$2 $(curl -s -H \"X-Api-Key: %1\" -F \"data=@$1\" \"$0\")\"' < '%2'").arg(m_key, list.fileName())});
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 300000))
        return {};
    QHash<qint64, int> ids;
    for (const QByteArray &line : p.readAllStandardOutput().trimmed().split('\n')) {
        const qint64 id = QJsonDocument::fromJson(line.mid(line.indexOf(' ') + 1)).object().value(QStringLiteral("id")).toInteger();
        if (id > 0)
            ids.insert(id, line.left(line.indexOf(' ')).toInt());
    }
    return ids;
}

QStringList TestCluster::running(qint64 workflowId)
{
    QSqlQuery q = m_db->query(QStringLiteral("SELECT file_name FROM deliveries WHERE workflow_id = ? AND state = 'running'"));
    q.addBindValue(workflowId);
    QStringList names;
    if (m_db->exec(q, QStringLiteral("running")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

int TestCluster::count(qint64 workflowId, const QString &state)
{
    QSqlQuery q = m_db->query(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE workflow_id = ? AND state = ?"));
    q.addBindValue(workflowId);
    q.addBindValue(state);
    return m_db->exec(q, QStringLiteral("count")) && q.next() ? q.value(0).toInt() : -1;
}

QHash<QString, int> TestCluster::receipts(const target::HttpTarget &target)
{
    QHash<QString, int> seen;
    for (const target::RecordedRequest &r : target.requests())
        ++seen[QString::fromUtf8(partsOf(r).value(0).fileName)];
    return seen;
}

ServerProcess TestCluster::node(int n, int drainSeconds, const QJsonObject &queueSettings, const QJsonObject &more)
{
    const QString data = m_dir.filePath(QStringLiteral("node%1").arg(n));
    QDir().mkpath(data);
    QJsonObject database = m_postgres;
    database.insert(QStringLiteral("driver"), QStringLiteral("postgres"));
    database.insert(QStringLiteral("database"), QStringLiteral("scanflow_cluster"));
    QFile config(QDir(data).filePath(QStringLiteral("scanflowd.json")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    QJsonObject queue{{QStringLiteral("pollMs"), 50}, {QStringLiteral("maxConcurrent"), 4}, {QStringLiteral("drainSeconds"), drainSeconds}};
    for (auto it = queueSettings.begin(); it != queueSettings.end(); ++it)
        queue.insert(it.key(), it.value());
    config.write(QJsonDocument(QJsonObject{
        {QStringLiteral("dataDir"), data},
        {QStringLiteral("secretsKeyFile"), m_dir.filePath(QStringLiteral("secrets.key"))},
        {QStringLiteral("database"), database},
        {QStringLiteral("queue"), queue}}).toJson());
    if (!more.isEmpty()) {
        config.close();
        if (!config.open(QIODevice::ReadWrite))
            return {};
        QJsonObject all = QJsonDocument::fromJson(config.readAll()).object();
        for (auto it = more.begin(); it != more.end(); ++it)
            all.insert(it.key(), it.value());
        config.resize(0);
        config.write(QJsonDocument(all).toJson());
    }
    config.close();
    return ServerProcess::start({QStringLiteral("--config"), config.fileName()});
}

void TestCluster::initTestCase()
{
    QFile connection(qEnvironmentVariable("SCANFLOW_TEST_POSTGRES"));
    QVERIFY2(connection.open(QIODevice::ReadOnly), "run through ctest: the postgres_start fixture starts PostgreSQL");
    m_postgres = QJsonDocument::fromJson(connection.readAll()).object();
    for (int n = 0; n < 3; ++n) {
        m_nodes.push_back(node(n));
        QVERIFY2(!m_nodes.back().url.isEmpty(), "a node did not start");
    }
    DatabaseConfig config;
    config.driver = DatabaseConfig::Driver::Postgres;
    config.host = m_postgres.value(QStringLiteral("host")).toString();
    config.port = m_postgres.value(QStringLiteral("port")).toInt();
    config.user = m_postgres.value(QStringLiteral("user")).toString();
    config.name = QStringLiteral("scanflow_cluster");
    auto db = Database::open(config);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
    m_key = m_nodes.front().key;
    m_adminPassword = m_nodes.front().adminPassword;
    QVERIFY2(!m_key.isEmpty(), "scanflow_cluster is created empty by the fixture: the first node bootstraps it");
    for (ServerProcess &s : m_nodes)
        s.key = m_key;
}

void TestCluster::cleanupTestCase()
{
    for (ServerProcess &s : m_nodes) {
        if (s.process)
            QCOMPARE(s.stop(), 0);
    }
}

void TestCluster::theClusterListsItsNodes()
{
    const QJsonObject cluster = object(api(m_nodes.at(size_t(1)), QStringLiteral("GET"), QStringLiteral("/cluster")));
    const QJsonArray nodes = cluster.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 3);
    QStringList ids;
    for (const QJsonValue &n : nodes) {
        QVERIFY(n[QStringLiteral("alive")].toBool());
        QVERIFY(!n[QStringLiteral("draining")].toBool());
        QVERIFY(!ids.contains(n[QStringLiteral("id")].toString()));
        ids.append(n[QStringLiteral("id")].toString());
    }
    QVERIFY(ids.contains(cluster.value(QStringLiteral("self")).toString()));
    const auto self = std::find_if(nodes.begin(), nodes.end(), [&](const QJsonValue &n) { return n[QStringLiteral("id")] == cluster.value(QStringLiteral("self")); });
    QCOMPARE((*self)[QStringLiteral("url")].toString(), m_nodes.at(size_t(1)).url);

    // A key deleted through one server is refused by the others within a second.
    const QString made = api(m_nodes.at(size_t(0)), QStringLiteral("POST"), QStringLiteral("/apikeys"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"name":"short-lived","advancedPermissions":true,"permissions":["ViewAccount"],"allowUnauthenticated":true})")});
    const QString key = object(made).value(QStringLiteral("key")).toString();
    QVERIFY2(!key.isEmpty(), qPrintable(made));
    for (size_t n = 0; n < m_nodes.size(); ++n)
        QCOMPARE(status(api(m_nodes.at(n), QStringLiteral("GET"), QStringLiteral("/account"), {}, key)), 200); // now known everywhere
    QCOMPARE(status(api(m_nodes.at(size_t(0)), QStringLiteral("DELETE"), QStringLiteral("/apikeys/%1").arg(object(made).value(QStringLiteral("id")).toInteger()))), 200);
    QTest::qWait(1000);
    for (size_t n = 0; n < m_nodes.size(); ++n)
        QCOMPARE(status(api(m_nodes.at(n), QStringLiteral("GET"), QStringLiteral("/account"), {}, key)), 403);
}

void TestCluster::failedLoginsCountOnEveryNode()
{
    // Five wrong passwords spread over the three nodes lock the identifier on all of them: a
    // load balancer in front does not multiply an attacker's guesses.
    const auto attempt = [&](size_t n) {
        return api(m_nodes.at(n), QStringLiteral("POST"), QStringLiteral("/login"),
                   {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=spread-guesses"),
                    QStringLiteral("-d"), QStringLiteral("password=wrong")});
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(status(attempt(size_t(i % 3))), 401);
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const QString answer = attempt(n);
        QCOMPARE(status(answer), 429);
        QVERIFY2(message(answer).contains(QLatin1String("too many failed logins")), qPrintable(answer));
    }
    QSqlQuery q = m_db->query(QStringLiteral("SELECT subject FROM login_failures WHERE kind = 'id'"));
    QVERIFY(m_db->exec(q, QStringLiteral("throttle")) && q.next());
    QVERIFY2(!q.value(0).toString().contains(QLatin1String("spread")), "identifiers are kept by their digest");

    // A sign-out on one node ends the token on the others at once.
    const QString signedIn = api(m_nodes.at(size_t(0)), QStringLiteral("POST"), QStringLiteral("/login"),
                                 {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=admin"),
                                  QStringLiteral("--data-urlencode"), QStringLiteral("password=") + m_adminPassword});
    const QString token = object(signedIn).value(QStringLiteral("token")).toString();
    const QString refresh = object(signedIn).value(QStringLiteral("refreshToken")).toString();
    QVERIFY2(!token.isEmpty() && !refresh.isEmpty(), qPrintable(signedIn));
    const QStringList bearer{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
    for (size_t n = 1; n < m_nodes.size(); ++n)
        QCOMPARE(status(api(m_nodes.at(n), QStringLiteral("GET"), QStringLiteral("/documents"), bearer)), 200);
    QCOMPARE(status(api(m_nodes.at(size_t(0)), QStringLiteral("POST"), QStringLiteral("/oauth/v1/revoke"), {QStringLiteral("-d"), QStringLiteral("token=") + refresh})), 200);
    for (size_t n = 1; n < m_nodes.size(); ++n)
        QCOMPARE(status(api(m_nodes.at(n), QStringLiteral("GET"), QStringLiteral("/documents"), bearer)), 401);
}

void TestCluster::rotatingRefreshTokensAcrossNodes()
{
    // Tokens that live 2 s and refresh tokens that work once: three nodes delivering through
    // one shared authorization must take turns to refresh, and use what the other stored.
    OAuthMockServer oauth(OAuthMockServer::Options{true, 2});
    QVERIFY2(oauth.isRunning(), qPrintable(oauth.error()));
    DeliveryHarness h;
    const QByteArray workflow = withTarget(R"({"name":"Shared across nodes","destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "authorizationUrl":"{A}","tokenUrl":"{O}","clientId":"scanflow"},"steps":[{"kind":"delivery"}]}})", h.target.baseUrl())
        .replace("{A}", oauth.authorizationUrl().toUtf8()).replace("{O}", oauth.tokenUrl().toUtf8());
    const QString made = api(m_nodes.at(size_t(0)), QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                             {QStringLiteral("--data-binary"), QString::fromUtf8(workflow)});
    const qint64 id = object(made).value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, qPrintable(made));
    const OAuthToken first = oauth.issueToken(QStringLiteral("svc"));
    QVERIFY(!first.refreshToken.isEmpty());
    const QString authorization = QStringLiteral(R"({"token":{"accessToken":"%1","refreshToken":"%2","expiresIn":2}})")
                                      .arg(first.accessToken, first.refreshToken);
    QCOMPARE(status(api(m_nodes.at(size_t(0)), QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1/authorization").arg(id),
                        {QStringLiteral("--data"), authorization})), 200);

    const int files = qEnvironmentVariableIntValue("SCANFLOW_CLUSTER_FILES") > 0 ? qEnvironmentVariableIntValue("SCANFLOW_CLUSTER_FILES") : 300;
    // Uploaded 12 at a time, spread over the nodes, so that every node's workers deliver at
    // once and their refreshes would meet.
    const QString scan = h.file(QStringLiteral("scan.pdf"), "%PDF-1.4 cluster");
    QStringList urls;
    for (int i = 0; i < files; ++i)
        urls.append(m_nodes.at(size_t(i % 3)).url + QStringLiteral("/api/v1/scan/workflows/%1/deliveries %2").arg(id).arg(i));
    const QString list = h.file(QStringLiteral("uploads.txt"), urls.join(u'\n').toUtf8() + '\n');
    QProcess uploads;
    uploads.start(QStringLiteral("bash"), {QStringLiteral("-c"),
        QStringLiteral("xargs -P 12 -L 1 sh -c 'curl -s -o /dev/null -w \"%{http_code}\\n\" -H \"X-Api-Key: %1\" -F \"data=@%2;filename=f$1.pdf\" \"$0\"' < '%3'")
            .arg(m_key, scan, list)});
    QVERIFY(QTest::qWaitFor([&] { return uploads.state() == QProcess::NotRunning; }, 120000));
    const QList<QByteArray> codes = uploads.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(codes.size(), files);
    QVERIFY2(std::all_of(codes.cbegin(), codes.cend(), [](const QByteArray &c) { return c == "200"; }), codes.join(' ').left(300).constData());
    const auto settled = [&](const QString &state) {
        return object(api(m_nodes.at(size_t(0)), QStringLiteral("GET"), QStringLiteral("/deliveries?state=%1&maxrecords=500").arg(state)))
            .value(QStringLiteral("deliveries")).toArray().size();
    };
    QVERIFY2(QTest::qWaitFor([&] { return settled(QStringLiteral("delivered")) + settled(QStringLiteral("failed")) == files; }, 180000),
             qPrintable(QStringLiteral("%1 delivered, %2 failed of %3").arg(settled(QStringLiteral("delivered"))).arg(settled(QStringLiteral("failed"))).arg(files)));
    QCOMPARE(settled(QStringLiteral("failed")), qsizetype(0));
    QCOMPARE(settled(QStringLiteral("delivered")), qsizetype(files));

    // Never a spent refresh token at the provider, never a false "Needs renewal".
    const QList<QJsonObject> refreshes = oauth.refreshRequests();
    const qsizetype refused = std::count_if(refreshes.cbegin(), refreshes.cend(),
                                            [](const QJsonObject &r) { return r.value(QStringLiteral("status")).toInt() != 200; });
    qInfo("%d files through 3 nodes: %d refreshes, %d refused", files, int(refreshes.size()), int(refused));
    QCOMPARE(refused, qsizetype(0));
    QVERIFY(refreshes.size() > 3);
    QCOMPARE(object(api(m_nodes.at(size_t(1)), QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1/authorization").arg(id)))
                 .value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    // Each delivery went out with a token the provider had issued (the target saw Bearer ones).
    const QList<target::RecordedRequest> received = h.target.requests();
    QCOMPARE(received.size(), files);
    QVERIFY(std::all_of(received.cbegin(), received.cend(), [](const target::RecordedRequest &r) {
        return r.header("Authorization").startsWith("Bearer ");
    }));
}

void TestCluster::theSpoolIsSharedByEveryNode()
{
    // A document put on one node is downloaded from another, byte for byte; a big upload taken
    // in by one node is delivered whole by whichever claims it, and no node holds it in memory.
    ServerProcess &in = m_nodes.at(size_t(0)), &out = m_nodes.at(size_t(1));
    DeliveryHarness h;
    QCOMPARE(status(api(in, QStringLiteral("PUT"), QStringLiteral("/users"), formFields({QStringLiteral("username=spooler")}))), 200);
    QCOMPARE(status(api(in, QStringLiteral("PUT"), QStringLiteral("/inputports"),
                        formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=spool-port"), QStringLiteral("porttype=0")}))), 200);
    QByteArray document(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < document.size(); ++i)
        document[i] = char((i * 7919) >> 5);
    const QString put = api(in, QStringLiteral("PUT"), QStringLiteral("/documents"),
                            {QStringLiteral("-F"), QStringLiteral("data=@%1").arg(h.file(QStringLiteral("print.pdf"), document)),
                             QStringLiteral("-F"), QStringLiteral("username=spooler"), QStringLiteral("-F"), QStringLiteral("portname=spool-port"),
                             QStringLiteral("-F"), QStringLiteral("title=print.pdf")});
    const QString uuid = object(put).value(QStringLiteral("uuid")).toString();
    QVERIFY2(!uuid.isEmpty(), qPrintable(put));
    QVERIFY2(QDir(m_dir.filePath(QStringLiteral("node0/documents"))).isEmpty(), "the document is in the database, not on the node that took it in");
    const QString downloaded = h.dir.filePath(QStringLiteral("downloaded.pdf"));
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_key, QStringLiteral("-o"), downloaded,
                   out.url + QStringLiteral("/api/v1/documents/%1.content?retain=true").arg(uuid)}).trimmed(), QStringLiteral("200"));
    QFile got(downloaded);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QVERIFY2(got.readAll() == document, "the other node sent the bytes the first one took in");
    QVERIFY2(QDir(m_dir.filePath(QStringLiteral("node1/tmp"))).entryList(QDir::Files).isEmpty(), "the copy it sent from is gone");

    // 48 MB through one node's API, delivered by any of them.
    const qint64 id = makeWorkflow(in, QStringLiteral("Big files"), h.target.baseUrl());
    QVERIFY(id > 0);
    QByteArray big(48 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 2654435761u) >> 24);
    const QByteArray digest = QCryptographicHash::hash(big, QCryptographicHash::Sha256);
    const QString bigFile = h.file(QStringLiteral("big.pdf"), big);
    big.clear();
    const QJsonObject record = deliverAndWait(in, id, bigFile);
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    QVERIFY(!record.value(QStringLiteral("node")).toString().isEmpty());
    QCOMPARE(h.target.requests().size(), 1);
    QCOMPARE(QCryptographicHash::hash(partsOf(h.target.requests().at(0)).value(0).body, QCryptographicHash::Sha256), digest);
    QSqlQuery left = m_db->query(QStringLiteral("SELECT COUNT(*) FROM spool_files WHERE size > 40000000"));
    QVERIFY(m_db->exec(left, QStringLiteral("spool")) && left.next());
    QCOMPARE(left.value(0).toInt(), 0); // delivered: gone from the spool
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_nodes.at(n).process->processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        const qint64 peakKb = text.mid(text.indexOf("VmHWM:") + 6).trimmed().split(' ').value(0).toLongLong();
        qInfo("node %d: peak RSS %lld MiB", int(n), peakKb / 1024);
#ifndef __SANITIZE_ADDRESS__ // (ASan's shadow memory makes every figure bigger)
        QVERIFY2(peakKb < 160 * 1024, qPrintable(QStringLiteral("node %1 peaked at %2 MiB for a 48 MB file").arg(n).arg(peakKb / 1024)));
#endif
    }
}

void TestCluster::anInboxFileIsDeliveredByAnyNodeAndEndsInItsInbox()
{
    // Node 0 delivers one file at a time to a slow target, so the others take its inbox's
    // files from the shared spool; each still ends in node 0's done/.
    killAndRestart(m_nodes.at(size_t(0)), 0, QJsonObject{{QStringLiteral("maxConcurrent"), 1}, {QStringLiteral("inboxSettleMs"), 100}});
    ServerProcess &origin = m_nodes.at(size_t(0));
    QVERIFY(!origin.url.isEmpty());
    DeliveryHarness h;
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 1500, false}; });
    const qint64 id = makeWorkflow(origin, QStringLiteral("Inbox everywhere"), h.target.baseUrl());
    QVERIFY(id > 0);
    const QString folder = m_dir.filePath(QStringLiteral("node0/inbox/Inbox everywhere"));
    QVERIFY(QTest::qWaitFor([&] { return QDir(folder).exists(); }, 5000));
    for (int i = 0; i < 4; ++i) {
        QFile f(QDir(folder).filePath(QStringLiteral("in%1.pdf").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 inbox " + QByteArray::number(i));
    }
    QVERIFY2(QTest::qWaitFor([&] { return QDir(folder + QStringLiteral("/done")).entryList(QDir::Files).size() == 4; }, 30000),
             qPrintable(QDir(folder + QStringLiteral("/done")).entryList(QDir::Files).join(u',')));
    QCOMPARE(h.target.requests().size(), 4);
    QSqlQuery q = m_db->query(QStringLiteral("SELECT COUNT(DISTINCT node_id) FROM deliveries WHERE workflow_id = ?"));
    q.addBindValue(id);
    QVERIFY(m_db->exec(q, QStringLiteral("nodes")) && q.next());
    qInfo("4 files of node 0's inbox delivered by %d nodes", q.value(0).toInt());
    QVERIFY(q.value(0).toInt() > 1);
    QVERIFY(QDir(folder + QStringLiteral("/.queued")).entryList(QDir::Files).isEmpty());
    QSqlQuery spool = m_db->query(QStringLiteral("SELECT COUNT(*) FROM deliveries d JOIN spool_files f ON d.spool_ref = 'spool:' || f.id WHERE d.workflow_id = ?"));
    spool.addBindValue(id);
    QVERIFY(m_db->exec(spool, QStringLiteral("spool")) && spool.next());
    QCOMPARE(spool.value(0).toInt(), 0); // the spooled copies went when they were delivered
}

void TestCluster::S1_oneNodeKilledTenTimesLosesNothing()
{
    // One node, 1 000 files through its inbox and its API, SIGKILLed at random moments ten
    // times: every file is delivered, none more than twice, and only files in flight at a kill
    // twice.
    const int files = qEnvironmentVariableIntValue("SCANFLOW_S1_FILES") > 0 ? qEnvironmentVariableIntValue("SCANFLOW_S1_FILES") : 1000;
    const QJsonObject queue{{QStringLiteral("inboxSettleMs"), 100}};
    DeliveryHarness h;
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 60, false}; });
    ServerProcess s = node(10, 30, queue);
    QVERIFY(!s.url.isEmpty());
    s.key = m_key;
    const qint64 id = makeWorkflow(s, QStringLiteral("S1"), h.target.baseUrl());
    QVERIFY(id > 0);
    const QString inbox = m_dir.filePath(QStringLiteral("node10/inbox/S1"));
    QVERIFY(QTest::qWaitFor([&] { return QDir(inbox).exists(); }, 5000));
    QStringList viaApi;
    for (int i = 0; i < files / 2; ++i) {
        QFile f(QDir(inbox).filePath(QStringLiteral("inbox-%1.pdf").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 inbox " + QByteArray::number(i));
        viaApi.append(QStringLiteral("api-%1.pdf").arg(i));
    }
    QTemporaryDir uploads;
    QCOMPARE(upload({&s}, id, viaApi, uploads.path()).size(), viaApi.size());

    QSet<QString> inFlight;
    QRandomGenerator random(1412);
    int kills = 0;
    while (kills < 10) {
        QTest::qWait(200 + int(random.bounded(700)));
        ::kill(pid_t(s.process->processId()), SIGKILL);
        s.process->waitForFinished(5000);
        ++kills;
        const QStringList now = running(id);
        inFlight.unite(QSet<QString>(now.cbegin(), now.cend()));
        const QString key = s.key;
        s = node(10, 30, queue);
        QVERIFY2(!s.url.isEmpty(), "the node did not start again");
        s.key = key;
    }
    QVERIFY2(QTest::qWaitFor([&] { return count(id, QStringLiteral("delivered")) == files; }, 180000),
             qPrintable(QStringLiteral("%1 of %2 delivered, %3 queued, %4 running, %5 failed").arg(count(id, QStringLiteral("delivered"))).arg(files)
                            .arg(count(id, QStringLiteral("queued"))).arg(count(id, QStringLiteral("running"))).arg(count(id, QStringLiteral("failed")))));
    QTest::qWait(300); // a duplicate would still be on its way
    const QHash<QString, int> seen = receipts(h.target);
    QCOMPARE(seen.size(), files);
    QStringList twice;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QVERIFY2(it.value() <= 2, qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
        if (it.value() == 2)
            twice.append(it.key());
    }
    for (const QString &name : twice)
        QVERIFY2(inFlight.contains(name), qPrintable(QStringLiteral("%1 arrived twice and was not in flight at a kill").arg(name)));
    qInfo("S1: %d files, %d kills; %d files were in flight at a kill, %d of them arrived twice", files, kills, int(inFlight.size()), int(twice.size()));
    QCOMPARE(QDir(inbox + QStringLiteral("/done")).entryList(QDir::Files).size(), files / 2);
    QVERIFY(QDir(inbox).entryList(QDir::Files).isEmpty());
    QCOMPARE(s.stop(), 0);
}

void TestCluster::threeNodesOneKilledThreeTimesLoseNothing()
{
    // Uploads spread over three nodes; one node SIGKILLed mid-run and started again, three
    // times: every file delivered, duplicates only of files in flight at a kill, and every
    // node delivered some, files another node took in among them.
    const int files = qEnvironmentVariableIntValue("SCANFLOW_CLUSTER_KILL_FILES") > 0 ? qEnvironmentVariableIntValue("SCANFLOW_CLUSTER_KILL_FILES") : 300;
    const QJsonObject queue{{QStringLiteral("maxConcurrent"), 2}};
    DeliveryHarness h;
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 150, false}; });
    std::vector<ServerProcess> nodes;
    for (int n = 11; n < 14; ++n) {
        nodes.push_back(node(n, 30, queue));
        QVERIFY(!nodes.back().url.isEmpty());
        nodes.back().key = m_key;
    }
    const qint64 id = makeWorkflow(nodes.front(), QStringLiteral("Three nodes"), h.target.baseUrl());
    QVERIFY(id > 0);
    QStringList names;
    for (int i = 0; i < files; ++i)
        names.append(QStringLiteral("c-%1.pdf").arg(i));
    QTemporaryDir uploads;
    const QHash<qint64, int> takenIn = upload({&nodes[0], &nodes[1], &nodes[2]}, id, names, uploads.path());
    QCOMPARE(takenIn.size(), qsizetype(files));
    QSet<QString> inFlight;
    for (int kill = 0; kill < 3; ++kill) {
        QTest::qWait(1000);
        ServerProcess &victim = nodes.at(size_t(kill % 3));
        ::kill(pid_t(victim.process->processId()), SIGKILL);
        victim.process->waitForFinished(5000);
        const QStringList now = running(id);
        inFlight.unite(QSet<QString>(now.cbegin(), now.cend())); // a superset: the others' too
        const QString key = victim.key;
        victim = node(11 + kill % 3, 30, queue);
        QVERIFY(!victim.url.isEmpty());
        victim.key = key;
    }
    QVERIFY2(QTest::qWaitFor([&] { return count(id, QStringLiteral("delivered")) == files; }, 180000),
             qPrintable(QStringLiteral("%1 of %2 delivered").arg(count(id, QStringLiteral("delivered"))).arg(files)));
    QTest::qWait(300);
    const QHash<QString, int> seen = receipts(h.target);
    QCOMPARE(seen.size(), files);
    int twice = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QVERIFY2(it.value() <= 2, qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
        if (it.value() == 2) {
            ++twice;
            QVERIFY2(inFlight.contains(it.key()), qPrintable(QStringLiteral("%1 arrived twice and was not in flight at a kill").arg(it.key())));
        }
    }
    // Who delivered what: every node some, and files another node took in.
    QStringList nodeIds;
    for (const ServerProcess &n : nodes)
        nodeIds.append(object(api(n, QStringLiteral("GET"), QStringLiteral("/cluster"))).value(QStringLiteral("self")).toString());
    QHash<QString, int> byNode;
    int elsewhere = 0;
    QSqlQuery q = m_db->query(QStringLiteral("SELECT id, node_id FROM deliveries WHERE workflow_id = ?"));
    q.addBindValue(id);
    QVERIFY(m_db->exec(q, QStringLiteral("nodes")));
    while (q.next()) {
        const QString by = q.value(1).toString();
        ++byNode[by];
        elsewhere += nodeIds.indexOf(by) != takenIn.value(q.value(0).toLongLong(), -1);
    }
    qInfo("3 nodes, %d files, 3 kills: delivered %d / %d / %d; %d by a node other than the one that took them in; %d in flight at a kill, %d arrived twice",
          files, byNode.value(nodeIds.at(0)), byNode.value(nodeIds.at(1)), byNode.value(nodeIds.at(2)), elsewhere, int(inFlight.size()), twice);
    for (const QString &n : nodeIds)
        QVERIFY2(byNode.value(n) > 0, qPrintable(QStringLiteral("node %1 delivered nothing").arg(n)));
    QVERIFY(elsewhere > 0);
    for (ServerProcess &n : nodes)
        QCOMPARE(n.stop(), 0);
}

void TestCluster::aSharedFolderServesAsTheSpoolToo()
{
    // Where a folder is mounted on every server anyway, the spool may be there: an upload
    // waits in it while it is delivered, and leaves it once delivered.
    const QString shared = m_dir.filePath(QStringLiteral("shared-spool"));
    const QJsonObject folder{{QStringLiteral("spool"), QJsonObject{{QStringLiteral("store"), QStringLiteral("folder")}, {QStringLiteral("folder"), shared}}}};
    ServerProcess a = node(20, 30, {}, folder), b = node(21, 30, {}, folder);
    QVERIFY(!a.url.isEmpty() && !b.url.isEmpty());
    a.key = b.key = m_key;
    DeliveryHarness h;
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 1500, false}; });
    const qint64 id = makeWorkflow(a, QStringLiteral("Folder spool"), h.target.baseUrl());
    QVERIFY(id > 0);
    QCOMPARE(status(api(a, QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                        {QStringLiteral("-F"), QStringLiteral("data=@%1").arg(h.file(QStringLiteral("shared.pdf"), "%PDF-1.4 shared folder"))})), 200);
    QStringList waiting = QDir(shared).entryList(QDir::Files);
    QCOMPARE(waiting.size(), 1);
    QVERIFY2(waiting.at(0).endsWith(QLatin1String("-shared.pdf")), qPrintable(waiting.at(0)));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("node20/uploads"))).entryList(QDir::Files).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return count(id, QStringLiteral("delivered")) == 1; }, 10000));
    QCOMPARE(partsOf(h.target.requests().value(0)).value(0).body, QByteArray("%PDF-1.4 shared folder"));
    QVERIFY(QTest::qWaitFor([&] { return QDir(shared).entryList(QDir::Files).isEmpty(); }, 2000));
    QCOMPARE(a.stop(), 0);
    QCOMPARE(b.stop(), 0);

    // A spool folder must be one every server can name the same way.
    ServerProcess wrong = node(22, 30, {}, QJsonObject{{QStringLiteral("spool"), QJsonObject{{QStringLiteral("store"), QStringLiteral("folder")}, {QStringLiteral("folder"), QStringLiteral("relative/spool")}}}});
    QVERIFY(wrong.url.isEmpty());
    wrong.process->waitForFinished(5000);
    const QString said = QString::fromUtf8(wrong.process->readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("spool.folder")), qPrintable(said));
}

void TestCluster::sigtermDrainsANode()
{
    // SIGTERM: a node takes no new work, finishes what it holds, and exits 0. Idle nodes first.
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(m_nodes.at(n).stop(), 0);
        QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    }
    m_nodes.clear();
    DeliveryHarness h;
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 1500, false}; });
    ServerProcess busy = node(3);
    QVERIFY(!busy.url.isEmpty());
    busy.key = m_key;
    const QString made = api(busy, QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                             {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(R"({"name":"Slow target","destination":{"url":"{T}/slow",
                                 "steps":[{"kind":"delivery"}]}})", h.target.baseUrl()))});
    const qint64 id = object(made).value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, qPrintable(made));
    const QString scan = h.file(QStringLiteral("slow.pdf"), "%PDF-1.4 slow");
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(status(api(busy, QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                            {QStringLiteral("-F"), QStringLiteral("data=@%1;filename=s%2.pdf").arg(scan).arg(i)})), 200);
    }
    const auto count = [&](const ServerProcess &s, const char *state) {
        return object(api(s, QStringLiteral("GET"), QStringLiteral("/deliveries?workflowid=%1&state=%2").arg(id).arg(QLatin1String(state))))
            .value(QStringLiteral("deliveries")).toArray().size();
    };
    QVERIFY(QTest::qWaitFor([&] { return count(busy, "running") == 4; }, 10000)); // maxConcurrent
    // The cluster view says what it delivers (within its heartbeat).
    const QString busyId = object(api(busy, QStringLiteral("GET"), QStringLiteral("/cluster"))).value(QStringLiteral("self")).toString();
    const auto deliveringOf = [&](const ServerProcess &asking, const QString &nodeId) {
        for (const QJsonValue &n : object(api(asking, QStringLiteral("GET"), QStringLiteral("/cluster"))).value(QStringLiteral("nodes")).toArray()) {
            if (n[QStringLiteral("id")].toString() == nodeId)
                return int(n[QStringLiteral("delivering")].toArray().size());
        }
        return -1; // not listed
    };
    QVERIFY(QTest::qWaitFor([&] { return deliveringOf(busy, busyId) == 4; }, 3000));
    QElapsedTimer draining;
    draining.start();
    QCOMPARE(busy.stop(), 0);
    qInfo("drained in %lld ms", draining.elapsed());
    QVERIFY2(draining.elapsed() < 10000, qPrintable(QString::number(draining.elapsed())));
    QCOMPARE(h.target.requests().size(), 4); // the four it held, finished; it claimed no more

    // The next node delivers the rest, and nothing twice.
    ServerProcess next = node(4);
    QVERIFY(!next.url.isEmpty());
    next.key = m_key;
    QCOMPARE(deliveringOf(next, busyId), -1); // gone cleanly: no longer one of the servers
    QVERIFY(QTest::qWaitFor([&] { return count(next, "delivered") == 6; }, 20000));
    QCOMPARE(h.target.requests().size(), 6);
    QCOMPARE(count(next, "failed"), qsizetype(0));
    QCOMPARE(next.stop(), 0);

    // A node whose drain time ends first hands back what it still holds: queued again, the
    // attempt it was in not counted, for the next node.
    h.target.setHandler([](const target::RecordedRequest &) { return target::Reply{201, {}, "{}", 4000, false}; });
    ServerProcess hurried = node(5, 1);
    QVERIFY(!hurried.url.isEmpty());
    hurried.key = m_key;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(status(api(hurried, QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                            {QStringLiteral("-F"), QStringLiteral("data=@%1;filename=h%2.pdf").arg(scan).arg(i)})), 200);
    }
    QVERIFY(QTest::qWaitFor([&] { return count(hurried, "running") == 4; }, 10000));
    draining.restart();
    QCOMPARE(hurried.stop(), 0);
    QVERIFY2(draining.elapsed() < 3500, qPrintable(QString::number(draining.elapsed())));
    ServerProcess reader = node(6);
    reader.key = m_key;
    const QJsonArray queued = object(api(reader, QStringLiteral("GET"), QStringLiteral("/deliveries?workflowid=%1&state=queued").arg(id)))
                                  .value(QStringLiteral("deliveries")).toArray();
    // (The reader may already have claimed some again: what counts is that none is lost.)
    QCOMPARE(queued.size() + count(reader, "running") + count(reader, "delivered"), qsizetype(6 + 4));
    QVERIFY(std::all_of(queued.begin(), queued.end(), [](const QJsonValue &d) { return d[QStringLiteral("attempts")].toInt() == 0; }));
    QVERIFY(QTest::qWaitFor([&] { return count(reader, "delivered") == 10; }, 30000));
    QCOMPARE(reader.stop(), 0);
}

void TestCluster::S2_aFlakyTargetGetsEveryFileWithinTheRetryBudget()
{
    // 30 % of the requests fail at random: 503 with and without Retry-After, 429, a reset, a
    // timeout. Every file arrives within the retry budget; a permanent 404 is kept as failed
    // with its reason; nothing is lost.
    DeliveryHarness h;
    QRandomGenerator random(20261201);
    int failures = 0;
    h.target.setHandler([&](const target::RecordedRequest &r) {
        if (partsOf(r).value(0).fileName.startsWith("reject"))
            return target::Reply::json(404, R"({"error":"no such folder"})");
        if (random.bounded(100) >= 30)
            return target::Reply::json(201, "{}");
        ++failures;
        switch (random.bounded(5)) {
        case 0: return target::Reply{503, {{"Retry-After", "1"}}, "busy", 0, false};
        case 1: return target::Reply{503, {}, "busy", 0, false};
        case 2: return target::Reply{429, {}, "slow down", 0, false};
        case 3: return target::Reply{0, {}, {}, 0, true};          // the connection reset
        default: return target::Reply{201, {}, "{}", 2500, false}; // past the 1 s timeout
        }
    });
    ServerProcess s = node(7, 30, QJsonObject{{QStringLiteral("retryBaseSeconds"), 1}, {QStringLiteral("requestTimeoutSeconds"), 1},
                                              {QStringLiteral("maxAttempts"), 8}});
    QVERIFY(!s.url.isEmpty());
    s.key = m_key;
    const qint64 id = object(api(s, QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(R"({"name":"Flaky target","destination":{"url":"{T}/flaky",
                                     "steps":[{"kind":"delivery"}]}})", h.target.baseUrl()))})).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const QString scan = h.file(QStringLiteral("flaky.pdf"), "%PDF-1.4 flaky");
    const int good = 100, rejected = 5;
    for (int i = 0; i < good + rejected; ++i) {
        const QString name = i < good ? QStringLiteral("f%1.pdf").arg(i) : QStringLiteral("reject%1.pdf").arg(i);
        QCOMPARE(status(api(s, QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                            {QStringLiteral("-F"), QStringLiteral("data=@%1;filename=%2").arg(scan, name)})), 200);
    }
    const auto of = [&](const char *state) {
        return object(api(s, QStringLiteral("GET"), QStringLiteral("/deliveries?workflowid=%1&state=%2&maxrecords=500").arg(id).arg(QLatin1String(state))))
            .value(QStringLiteral("deliveries")).toArray();
    };
    QVERIFY2(QTest::qWaitFor([&] { return of("delivered").size() + of("failed").size() == good + rejected; }, 120000),
             qPrintable(QStringLiteral("%1 delivered, %2 failed").arg(of("delivered").size()).arg(of("failed").size())));
    const QJsonArray delivered = of("delivered"), failed = of("failed");
    QCOMPARE(delivered.size(), qsizetype(good));
    QCOMPARE(failed.size(), qsizetype(rejected));
    for (const QJsonValue &f : failed) {
        QVERIFY(f[QStringLiteral("fileName")].toString().startsWith(QLatin1String("reject")));
        QVERIFY2(f[QStringLiteral("lastError")].toString().contains(QLatin1String("404")), qPrintable(f[QStringLiteral("lastError")].toString()));
    }
    int retried = 0, most = 0;
    for (const QJsonValue &d : delivered) {
        retried += d[QStringLiteral("attempts")].toInt() > 1;
        most = std::max(most, d[QStringLiteral("attempts")].toInt());
    }
    qInfo("%d failures injected; %d of %d files needed more than one attempt, at most %d", failures, retried, good, most);
    QVERIFY(retried > 0);
    QCOMPARE(s.stop(), 0);
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
