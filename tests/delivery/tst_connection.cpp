// A workflow's connection settings (destination.connection) against real peers on loopback:
// nginx with a private CA's certificate, with mutual TLS and with HTTP/2; tinyproxy with and
// without its Basic login; microsocks (SOCKS5); squid asking for NTLM. Each test asserts on
// what the peer saw and on what the trace shows.
#include "DeliveryHarness.h"
#include "OAuthMockServer.h"
#include "Peers.h"
#include "TransportSettings.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace scanflow;
using namespace scanflow::test;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPrivateCaIsTrustedOnlyThroughTheWorkflow();
    void http2IsOfferedUnlessTurnedOff();
    void certificateChecksOffIsSaidInEveryTrace();
    void theMinimumTlsVersionIsKept();
    void aClientCertificateOpensMutualTls();
    void aClientCertificateFromPkcs12OrAnEncryptedKey();
    void anHttpProxyCarriesTheRequests();
    void anHttpProxyWithBasicLogin();
    void httpsGoesThroughTheProxyTunnel();
    void anotherWorkflowNeverRidesAnAuthenticatedTunnel();
    void aSocksProxyWithLogin();
    void anNtlmProxy();
    void aKerberosProxy();
    void anHttpsProxyIsTrustedThroughTheWorkflowsCas();
    void noProxyHostsAndTheEnvironment();
    void theTransferTimeoutIsTheWorkflows();
    void theConnectTimeoutIsTheWorkflows();
    void theTokenRefreshGoesTheWorkflowsWay();

private:
    // One file through "create (JSON) → upload (multipart)" to `base`, with these settings.
    DeliveryResult deliver(const QString &base, const QJsonObject &connection);
    static QJsonObject answerOf(const DeliveryResult &r, int step = 1);
    static QString traceText(const DeliveryResult &r);

    TestPki m_pki;
    NginxPeer m_nginx;
    DeliveryHarness m_h;
    QString m_file;
};

#ifndef Q_MOC_RUN

void TestConnection::initTestCase()
{
    QVERIFY2(m_pki.ok(), "tests/support/pki.sh could not make the certificates (is openssl installed?)");
    QString error;
    QVERIFY2(m_nginx.start(m_pki, &error), qPrintable(error));
    m_file = m_h.file(QStringLiteral("scan.pdf"), QByteArray(20 * 1024, 'x'));
}

DeliveryResult TestConnection::deliver(const QString &base, const QJsonObject &connection)
{
    QByteArray text = R"({"format": 1, "name": "Corporate DMS", "destination": {
        "url": "BASE/documents/upload",
        "steps": [
            {"kind": "request", "name": "Create", "url": "BASE/documents", "method": "POST", "body": "json",
             "params": [{"key": "title", "value": "documentname", "type": "system"}]},
            {"kind": "delivery", "method": "POST", "body": "multipart"}]}})";
    QJsonObject w = QJsonDocument::fromJson(text.replace("BASE", base.toUtf8())).object();
    QJsonObject destination = w.value(QStringLiteral("destination")).toObject();
    destination.insert(QStringLiteral("connection"), connection);
    w.insert(QStringLiteral("destination"), destination);
    const auto workflow = workflowFromJson(w);
    if (!workflow) {
        DeliveryResult failed;
        failed.error = QStringLiteral("workflow refused: ") + workflow.error();
        return failed;
    }
    return m_h.deliver(*workflow, m_file);
}

QJsonObject TestConnection::answerOf(const DeliveryResult &r, int step)
{
    for (const TraceEntry &t : r.trace) {
        if (t.stepIndex == step)
            return QJsonDocument::fromJson(t.responseBody.toUtf8()).object();
    }
    return {};
}

QString TestConnection::traceText(const DeliveryResult &r)
{
    QJsonArray all;
    for (const TraceEntry &t : r.trace)
        all.append(t.toJson());
    return QString::fromUtf8(QJsonDocument(all).toJson()) + r.error;
}

QJsonObject trusting(const QByteArray &pem, QJsonObject more = {})
{
    more.insert(QStringLiteral("trustedCas"), QString::fromLatin1(pem));
    return more;
}

QString https(quint16 port, const char *host = "localhost")
{
    return QStringLiteral("https://%1:%2").arg(QLatin1String(host)).arg(port);
}

