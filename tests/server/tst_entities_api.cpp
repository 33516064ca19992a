// The print-management groups of the reference (002) with the real server and curl, called as
// its examples call them: account and containers, output and input ports, locations,
// authentication providers, terminal config, scan connectors, documents (upload, list, history
// paging, record, release, download, delete) and the card reader.
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow::test;

class TestEntitiesApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void accountAndContainers();
    void outputAndInputPorts();
    void locationsAreFoundByAddress();
    void authProvidersNeverShowTheirSecrets();
    void terminalConfigForAPrinter();
    void scanConnectors();
    void documentsUploadListReleaseDownloadDelete();
    void historyPagesThroughAWeekAtMost();
    void L4_historyPageTokensCannotBeChanged();
    void cardReleasesEveryReadyDocument();
    void bigUploadsAndDownloadsStreamThroughDisk();

private:
    QString call(const QString &method, const QString &path, const QStringList &args = {}, const QString &key = {})
    {
        return api(m_server, method, path, args, key);
    }
    QString userToken(const QString &user, const QString &password);
    QString upload(const QString &user, const QByteArray &content, const QString &title);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    qint64 m_printer = 0;
};

#ifndef Q_MOC_RUN

namespace {

QStringList form(std::initializer_list<const char *> pairs)
{
    QStringList out;
    for (const char *p : pairs)
        out << QStringLiteral("-d") << QString::fromUtf8(p);
    return out;
}

} // namespace

void TestEntitiesApi::initTestCase()
{
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(!m_server.key.isEmpty(), "the server did not start");
    // SCANFLOW_SERVER_DATABASE (ctest's *_postgres runs): the same suite on PostgreSQL.
    const QString database = qEnvironmentVariableIsSet("SCANFLOW_SERVER_DATABASE") ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    QCOMPARE(object(api(m_server, QStringLiteral("GET"), QStringLiteral("/version"))).value(QStringLiteral("database")).toString(), database);
}

void TestEntitiesApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

QString TestEntitiesApi::userToken(const QString &user, const QString &password)
{
    const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=") + user,
                                 QStringLiteral("-d"), QStringLiteral("password=") + password});
    return QStringLiteral("Authorization: Bearer ") + object(answer).value(QStringLiteral("token")).toString();
}

QString TestEntitiesApi::upload(const QString &user, const QByteArray &content, const QString &title)
{
    const QString file = m_dir.filePath(title);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    f.close();
    // curl -X PUT -F "username=" -F "portname=" -F "title=" -F "data=@;filename=" …/documents
    return call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                {QStringLiteral("-F"), QStringLiteral("username=") + user, QStringLiteral("-F"), QStringLiteral("portname=Follow me"),
                 QStringLiteral("-F"), QStringLiteral("title=") + title, QStringLiteral("-F"),
                 QStringLiteral("data=@%1;filename=%2").arg(file, title)});
}

