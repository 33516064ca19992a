// /api/v1/scan/workflows with the real server and curl: the whole workflow goes in, secrets
// never come out, bad input is named with a 400, unknown ids are 404, R14 applies on PUT, the
// reference's permissions are enforced for keys with advanced permissions, and a workflow
// created through the API delivers with the password it was given.
#include "ApiKeyRepository.h"
#include "DeliveryHarness.h"
#include "Peers.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;

class TestWorkflowsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createReadUpdateDelete();
    void badInputIsNamed();
    void advancedPermissionsAreEnforced();
    void aWorkflowMadeThroughTheApiDelivers();
    void deliveryHistoryPagesAndShowsRedactedTraces();
    void theTestDestinationShowsWhatItReceived();
    void deliveriesStartFromTheApi();
    void connectionSecretsAreSealedAndImportedCasTrusted();
    void aProxyPasswordStaysWithItsProxy();

private:
    QString call(const QString &method, const QString &path, const QByteArray &body = {}, const QString &key = {});
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_viewOnlyKey;
    QString m_admin;
    target::HttpTarget m_target;
};

#ifndef Q_MOC_RUN

namespace {

const QByteArray Basic = R"({"name":"Invoices","userSpecific":true,"destination":{"url":"{T}/upload",
    "auth":{"type":"basic","login":"svc","password":"api-given-pw"},
    "steps":[{"kind":"delivery","params":[{"key":"customerCode","value":"Customer code","type":"user","location":"form"}]}]}})";

QJsonObject json(const QString &answer) { return QJsonDocument::fromJson(answer.mid(4).toUtf8()).object(); }

} // namespace

void TestWorkflowsApi::initTestCase()
{
    QVERIFY(m_target.listen());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    // A key limited to viewing and an unrestricted one, made in the database before the server starts.
    DatabaseConfig c;
    c.sqlitePath = data + QStringLiteral("/scanflow.sqlite");
    {
        auto db = Database::open(c);
        QVERIFY(db && (*db)->migrate());
        ApiKey viewOnly;
        viewOnly.name = QStringLiteral("viewer");
        viewOnly.advancedPermissions = true;
        viewOnly.permissions = {QStringLiteral("ViewScanWorkflow")};
        viewOnly.allowUnauthenticated = true;
        m_viewOnlyKey = *ApiKeyRepository(**db).create(viewOnly);
        m_admin = *ApiKeyRepository(**db).create(ApiKey::fullAccess(QStringLiteral("admin")));
    }
    m_server = ServerProcess::start({QStringLiteral("--data"), data, QStringLiteral("--secrets-key-file"),
                                     m_dir.filePath(QStringLiteral("secrets.key")), QStringLiteral("--test-destination")});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
    QVERIFY2(m_server.key.isEmpty(), "the database already held a key, so no bootstrap key is made");
}

void TestWorkflowsApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

QString TestWorkflowsApi::call(const QString &method, const QString &path, const QByteArray &body, const QString &key)
{
    QStringList args{QStringLiteral("-X"), method, QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + (key.isEmpty() ? m_admin : key)};
    if (!body.isNull())
        args << QStringLiteral("--data-binary") << QString::fromUtf8(withTarget(body, m_target.baseUrl()));
    return curl(args << m_server.url + QStringLiteral("/api/v1") + path);
}