QString http(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

QJsonObject proxy(const QString &url, const QString &login = {}, const QString &password = {}, const QString &auth = QStringLiteral("any"))
{
    return {{QStringLiteral("mode"), QStringLiteral("url")}, {QStringLiteral("url"), url}, {QStringLiteral("login"), login},
            {QStringLiteral("password"), password}, {QStringLiteral("auth"), auth}};
}

void TestConnection::aPrivateCaIsTrustedOnlyThroughTheWorkflow()
{
    const DeliveryResult refused = deliver(https(m_nginx.tlsPort), {});
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("SSL handshake failed")) && refused.error.contains(QLatin1String("certificate")),
             qPrintable(refused.error));
    QCOMPARE(refused.failedStep, 0);

    const DeliveryResult trusted = deliver(https(m_nginx.tlsPort), trusting(m_pki.read(QStringLiteral("ca.pem"))));
    QVERIFY2(trusted.ok, qPrintable(trusted.error));
    QCOMPARE(trusted.trace.size(), 2);
    QCOMPARE(answerOf(trusted).value(QStringLiteral("method")).toString(), QStringLiteral("POST"));

    // Another CA's certificate is no help.
    const DeliveryResult stranger = deliver(https(m_nginx.tlsPort), trusting(m_pki.read(QStringLiteral("stranger.pem"))));
    QVERIFY(!stranger.ok);
    QVERIFY(stranger.error.contains(QLatin1String("SSL handshake failed")));
    // And the name still counts: the certificate names localhost, not 127.0.0.1.
    const DeliveryResult wrongName = deliver(https(m_nginx.tlsPort, "127.0.0.1"), trusting(m_pki.read(QStringLiteral("ca.pem"))));
    QVERIFY(!wrongName.ok);
    QVERIFY2(wrongName.error.contains(QLatin1String("does not match")) || wrongName.error.contains(QLatin1String("subject name")),
             qPrintable(wrongName.error));

    // The workflow's CAs are trusted besides the system's, not instead of them.
    Connection own;
    own.trustedCas = QString::fromLatin1(m_pki.read(QStringLiteral("ca.pem")));
    const QByteArray bundle = TransportSettings::from(own)->caBundle;
    QFile system(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    QVERIFY(system.open(QIODevice::ReadOnly));
    QVERIFY(bundle.startsWith(system.read(4096)));
    QVERIFY(bundle.endsWith(own.trustedCas.toLatin1()));
}

void TestConnection::http2IsOfferedUnlessTurnedOff()
{
    const DeliveryResult two = deliver(https(m_nginx.tlsPort), trusting(m_pki.read(QStringLiteral("ca.pem"))));
    QVERIFY2(two.ok, qPrintable(two.error));
    QCOMPARE(answerOf(two).value(QStringLiteral("protocol")).toString(), QStringLiteral("HTTP/2.0"));
    QCOMPARE(two.trace.at(1).protocol, QStringLiteral("HTTP/2"));

    const DeliveryResult one = deliver(https(m_nginx.tlsPort), trusting(m_pki.read(QStringLiteral("ca.pem")), {{QStringLiteral("http2"), false}}));
    QVERIFY2(one.ok, qPrintable(one.error));
    QCOMPARE(answerOf(one).value(QStringLiteral("protocol")).toString(), QStringLiteral("HTTP/1.1"));
    QCOMPARE(one.trace.at(1).protocol, QStringLiteral("HTTP/1.1"));
    QVERIFY(m_nginx.log().contains(QLatin1String("HTTP/2.0 POST /documents/upload")));
}