void TestEntitiesApi::accountAndContainers()
{
    const QJsonObject root = object(call(QStringLiteral("GET"), QStringLiteral("/account")));
    QCOMPARE(root.value(QStringLiteral("domainNames")).toArray().at(0).toString(), QStringLiteral("localhost"));
    QCOMPARE(root.value(QStringLiteral("accountType")).toInt(), 2);
    // HEAD needs no key.
    QCOMPARE(status(curl({QStringLiteral("-I"), m_server.url + QStringLiteral("/api/v1/account")})), 200);

    // curl -X PUT -d "parentdomain=" -d "accountname=" -d "accounttype=" -d "domainname=" -d "domainname=" -d "applicationname=" …
    const QString made = call(QStringLiteral("PUT"), QStringLiteral("/account"),
                              form({"parentdomain=localhost", "accountname=Second floor", "accounttype=3", "domainname=floor2.example.com",
                                    "domainname=f2.example.com", "applicationname=ScanFlow", "trustallclients=false"}));
    QCOMPARE(status(made), 200);
    const qint64 container = object(made).value(QStringLiteral("id")).toInteger();
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/account"),
                          form({"parentdomain=localhost", "accountname=Clash", "accounttype=3", "domainname=F2.example.com", "applicationname=x"}))),
             QStringLiteral("domainname: \"F2.example.com\" belongs to another account"));
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/account"),
                          form({"parentdomain=localhost", "accountname=Bad", "accounttype=3", "domainname=-bad-.com", "applicationname=x"}))),
             QStringLiteral("domainname: \"-bad-.com\" is not a domain name"));
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/account/containers"))).size(), 1);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=floor2.example.com"))).value(QStringLiteral("name")).toString(),
             QStringLiteral("Second floor"));

    // PATCH: -d locale= -d theme= …
    QCOMPARE(status(call(QStringLiteral("PATCH"), QStringLiteral("/account"), form({"locale=cs", "theme=green", "defaultpapersize=A4"}))), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/account"))).value(QStringLiteral("locale")).toString(), QStringLiteral("cs"));
    QCOMPARE(message(call(QStringLiteral("PATCH"), QStringLiteral("/account"), form({"theme=pink"}))),
             QStringLiteral("theme: \"pink\" is not one of blue, orange, purple, red, green, breeze"));

    // curl -X PUT …/account/container/CONTAINER_ID -d domainname= -d containername=
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/account/container/%1").arg(container),
                         form({"domainname=floor2.example.com", "containername=Floor 2"}))), 200);
    const QString child = call(QStringLiteral("PUT"), QStringLiteral("/account"),
                               form({"parentdomain=floor2.example.com", "accountname=Room", "accounttype=3", "domainname=room.example.com", "applicationname=x"}));
    QCOMPARE(status(child), 200);
    QCOMPARE(message(call(QStringLiteral("DELETE"), QStringLiteral("/account/container/%1").arg(container))),
             QStringLiteral("withsubnodes: container %1 is not empty (1 accounts, 0 ports); pass withsubnodes=true").arg(container));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/account/container/%1?withsubnodes=true").arg(container))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=room.example.com"))), 404);
}

void TestEntitiesApi::outputAndInputPorts()
{
    // curl -X POST …/outputports -d domainname= -d portname= -d address= -d porttype= …
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/outputports"),
                              form({"domainname=localhost", "portname=Lobby MFP", "address=10.0.0.50", "porttype=1", "vendor=ricoh",
                                    "deviceserial=RCH-0042", "matchinginputport=true", "sendusername=true", "outputtype=1"}));
    QCOMPARE(status(made), 200);
    m_printer = object(made).value(QStringLiteral("id")).toInteger();
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/outputports"),
                          form({"domainname=localhost", "portname=x", "address=1", "porttype=1", "outputtype=2"}))),
             QStringLiteral("outputtype: 2 is not one of 0, 1, 3, 4, 5"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/outputports"), form({"domainname=nowhere.example", "portname=x", "address=1", "porttype=0"}))),
             QStringLiteral("domainname: no account has the domain \"nowhere.example\""));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/outputports"), form({"domainname=localhost", "address=1", "porttype=0"}))),
             QStringLiteral("portname: the parameter is missing"));
    // The matching input port came with it.
    const QJsonArray inputs = array(call(QStringLiteral("GET"), QStringLiteral("/inputports")));
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.at(0)[QStringLiteral("outputPortId")].toInteger(), m_printer);

    // PATCH changes only what it names; the deprecated PUT with id too.
    QCOMPARE(status(call(QStringLiteral("PATCH"), QStringLiteral("/outputports/%1").arg(m_printer), form({"description=By the stairs"}))), 200);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/outputports"), form({"id=%1"}).replaceInStrings(QStringLiteral("%1"), QString::number(m_printer))
                                                                                   + form({"monochromeprinter=true"}))), 200);
    const QJsonObject port = array(call(QStringLiteral("GET"), QStringLiteral("/outputports?enrichPorts=true"))).at(0).toObject();
    QCOMPARE(port.value(QStringLiteral("description")).toString(), QStringLiteral("By the stairs"));
    QCOMPARE(port.value(QStringLiteral("monochromePrinter")).toBool(), true);
    QCOMPARE(port.value(QStringLiteral("portName")).toString(), QStringLiteral("Lobby MFP"));
    QVERIFY(port.value(QStringLiteral("accountId")).toInteger() > 0);

    // Move within the account tree.
    const QString sub = call(QStringLiteral("PUT"), QStringLiteral("/account"),
                             form({"parentdomain=localhost", "accountname=Annex", "accounttype=3", "domainname=annex.example.com", "applicationname=x"}));
    QCOMPARE(status(sub), 200);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/outputports/%1/move").arg(m_printer),
                         form({"domainname=localhost", "destinationdomainname=annex.example.com"}))), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/outputports"))).at(0)[QStringLiteral("domainName")].toString(),
             QStringLiteral("annex.example.com"));

    // curl -X PUT …/inputports -d domainname= -d portname= -d porttype= -d outputportid= -d locationid=
    const QString queue = call(QStringLiteral("PUT"), QStringLiteral("/inputports"), form({"domainname=localhost", "portname=Follow me", "porttype=0"}));
    QCOMPARE(status(queue), 200);
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/inputports"), form({"domainname=localhost", "portname=x", "porttype=1", "outputportid=4242"}))),
             QStringLiteral("outputportid: no outputport 4242"));
    const QString spare = call(QStringLiteral("POST"), QStringLiteral("/outputports"), form({"domainname=localhost", "portname=Spare", "address=10.0.0.99", "porttype=0"}));
    const qint64 spareId = object(spare).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/outputports/%1").arg(spareId))), 200);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/outputports/%1").arg(spareId))), 404);
}

