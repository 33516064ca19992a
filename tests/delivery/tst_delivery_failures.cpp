// Bad input and a failing network: each gives one clear line naming the thing, the run goes
// on with the other files, and no scan is deleted or changed.
#include "DeliveryHarness.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;

class TestDeliveryFailures : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsNamedAndOthersStillGo();
    void unreachableHostIsTransient();
    void tlsErrorIsNamedAndNotRetried();
    void slowTargetTimesOut();
    void droppedConnectionIsTransient();
    void inactiveWorkflowDeliversNothing();
    void missingUserValueIsNotAuthorized();
    void headerValueCannotSplitTheRequest();
    void concurrencyIsBounded();
};

using target::Reply;

namespace {
const QByteArray Pdf = "%PDF-1.4\nfailure tests\n%%EOF\n";
}


// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

void TestDeliveryFailures::missingFileIsNamedAndOthersStillGo()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"F","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})");
    DeliveryJob missing, folder, good;
    missing.filePath = h.dir.filePath(QStringLiteral("nope.pdf"));
    folder.filePath = h.dir.path();
    good.filePath = h.file(QStringLiteral("good.pdf"), Pdf);
    const QList<DeliveryResult> results = h.deliverAll(w, {missing, folder, good});
    QCOMPARE(results.size(), 3);
    int delivered = 0;
    for (const DeliveryResult &r : results) {
        if (r.filePath == missing.filePath)
            QCOMPARE(r.error, QStringLiteral("file \"%1\" does not exist").arg(missing.filePath));
        else if (r.filePath == folder.filePath)
            QCOMPARE(r.error, QStringLiteral("\"%1\" is not a file").arg(folder.filePath));
        else
            delivered += r.ok;
    }
    QCOMPARE(delivered, 1);
    QCOMPARE(h.target.requests().size(), 1);
}

void TestDeliveryFailures::unreachableHostIsTransient()
{
    DeliveryHarness h;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    auto w = workflowFromJson(QStringLiteral(R"({"format":1,"name":"Down","destination":{"url":"http://127.0.0.1:%1/upload","steps":[{"kind":"delivery"}]}})")
                                  .arg(closedPort).toUtf8());
    QVERIFY(w.ok());
    const DeliveryResult r = h.deliver(*w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY(r.transient);
    QVERIFY2(r.error.contains(QStringLiteral("POST http://127.0.0.1:%1/upload failed: Connection refused").arg(closedPort)), qPrintable(r.error));
    QCOMPARE(r.trace.size(), 1);
    QCOMPARE(r.trace.at(0).status, 0);
}

void TestDeliveryFailures::tlsErrorIsNamedAndNotRetried()
{
    // A real TLS server whose self-signed certificate nobody trusts.
    DeliveryHarness h;
    const QString key = h.dir.filePath(QStringLiteral("key.pem"));
    const QString cert = h.dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                              QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const QByteArray url = "https://127.0.0.1:" + QByteArray::number(server.serverPort());
    auto w = workflowFromJson(withTarget(R"({"format":1,"name":"Tls","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})", url));
    QVERIFY(w.ok());
    const DeliveryResult r = h.deliver(*w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY2(!r.transient, qPrintable(r.error));
    QVERIFY2(r.error.startsWith(QStringLiteral("step \"Delivery\" (1/1): POST %1/upload failed: SSL handshake failed").arg(QString::fromLatin1(url))), qPrintable(r.error));
}

void TestDeliveryFailures::slowTargetTimesOut()
{
    DeliveryHarness h;
    h.engine.setRequestTimeout(300);
    h.target.setHandler([](const RecordedRequest &) { Reply r = Reply::json(200, "{}"); r.delayMs = 3000; return r; });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Slow","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY(r.transient);
    QVERIFY2(r.error.endsWith(QStringLiteral("failed: no progress for 0.3 s (timed out)")), qPrintable(r.error));
}

void TestDeliveryFailures::droppedConnectionIsTransient()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &) { Reply r; r.dropConnection = true; return r; });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Drop","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY2(r.transient, qPrintable(r.error));
}

void TestDeliveryFailures::inactiveWorkflowDeliversNothing()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Off","active":false,"destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QCOMPARE(r.error, QStringLiteral("workflow \"Off\" is not active"));
    QVERIFY(h.target.requests().isEmpty());
}

void TestDeliveryFailures::missingUserValueIsNotAuthorized()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Private","userSpecific":true,"destination":{"url":"{T}/upload","steps":[{"kind":"delivery",
        "params":[{"key":"customerCode","value":"Customer code","type":"user","location":"header"}]}]}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    job.user.name = QStringLiteral("bob");
    const DeliveryResult r = h.deliver(w, job);
    QCOMPARE(r.error, QStringLiteral("not authorized: user \"bob\" has not entered \"Customer code\" for workflow \"Private\""));
    QVERIFY(r.needsReauthorization);
    QVERIFY(h.target.requests().isEmpty());
}

void TestDeliveryFailures::headerValueCannotSplitTheRequest()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Hdr","destination":{"url":"{T}/upload","steps":[{"kind":"delivery",
        "params":[{"key":"X-Dept","value":"dept","type":"terminal","location":"header"}]}]}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    job.terminalValues.insert(QStringLiteral("dept"), QStringLiteral("a\r\nX-Evil: 1"));
    const DeliveryResult r = h.deliver(w, job);
    QCOMPARE(r.error, QStringLiteral("step \"Delivery\" (1/1): header \"X-Dept\": the value contains a line break"));
    QVERIFY(h.target.requests().isEmpty());
}

void TestDeliveryFailures::concurrencyIsBounded()
{
    DeliveryHarness h;
    h.engine.setMaxConcurrent(3);
    int inFlight = 0, maxInFlight = 0;
    QObject::connect(&h.engine, &DeliveryEngine::started, &h.engine, [&] { maxInFlight = std::max(maxInFlight, ++inFlight); });
    QObject::connect(&h.engine, &DeliveryEngine::finished, &h.engine, [&] { --inFlight; });
    h.target.setHandler([](const RecordedRequest &) { Reply r = Reply::json(200, "{}"); r.delayMs = 30; return r; });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Many","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}]}})");
    const QList<DeliveryResult> results = h.deliverAll(w, h.jobs(10, Pdf));
    QCOMPARE(results.size(), 10);
    QVERIFY(std::all_of(results.cbegin(), results.cend(), [](const DeliveryResult &r) { return r.ok; }));
    QCOMPARE(maxInFlight, 3);
    QCOMPARE(h.target.requests().size(), 10);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestDeliveryFailures)
#include "tst_delivery_failures.moc"