void TestConnection::certificateChecksOffIsSaidInEveryTrace()
{
    const DeliveryResult r = deliver(https(m_nginx.tlsPort), {{QStringLiteral("verifyCertificates"), false}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.trace.size(), 2);
    for (const TraceEntry &t : r.trace)
        QVERIFY2(t.note.contains(QLatin1String("certificate checks are off")), qPrintable(t.note));
    QVERIFY(r.toJson(true).value(QStringLiteral("trace")).toArray().at(0).toObject().value(QStringLiteral("note")).toString().contains(QLatin1String("WARNING")));

    const DeliveryResult checked = deliver(https(m_nginx.tlsPort), trusting(m_pki.read(QStringLiteral("ca.pem"))));
    QVERIFY(checked.ok);
    QVERIFY(checked.trace.at(0).note.isEmpty());
}

void TestConnection::theMinimumTlsVersionIsKept()
{
    // The mutual-TLS server speaks TLS 1.2 only.
    const QJsonObject pem{{QStringLiteral("format"), QStringLiteral("pem")},
                          {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("client.pem")))},
                          {QStringLiteral("key"), QString::fromLatin1(m_pki.read(QStringLiteral("client.key")))}};
    const QByteArray ca = m_pki.read(QStringLiteral("ca.pem"));
    const DeliveryResult at12 = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), pem},
                                                                             {QStringLiteral("minTlsVersion"), QStringLiteral("1.2")}}));
    QVERIFY2(at12.ok, qPrintable(at12.error));
    const DeliveryResult at13 = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), pem},
                                                                             {QStringLiteral("minTlsVersion"), QStringLiteral("1.3")}}));
    QVERIFY(!at13.ok);
    QVERIFY2(at13.error.contains(QLatin1String("SSL handshake failed")), qPrintable(at13.error));
    // The HTTP/2 server offers 1.3 too.
    const DeliveryResult modern = deliver(https(m_nginx.tlsPort), trusting(ca, {{QStringLiteral("minTlsVersion"), QStringLiteral("1.3")}}));
    QVERIFY2(modern.ok, qPrintable(modern.error));
}

void TestConnection::aClientCertificateOpensMutualTls()
{
    const QByteArray ca = m_pki.read(QStringLiteral("ca.pem"));
    const DeliveryResult without = deliver(https(m_nginx.mtlsPort), trusting(ca));
    QVERIFY(!without.ok);
    QCOMPARE(without.trace.value(0).status, 400); // nginx: "No required SSL certificate was sent"
    QVERIFY2(without.error.contains(QLatin1String("400")), qPrintable(without.error));

    const QByteArray key = m_pki.read(QStringLiteral("client.key"));
    const QJsonObject pem{{QStringLiteral("format"), QStringLiteral("pem")},
                          {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("client.pem")))},
                          {QStringLiteral("key"), QString::fromLatin1(key)}};
    const DeliveryResult with = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), pem}}));
    QVERIFY2(with.ok, qPrintable(with.error));
    QVERIFY2(answerOf(with).value(QStringLiteral("client")).toString().contains(QLatin1String("CN=scanner-01")),
             qPrintable(traceText(with)));
    QVERIFY(with.trace.at(0).note.contains(QLatin1String("client certificate")));
    // The key is nowhere in what a person sees.
    const QString text = traceText(with);
    const QString keyBody = QString::fromLatin1(key).section(u'\n', 1, 1);
    QVERIFY(!keyBody.isEmpty());
    QVERIFY(!text.contains(keyBody));

    // A certificate from another CA is refused by the server.
    const QJsonObject stranger{{QStringLiteral("format"), QStringLiteral("pem")},
                               {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("stranger.pem")))},
                               {QStringLiteral("key"), QString::fromLatin1(m_pki.read(QStringLiteral("stranger.key")))}};
    const DeliveryResult foreign = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), stranger}}));
    QVERIFY(!foreign.ok);
}

void TestConnection::aClientCertificateFromPkcs12OrAnEncryptedKey()
{
    const QByteArray ca = m_pki.read(QStringLiteral("ca.pem"));
    const QJsonObject p12{{QStringLiteral("format"), QStringLiteral("p12")},
                          {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("client.p12")).toBase64())},
                          {QStringLiteral("password"), QStringLiteral("p12-secret")}};
    // A wrong password first: a connection opened with the right one would be reused.
    QJsonObject wrong = p12;
    wrong.insert(QStringLiteral("password"), QStringLiteral("not-it"));
    const DeliveryResult refused = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), wrong}}));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("SSL handshake failed")), qPrintable(refused.error));

    const DeliveryResult fromP12 = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), p12}}));
    QVERIFY2(fromP12.ok, qPrintable(fromP12.error));
    QVERIFY(answerOf(fromP12).value(QStringLiteral("client")).toString().contains(QLatin1String("CN=scanner-01")));
    QVERIFY(!traceText(fromP12).contains(QLatin1String("p12-secret")));

    const QJsonObject encrypted{{QStringLiteral("format"), QStringLiteral("pem")},
                                {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("client.pem")))},
                                {QStringLiteral("key"), QString::fromLatin1(m_pki.read(QStringLiteral("client-encrypted.key")))},
                                {QStringLiteral("password"), QStringLiteral("key-secret")}};
    const DeliveryResult fromEncrypted = deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), encrypted}}));
    QVERIFY2(fromEncrypted.ok, qPrintable(fromEncrypted.error));
    QVERIFY(!traceText(fromEncrypted).contains(QLatin1String("key-secret")));
}