void TestEntitiesApi::locationsAreFoundByAddress()
{
    // The reference's example body, as a heredoc would send it.
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/locations"),
                              {QStringLiteral("--data-binary"), QStringLiteral(R"({"name":"HQ","identifiers":[{"locationType":2,"stringData":["192.168.1.0/24"]},
                                                                                  {"locationType":4,"stringData":["hq-wifi"]}]})")});
    QCOMPARE(status(made), 200);
    const qint64 hq = object(made).value(QStringLiteral("id")).toInteger();
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/locations?locationtype=2&locationdata=192.168.1.100"))).size(), 1);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/locations?locationtype=2&locationdata=192.168.2.100"))).size(), 0);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/locations?locationtype=4&locationdata=hq-wifi"))).size(), 1);
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/locations"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"name":"x","identifiers":[{"locationType":3,"stringData":["10.0.0.9-10.0.0.1"]}]})")})),
             QStringLiteral("identifiers[0].stringData: \"10.0.0.9-10.0.0.1\" starts after it ends"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/locations"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"name":"x","identifiers":[{"locationType":1,"stringData":["300.1.1.1"]}]})")})),
             QStringLiteral("identifiers[0].stringData: \"300.1.1.1\" is not an IPv4 address"));
    const QString updated = call(QStringLiteral("PUT"), QStringLiteral("/locations/%1").arg(hq),
                                 {QStringLiteral("--data"), QStringLiteral(R"({"name":"Headquarters","identifiers":[{"locationType":3,"stringData":["10.1.0.1-10.1.0.200"]}]})")});
    QCOMPARE(object(updated).value(QStringLiteral("name")).toString(), QStringLiteral("Headquarters"));
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/locations?locationtype=3&locationdata=10.1.0.150"))).size(), 1);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/locations/%1").arg(hq))).value(QStringLiteral("name")).toString(), QStringLiteral("Headquarters"));
    // A port can live there; a location that does not exist cannot be named.
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/inputports"),
                         form({"domainname=localhost", "portname=HQ queue", "porttype=0"}) + QStringList{QStringLiteral("-d"), QStringLiteral("locationid=%1").arg(hq)})), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/inputports?locationids=%1").arg(hq))).size(), 1);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/locations/%1").arg(hq))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/locations/%1").arg(hq))), 404);
}

