// The engine's HTTP client (libcurl) against a real HTTP server on loopback: what the server
// received byte for byte, what came back, and how failures are told.
#include "HttpClient.h"
#include "HttpTarget.h"
#include "UploadBody.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace scanflow;
using target::HttpTarget;
using target::RecordedRequest;
using target::Reply;

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void getSendsItsHeadersAndReadsTheAnswer();
    void bytesGoAsTheyAreWithoutExpectOrAGuessedType();
    void aFileStreamsFromDiskWithProgress();
    void aBodilessPutSaysContentLengthZero();
    void theAnswerKeptIsBounded();
    void redirectsAreFollowedToTheSameOriginOnly();
    void aSilentServerTimesOut();
    void aClosedPortIsTransient();
    void aHeaderCannotSplitTheRequest();

private:
    // Starts a request and waits for its end.
    std::unique_ptr<HttpTransfer> run(HttpRequest request, QList<qint64> *progress = nullptr);

    HttpClient m_client;
    std::unique_ptr<HttpTarget> m_target;
    QTemporaryDir m_dir;
};

#ifndef Q_MOC_RUN

void TestHttpClient::init()
{
    m_target = std::make_unique<HttpTarget>();
    QVERIFY(m_target->listen());
}

std::unique_ptr<HttpTransfer> TestHttpClient::run(HttpRequest request, QList<qint64> *progress)
{
    std::unique_ptr<HttpTransfer> t(m_client.start(std::move(request)));
    if (progress)
        connect(t.get(), &HttpTransfer::uploadProgress, this, [progress](qint64 sent, qint64) { progress->append(sent); });
    if (!QTest::qWaitFor([&] { return t->isFinished(); }, 20000))
        qWarning("the transfer did not finish in 20 s");
    return t;
}

void TestHttpClient::getSendsItsHeadersAndReadsTheAnswer()
{
    m_target->setHandler([](const RecordedRequest &) {
        return Reply{200, {{"Content-Type", "application/json"}, {"X-Record", "42"}}, R"({"id":42})", 0, false};
    });
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/records?kind=scan"));
    request.headers = {{"Accept", "application/json"}, {"X-Tenant", "acme"}};
    const auto t = run(request);
    QVERIFY(t->isFinished());
    const HttpResponse &r = t->response();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.reason, QByteArray("OK"));
    QCOMPARE(r.body, QByteArray(R"({"id":42})"));
    QCOMPARE(r.header("x-record"), QByteArray("42"));
    QCOMPARE(m_target->requests().size(), 1);
    const RecordedRequest &got = m_target->requests().first();
    QCOMPARE(got.method, QByteArray("GET"));
    QCOMPARE(got.target, QByteArray("/records?kind=scan"));
    QCOMPARE(got.header("X-Tenant"), QByteArray("acme"));
    QCOMPARE(got.header("Accept"), QByteArray("application/json"));
    // The trace's copy of the head is what the server got.
    bool sawTenant = false, sawHost = false;
    for (const auto &[name, value] : r.sentHeaders) {
        sawTenant = sawTenant || (name == "X-Tenant" && value == "acme");
        sawHost = sawHost || (name == "Host" && value == got.header("Host"));
    }
    QVERIFY(sawTenant && sawHost);
}

void TestHttpClient::bytesGoAsTheyAreWithoutExpectOrAGuessedType()
{
    const QByteArray json = QByteArray(R"({"name":"scan","pad":")") + QByteArray(3 * 1024 * 1024, 'p') + "\"}";
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/records"));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = json;
    QCOMPARE(run(request)->response().status, 200);
    // No Content-Type given: none is sent (curl would say application/x-www-form-urlencoded).
    HttpRequest untyped;
    untyped.method = "PATCH";
    untyped.url = request.url;
    untyped.body = "raw";
    QCOMPARE(run(untyped)->response().status, 200);

    QCOMPARE(m_target->requests().size(), 2);
    const RecordedRequest &first = m_target->requests().at(0);
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(first.bodySize, json.size());
    QCOMPARE(first.bodySha256, QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    QVERIFY2(first.header("Expect").isEmpty(), "a 3 MB body waits for no 100 Continue");
    const RecordedRequest &second = m_target->requests().at(1);
    QCOMPARE(second.method, QByteArray("PATCH"));
    QCOMPARE(second.body, QByteArray("raw"));
    QVERIFY(second.header("Content-Type").isEmpty());
}

void TestHttpClient::aFileStreamsFromDiskWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
    QCryptographicHash sent(QCryptographicHash::Sha256);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i) {
            const QByteArray block(256 * 1024, char('a' + i));
            f.write(block);
        }
    }
    UploadBody body;
    QString error;
    body.addTextPart("title", "Invoice");
    QVERIFY2(body.addFilePart("file", QStringLiteral("scan.pdf"), "application/pdf", path, &error), qPrintable(error));
    body.finishMultipart();
    QVERIFY(body.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const QByteArray whole = [&] {
        const QByteArray all = body.readAll();
        body.seek(0);
        return all;
    }();

    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/upload"));
    request.headers = {{"Content-Type", body.contentType()}};
    request.bodyDevice = &body;
    QList<qint64> progress;
    const auto t = run(request, &progress);
    QCOMPARE(t->response().status, 200);
    const RecordedRequest &got = m_target->requests().first();
    QCOMPARE(got.method, QByteArray("PUT"));
    QCOMPARE(got.bodySize, body.size());
    QCOMPARE(got.bodySha256, QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex());
    QCOMPARE(got.header("Content-Length"), QByteArray::number(body.size()));
    QVERIFY2(!got.chunked, "a known size goes with Content-Length");
    QVERIFY2(!progress.isEmpty() && progress.last() == body.size(), qPrintable(QString::number(progress.value(progress.size() - 1))));
}