void TestWorkflowsApi::createReadUpdateDelete()
{
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), Basic);
    QVERIFY2(created.startsWith(QLatin1String("200 ")), qPrintable(created));
    QVERIFY2(!created.contains(QLatin1String("api-given-pw")), "secrets never come out");
    const qint64 id = json(created).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(json(created)[QStringLiteral("destination")][QStringLiteral("auth")][QStringLiteral("login")].toString(), QStringLiteral("svc"));

    const QString all = call(QStringLiteral("GET"), QStringLiteral("/scan/workflows"));
    QVERIFY(all.startsWith(QLatin1String("200 ")));
    QVERIFY(QJsonDocument::fromJson(all.mid(4).toUtf8()).array().size() >= 1);
    const QString path = QStringLiteral("/scan/workflows/%1").arg(id);
    QCOMPARE(json(call(QStringLiteral("GET"), path)).value(QStringLiteral("name")).toString(), QStringLiteral("Invoices"));

    // R14 on PUT: User-specific off removes the user-specific parameter.
    QJsonObject edited = json(created);
    edited.insert(QStringLiteral("name"), QStringLiteral("Invoices 2026"));
    edited.insert(QStringLiteral("userSpecific"), false);
    const QString updated = call(QStringLiteral("PUT"), path, QJsonDocument(edited).toJson());
    QVERIFY2(updated.startsWith(QLatin1String("200 ")), qPrintable(updated));
    QCOMPARE(json(updated).value(QStringLiteral("name")).toString(), QStringLiteral("Invoices 2026"));
    QCOMPARE(json(updated)[QStringLiteral("destination")][QStringLiteral("steps")].toArray().at(0)[QStringLiteral("params")].toArray().size(), 0);

    QCOMPARE(call(QStringLiteral("DELETE"), path), QStringLiteral("204 "));
    QCOMPARE(call(QStringLiteral("GET"), path), QStringLiteral(R"(404 {"errorCode":404,"message":"scanWorkflowId: no workflow %1"})").arg(id));
}

void TestWorkflowsApi::badInputIsNamed()
{
    const QString notJson = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), "{ nope");
    QVERIFY2(notJson.startsWith(QLatin1String(R"(400 {"errorCode":400,"message":"scanWorkflow: the body is not a JSON object)")), qPrintable(notJson));
    const QString badField = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                  R"({"name":"X","destination":{"url":"{T}/u","steps":[{"kind":"delivery","method":"GET"}]}})");
    QCOMPARE(badField, QStringLiteral(R"(400 {"errorCode":400,"message":"scanWorkflow: destination.steps[0].method: \"GET\" is not one of POST, PUT"})"));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/abc")),
             QStringLiteral(R"(400 {"errorCode":400,"message":"scanWorkflowId: \"abc\" is not a workflow id"})"));
    QCOMPARE(call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/99999"), Basic),
             QStringLiteral(R"(404 {"errorCode":404,"message":"scanWorkflowId: no workflow 99999"})"));
    QCOMPARE(call(QStringLiteral("DELETE"), QStringLiteral("/scan/workflows/99999")),
             QStringLiteral(R"(404 {"errorCode":404,"message":"scanWorkflowId: no workflow 99999"})"));
    QVERIFY(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), Basic).startsWith(QLatin1String("200 ")));
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), Basic),
             QStringLiteral(R"(400 {"errorCode":400,"message":"scanWorkflow: a workflow named \"Invoices\" already exists"})"));
}

void TestWorkflowsApi::advancedPermissionsAreEnforced()
{
    QVERIFY(call(QStringLiteral("GET"), QStringLiteral("/scan/workflows"), {}, m_viewOnlyKey).startsWith(QLatin1String("200 ")));
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), Basic, m_viewOnlyKey),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the API key lacks the CreateScanWorkflow permission"})"));
    QCOMPARE(call(QStringLiteral("DELETE"), QStringLiteral("/scan/workflows/1"), {}, m_viewOnlyKey),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the API key lacks the DeleteScanWorkflow permission"})"));
}

void TestWorkflowsApi::aWorkflowMadeThroughTheApiDelivers()
{
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 R"({"name":"Api made","destination":{"url":"{T}/upload",
                                     "auth":{"type":"basic","login":"svc","password":"api-given-pw"},"steps":[{"kind":"delivery"}]}})");
    QVERIFY2(created.startsWith(QLatin1String("200 ")), qPrintable(created));
    const QString inbox = m_dir.filePath(QStringLiteral("data/inbox/Api made"));
    QVERIFY2(QDir(inbox).exists(), "a workflow made through the API gets its inbox folder at once");
    QFile scan(inbox + QStringLiteral("/scan.pdf"));
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write("%PDF api");
    scan.close();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(inbox + QStringLiteral("/done/scan.pdf")); }, 30000));
    const RecordedRequest &r = m_target.requests().constLast();
    QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("svc:api-given-pw").toBase64());
    QCOMPARE(partsOf(r).at(0).fileName, QByteArray("scan.pdf"));
}

