// HTTPS with the server's own certificate chain, made on its first TLS start and kept across
// restarts, verified by real curl against the root the API hands out; a P12 chain imported
// with the reference's curl example replaces it at once; CA certificates in PEM and DER;
// plain HTTP refused off loopback.
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow::test;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theServersOwnChainVerifies();
    void theChainSurvivesARestart();
    void anImportedP12ChainIsServedAtOnce();
    void caCertificatesInPemAndDer();
    void aCreatedChainIsListedWithItsRoot();
    void plainHttpOnlyOnLoopback();

private:
    QStringList serveArgs() const;
    QString secure(const QStringList &args, const QString &path, const QString &caFile);
    bool openssl(const QStringList &args);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_key;
    QString m_rootSerial;
};

#ifndef Q_MOC_RUN

QStringList TestTls::serveArgs() const
{
    return {QStringLiteral("--tls"), QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))};
}

bool TestTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

QString TestTls::secure(const QStringList &args, const QString &path, const QString &caFile)
{
    return curl(QStringList{QStringLiteral("--cacert"), caFile, QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_key} + args
                + QStringList{m_server.url + QStringLiteral("/api/v1") + path});
}

void TestTls::initTestCase()
{
    m_server = ServerProcess::start(serveArgs());
    QVERIFY2(m_server.url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(m_server.url));
    m_key = m_server.key;
    QVERIFY(!m_key.isEmpty());
}

void TestTls::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

void TestTls::theServersOwnChainVerifies()
{
    // Without trusting anything, curl refuses; with -k it gets the root authority.
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_key, m_server.url + QStringLiteral("/api/v1/version")}).left(3),
             QStringLiteral("000"));
    const QString roots = curl({QStringLiteral("-k"), QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_key,
                                m_server.url + QStringLiteral("/api/v1/certificate/root")});
    QCOMPARE(status(roots), 200);
    const QJsonObject root = array(roots).at(0).toObject();
    QCOMPARE(root.value(QStringLiteral("subject")).toString(), QStringLiteral("ScanFlow Root CA"));
    m_rootSerial = root.value(QStringLiteral("serial")).toString();
    QVERIFY(!m_rootSerial.isEmpty());
    // "body (public part of the certificate encoded as base64 DER)"
    QFile der(m_dir.filePath(QStringLiteral("root.der")));
    QVERIFY(der.open(QIODevice::WriteOnly));
    der.write(QByteArray::fromBase64(root.value(QStringLiteral("body")).toString().toLatin1()));
    der.close();
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("der"), QStringLiteral("-in"), QStringLiteral("root.der"),
                     QStringLiteral("-out"), QStringLiteral("root.pem")}));
    const QString ca = m_dir.filePath(QStringLiteral("root.pem"));
    QCOMPARE(status(secure({}, QStringLiteral("/version"), ca)), 200);
    // The certificate names localhost too.
    QCOMPARE(status(curl({QStringLiteral("--cacert"), ca, QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_key,
                          QString(m_server.url).replace(QLatin1String("127.0.0.1"), QLatin1String("localhost")) + QStringLiteral("/api/v1/version")})), 200);
    const QJsonArray chains = array(secure({}, QStringLiteral("/certificate/chain"), ca));
    QCOMPARE(chains.size(), 1);
    QCOMPARE(chains.at(0)[QStringLiteral("issuer")].toString(), QStringLiteral("ScanFlow Root CA"));
    QVERIFY2(!secure({}, QStringLiteral("/certificate/chain"), ca).contains(QLatin1String("PRIVATE KEY")), "the key never comes out");
}

void TestTls::theChainSurvivesARestart()
{
    QCOMPARE(m_server.stop(), 0);
    m_server = ServerProcess::start(serveArgs());
    QVERIFY(m_server.url.startsWith(QLatin1String("https://")));
    const QString roots = secure({}, QStringLiteral("/certificate/root"), m_dir.filePath(QStringLiteral("root.pem")));
    QCOMPARE(status(roots), 200); // the same root still verifies it
    QCOMPARE(array(roots).size(), 1);
    QCOMPARE(array(roots).at(0)[QStringLiteral("serial")].toString(), m_rootSerial);
}

void TestTls::anImportedP12ChainIsServedAtOnce()
{
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("own.key"), QStringLiteral("-out"), QStringLiteral("own.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-subj"), QStringLiteral("/O=Acme/CN=scan.acme.test"),
                     QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")}));
    QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("own.pem"), QStringLiteral("-inkey"),
                     QStringLiteral("own.key"), QStringLiteral("-out"), QStringLiteral("chain.p12"), QStringLiteral("-passout"), QStringLiteral("pass:changeit")}));
    const QString rootCa = m_dir.filePath(QStringLiteral("root.pem"));
    const QString wrong = secure({QStringLiteral("-F"), QStringLiteral("data=@") + m_dir.filePath(QStringLiteral("chain.p12")),
                                  QStringLiteral("-F"), QStringLiteral("password=nope")}, QStringLiteral("/certificate/chain"), rootCa);
    QCOMPARE(message(wrong), QStringLiteral("data: not a P12/PFX keystore, or the password is wrong"));
    // curl -X POST -F data="@chain.p12" -F password=changeit …/certificate/chain
    const QString imported = secure({QStringLiteral("-F"), QStringLiteral("data=@") + m_dir.filePath(QStringLiteral("chain.p12")),
                                     QStringLiteral("-F"), QStringLiteral("password=changeit")}, QStringLiteral("/certificate/chain"), rootCa);
    QCOMPARE(status(imported), 200);
    const QString alias = array(imported).at(0)[QStringLiteral("alias")].toString();
    // New connections get the imported certificate: verified by it, no longer by the old root.
    const QString own = m_dir.filePath(QStringLiteral("own.pem"));
    QCOMPARE(status(secure({}, QStringLiteral("/version"), own)), 200);
    QCOMPARE(secure({}, QStringLiteral("/version"), rootCa).left(3), QStringLiteral("000"));
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/chain?subject=acme"), own)).size(), 1);
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/chain?alias=") + alias, own)).size(), 1);
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/chain?expiresin=60"), own)).size(), 1); // the 30-day one
    // The made chain is no longer served, so it may go; the reference's error code for a miss.
    const QString missing = secure({QStringLiteral("-X"), QStringLiteral("DELETE")}, QStringLiteral("/certificate/chain/nope"), own);
    QCOMPARE(status(missing), 404);
    QCOMPARE(object(missing).value(QStringLiteral("errorCode")).toInt(), 1131);
}