void TestConnection::anHttpProxyCarriesTheRequests()
{
    TinyproxyPeer proxyPeer;
    QString error;
    QVERIFY2(proxyPeer.start(&error), qPrintable(error));
    const DeliveryResult direct = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}}});
    QVERIFY2(direct.ok, qPrintable(direct.error));
    QCOMPARE(answerOf(direct).value(QStringLiteral("via")).toString(), QString());

    const DeliveryResult proxied = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(http(proxyPeer.port))}});
    QVERIFY2(proxied.ok, qPrintable(proxied.error));
    QVERIFY2(answerOf(proxied, 0).value(QStringLiteral("via")).toString().contains(QLatin1String("scanflow-test-proxy")), qPrintable(traceText(proxied)));
    QVERIFY(answerOf(proxied, 1).value(QStringLiteral("via")).toString().contains(QLatin1String("scanflow-test-proxy")));
    QVERIFY(proxied.trace.at(1).note.contains(QStringLiteral("through proxy http://127.0.0.1:%1").arg(proxyPeer.port)));
}

void TestConnection::anHttpProxyWithBasicLogin()
{
    TinyproxyPeer proxyPeer;
    QString error;
    QVERIFY2(proxyPeer.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    const DeliveryResult anonymous = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(http(proxyPeer.port))}});
    QVERIFY(!anonymous.ok);
    // tinyproxy answers 407 and closes without reading the body: curl sees the answer or the reset.
    QVERIFY2(anonymous.trace.value(0).status == 407 || anonymous.error.contains(QLatin1String("reset")), qPrintable(anonymous.error));

    const DeliveryResult signedIn = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"),
                                                                       proxy(http(proxyPeer.port), QStringLiteral("scanner"), QStringLiteral("proxy-pass-77"), QStringLiteral("basic"))}});
    QVERIFY2(signedIn.ok, qPrintable(signedIn.error));
    QVERIFY(answerOf(signedIn).value(QStringLiteral("via")).toString().contains(QLatin1String("scanflow-test-proxy")));
    const QString text = traceText(signedIn);
    QVERIFY(!text.contains(QLatin1String("proxy-pass-77")));
    QVERIFY(!text.contains(QString::fromLatin1(QByteArray("scanner:proxy-pass-77").toBase64())));

    // "any" finds Basic by itself after the proxy's 407.
    const DeliveryResult any = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"),
                                                                  proxy(http(proxyPeer.port), QStringLiteral("scanner"), QStringLiteral("proxy-pass-77"))}});
    QVERIFY2(any.ok, qPrintable(any.error));
}

