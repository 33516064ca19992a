// `scanflowd deliver` as a person runs it: JSON lines on stdout, a summary on stderr, exit
// codes 0 (all delivered), 1 (some failed) and 2 (bad usage), errors that name the thing.
#include "DeliveryHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "Peers.h"
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;
using target::Reply;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void deliversAFolderAndPrintsOneLinePerFile();
    void missingFileFailsAloneAndExitsOne();
    void badWorkflowIsNamedAndExitsTwo_data();
    void badWorkflowIsNamedAndExitsTwo();
    void usersFileSuppliesPrivateValuesAndTraceIsRedacted();
    void connectionOptionsReachAMutualTlsServer();
    void bothProgramsNameTheirVersionAndLibraries();
};

#ifndef Q_MOC_RUN

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

Run scanflowd(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"), args);
    // The target answers from this thread's event loop: wait without blocking it.
    Run r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("scanflowd did not finish within 30 s");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            r.lines.append(QJsonDocument::fromJson(line).object());
    }
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeFile(const DeliveryHarness &h, const QString &name, const QByteArray &text)
{
    return h.file(name, withTarget(text, h.target.baseUrl()));
}

const QByteArray Simple = R"({"format":1,"name":"Cli","destination":{"url":"{T}/upload",
    "auth":{"type":"basic","login":"svc","password":"cli-secret-pw"},"steps":[{"kind":"delivery"}]}})";

} // namespace

void TestCli::deliversAFolderAndPrintsOneLinePerFile()
{
    DeliveryHarness h;
    const QString workflow = writeFile(h, QStringLiteral("wf.json"), Simple);
    QDir(h.dir.path()).mkdir(QStringLiteral("scans"));
    for (int i = 0; i < 4; ++i)
        h.file(QStringLiteral("scans/s%1.pdf").arg(i), "%PDF-1.4 cli");
    const Run r = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow,
                             QStringLiteral("--concurrency"), QStringLiteral("2"), h.dir.filePath(QStringLiteral("scans"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 4);
    for (const QJsonObject &o : r.lines) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("status")).toInt(), 200);
    }
    QCOMPARE(h.target.requests().size(), 4);
    QVERIFY2(r.err.contains(QStringLiteral("delivered 4 of 4 files")), qPrintable(r.err));
}

void TestCli::missingFileFailsAloneAndExitsOne()
{
    DeliveryHarness h;
    const QString workflow = writeFile(h, QStringLiteral("wf.json"), Simple);
    const QString good = h.file(QStringLiteral("good.pdf"), "%PDF-1.4");
    const QString missing = h.dir.filePath(QStringLiteral("missing.pdf"));
    const Run r = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, missing, good});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 2);
    int delivered = 0;
    for (const QJsonObject &o : r.lines) {
        if (o.value(QStringLiteral("file")).toString() == missing)
            QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("file \"%1\" does not exist").arg(missing));
        else
            delivered += o.value(QStringLiteral("status")).toString() == QLatin1String("delivered");
    }
    QCOMPARE(delivered, 1);
    QVERIFY2(r.err.contains(QStringLiteral("1 failed")), qPrintable(r.err));
}

void TestCli::badWorkflowIsNamedAndExitsTwo_data()
{
    QTest::addColumn<QByteArray>("workflow");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid field") << QByteArray(R"({"format":1,"name":"x","destination":{"url":"{T}/u","steps":[{"kind":"delivery","method":"GET"}]}})")
                                   << QStringList() << "destination.steps[0].method: \"GET\" is not one of POST, PUT";
    QTest::newRow("not json") << QByteArray("{ nope") << QStringList() << "not valid JSON";
    QTest::newRow("terminal value") << Simple << QStringList{QStringLiteral("--terminal"), QStringLiteral("novalue")}
                                    << "--terminal \"novalue\" must be key=value";
    QTest::newRow("concurrency") << Simple << QStringList{QStringLiteral("--concurrency"), QStringLiteral("zero")}
                                 << "--concurrency \"zero\" must be a number from 1 to 256";
}