void TestWorkflowsApi::deliveryHistoryPagesAndShowsRedactedTraces()
{
    const QString inbox = m_dir.filePath(QStringLiteral("data/inbox/Api made"));
    for (int i = 0; i < 3; ++i) {
        QFile more(inbox + QStringLiteral("/more-%1.pdf").arg(i));
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write("%PDF more");
    }
    QVERIFY(QTest::qWaitFor([&] { return QDir(inbox + QStringLiteral("/done")).entryList(QDir::Files).size() == 4; }, 30000));

    const QString page1 = call(QStringLiteral("GET"), QStringLiteral("/deliveries?maxrecords=3&state=delivered"));
    QVERIFY2(page1.startsWith(QLatin1String("200 ")), qPrintable(page1));
    const QJsonObject p1 = json(page1);
    QCOMPARE(p1.value(QStringLiteral("deliveries")).toArray().size(), 3);
    const QString token = p1.value(QStringLiteral("nextPageToken")).toString();
    QVERIFY(!token.isEmpty());
    const QJsonObject p2 = json(call(QStringLiteral("GET"), QStringLiteral("/deliveries?maxrecords=3&state=delivered&pagetoken=") + token));
    const QJsonArray rest = p2.value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(p2.value(QStringLiteral("nextPageToken")).toString(), QString());
    const QJsonObject first = rest.at(0).toObject(); // the oldest: scan.pdf
    QCOMPARE(first.value(QStringLiteral("fileName")).toString(), QStringLiteral("scan.pdf"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));

    const QString detail = call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(first.value(QStringLiteral("id")).toInteger()));
    QVERIFY2(detail.startsWith(QLatin1String("200 ")), qPrintable(detail));
    const QJsonArray trace = json(detail).value(QStringLiteral("trace")).toArray();
    QCOMPARE(trace.size(), 1);
    QCOMPARE(trace.at(0)[QStringLiteral("status")].toInt(), 200); // the target's default answer
    QVERIFY(detail.contains(QLatin1String("Basic [redacted]")));
    QVERIFY(!detail.contains(QLatin1String("api-given-pw")));
    QVERIFY(!detail.contains(QString::fromLatin1(QByteArray("svc:api-given-pw").toBase64())));

    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/deliveries?state=lost")),
             QStringLiteral(R"(400 {"errorCode":400,"message":"state: \"lost\" is not one of queued, running, delivered, failed"})"));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/deliveries?maxrecords=0")),
             QStringLiteral(R"(400 {"errorCode":400,"message":"maxrecords: \"0\" must be a number from 1 to 500"})"));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/deliveries?pagetoken=forged")),
             QStringLiteral(R"(400 {"errorCode":400,"message":"pagetoken: \"forged\" is not a page token from this server"})"));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/deliveries/424242")),
             QStringLiteral(R"(404 {"errorCode":404,"message":"deliveryId: no delivery 424242"})"));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/deliveries"), {}, m_viewOnlyKey),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the API key lacks the ViewReport permission"})"));
}

void TestWorkflowsApi::theTestDestinationShowsWhatItReceived()
{
    // A workflow that points at the server's own test destination, with a form field and a
    // Basic login: what was sent shows up, the credentials do not.
    QByteArray workflow = R"({"name":"Try it","destination":{"url":"{S}/api/v1/testdestination/receive/invoices/[documentname]",
        "auth":{"type":"basic","login":"svc","password":"try-pw"},
        "steps":[{"kind":"delivery","params":[{"key":"docType","value":"invoice","type":"custom","location":"form"}]}]}})";
    workflow.replace("{S}", m_server.url.toUtf8());
    QVERIFY(call(QStringLiteral("DELETE"), QStringLiteral("/testdestination")).startsWith(QLatin1String("204")));
    QVERIFY(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), workflow).startsWith(QLatin1String("200 ")));
    const QString inbox = m_dir.filePath(QStringLiteral("data/inbox/Try it"));
    QVERIFY(QDir().mkpath(inbox));
    const QByteArray content = "%PDF try it";
    QFile scan(inbox + QStringLiteral("/march.pdf"));
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write(content);
    scan.close();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(inbox + QStringLiteral("/done/march.pdf")); }, 30000));

    const QString seen = call(QStringLiteral("GET"), QStringLiteral("/testdestination"));
    QVERIFY2(seen.startsWith(QLatin1String("200 ")), qPrintable(seen));
    const QJsonArray requests = json(seen).value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject r = requests.at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/invoices/march"));
    const QJsonArray parts = r.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0)[QStringLiteral("value")].toString(), QStringLiteral("invoice"));
    QCOMPARE(parts.at(1)[QStringLiteral("fileName")].toString(), QStringLiteral("march.pdf"));
    QCOMPARE(parts.at(1)[QStringLiteral("sha256")].toString(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QVERIFY(seen.contains(QLatin1String("Basic [redacted]")));
    QVERIFY(!seen.contains(QString::fromLatin1(QByteArray("svc:try-pw").toBase64())));
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/testdestination"), {}, QStringLiteral("sf_wrong")),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the API key is not valid"})"));
}