void TestEntitiesApi::authProvidersNeverShowTheirSecrets()
{
    const qint64 accountId = object(call(QStringLiteral("GET"), QStringLiteral("/account"))).value(QStringLiteral("id")).toInteger();
    // The reference's LDAP example: typeConfiguration is JSON inside a string, with a bind password.
    const QString body = QStringLiteral(R"({"name":"Corporate LDAP","providerType":1,"typeConfiguration":"{\"baseDN\":\"dc=acme,dc=com\",\"address\":\"ldap.acme.com\",\"port\":389,\"ssl\":true,\"userName\":\"cn=reader\",\"password\":\"ldap-bind-secret\"}","accountId":%1,"priority":0,"active":true,"domainNames":["acme.com"],"id":0})").arg(accountId);
    const QString made = call(QStringLiteral("PUT"), QStringLiteral("/authproviders"), {QStringLiteral("-d"), body});
    QCOMPARE(status(made), 200);
    const qint64 id = object(made).value(QStringLiteral("id")).toInteger();
    const QString withKey = call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(accountId));
    const QString withoutKey = call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(accountId), {}, QStringLiteral("none"));
    QCOMPARE(status(withKey), 200);
    QCOMPARE(status(withoutKey), 200);
    QCOMPARE(object(withKey).value(QStringLiteral("providers")).toArray().size(), 2); // Local and LDAP
    QVERIFY(withKey.contains(QLatin1String("ldap.acme.com")));
    QVERIFY2(!withKey.contains(QLatin1String("ldap-bind-secret")) && !withoutKey.contains(QLatin1String("ldap-bind-secret")),
             "the bind password never comes back");
    // M10: without a key, names only; and a setting nobody listed as harmless is sealed.
    QVERIFY2(!withoutKey.contains(QLatin1String("typeConfiguration")) && !withoutKey.contains(QLatin1String("ldap.acme.com")),
             qPrintable(withoutKey));
    QVERIFY(withoutKey.contains(QLatin1String("Corporate LDAP")));
    const QString nested = QStringLiteral(R"({"name":"Nested","providerType":1,"typeConfiguration":{"host":"ldap2.acme.com","ldap":{"bindPassword":"zz-nested"},"apiToken":"tk-123"}})");
    const qint64 nestedId = object(call(QStringLiteral("PUT"), QStringLiteral("/authproviders"), {QStringLiteral("-d"), nested})).value(QStringLiteral("id")).toInteger();
    QVERIFY(nestedId > 0);
    const QString listed = call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(accountId));
    QVERIFY(listed.contains(QLatin1String("ldap2.acme.com")));
    QVERIFY2(!listed.contains(QLatin1String("zz-nested")) && !listed.contains(QLatin1String("tk-123")), qPrintable(listed));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(accountId + 1000), {}, QStringLiteral("none"))),
             QStringLiteral("accountid: %1 is not this server's account").arg(accountId + 1000)); // never naming the right one
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/authproviders/%1").arg(nestedId))), 200);
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/authproviders"), {QStringLiteral("-d"), QStringLiteral(R"({"name":"x","providerType":7})")})),
             QStringLiteral("providerType: must be 0 (local), 1 (LDAP), 2 (Microsoft Entra ID) or 3 (Okta)"));
    QCOMPARE(message(call(QStringLiteral("DELETE"), QStringLiteral("/authproviders/1"))), QStringLiteral("id: the local provider cannot be deleted"));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/authproviders/%1").arg(id))), 200);
}

void TestEntitiesApi::terminalConfigForAPrinter()
{
    QVERIFY(m_printer > 0);
    // curl -X POST …/terminalconfig -d domain= -d name= -d vendor= -d adminuser= -d adminpassword= -d applicationtype= -d devices=
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/terminalconfig"),
                              form({"domain=localhost", "name=Ricoh lobby", "vendor=ricoh", "adminuser=admin", "adminpassword=mfp-admin-pw",
                                    "applicationtype=1"}) + QStringList{QStringLiteral("-d"), QStringLiteral("devices=%1").arg(m_printer)});
    QCOMPARE(status(made), 200);
    // M8: the terminal's admin password goes to a trusted device only, never to a key or a user.
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/terminalconfig?serialnumber=RCH-0042")),
             QStringLiteral(R"x(403 {"errorCode":403,"message":"this call needs a trusted device (Authorization: Bearer <device token>)"})x"));
    const QStringList device{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + registerDevice(m_server, QStringLiteral("Ricoh lobby"))};
    const QString got = call(QStringLiteral("GET"), QStringLiteral("/terminalconfig?serialnumber=RCH-0042"), device);
    QCOMPARE(object(got).value(QStringLiteral("name")).toString(), QStringLiteral("Ricoh lobby"));
    QCOMPARE(object(got).value(QStringLiteral("adminPassword")).toString(), QStringLiteral("mfp-admin-pw")); // for the terminal it configures
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/terminalconfig?serialnumber=NOPE"), device)), 404);
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/terminalconfig"), device)), QStringLiteral("serialnumber: the parameter is missing"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/terminalconfig"), form({"domain=localhost", "name=x", "vendor=ricoh", "devices=777"}))),
             QStringLiteral("devices: no outputport 777"));
}

