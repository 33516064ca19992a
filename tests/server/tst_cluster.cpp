// Several scanflowd on one PostgreSQL database (issue 14): real processes, a real database, a
// real OAuth 2.0 server, all on loopback.
#include "DeliveryHarness.h"
#include "OAuthMockServer.h"
#include "ServerProcess.h"

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
    void rotatingRefreshTokensAcrossNodes();
    void sigtermDrainsANode();
    void S2_aFlakyTargetGetsEveryFileWithinTheRetryBudget();

private:
    // Starts node `n` on the shared database and the shared secrets key.
    ServerProcess node(int n, int drainSeconds = 30, const QJsonObject &queue = {});

    QTemporaryDir m_dir;
    QJsonObject m_postgres;
    std::vector<ServerProcess> m_nodes;
    QString m_key; // the bootstrap key, which every node knows through the database
};

ServerProcess TestCluster::node(int n, int drainSeconds, const QJsonObject &queueSettings)
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
    m_key = m_nodes.front().key;
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