void TestWorkflowsApi::deliveriesStartFromTheApi()
{
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 R"({"name":"Upload","destination":{"url":"{T}/upload/[costCenter]",
                                     "auth":{"type":"basic","login":"svc","password":"up-pw"},"steps":[{"kind":"delivery"}]}})");
    QVERIFY2(created.startsWith(QLatin1String("200 ")), qPrintable(created));
    const QString path = QStringLiteral("/scan/workflows/%1/deliveries").arg(json(created).value(QStringLiteral("id")).toInteger());
    const QString file = m_dir.filePath(QStringLiteral("upload.pdf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF uploaded");
    f.close();
    const QStringList key{QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_admin};
    const QString answer = curl(QStringList{QStringLiteral("-X"), QStringLiteral("POST")} + key
                                + QStringList{QStringLiteral("-F"), QStringLiteral("data=@%1;filename=../../evil name.pdf").arg(file),
                                              QStringLiteral("-F"), QStringLiteral("terminal.costCenter=CC-1"),
                                              m_server.url + QStringLiteral("/api/v1") + path});
    QVERIFY2(answer.startsWith(QLatin1String(R"(200 {"errorCode":0,"id":)")), qPrintable(answer));
    const qint64 deliveryId = json(answer).value(QStringLiteral("id")).toInteger();
    const auto state = [&] { return json(call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(deliveryId))).value(QStringLiteral("state")).toString(); };
    QVERIFY(QTest::qWaitFor([&] { return state() == QLatin1String("delivered"); }, 30000));
    const RecordedRequest &r = m_target.requests().constLast();
    QCOMPARE(r.path(), QByteArray("/upload/CC-1"));
    QCOMPARE(partsOf(r).at(0).fileName, QByteArray("evil name.pdf")); // no path from the client
    QCOMPARE(partsOf(r).at(0).body, QByteArray("%PDF uploaded"));
    const QString uploads = m_dir.filePath(QStringLiteral("data/uploads"));
    QVERIFY(QTest::qWaitFor([&] { return QDir(uploads).entryList(QDir::Files).isEmpty(); }, 5000)); // confirmed: copy removed

    // A delivery that fails for good keeps the upload, with the reason.
    QByteArray broken = R"({"name":"Broken","destination":{"url":"{S}/api/v1/no/such/endpoint","steps":[{"kind":"delivery"}]}})";
    broken.replace("{S}", m_server.url.toUtf8());
    const QString b = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), broken);
    const QString brokenPath = QStringLiteral("/scan/workflows/%1/deliveries").arg(json(b).value(QStringLiteral("id")).toInteger());
    QVERIFY(curl(QStringList{QStringLiteral("-X"), QStringLiteral("POST")} + key
                 + QStringList{QStringLiteral("-F"), QStringLiteral("data=@%1;filename=kept.pdf").arg(file),
                               m_server.url + QStringLiteral("/api/v1") + brokenPath}).startsWith(QLatin1String("200 ")));
    QVERIFY(QTest::qWaitFor([&] { return QDir(uploads + QStringLiteral("/failed")).entryList(QDir::Files).size() == 2; }, 30000));
    QFile reason(uploads + QStringLiteral("/failed/") + QDir(uploads + QStringLiteral("/failed")).entryList({QStringLiteral("*.reason.txt")}).value(0));
    QVERIFY(reason.open(QIODevice::ReadOnly));
    QVERIFY(reason.readAll().contains("returned HTTP 404"));

    QCOMPARE(curl(QStringList{QStringLiteral("-X"), QStringLiteral("POST")} + key
                  + QStringList{QStringLiteral("-F"), QStringLiteral("title=no file"), m_server.url + QStringLiteral("/api/v1") + path}),
             QStringLiteral(R"(400 {"errorCode":400,"message":"data: the file part is missing"})"));
    QCOMPARE(call(QStringLiteral("POST"), path, "not multipart"),
             QStringLiteral(R"(400 {"errorCode":400,"message":"the body must be multipart/form-data with the file in \"data\""})"));
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/987654/deliveries"), "x"),
             QStringLiteral(R"(404 {"errorCode":404,"message":"scanWorkflowId: no workflow 987654"})"));
}