void TestEntitiesApi::scanConnectors()
{
    // curl -X POST …/scan/connectors --data "{\"name\":\"Connector\", \"connectorType\":\"EMAIL\"}"
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/scan/connectors"),
                              {QStringLiteral("--data"), QStringLiteral(R"({"name":"Connector", "connectorType":"EMAIL"})")});
    QCOMPARE(status(made), 200);
    const qint64 id = object(made).value(QStringLiteral("id")).toInteger();
    QCOMPARE(object(made).value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/scan/connectors/%1").arg(id),
                         {QStringLiteral("--data"), QStringLiteral(R"({"name":"Mail in", "connectorType":"EMAIL"})")})), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/scan/connectors/%1").arg(id))).value(QStringLiteral("name")).toString(), QStringLiteral("Mail in"));
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/scan/connectors"))).size(), 1);
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/scan/connectors"), {QStringLiteral("--data"), QStringLiteral(R"({"name":"x","connectorType":"PIGEON"})")})),
             QStringLiteral("connectorType: \"PIGEON\" is not one of EMAIL, FOLDER, API, FTP, SHAREPOINT, ONEDRIVE, GOOGLEDRIVE, DROPBOX, BOX"));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/scan/connectors/%1").arg(id))), 204);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/scan/connectors/%1").arg(id))), 404);
}

void TestEntitiesApi::documentsUploadListReleaseDownloadDelete()
{
    call(QStringLiteral("PUT"), QStringLiteral("/users"), form({"username=dana", "detailtype=3", "detaildata=pw-dana"}));
    call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","userName":"dana"})")});
    const QByteArray content = "%PDF-1.7\n" + QByteArray(300000, 'x') + "\n%%EOF\n";
    const QString uploaded = upload(QStringLiteral("dana"), content, QStringLiteral("report.pdf"));
    QCOMPARE(status(uploaded), 200);
    const QString uuid = object(uploaded).value(QStringLiteral("uuid")).toString();
    QCOMPARE(object(uploaded).value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(message(upload(QStringLiteral("nobody"), "x", QStringLiteral("x.pdf"))), QStringLiteral("username: no user \"nobody\""));

    // The owner lists, downloads and releases without advanced permissions on her key.
    const QString terminal = api(m_server, QStringLiteral("POST"), QStringLiteral("/apikeys"),
                                 {QStringLiteral("--data"), QStringLiteral(R"({"name":"kiosk","allowUntrustedEndpoints":true})")});
    const QString kiosk = object(terminal).value(QStringLiteral("key")).toString();
    const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"), form({"authtype=0", "userid=dana", "password=pw-dana"}), kiosk);
    const QString bearer = QStringLiteral("Authorization: Bearer ") + object(login).value(QStringLiteral("token")).toString();
    const QJsonArray mine = array(call(QStringLiteral("GET"), QStringLiteral("/documents"), {QStringLiteral("-H"), bearer}, kiosk));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0)[QStringLiteral("documentName")].toString(), QStringLiteral("report.pdf"));
    const QString saved = m_dir.filePath(QStringLiteral("downloaded.pdf"));
    const QString download = curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + kiosk, QStringLiteral("-H"), bearer, QStringLiteral("-o"), saved,
                                   m_server.url + QStringLiteral("/api/v1/documents/%1.content?retain=true").arg(uuid)});
    QCOMPARE(download.left(3), QStringLiteral("200"));
    QFile got(saved);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), content);

    // "Content-type application/x-www-form-urlencoded has to be specified"
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/documents/%1/10.0.0.50").arg(uuid), {QStringLiteral("-H"), bearer}, kiosk)),
             QStringLiteral("Content-Type: application/x-www-form-urlencoded is required, even without parameters"));
    const QString released = call(QStringLiteral("POST"), QStringLiteral("/documents/%1/RCH-0042").arg(uuid),
                                  {QStringLiteral("-H"), bearer, QStringLiteral("-d"), QStringLiteral("copies=2")}, kiosk);
    QCOMPARE(status(released), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents?status=1"), {QStringLiteral("-H"), bearer}, kiosk)).at(0)[QStringLiteral("copies")].toInt(), 2);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents"), {QStringLiteral("-H"), bearer}, kiosk)).size(), 0);

    // Someone else's document needs advanced permissions.
    const QString other = upload(QStringLiteral("admin"), "%PDF admin", QStringLiteral("admin.pdf"));
    const QString otherUuid = object(other).value(QStringLiteral("uuid")).toString();
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/documents/%1").arg(otherUuid), {QStringLiteral("-H"), bearer}, kiosk)), 403);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/documents/%1").arg(otherUuid))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents/%1.content").arg(otherUuid))), 404);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("data/documents/")) + otherUuid));
}