void TestConnection::httpsGoesThroughTheProxyTunnel()
{
    TinyproxyPeer proxyPeer;
    QString error;
    QVERIFY2(proxyPeer.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    const DeliveryResult r = deliver(https(m_nginx.tlsPort),
                                     trusting(m_pki.read(QStringLiteral("ca.pem")),
                                              {{QStringLiteral("proxy"), proxy(http(proxyPeer.port), QStringLiteral("scanner"), QStringLiteral("proxy-pass-77"))}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(answerOf(r).value(QStringLiteral("protocol")).toString(), QStringLiteral("HTTP/2.0"));
    QVERIFY(r.trace.at(0).note.contains(QLatin1String("through proxy")));
    QVERIFY(!traceText(r).contains(QLatin1String("proxy-pass-77")));
    QVERIFY2(proxyPeer.log().contains(QStringLiteral("CONNECT localhost:%1").arg(m_nginx.tlsPort)), qPrintable(proxyPeer.log()));
}

void TestConnection::anotherWorkflowNeverRidesAnAuthenticatedTunnel()
{
    // Workflow A signs in to the proxy and leaves a tunnel open; workflow B, the same proxy
    // with no login of its own, must be asked for one and turned away.
    TinyproxyPeer proxyPeer;
    QString error;
    QVERIFY2(proxyPeer.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    const QByteArray ca = m_pki.read(QStringLiteral("ca.pem"));
    const DeliveryResult a = deliver(https(m_nginx.tlsPort),
                                     trusting(ca, {{QStringLiteral("proxy"), proxy(http(proxyPeer.port), QStringLiteral("scanner"), QStringLiteral("proxy-pass-77"))}}));
    QVERIFY2(a.ok, qPrintable(a.error));
    const DeliveryResult b = deliver(https(m_nginx.tlsPort), trusting(ca, {{QStringLiteral("proxy"), proxy(http(proxyPeer.port))}}));
    QVERIFY2(!b.ok, "a workflow without the proxy's login went through another workflow's tunnel");
    QVERIFY2(b.error.contains(QLatin1String("CONNECT tunnel failed")), qPrintable(b.error));
    // NTLM signs in a connection, not a request: a connection squid took dave's NTLM login on
    // must not carry a workflow that has no login.
    SquidPeer squid;
    QVERIFY2(squid.start(&error), qPrintable(error));
    const DeliveryResult dave = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"),
                                                                   proxy(http(squid.port), QStringLiteral("dave"), QStringLiteral("ntlm-pass-9"), QStringLiteral("ntlm"))}});
    QVERIFY2(dave.ok, qPrintable(dave.error));
    const DeliveryResult nobody = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(http(squid.port))}});
    QVERIFY2(!nobody.ok, "a workflow without a login went through a connection signed in with another workflow's NTLM login");
    QCOMPARE(nobody.trace.value(0).status, 407);

    // And the same for mutual TLS: without a certificate of its own, no ride on one made with it.
    const QJsonObject pem{{QStringLiteral("format"), QStringLiteral("pem")},
                          {QStringLiteral("certificate"), QString::fromLatin1(m_pki.read(QStringLiteral("client.pem")))},
                          {QStringLiteral("key"), QString::fromLatin1(m_pki.read(QStringLiteral("client.key")))}};
    QVERIFY(deliver(https(m_nginx.mtlsPort), trusting(ca, {{QStringLiteral("clientCertificate"), pem}})).ok);
    QCOMPARE(deliver(https(m_nginx.mtlsPort), trusting(ca)).trace.value(0).status, 400);
}

void TestConnection::aSocksProxyWithLogin()
{
    SocksPeer socks;
    QString error;
    QVERIFY2(socks.start(&error, QStringLiteral("carol"), QStringLiteral("socks-pass-5")), qPrintable(error));
    const QString url = QStringLiteral("socks5h://127.0.0.1:%1").arg(socks.port);
    const DeliveryResult anonymous = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(url)}});
    QVERIFY(!anonymous.ok);
    QVERIFY2(anonymous.error.contains(QLatin1String("No authentication method was acceptable")), qPrintable(anonymous.error));
    QVERIFY(!anonymous.transient); // a login to fix, not a network to wait for

    const DeliveryResult r = deliver(https(m_nginx.tlsPort),
                                     trusting(m_pki.read(QStringLiteral("ca.pem")),
                                              {{QStringLiteral("proxy"), proxy(url, QStringLiteral("carol"), QStringLiteral("socks-pass-5"))}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.trace.at(1).note.contains(url));
    QVERIFY(!traceText(r).contains(QLatin1String("socks-pass-5")));
    QVERIFY2(socks.log().contains(QStringLiteral(":%1").arg(m_nginx.tlsPort)), qPrintable(socks.log())); // the proxy made the connection
}

void TestConnection::anNtlmProxy()
{
    SquidPeer squid;
    QString error;
    QVERIFY2(squid.start(&error), qPrintable(error));
    const QString url = http(squid.port);
    const DeliveryResult basic = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"),
                                                                    proxy(url, QStringLiteral("dave"), QStringLiteral("ntlm-pass-9"), QStringLiteral("basic"))}});
    QVERIFY(!basic.ok);
    QCOMPARE(basic.trace.value(0).status, 407);

    const DeliveryResult ntlm = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"),
                                                                   proxy(url, QStringLiteral("dave"), QStringLiteral("ntlm-pass-9"), QStringLiteral("ntlm"))}});
    QVERIFY2(ntlm.ok, qPrintable(ntlm.error + squid.accessLog()));
    QVERIFY(answerOf(ntlm).value(QStringLiteral("via")).toString().contains(QLatin1String("squid")));
    QVERIFY2(squid.accessLog().contains(QLatin1String("dave")), qPrintable(squid.accessLog())); // signed in as dave
    QVERIFY(!traceText(ntlm).contains(QLatin1String("ntlm-pass-9")));
}