void TestWorkflowsApi::connectionSecretsAreSealedAndImportedCasTrusted()
{
    TestPki pki;
    QVERIFY(pki.ok());
    NginxPeer nginx;
    QString error;
    QVERIFY2(nginx.start(pki, &error), qPrintable(error));

    // The private CA imported under Certificates, then trusted by its alias.
    QStringList importArgs{QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_admin,
                           QStringLiteral("--data-binary"), QStringLiteral("@") + pki.path(QStringLiteral("ca.pem")),
                           m_server.url + QStringLiteral("/api/v1/certificate/ca")};
    const QString imported = curl(importArgs);
    QVERIFY2(imported.startsWith(QLatin1String("200 ")), qPrintable(imported));
    const QString alias = json(imported).value(QStringLiteral("alias")).toString();
    QVERIFY(!alias.isEmpty());

    const QByteArray p12 = pki.read(QStringLiteral("client.p12")).toBase64();
    const auto workflow = [&](const QByteArray &aliasText, const QByteArray &certificate, const QByteArray &password) -> QByteArray {
        return QByteArray(R"({"name":"Mutual TLS","destination":{"url":"https://localhost:PORT/upload","steps":[{"kind":"delivery"}],
            "connection":{"trustedCaAliases":[")") + aliasText + R"("],"clientCertificate":{"format":"p12","certificate":")" + certificate
            + R"(","password":")" + password + R"("},"proxy":{"mode":"none"}}}})";
    };
    const auto at = [&](QByteArray text) { return text.replace("PORT", QByteArray::number(nginx.mtlsPort)); };

    const QString unknown = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), at(workflow("no-such-ca", p12, "p12-secret")));
    QVERIFY2(unknown.startsWith(QLatin1String("400 ")) && unknown.contains(QLatin1String("trustedCaAliases[0]: no CA certificate")), qPrintable(unknown));
    const QString wrong = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), at(workflow(alias.toUtf8(), p12, "not-it")));
    QVERIFY2(wrong.startsWith(QLatin1String("400 ")) && wrong.contains(QLatin1String("clientCertificate.password: does not open the PKCS#12 file")),
             qPrintable(wrong));

    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), at(workflow(alias.toUtf8(), p12, "p12-secret")));
    QVERIFY2(created.startsWith(QLatin1String("200 ")), qPrintable(created));
    QVERIFY(!created.contains(QLatin1String("p12-secret")));
    QVERIFY(!created.contains(QString::fromLatin1(p12.left(40))));
    const QJsonObject cert = json(created)[QStringLiteral("destination")][QStringLiteral("connection")][QStringLiteral("clientCertificate")].toObject();
    QCOMPARE(cert.value(QStringLiteral("format")).toString(), QStringLiteral("p12"));
    QVERIFY(!cert.contains(QStringLiteral("certificate")) && !cert.contains(QStringLiteral("password")));
    const qint64 id = json(created).value(QStringLiteral("id")).toInteger();

    // Saved again as a client sends it back (no certificate, no password): both are kept.
    const QString put = call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1").arg(id), at(workflow(alias.toUtf8(), "", "")));
    QVERIFY2(put.startsWith(QLatin1String("200 ")), qPrintable(put));

    const QString scan = m_dir.filePath(QStringLiteral("mtls.pdf"));
    QFile f(scan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF mutual tls");
    f.close();
    const QJsonObject state = deliverAndWait(m_server, id, scan, m_admin);
    const QString stateText = QString::fromUtf8(QJsonDocument(state).toJson());
    QVERIFY2(state.value(QStringLiteral("state")).toString() == QLatin1String("delivered"), qPrintable(stateText));
    QVERIFY2(stateText.contains(QLatin1String("CN=scanner-01")), qPrintable(stateText)); // nginx saw the client certificate
    QVERIFY(!stateText.contains(QLatin1String("p12-secret")));

    // Sealed at rest: neither the password nor the file's bytes stand in the database.
    QByteArray stored;
    for (const QString &name : {QStringLiteral("data/scanflow.sqlite"), QStringLiteral("data/scanflow.sqlite-wal")}) {
        QFile db(m_dir.filePath(name));
        if (db.open(QIODevice::ReadOnly))
            stored += db.readAll();
    }
    QVERIFY(stored.size() > 4096);
    QVERIFY(!stored.contains("p12-secret"));
    QVERIFY(!stored.contains(p12.mid(100, 40)));

    // A CA a workflow trusts is not deleted from under it.
    const QString removal = call(QStringLiteral("DELETE"), QStringLiteral("/certificate/ca/") + alias);
    QVERIFY2(removal.startsWith(QLatin1String("400 ")) && removal.contains(QLatin1String("Mutual TLS")), qPrintable(removal));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/scan/workflows/%1").arg(id))), 204);
    QVERIFY(call(QStringLiteral("DELETE"), QStringLiteral("/certificate/ca/") + alias).startsWith(QLatin1String("200 ")));
}