void TestEntitiesApi::historyPagesThroughAWeekAtMost()
{
    // 250 jobs recorded over the last hours, the reference's POST /documents/history.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 250; ++i) {
        const QString at = now.addSecs(-60 * (i + 1)).toOffsetFromUtc(3600).toString(Qt::ISODate);
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                                    form({"jobtype=SCAN", "username=dana", "totalpages=3"}) + QStringList{QStringLiteral("--data-urlencode"), QStringLiteral("datetime=") + at});
        QCOMPARE(status(answer), 200);
    }
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        const QString answer = call(QStringLiteral("GET"), token.isEmpty() ? QStringLiteral("/documents/history?jobtype=SCAN&username=dana&maxrecords=100")
                                                                            : QStringLiteral("/documents/history?pagetoken=") + token);
        QCOMPARE(status(answer), 200);
        QCOMPARE(object(answer).value(QStringLiteral("recordsOnPage")).toInt(), pages < 2 ? 100 : 50);
        for (const QJsonValue &d : object(answer).value(QStringLiteral("documents")).toArray())
            seen.insert(d[QStringLiteral("uuid")].toString());
        token = object(answer).value(QStringLiteral("nextPageToken")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 250);
    // Written straight from the rows (JsonWriter): what JSON must escape, and what is not ASCII,
    // comes back as it was recorded.
    const QString title = QStringLiteral("\"Q3\" \\ report\ttab\u0001 Zürich \U0001F4C4 </script>");
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                         form({"jobtype=FAX", "username=dana"}) + QStringList{QStringLiteral("--data-urlencode"), QStringLiteral("title=") + title})), 200);
    const QJsonArray faxed = object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?username=dana&jobtype=FAX")))
                                .value(QStringLiteral("documents")).toArray();
    QCOMPARE(faxed.size(), 1);
    QCOMPARE(faxed.at(0)[QStringLiteral("documentName")].toString(), title);
    QCOMPARE(faxed.at(0)[QStringLiteral("jobType")].toString(), QStringLiteral("FAX"));
    QCOMPARE(faxed.at(0)[QStringLiteral("tags")].toArray(), QJsonArray());
    QCOMPARE(faxed.at(0)[QStringLiteral("grayscale")].toBool(true), false);

    const QString tooLong = call(QStringLiteral("GET"), QStringLiteral("/documents/history?datestart=2021-09-01T00:00:00.000Z&dateend=2021-09-10T16:38:10.972Z"));
    QCOMPARE(tooLong, QStringLiteral(R"(400 {"errorCode":400,"message":"dateend: the timeframe may be one week at most"})"));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/documents/history?maxrecords=5000"))), QStringLiteral("maxrecords: 5000 is not between 1 and 2000"));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/documents/history?pagetoken=junk"))),
             QStringLiteral("pagetoken: \"junk\" is not a page token from this server"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/documents/history"), form({"jobtype=TELEX"}))),
             QStringLiteral("jobtype: \"TELEX\" is not PRINT, COPY, SCAN or FAX"));
}