void TestConnection::aKerberosProxy()
{
    KerberosPeer realm;
    QString error;
    QVERIFY2(realm.start(&error), qPrintable(error));
    SquidPeer squid;
    QVERIFY2(squid.startNegotiate(realm, &error), qPrintable(error));
    const QString url = QStringLiteral("http://localhost:%1").arg(squid.port); // the proxy's service is HTTP/localhost
    qputenv("KRB5_CONFIG", realm.config().toUtf8());
    // Without a ticket, the proxy turns the file away (first: a connection signed in with a
    // ticket would be reused by the same settings).
    qputenv("KRB5CCNAME", QByteArray("FILE:") + m_h.dir.filePath(QStringLiteral("no-such-cache")).toUtf8());
    const DeliveryResult noTicket = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(url, {}, {}, QStringLiteral("negotiate"))}});
    // The engine signs in as the account it runs as: here, dave's ticket in the test's cache.
    qputenv("KRB5CCNAME", realm.ticketCache().toUtf8());
    const DeliveryResult r = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(url, {}, {}, QStringLiteral("negotiate"))}});
    qunsetenv("KRB5CCNAME");
    qunsetenv("KRB5_CONFIG");
    QVERIFY2(r.ok, qPrintable(r.error + squid.accessLog()));
    QVERIFY(answerOf(r).value(QStringLiteral("via")).toString().contains(QLatin1String("squid")));
    QVERIFY2(squid.accessLog().contains(QLatin1String("dave@SCANFLOW.TEST")), qPrintable(squid.accessLog()));
    QVERIFY(!noTicket.ok);
    QCOMPARE(noTicket.trace.value(0).status, 407);
}

void TestConnection::anHttpsProxyIsTrustedThroughTheWorkflowsCas()
{
    SquidPeer squid;
    QString error;
    QVERIFY2(squid.startTls(m_pki, &error), qPrintable(error));
    const QString url = QStringLiteral("https://localhost:%1").arg(squid.port);
    const DeliveryResult untrusted = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(url)}});
    QVERIFY(!untrusted.ok);
    QVERIFY2(untrusted.error.contains(QLatin1String("SSL")) || untrusted.error.contains(QLatin1String("certificate")), qPrintable(untrusted.error));
    const DeliveryResult trusted = deliver(http(m_nginx.plainPort), trusting(m_pki.read(QStringLiteral("ca.pem")), {{QStringLiteral("proxy"), proxy(url)}}));
    QVERIFY2(trusted.ok, qPrintable(trusted.error + squid.accessLog()));
    QVERIFY2(squid.accessLog().contains(QStringLiteral("http://127.0.0.1:%1/documents").arg(m_nginx.plainPort)), qPrintable(squid.accessLog()));
}

void TestConnection::noProxyHostsAndTheEnvironment()
{
    const quint16 dead = freePort(); // nothing listens there
    const QString deadProxy = http(dead);
    QJsonObject bypass = proxy(deadProxy);
    bypass.insert(QStringLiteral("noProxy"), QStringLiteral("localhost, 127.0.0.1"));
    const DeliveryResult direct = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), bypass}});
    QVERIFY2(direct.ok, qPrintable(direct.error));

    const DeliveryResult viaDead = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), proxy(deadProxy)}});
    QVERIFY(!viaDead.ok);
    QVERIFY(viaDead.transient);

    // The system's proxy is the environment's; "none" ignores it.
    qputenv("http_proxy", deadProxy.toUtf8());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    const DeliveryResult system = deliver(http(m_nginx.plainPort), {});
    const DeliveryResult none = deliver(http(m_nginx.plainPort), {{QStringLiteral("proxy"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}}});
    qunsetenv("http_proxy");
    QVERIFY2(!system.ok && system.transient, qPrintable(system.error));
    QVERIFY2(none.ok, qPrintable(none.error));
}