void TestTls::aCreatedChainIsListedWithItsRoot()
{
    const QString own = m_dir.filePath(QStringLiteral("own.pem"));
    const QString made = secure({QStringLiteral("-d"), QStringLiteral("hostnames=scan.example.com, 10.0.0.7"), QStringLiteral("-d"),
                                 QStringLiteral("organisation=Acme Print"), QStringLiteral("-d"), QStringLiteral("validdays=90")},
                                QStringLiteral("/certificate/chain/create"), own);
    QCOMPARE(status(made), 200);
    const QJsonObject chain = array(made).at(0).toObject();
    QCOMPARE(chain.value(QStringLiteral("subject")).toString(), QStringLiteral("scan.example.com"));
    QCOMPARE(chain.value(QStringLiteral("issuer")).toString(), QStringLiteral("Acme Print Root CA"));
    const QDateTime notAfter = QDateTime::fromString(chain.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(notAfter) - 90) <= 1);
    // Its root is among the roots; the imported chain still serves HTTPS (imported chains win).
    const QJsonArray roots = array(secure({}, QStringLiteral("/certificate/root"), own));
    QCOMPARE(roots.size(), 2);
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/chain?issuer=Acme%20Print"), own)).size(), 1);
    QCOMPARE(message(secure({QStringLiteral("-d"), QStringLiteral("hostnames=a b")}, QStringLiteral("/certificate/chain/create"), own)),
             QStringLiteral("hostnames: \"a b\" is neither a host name nor an IP address"));
    QCOMPARE(message(secure({QStringLiteral("-d"), QStringLiteral("hostnames=x.test"), QStringLiteral("-d"), QStringLiteral("validdays=0")},
                            QStringLiteral("/certificate/chain/create"), own)),
             QStringLiteral("validdays: 0 is not between 1 and 3650"));
}

void TestTls::caCertificatesInPemAndDer()
{
    const QString own = m_dir.filePath(QStringLiteral("own.pem"));
    // curl -X POST -H Content-Type:application/octet-stream --data-binary "@cacert.pem" …/certificate/ca
    const QString pem = secure({QStringLiteral("-H"), QStringLiteral("Content-Type: application/octet-stream"), QStringLiteral("--data-binary"),
                                QStringLiteral("@") + m_dir.filePath(QStringLiteral("root.pem"))}, QStringLiteral("/certificate/ca"), own);
    QCOMPARE(status(pem), 200);
    QVERIFY(object(pem).value(QStringLiteral("alias")).toString().startsWith(QLatin1String("imported-")));
    const QString der = secure({QStringLiteral("-H"), QStringLiteral("Content-Type: application/octet-stream"), QStringLiteral("--data-binary"),
                                QStringLiteral("@") + m_dir.filePath(QStringLiteral("root.der"))}, QStringLiteral("/certificate/ca"), own);
    QCOMPARE(status(der), 200);
    QCOMPARE(object(der).value(QStringLiteral("serial")).toString(), m_rootSerial);
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/ca?serial=") + m_rootSerial, own)).size(), 2);
    QCOMPARE(message(secure({QStringLiteral("--data-binary"), QStringLiteral("not a certificate")}, QStringLiteral("/certificate/ca"), own)),
             QStringLiteral("the body is neither a PEM nor a DER certificate"));
    const QString alias = object(pem).value(QStringLiteral("alias")).toString();
    QCOMPARE(status(secure({QStringLiteral("-X"), QStringLiteral("DELETE")}, QStringLiteral("/certificate/ca/") + alias, own)), 200);
    QCOMPARE(object(secure({QStringLiteral("-X"), QStringLiteral("DELETE")}, QStringLiteral("/certificate/ca/") + alias, own))
                 .value(QStringLiteral("errorCode")).toInt(), 1130);
    QCOMPARE(array(secure({}, QStringLiteral("/certificate/ca"), own)).size(), 1);
}

void TestTls::plainHttpOnlyOnLoopback()
{
    QFile config(m_dir.filePath(QStringLiteral("plain.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"tls": false})");
    config.close();
    QProcess p;
    p.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"),
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--data"), m_dir.filePath(QStringLiteral("other")), QStringLiteral("--config"), config.fileName()});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()).trimmed(),
             QStringLiteral("scanflowd serve: tls: plain HTTP is allowed on loopback only, and 0.0.0.0 is not loopback"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