void TestCli::badWorkflowIsNamedAndExitsTwo()
{
    QFETCH(QByteArray, workflow);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    DeliveryHarness h;
    const QString path = writeFile(h, QStringLiteral("wf.json"), workflow);
    const Run r = scanflowd(QStringList{QStringLiteral("deliver"), QStringLiteral("--workflow"), path} + extra
                            + QStringList{h.file(QStringLiteral("a.pdf"), "x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("scanflowd deliver: ")) && r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    QVERIFY(h.target.requests().isEmpty());
}

void TestCli::usersFileSuppliesPrivateValuesAndTraceIsRedacted()
{
    DeliveryHarness h;
    const QString workflow = writeFile(h, QStringLiteral("wf.json"), R"({"format":1,"name":"Private","userSpecific":true,
        "destination":{"url":"{T}/upload/[username]","auth":{"type":"basic","userSpecific":true},
        "steps":[{"kind":"delivery","params":[{"key":"customerCode","value":"Customer code","type":"user","location":"form"}]}]}})");
    const QString users = writeFile(h, QStringLiteral("users.json"), R"({
        "alice": {"email": "alice@example.com", "values": {"customerCode": "ALICE-CODE-1"}, "login": "alice", "password": "alice-pw-123"},
        "bob":   {"values": {"customerCode": "BOB-CODE-2"}}})");
    const QString scan = h.file(QStringLiteral("a.pdf"), "%PDF-1.4");
    const Run alice = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--users"), users,
                                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--trace"), scan});
    QCOMPARE(alice.exitCode, 0);
    const RecordedRequest &req = h.target.requests().at(0);
    QCOMPARE(req.path(), QByteArray("/upload/alice"));
    QCOMPARE(req.header("Authorization"), "Basic " + QByteArray("alice:alice-pw-123").toBase64());
    QCOMPARE(partsOf(req).at(0).body, QByteArray("ALICE-CODE-1"));
    const QByteArray line = QJsonDocument(alice.lines.at(0)).toJson();
    QVERIFY(line.contains("\"trace\""));
    QVERIFY(!line.contains("ALICE-CODE-1"));
    QVERIFY(!line.contains("alice-pw-123"));

    // Bob has a value but no login: not authorized, nothing sent, exit 1.
    const Run bob = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--users"), users,
                               QStringLiteral("--user"), QStringLiteral("bob"), scan});
    QCOMPARE(bob.exitCode, 1);
    QCOMPARE(bob.lines.at(0).value(QStringLiteral("error")).toString(),
             QStringLiteral("not authorized: user \"bob\" has not entered a login for workflow \"Private\""));
    QCOMPARE(h.target.requests().size(), 1);
}

void TestCli::connectionOptionsReachAMutualTlsServer()
{
    TestPki pki;
    QVERIFY(pki.ok());
    NginxPeer nginx;
    QString error;
    QVERIFY2(nginx.start(pki, &error), qPrintable(error));
    DeliveryHarness h;
    const QString workflow = h.file(QStringLiteral("mtls.json"), QStringLiteral(R"({"format":1,"name":"mTLS","destination":{
        "url":"https://localhost:%1/upload","steps":[{"kind":"delivery"}]}})").arg(nginx.mtlsPort).toUtf8());
    const QString scan = h.file(QStringLiteral("scan.pdf"), "%PDF-1.4 mtls");
    const QString combined = h.file(QStringLiteral("client+key.pem"), pki.read(QStringLiteral("client.pem")) + pki.read(QStringLiteral("client.key")));

    const Run untrusted = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--no-progress"), scan});
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY(untrusted.lines.value(0).value(QStringLiteral("error")).toString().contains(QLatin1String("SSL handshake failed")));

    // curl's habit: one PEM file with the certificate and its key.
    const Run ok = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--no-progress"),
                              QStringLiteral("--cacert"), pki.path(QStringLiteral("ca.pem")), QStringLiteral("--cert"), combined, scan});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));

    // The password comes from an environment variable (HOME's value is not it).
    const Run wrong = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--no-progress"),
                                 QStringLiteral("--cacert"), pki.path(QStringLiteral("ca.pem")), QStringLiteral("--cert"),
                                 pki.path(QStringLiteral("client.p12")), QStringLiteral("--key-password-env"), QStringLiteral("HOME"), scan});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("clientCertificate.password: does not open the PKCS#12 file")), qPrintable(wrong.err));
    const Run badTls = scanflowd({QStringLiteral("deliver"), QStringLiteral("--workflow"), workflow, QStringLiteral("--tls-min"), QStringLiteral("1.1"), scan});
    QCOMPARE(badTls.exitCode, 2);
    QVERIFY(badTls.err.contains(QLatin1String("--tls-min \"1.1\"")));
}

#endif // Q_MOC_RUN

void TestCli::bothProgramsNameTheirVersionAndLibraries()
{
    // The app answers without a display: a packaging check runs it where there is none.
    for (const char *program : {"scanflowd", "scanflow"}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/") + QLatin1String(program), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("%1 %2").arg(QLatin1String(program), QStringLiteral(SCANFLOW_VERSION_FOR_TESTS)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Qt ") + QLatin1String(qVersion())), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("libcurl 7.")) || lines.at(2).startsWith(QLatin1String("libcurl 8.")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QLatin1String("SQLite 3.")) && lines.at(3).contains(QLatin1String("Qt driver QSQLITE")) &&
                     lines.at(3).contains(QLatin1String("PostgreSQL client")),
                 qPrintable(lines.at(3)));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