void TestConnection::theTransferTimeoutIsTheWorkflows()
{
    QTcpServer silent; // takes the connection and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
    QElapsedTimer t;
    t.start();
    const DeliveryResult r = deliver(http(silent.serverPort()), {{QStringLiteral("transferTimeout"), 1}});
    QVERIFY(!r.ok);
    QVERIFY(r.transient);
    QVERIFY2(r.error.contains(QLatin1String("timed out")), qPrintable(r.error));
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed()))); // the engine's own is 10 s here
    qDeleteAll(held);
}

void TestConnection::theConnectTimeoutIsTheWorkflows()
{
    // A server whose accept queue is full: the kernel drops the SYNs of a new connection, so
    // it never completes, as with a firewall that drops packets.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(fd, 0) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    std::vector<std::unique_ptr<QTcpSocket>> filling;
    for (int i = 0; i < 3; ++i) { // never accepted
        filling.push_back(std::make_unique<QTcpSocket>());
        filling.back()->connectToHost(QHostAddress::LocalHost, port);
        filling.back()->waitForConnected(300);
    }
    QElapsedTimer t;
    t.start();
    const DeliveryResult r = deliver(http(port), {{QStringLiteral("connectTimeout"), 1}});
    const qint64 elapsed = t.elapsed();
    ::close(fd);
    QVERIFY(!r.ok);
    QVERIFY(r.transient);
    QVERIFY2(r.error.contains(QLatin1String("Failed to connect")) && r.error.contains(QLatin1String("Timeout was reached")), qPrintable(r.error));
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed))); // the engine's own is 10 s here
}

void TestConnection::theTokenRefreshGoesTheWorkflowsWay()
{
    OAuthMockServer oauth{OAuthMockServer::Options{}};
    QVERIFY2(oauth.isRunning(), qPrintable(oauth.error()));
    TinyproxyPeer proxyPeer;
    QString error;
    QVERIFY2(proxyPeer.start(&error, QStringLiteral("scanner"), QStringLiteral("proxy-pass-77")), qPrintable(error));
    const auto workflowWith = [&](const QString &password) {
        QByteArray text = R"({"format": 1, "name": "OAuth behind a proxy", "destination": {
            "url": "BASE/upload", "auth": {"type": "oauth2", "authorizationUrl": "AUTH", "tokenUrl": "TOKEN", "clientId": "scanflow",
                                           "clientSecret": "client-secret-xyz"},
            "steps": [{"kind": "delivery"}]}})";
        text.replace("BASE", http(m_nginx.plainPort).toUtf8()).replace("AUTH", oauth.authorizationUrl().toUtf8()).replace("TOKEN", oauth.tokenUrl().toUtf8());
        QJsonObject w = QJsonDocument::fromJson(text).object();
        QJsonObject d = w.value(QStringLiteral("destination")).toObject();
        d.insert(QStringLiteral("connection"), QJsonObject{{QStringLiteral("proxy"), proxy(http(proxyPeer.port), QStringLiteral("scanner"), password, QStringLiteral("basic"))}});
        w.insert(QStringLiteral("destination"), d);
        return workflowFromJson(w).value();
    };
    const Workflow wrong = workflowWith(QStringLiteral("not-it"));
    OAuthToken expired = oauth.issueToken(QStringLiteral("admin"));
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_h.tokens.saveToken(wrong.key(), {}, expired);
    const DeliveryResult refused = m_h.deliver(wrong, m_file);
    QVERIFY(!refused.ok);
    QVERIFY(oauth.refreshRequests().isEmpty()); // the proxy turned the refresh away
    QVERIFY2(refused.trace.value(0).step == QLatin1String("OAuth 2.0 token refresh"), qPrintable(traceText(refused)));
    QVERIFY(refused.trace.value(0).note.contains(QLatin1String("through proxy")));

    const DeliveryResult r = m_h.deliver(workflowWith(QStringLiteral("proxy-pass-77")), m_file);
    QVERIFY2(r.ok, qPrintable(r.error + traceText(r)));
    QCOMPARE(oauth.refreshRequests().size(), 1);
    QVERIFY(answerOf(r, 0).value(QStringLiteral("via")).toString().contains(QLatin1String("scanflow-test-proxy")));
    const QString text = traceText(r);
    for (const char *secret : {"proxy-pass-77", "client-secret-xyz"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
}

#endif

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
