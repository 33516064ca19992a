// `scanflowd serve` as a process, spoken to with real curl: the bootstrap key is printed once,
// every /api/v1 answer keeps the reference's codes and the ErrorCodeInfo shape, the data
// survives a restart, PostgreSQL works by configuration, and SIGTERM ends it cleanly.
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


class TestServe : public QObject
{
    Q_OBJECT

private slots:
    void firstStartPrintsTheBootstrapKeyOnce();
    void answersWithCodesAndErrorCodeInfo();
    void postgresByConfiguration();
    void importCurlPrintsTheStep();
};

using namespace scanflow::test;

namespace {

using Served = ServerProcess;
Served serve(const QStringList &args) { return ServerProcess::start(args); }
int stop(Served &s) { return s.stop(); }

} // namespace

void TestServe::firstStartPrintsTheBootstrapKeyOnce()
{
    QTemporaryDir data;
    Served first = serve({QStringLiteral("--data"), data.path()});
    QVERIFY2(!first.url.isEmpty(), "no listening line");
    QVERIFY(first.key.startsWith(QLatin1String("sf_")));
    QCOMPARE(stop(first), 0);

    Served second = serve({QStringLiteral("--data"), data.path()});
    QVERIFY(!second.url.isEmpty());
    QVERIFY2(second.key.isEmpty(), "the key is shown once only");
    // The first key still works after the restart: only its hash was stored.
    QVERIFY(curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + first.key, second.url + QStringLiteral("/api/v1/version")}).startsWith(QLatin1String("200 ")));
    QCOMPARE(stop(second), 0);
    QFile db(QDir(data.path()).filePath(QStringLiteral("scanflow.sqlite")));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY2(!db.readAll().contains(first.key.toUtf8()), "the key itself is never stored");
}

void TestServe::answersWithCodesAndErrorCodeInfo()
{
    QTemporaryDir data;
    Served s = serve({QStringLiteral("--data"), data.path()});
    QVERIFY(!s.url.isEmpty());
    const QString version = s.url + QStringLiteral("/api/v1/version");
    const QString keyHeader = QStringLiteral("X-Api-Key: ") + s.key;

    const QString ok = curl({QStringLiteral("-H"), keyHeader, version});
    QVERIFY2(ok.startsWith(QLatin1String("200 ")), qPrintable(ok));
    const QJsonObject info = QJsonDocument::fromJson(ok.mid(4).toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("ScanFlow"));
    QCOMPARE(info.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite"));

    QCOMPARE(curl({version}), QStringLiteral(R"(403 {"errorCode":403,"message":"the X-Api-Key header is missing"})"));
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: sf_guess"), version}),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the API key is not valid"})"));
    QCOMPARE(curl({QStringLiteral("-X"), QStringLiteral("DELETE"), QStringLiteral("-H"), keyHeader, version}),
             QStringLiteral(R"x(405 {"errorCode":405,"message":"DELETE is not allowed on /api/v1/version (allowed: GET)"})x"));
    QCOMPARE(curl({QStringLiteral("-H"), keyHeader, s.url + QStringLiteral("/api/v1/nothing/here")}),
             QStringLiteral(R"(404 {"errorCode":404,"message":"no endpoint /api/v1/nothing/here"})"));
    QCOMPARE(stop(s), 0);
}

void TestServe::postgresByConfiguration()
{
    QFile connection(qEnvironmentVariable("SCANFLOW_TEST_POSTGRES"));
    QVERIFY2(connection.open(QIODevice::ReadOnly), "run through ctest: the postgres_start fixture starts PostgreSQL");
    const QJsonObject c = QJsonDocument::fromJson(connection.readAll()).object();
    QTemporaryDir data;
    const QString configPath = QDir(data.path()).filePath(QStringLiteral("scanflowd.json"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject{
        {QStringLiteral("dataDir"), data.path()},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgres")},
                                                 {QStringLiteral("host"), c.value(QStringLiteral("host"))},
                                                 {QStringLiteral("port"), c.value(QStringLiteral("port"))},
                                                 {QStringLiteral("database"), QStringLiteral("scanflow_serve")},
                                                 {QStringLiteral("user"), c.value(QStringLiteral("user"))}}}}).toJson());
    config.close();
    Served s = serve({QStringLiteral("--config"), configPath});
    QVERIFY2(!s.url.isEmpty(), qPrintable(QString::fromUtf8(s.process->readAllStandardError())));
    const QString key = s.key;
    QVERIFY2(!key.isEmpty(), "scanflow_serve is created empty by the fixture, so this is a first start");
    const QString ok = curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + key, s.url + QStringLiteral("/api/v1/version")});
    QVERIFY2(ok.contains(QLatin1String("\"database\":\"postgres\"")), qPrintable(ok));
    QCOMPARE(stop(s), 0);
}

void TestServe::importCurlPrintsTheStep()
{
    // The reference's login example, as a script would pass it.
    QProcess p;
    p.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"),
            {QStringLiteral("import-curl"), QStringLiteral("curl -X POST -H \"X-Api-Key: key\" -d \"authtype=0\" -d \"userid=username\" -u svc:pw \"https://serveraddress:7300/api/v1/login\"")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject step = out.value(QStringLiteral("steps")).toArray().at(0).toObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
    QCOMPARE(step.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(step.value(QStringLiteral("url")).toString(), QStringLiteral("https://serveraddress:7300/api/v1/login"));
    QCOMPARE(step.value(QStringLiteral("params")).toArray().size(), 3);
    QCOMPARE(out.value(QStringLiteral("auth")).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("svc"));

    // From stdin; a flag it does not take is named, and nothing is printed.
    QProcess bad;
    bad.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"), {QStringLiteral("import-curl")});
    QVERIFY(bad.waitForStarted(5000));
    bad.write("curl --cert client.pem https://x.example\n");
    bad.closeWriteChannel();
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardOutput().isEmpty());
    QCOMPARE(QString::fromUtf8(bad.readAllStandardError()).trimmed(), QStringLiteral("import-curl: --cert: not taken from curl; set it in the workflow, or leave it out"));
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