void TestEntitiesApi::L4_historyPageTokensCannotBeChanged()
{
    const QString first = call(QStringLiteral("GET"), QStringLiteral("/documents/history?jobtype=SCAN&username=dana&maxrecords=10"));
    const QString token = object(first).value(QStringLiteral("nextPageToken")).toString();
    QVERIFY2(token.contains(u'.'), qPrintable(first));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents/history?pagetoken=") + token)), 200);
    // The scope widened to ten years and 2^31-1 rows, signature kept: refused.
    QJsonObject scope = QJsonDocument::fromJson(QByteArray::fromBase64(token.section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding)).object();
    QVERIFY(scope.contains(QStringLiteral("from")));
    scope.insert(QStringLiteral("from"), 0);
    scope.insert(QStringLiteral("max"), 2147483647);
    const QString forged = QString::fromLatin1(QJsonDocument(scope).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + u'.' + token.section(u'.', 1);
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/documents/history?pagetoken=") + forged)),
             QStringLiteral("pagetoken: \"%1\" is not a page token from this server").arg(forged));
    // The old unsigned form the review showed is no token at all.
    const QString unsigned_ = QString::fromLatin1(QByteArray(R"({"after":[-1,0],"max":2147483647,"from":0,"to":9999999999999})").toBase64(QByteArray::Base64UrlEncoding));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents/history?pagetoken=") + unsigned_)), 400);
}

void TestEntitiesApi::cardReleasesEveryReadyDocument()
{
    call(QStringLiteral("POST"), QStringLiteral("/users/dana/cards"), form({"cardid=CARD-DANA"}));
    QCOMPARE(status(upload(QStringLiteral("dana"), "%PDF one", QStringLiteral("one.pdf"))), 200);
    QCOMPARE(status(upload(QStringLiteral("dana"), "%PDF two", QStringLiteral("two.pdf"))), 200);
    // curl -X GET …/card/?cd=&Mac= — the card reader is a trusted device (L2: no signed-in user
    // releases another's jobs).
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/card?cd=CARD-DANA&Mac=10.0.0.50"))), 403);
    const QStringList reader{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + registerDevice(m_server, QStringLiteral("card reader"))};
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/card?cd=CARD-DANA&Mac=10.0.0.50"), reader),
             QStringLiteral(R"(200 {"errorCode":0,"message":"2 documents released"})"));
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/card?cd=CARD-DANA&Mac=10.0.0.50"), reader),
             QStringLiteral(R"(200 {"errorCode":0,"message":"0 documents released"})"));
    // One answer for an unknown card and an unknown reader: no card-id oracle.
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/card?cd=NOPE&Mac=10.0.0.50"), reader)),
             QStringLiteral("cd, Mac: no registered card at a known card reader"));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/card?cd=CARD-DANA&Mac=10.9.9.9"), reader)),
             QStringLiteral("cd, Mac: no registered card at a known card reader"));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/card?cd=CARD-DANA"), reader)), QStringLiteral("Mac: the card reader address is missing"));
}