void TestWorkflowsApi::aProxyPasswordStaysWithItsProxy()
{
    TestPki pki;
    NginxPeer nginx;
    QString error;
    QVERIFY2(nginx.start(pki, &error), qPrintable(error));
    TinyproxyPeer first, second;
    QVERIFY2(first.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    QVERIFY2(second.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    const auto workflow = [&](quint16 proxyPort, const QByteArray &password) -> QByteArray {
        return QByteArray(R"({"name":"Via the proxy","destination":{"url":"http://127.0.0.1:)") + QByteArray::number(nginx.plainPort)
            + R"(/upload","steps":[{"kind":"delivery"}],"connection":{"proxy":{"mode":"url","url":"http://127.0.0.1:)"
            + QByteArray::number(proxyPort) + R"(","login":"scanner","password":")" + password + R"(","auth":"basic"}}}})";
    };
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"), workflow(first.port, "proxy-pass-77"));
    QVERIFY2(created.startsWith(QLatin1String("200 ")) && !created.contains(QLatin1String("proxy-pass-77")), qPrintable(created));
    const qint64 id = json(created).value(QStringLiteral("id")).toInteger();
    const QString put = QStringLiteral("/scan/workflows/%1").arg(id);
    const QString scan = m_dir.filePath(QStringLiteral("proxied.pdf"));
    QFile f(scan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF proxied");
    f.close();
    QCOMPARE(deliverAndWait(m_server, id, scan, m_admin, Settled::OrRetried).value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));

    // Saved again as a client sends it back, the same proxy and login: the password stays.
    QVERIFY(call(QStringLiteral("PUT"), put, workflow(first.port, "")).startsWith(QLatin1String("200 ")));
    QCOMPARE(deliverAndWait(m_server, id, scan, m_admin, Settled::OrRetried).value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    // Another proxy: the stored password is not handed to it; the proxy turns the file away.
    QVERIFY(call(QStringLiteral("PUT"), put, workflow(second.port, "")).startsWith(QLatin1String("200 ")));
    const QJsonObject refused = deliverAndWait(m_server, id, scan, m_admin, Settled::OrRetried);
    const QByteArray refusedText = QJsonDocument(refused).toJson();
    QVERIFY2(refused.value(QStringLiteral("state")).toString() != QLatin1String("delivered"), refusedText.constData());
    // tinyproxy answers 407 and closes without reading the body: the answer or the reset.
    QVERIFY2(refusedText.contains("407") || refusedText.contains("reset"), refusedText.constData());
    QVERIFY(!refusedText.contains("proxy-pass-77"));
    // Typed again for it, it works.
    QVERIFY(call(QStringLiteral("PUT"), put, workflow(second.port, "proxy-pass-77")).startsWith(QLatin1String("200 ")));
    QCOMPARE(deliverAndWait(m_server, id, scan, m_admin, Settled::OrRetried).value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    QVERIFY(second.log().contains(QStringLiteral("127.0.0.1:%1/upload").arg(nginx.plainPort)));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestWorkflowsApi)
#include "tst_workflows_api.moc"