void TestHttpClient::aBodilessPutSaysContentLengthZero()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/confirm"));
    QCOMPARE(run(request)->response().status, 200);
    HttpRequest del;
    del.method = "DELETE";
    del.url = request.url;
    QCOMPARE(run(del)->response().status, 200);
    QCOMPARE(m_target->requests().at(0).header("Content-Length"), QByteArray("0"));
    QCOMPARE(m_target->requests().at(1).method, QByteArray("DELETE"));
}

void TestHttpClient::theAnswerKeptIsBounded()
{
    m_target->setHandler([](const RecordedRequest &) { return Reply{200, {}, QByteArray(5000, 'x'), 0, false}; });
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/big"));
    request.maxResponseBytes = 1000;
    const auto t = run(request);
    QCOMPARE(t->response().status, 200);
    QCOMPARE(t->response().body, QByteArray(1000, 'x'));
}

void TestHttpClient::redirectsAreFollowedToTheSameOriginOnly()
{
    HttpTarget elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray other = elsewhere.baseUrl();
    m_target->setHandler([other](const RecordedRequest &r) {
        if (r.path() == "/old")
            return Reply{307, {{"Location", "/new"}}, {}, 0, false};
        if (r.path() == "/away")
            return Reply{302, {{"Location", other + "/stolen"}}, {}, 0, false};
        return Reply::json(201, R"({"ok":true})");
    });
    const QString path = m_dir.filePath(QStringLiteral("raw.bin"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2 * 1024 * 1024, 'r'));
    }
    UploadBody body;
    QString error;
    QVERIFY(body.setRawFile(path, &error));
    QVERIFY(body.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/old"));
    request.headers = {{"Content-Type", "application/octet-stream"}, {"Authorization", "Bearer secret"}};
    request.bodyDevice = &body;
    const auto moved = run(request);
    QCOMPARE(moved->response().status, 201);
    QCOMPARE(m_target->requests().size(), 2);
    const RecordedRequest &second = m_target->requests().at(1);
    QCOMPARE(second.target, QByteArray("/new"));
    QCOMPARE(second.method, QByteArray("POST")); // 307: the same request again, body and all
    QCOMPARE(second.bodySize, qint64(2 * 1024 * 1024));
    QCOMPARE(second.bodySha256, m_target->requests().at(0).bodySha256);

    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/away"));
    const auto away = run(request);
    QCOMPARE(away->response().status, 302); // not followed: the bearer token stays here
    QCOMPARE(away->response().header("Location"), other + "/stolen");
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestHttpClient::aSilentServerTimesOut()
{
    m_target->setHandler([](const RecordedRequest &) { return Reply{200, {}, "late", 3000, false}; });
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/slow"));
    request.stallTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const auto t = run(request);
    QCOMPARE(t->response().status, 0);
    QVERIFY(t->response().timedOut);
    QVERIFY(t->response().transient);
    QCOMPARE(t->response().error, QStringLiteral("no progress for 0.3 s (timed out)"));
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpClient::aClosedPortIsTransient()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const auto t = run(request);
    QCOMPARE(t->response().status, 0);
    QVERIFY(t->response().transient);
    QCOMPARE(t->response().error, QStringLiteral("Connection refused"));
}

void TestHttpClient::aHeaderCannotSplitTheRequest()
{
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(m_target->baseUrl() + "/"));
    request.headers = {{"X-Customer", "acme\r\nX-Injected: 1"}};
    const auto t = run(request);
    QVERIFY(t->isFinished());
    QCOMPARE(t->response().status, 0);
    QCOMPARE(t->response().error, QStringLiteral("header \"X-Customer\": a name or value with a line break, a NUL or (in a name) a colon"));
    QVERIFY(m_target->requests().isEmpty());
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