void TestEntitiesApi::bigUploadsAndDownloadsStreamThroughDisk()
{
    // 150 MB up (multipart, as the reference's example) and down again: the server's peak
    // resident memory stays far below the file's size in both directions.
    const QString big = m_dir.filePath(QStringLiteral("big.pdf"));
    QCryptographicHash sent(QCryptographicHash::Sha256);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 150; ++i) {
            for (qsizetype j = 0; j < block.size(); j += 4)
                *reinterpret_cast<quint32 *>(block.data() + j) = quint32(i * 7919 + j);
            f.write(block);
            sent.addData(block);
        }
    }
    // Earlier tests hashed passwords (Argon2id takes 64 MiB): start the peak afresh.
    const QString proc = QStringLiteral("/proc/%1/").arg(m_server.process->processId());
    QFile clear(proc + QStringLiteral("clear_refs"));
    QVERIFY(clear.open(QIODevice::WriteOnly));
    clear.write("5");
    clear.close();
    // What the server writes, from the kernel's count of its write() calls: the file part
    // goes into its own file as it arrives, once, not to a body file and then out of it.
    const auto written = [&proc] {
        QFile io(proc + QStringLiteral("io"));
        if (!io.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("wchar:"))
                return line.mid(6).trimmed().toLongLong();
        }
        return qint64(-1);
    };
    const qint64 writtenBefore = written();
    const QString uploaded = call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                                  {QStringLiteral("-F"), QStringLiteral("username=dana"), QStringLiteral("-F"), QStringLiteral("portname=Follow me"),
                                   QStringLiteral("-F"), QStringLiteral("title=big.pdf"), QStringLiteral("-F"), QStringLiteral("data=@") + big});
    QCOMPARE(status(uploaded), 200);
    const qint64 writtenByUpload = written() - writtenBefore;
    qInfo("the server wrote %lld MiB for a 150 MiB upload", writtenByUpload / (1024 * 1024));
    QVERIFY2(writtenBefore >= 0 && writtenByUpload < qint64(160) * 1024 * 1024, qPrintable(QString::number(writtenByUpload)));
    const QString uuid = object(uploaded).value(QStringLiteral("uuid")).toString();
    const QString back = m_dir.filePath(QStringLiteral("back.pdf"));
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_server.key, QStringLiteral("-o"), back,
                   m_server.url + QStringLiteral("/api/v1/documents/%1.content").arg(uuid)}).left(3), QStringLiteral("200"));
    QFile got(back);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.size(), qint64(150) * 1024 * 1024);
    QCryptographicHash received(QCryptographicHash::Sha256);
    received.addData(&got);
    QCOMPARE(received.result(), sent.result());

    QFile statusFile(proc + QStringLiteral("status"));
    QVERIFY(statusFile.open(QIODevice::ReadOnly));
    qint64 peakKiB = 0;
    for (const QByteArray &line : statusFile.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            peakKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    qInfo("server peak RSS after a 150 MB upload and download: %lld MiB", peakKiB / 1024);
#ifndef __SANITIZE_ADDRESS__ // AddressSanitizer keeps freed memory in quarantine: its RSS says nothing here
    QVERIFY2(peakKiB > 0 && peakKiB < 64 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peakKiB)));
#endif

    // A big form cut off before its closing delimiter: split as it arrived, so the 400 names
    // what is wrong and the part file written so far is gone.
    const QString cut = m_dir.filePath(QStringLiteral("cut.body"));
    {
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("--cut\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\ncut.pdf\r\n"
                "--cut\r\nContent-Disposition: form-data; name=\"data\"; filename=\"cut.pdf\"\r\n\r\n");
        f.write(QByteArray(3 * 1024 * 1024, 'c'));
    }
    const QString cutOff = call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                                {QStringLiteral("-H"), QStringLiteral("Content-Type: multipart/form-data; boundary=cut"),
                                 QStringLiteral("--data-binary"), u'@' + cut});
    QCOMPARE(status(cutOff), 400);
    QVERIFY2(message(cutOff).startsWith(QLatin1String("the multipart/form-data body cannot be read: ")), qPrintable(cutOff));
    QVERIFY2(QDir(m_dir.filePath(QStringLiteral("data/tmp"))).entryList(QDir::Files).isEmpty(), "no part of the cut form is left behind");

    // Over 200 MB: refused from the Content-Length, before any of it is read.
    const QString tooBig = call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                                {QStringLiteral("-H"), QStringLiteral("Content-Type: multipart/form-data; boundary=x"),
                                 QStringLiteral("-H"), QStringLiteral("Content-Length: 300000000"), QStringLiteral("--data-binary"), QStringLiteral("x")});
    QCOMPARE(status(tooBig), 413);
    QVERIFY2(message(tooBig).startsWith(QLatin1String("the request body has 300000000 bytes; at most")), qPrintable(tooBig));
    // Elsewhere the limit is 8 MiB.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/locations"),
                         {QStringLiteral("-H"), QStringLiteral("Content-Length: 9000000"), QStringLiteral("--data-binary"), QStringLiteral("x")})), 413);
    QVERIFY2(QDir(m_dir.filePath(QStringLiteral("data/tmp"))).entryList(QDir::Files).isEmpty(), "no spooled body is left behind");
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEntitiesApi)
#include "tst_entities_api.moc"
