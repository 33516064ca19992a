// The reference's behaviour (../shared/reviews/reference-001.md, reference-002.md) against a
// real scanflowd over HTTP: one test per finding, named after it, asserting on the bytes a
// target received and on the answers the API gave.
#include "DeliveryHarness.h"
#include "ServerProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;

class TestReferenceApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void Z2_theUsersEmailReachesTheTarget();
    void Z2_throughTheInboxAndTheCommandLineToo();
    // reference-002, the permission table
    void row19_21_putOutputPortsCreatesWithCreateAndUpdatesWithModify();
    void row24_25_putInputPortsCreatesWithCreateAndUpdatesWithModify();
    void row32_aPinNeedsGenerateOTP();
    void row12_recordingAJobNeedsAUserOrATrustedDevice();
    void row10_15_16_insecureKeysCannotListReleaseOrDownload();
    // reference-002, the partly rows
    void row5_patchAccountSetsItsDomainNames();
    void row8_deletingAContainerWithSubnodesRemovesTheSubtree();
    void row11_historyFiltersByDomainName();
    void row16_downloadHonoursRetainAndNamesWhatItCannotApply();
    void row17_26_portsForAUser();
    void row32_anAliasNamesItsProvider();
    void row42_accessControlsDefinedAtTheParent();
    void row67_68_aWorkflowOfANameAndAConnectorIsADraft();
    void row23_anOutputPortStaysWhileAnInputPortMapsToIt();
    void row40_41_providersBelongToTheRootAccountAndTakeTheirAccessControls();
    // found by the parameter sweep (tests/server/parameter_sweep.py)
    void sweep_aLongFileNameIsDeliveredAsItCame();

private:
    QString call(const QString &method, const QString &path, const QStringList &args = {}, const QString &key = {})
    {
        return api(m_server, method, path, args, key);
    }
    QString makeKey(const QJsonObject &settings)
    {
        const QString made = call(QStringLiteral("POST"), QStringLiteral("/apikeys"),
                                  {QStringLiteral("--data"), QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))});
        return object(made).value(QStringLiteral("key")).toString();
    }
    // An advanced key holding exactly these permissions.
    QString keyWith(const QStringList &permissions)
    {
        return makeKey({{QStringLiteral("name"), permissions.join(u'+')}, {QStringLiteral("advancedPermissions"), true},
                        {QStringLiteral("allowUnauthenticated"), true}, {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
    }
    enum class Role { Users, None };
    void makeUser(const QString &name, Role role = Role::Users, const QStringList &more = {})
    {
        const QString made = call(QStringLiteral("PUT"), QStringLiteral("/users"),
                                  formFields({QStringLiteral("username=") + name, QStringLiteral("detailtype=3"), QStringLiteral("detaildata=pw-") + name}) + more);
        QVERIFY2(status(made) == 200, qPrintable(made));
        if (role == Role::None)
            return;
        // The Users role: their own documents (ViewJob, ReleaseJob, …).
        QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","userName":"%1"})").arg(name)})), 200);
    }
    QStringList tokenOf(const QString &user)
    {
        const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                   formFields({QStringLiteral("authtype=0"), QStringLiteral("userid=") + user, QStringLiteral("password=pw-") + user}));
        return {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(login).value(QStringLiteral("token")).toString()};
    }
    qint64 outputPort(const QString &domain, const QString &name, const QString &address)
    {
        const QString made = call(QStringLiteral("POST"), QStringLiteral("/outputports"),
                                  formFields({QStringLiteral("domainname=") + domain, QStringLiteral("portname=") + name,
                                              QStringLiteral("address=") + address, QStringLiteral("porttype=0")}));
        return object(made).value(QStringLiteral("id")).toInteger();
    }
    qint64 account(const QString &parent, const QString &name, const QString &domain, int type = 3)
    {
        const QString made = call(QStringLiteral("PUT"), QStringLiteral("/account"),
                                  formFields({QStringLiteral("parentdomain=") + parent, QStringLiteral("accountname=") + name,
                                              QStringLiteral("accounttype=%1").arg(type), QStringLiteral("domainname=") + domain,
                                              QStringLiteral("applicationname=ScanFlow")}));
        return object(made).value(QStringLiteral("id")).toInteger();
    }
    // A document uploaded for `user` to an input port of `domain` (made once per domain).
    QString upload(const QString &user, const QString &domain, const QByteArray &content)
    {
        const QString port = QStringLiteral("Queue ") + domain;
        call(QStringLiteral("PUT"), QStringLiteral("/inputports"),
             formFields({QStringLiteral("domainname=") + domain, QStringLiteral("portname=") + port, QStringLiteral("porttype=0")}));
        const QString made = call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                                  {QStringLiteral("-F"), QStringLiteral("username=") + user, QStringLiteral("-F"), QStringLiteral("portname=") + port,
                                   QStringLiteral("-F"), QStringLiteral("title=doc.pdf"),
                                   QStringLiteral("-F"), QStringLiteral("data=@") + m_h.file(QStringLiteral("up.pdf"), content)});
        return object(made).value(QStringLiteral("uuid")).toString();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    DeliveryHarness m_h; // its target, and the scan files
    target::HttpTarget &m_target = m_h.target;
};

void TestReferenceApi::initTestCase()
{
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
}

void TestReferenceApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

void TestReferenceApi::Z2_theUsersEmailReachesTheTarget()
{
    // [user_email] and the metadata's e-mail come from the user's record in a server delivery.
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"),
                         {QStringLiteral("-d"), QStringLiteral("username=zoe"), QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                          QStringLiteral("--data-urlencode"), QStringLiteral("detaildata=pw-zoe"), QStringLiteral("-d"), QStringLiteral("detailtype=1"),
                          QStringLiteral("-d"), QStringLiteral("detaildata=zoe@example.com")})), 200);
    const QByteArray wf = R"({"name":"Z2 e-mail","destination":{"url":"{T}/z2","steps":[{"kind":"delivery","params":[
        {"key":"mail","value":"user_email","type":"system","location":"form"}]}],
        "metadata":{"enabled":true,"format":"json","inFormField":true,"formFieldName":"meta"}}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(wf, m_target.baseUrl()))});
    const qint64 id = object(created).value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, qPrintable(created));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","userName":"zoe"})")})), 200);
    const qint64 uid = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=zoe"))).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(uid)})), 200);
    const QString token = object(call(QStringLiteral("POST"), QStringLiteral("/login"),
                                      {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=zoe"),
                                       QStringLiteral("--data-urlencode"), QStringLiteral("password=pw-zoe")}))
                              .value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const QStringList zoe{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
    m_target.clear();
    const QString queued = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                zoe + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + m_h.file(QStringLiteral("z2.pdf"), "%PDF-1.4 z2")});
    QVERIFY2(status(queued) < 300, qPrintable(queued));
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    const QList<target::MultipartPart> parts = partsOf(m_target.requests().first());
    QByteArray mail, meta;
    for (const target::MultipartPart &p : parts) {
        if (p.name == "mail")
            mail = p.body;
        if (p.name == "meta")
            meta = p.body;
    }
    QCOMPARE(mail, QByteArray("zoe@example.com"));
    QVERIFY2(meta.contains("zoe@example.com"), meta.constData());
}

void TestReferenceApi::Z2_throughTheInboxAndTheCommandLineToo()
{
    const QByteArray wf = R"({"format":1,"name":"Z2 inbox","destination":{"url":"{T}/z2in","steps":[{"kind":"delivery","params":[
        {"key":"mail","value":"user_email","type":"system","location":"form"}]}]}})";
    const auto mailOf = [&](const target::RecordedRequest &r) {
        for (const target::MultipartPart &p : partsOf(r)) {
            if (p.name == "mail")
                return p.body;
        }
        return QByteArray("(no mail part)");
    };
    // The inbox, trusted to name users in a sidecar: the user's record gives the e-mail.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("scanflowd.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"inboxTrustsUsers": true, "queue": {"pollMs": 100, "inboxSettleMs": 200}})");
    config.close();
    ServerProcess inboxServer = ServerProcess::start({QStringLiteral("--config"), config.fileName(), QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                                      QStringLiteral("--secrets-key-file"), dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY(!inboxServer.url.isEmpty());
    QCOMPARE(status(api(inboxServer, QStringLiteral("PUT"), QStringLiteral("/users"),
                        formFields({QStringLiteral("username=ivy"), QStringLiteral("detailtype=1"), QStringLiteral("detaildata=ivy@example.com")}))), 200);
    const qint64 id = object(api(inboxServer, QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(wf, m_target.baseUrl()))})).value(QStringLiteral("id")).toInteger();
    const qint64 ivy = object(api(inboxServer, QStringLiteral("GET"), QStringLiteral("/users?username=ivy"))).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(api(inboxServer, QStringLiteral("POST"), QStringLiteral("/scan/access"),
                        {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(ivy)})), 200);
    const QString folder = dir.filePath(QStringLiteral("data/inbox/Z2 inbox"));
    QVERIFY(QDir().mkpath(folder));
    QFile sidecar(folder + QStringLiteral("/ivy.pdf.json"));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(R"({"user":"ivy"})");
    sidecar.close();
    m_target.clear();
    QVERIFY(QFile::copy(m_h.file(QStringLiteral("ivy.pdf"), "%PDF ivy"), folder + QStringLiteral("/ivy.pdf")));
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 15000));
    QCOMPARE(mailOf(m_target.requests().first()), QByteArray("ivy@example.com"));
    QCOMPARE(inboxServer.stop(), 0);

    // The command line: the e-mail of the users file's entry.
    const QString workflowFile = m_h.file(QStringLiteral("z2.json"), withTarget(wf, m_target.baseUrl()));
    const QString users = m_h.file(QStringLiteral("users.json"), R"({"cleo": {"email": "cleo@example.com"}})");
    m_target.clear();
    QProcess cli;
    cli.start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"),
              {QStringLiteral("deliver"), QStringLiteral("--workflow"), workflowFile, QStringLiteral("--users"), users,
               QStringLiteral("--user"), QStringLiteral("cleo"), m_h.file(QStringLiteral("cleo.pdf"), "%PDF cleo")});
    // (The target answers on this thread: wait with its event loop running.)
    QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 20000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(mailOf(m_target.requests().first()), QByteArray("cleo@example.com"));
}

void TestReferenceApi::row19_21_putOutputPortsCreatesWithCreateAndUpdatesWithModify()
{
    // The reference: create (no id) View+CreateOutputPort; update (id) View+ModifyOutputPort.
    const QString creator = keyWith({QStringLiteral("ViewOutputPort"), QStringLiteral("CreateOutputPort")});
    const QString modifier = keyWith({QStringLiteral("ViewOutputPort"), QStringLiteral("ModifyOutputPort")});
    const QStringList port = formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=P19"),
                                         QStringLiteral("address=10.0.19.1"), QStringLiteral("porttype=0")});
    const QString created = call(QStringLiteral("PUT"), QStringLiteral("/outputports"), port, creator);
    QVERIFY2(status(created) == 200, qPrintable(created));
    const QString id = QString::number(object(created).value(QStringLiteral("id")).toInteger());
    const QStringList update = formFields({QStringLiteral("id=") + id, QStringLiteral("description=By the door")});
    const QString refused = call(QStringLiteral("PUT"), QStringLiteral("/outputports"), update, creator);
    QCOMPARE(status(refused), 403);
    QVERIFY2(message(refused).contains(QLatin1String("ModifyOutputPort")), qPrintable(refused));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/outputports"), update, modifier)), 200);
    const QString noCreate = call(QStringLiteral("PUT"), QStringLiteral("/outputports"), port, modifier);
    QCOMPARE(status(noCreate), 403);
    QVERIFY2(message(noCreate).contains(QLatin1String("CreateOutputPort")), qPrintable(noCreate));
}

void TestReferenceApi::row24_25_putInputPortsCreatesWithCreateAndUpdatesWithModify()
{
    const QString creator = keyWith({QStringLiteral("ViewInputPort"), QStringLiteral("CreateInputPort")});
    const QString modifier = keyWith({QStringLiteral("ViewInputPort"), QStringLiteral("ModifyInputPort")});
    const QStringList port = formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=Q24"), QStringLiteral("porttype=0")});
    const QString created = call(QStringLiteral("PUT"), QStringLiteral("/inputports"), port, creator);
    QVERIFY2(status(created) == 200, qPrintable(created));
    const QString id = QString::number(object(created).value(QStringLiteral("id")).toInteger());
    const QStringList update = formFields({QStringLiteral("id=") + id, QStringLiteral("portname=Q25")});
    const QString refused = call(QStringLiteral("PUT"), QStringLiteral("/inputports"), update, creator);
    QCOMPARE(status(refused), 403);
    QVERIFY2(message(refused).contains(QLatin1String("ModifyInputPort")), qPrintable(refused));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/inputports"), update, modifier)), 200);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/inputports"), port, modifier)), 403);
}

void TestReferenceApi::row32_aPinNeedsGenerateOTP()
{
    // "GenerateShortID, GenerateOTP, or CardManagement permissions are required only when the
    // Short ID, One time password, or Card number is updated": the PIN is the one-time secret.
    makeUser(QStringLiteral("pinny"), Role::None); // a role would hold what the key lacks
    const QString modifier = keyWith({QStringLiteral("ViewUser"), QStringLiteral("ModifyUser")});
    const QString pin = call(QStringLiteral("POST"), QStringLiteral("/users/pinny"), formFields({QStringLiteral("detailtype=6"), QStringLiteral("detaildata=2468")}), modifier);
    QCOMPARE(status(pin), 403);
    QVERIFY2(message(pin).contains(QLatin1String("GenerateOTP")), qPrintable(pin));
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/pinny"), formFields({QStringLiteral("detailtype=0"), QStringLiteral("detaildata=Pin Ny")}), modifier)), 200);
    const QString otp = keyWith({QStringLiteral("ViewUser"), QStringLiteral("ModifyUser"), QStringLiteral("GenerateOTP")});
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/pinny"), formFields({QStringLiteral("detailtype=6"), QStringLiteral("detaildata=2468")}), otp)), 200);
    QVERIFY(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=pinny"))).value(QStringLiteral("hasPin")).toBool());
}

void TestReferenceApi::row12_recordingAJobNeedsAUserOrATrustedDevice()
{
    // "In any case, the request requires API key configured with an authenticated request or a
    // trusted endpoint": the key alone records nothing, whatever it allows.
    const QString open = makeKey({{QStringLiteral("name"), QStringLiteral("open")}, {QStringLiteral("allowUnauthenticated"), true},
                                  {QStringLiteral("allowUntrustedEndpoints"), true}});
    const QString alone = call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                               formFields({QStringLiteral("jobtype=PRINT"), QStringLiteral("username=admin")}), open);
    QCOMPARE(status(alone), 401);
    QVERIFY2(message(alone).contains(QLatin1String("trusted endpoint")), qPrintable(alone));
    makeUser(QStringLiteral("rec"));
    const QString mine = call(QStringLiteral("POST"), QStringLiteral("/documents/history"), tokenOf(QStringLiteral("rec")) + formFields({QStringLiteral("jobtype=PRINT")}));
    QCOMPARE(status(mine), 200);
    // "duplex: If true use LONG otherwise SHORT"; a scan is stored, the others printed.
    for (const char *duplex : {"true", "false"}) {
        QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                             tokenOf(QStringLiteral("rec")) + formFields({QStringLiteral("jobtype=SCAN"), QStringLiteral("duplex=") + QLatin1String(duplex)}))), 200);
    }
    QMap<int, int> duplexes, statuses;
    for (const QJsonValue &d : object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?username=rec"))).value(QStringLiteral("documents")).toArray()) {
        duplexes[d[QStringLiteral("duplex")].toInt()]++;
        statuses[d[QStringLiteral("status")].toInt()]++;
    }
    QCOMPARE(duplexes, (QMap<int, int>{{0, 1}, {1, 1}, {2, 1}}));
    QCOMPARE(statuses, (QMap<int, int>{{1, 1}, {9, 2}}));
    const QString device = registerDevice(m_server, QStringLiteral("Recorder"));
    QVERIFY(!device.isEmpty());
    const QString named = call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                               QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + device}
                                   + formFields({QStringLiteral("jobtype=COPY"), QStringLiteral("username=rec")}));
    QCOMPARE(status(named), 200);
}

void TestReferenceApi::row10_15_16_insecureKeysCannotListReleaseOrDownload()
{
    // "Cannot call with an insecure API key": one that lets anybody in without a user or a
    // permission (unauthenticated requests, no advanced permissions), even with the owner's token.
    makeUser(QStringLiteral("ines"));
    const QString insecure = makeKey({{QStringLiteral("name"), QStringLiteral("insecure")}, {QStringLiteral("allowUnauthenticated"), true},
                                      {QStringLiteral("allowUntrustedEndpoints"), true}});
    const QString secure = makeKey({{QStringLiteral("name"), QStringLiteral("secure")}, {QStringLiteral("allowUntrustedEndpoints"), true}});
    const QString uuid = upload(QStringLiteral("ines"), QStringLiteral("localhost"), "%PDF ines");
    QVERIFY(!uuid.isEmpty());
    outputPort(QStringLiteral("localhost"), QStringLiteral("P10"), QStringLiteral("10.0.10.1"));
    const auto login = [&](const QString &key) {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                    formFields({QStringLiteral("authtype=0"), QStringLiteral("userid=ines"), QStringLiteral("password=pw-ines")}), key);
        return QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(answer).value(QStringLiteral("token")).toString()};
    };
    const QStringList viaInsecure = login(insecure);
    const QStringList viaSecure = login(secure);
    const QStringList release = QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/x-www-form-urlencoded"),
                                            QStringLiteral("-d"), QStringLiteral("retain=true")};
    for (const auto &[method, path, more] : {std::tuple{QStringLiteral("GET"), QStringLiteral("/documents"), QStringList()},
                                             std::tuple{QStringLiteral("GET"), QStringLiteral("/documents/%1.content?retain=true").arg(uuid), QStringList()},
                                             std::tuple{QStringLiteral("POST"), QStringLiteral("/documents/%1/10.0.10.1").arg(uuid), release}}) {
        const QString refused = call(method, path, viaInsecure + more, insecure);
        QCOMPARE(status(refused), 403);
        QVERIFY2(message(refused).contains(QLatin1String("insecure API key")), qPrintable(refused));
        const QString allowed = call(method, path, viaSecure + more, secure);
        QVERIFY2(status(allowed) == 200, qPrintable(method + u' ' + path + QStringLiteral(": ") + allowed));
    }
}

void TestReferenceApi::row5_patchAccountSetsItsDomainNames()
{
    // "domainname: Account domain name. This parameter can be specified more than once": one
    // value sets the one domain name of the account the request addresses (its Host).
    account(QStringLiteral("localhost"), QStringLiteral("Patchable"), QStringLiteral("patch.example"), 2);
    const QStringList host{QStringLiteral("-H"), QStringLiteral("Host: patch.example")};
    QCOMPARE(status(call(QStringLiteral("PATCH"), QStringLiteral("/account"), host + formFields({QStringLiteral("domainname=patched.example"), QStringLiteral("theme=green")}))), 200);
    const QJsonObject patched = object(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=patched.example")));
    QCOMPARE(patched.value(QStringLiteral("name")).toString(), QStringLiteral("Patchable"));
    QCOMPARE(patched.value(QStringLiteral("domainNames")).toArray(), QJsonArray{QStringLiteral("patched.example")});
    QCOMPARE(patched.value(QStringLiteral("theme")).toString(), QStringLiteral("green"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=patch.example"))), 404);
    // Two values set two; a domain another account has is refused.
    const QStringList again{QStringLiteral("-H"), QStringLiteral("Host: patched.example")};
    QCOMPARE(status(call(QStringLiteral("PATCH"), QStringLiteral("/account"), again + formFields({QStringLiteral("domainname=a.example"), QStringLiteral("domainname=b.example")}))), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=b.example"))).value(QStringLiteral("domainNames")).toArray().size(), 2);
    const QString clash = call(QStringLiteral("PATCH"), QStringLiteral("/account"),
                               QStringList{QStringLiteral("-H"), QStringLiteral("Host: a.example")} + formFields({QStringLiteral("domainname=localhost")}));
    QCOMPARE(status(clash), 409);
}

void TestReferenceApi::row8_deletingAContainerWithSubnodesRemovesTheSubtree()
{
    const qint64 floor = account(QStringLiteral("localhost"), QStringLiteral("Floor 8"), QStringLiteral("floor8.example"));
    account(QStringLiteral("floor8.example"), QStringLiteral("Wing 8a"), QStringLiteral("wing8a.example"));
    account(QStringLiteral("wing8a.example"), QStringLiteral("Room 801"), QStringLiteral("room801.example"));
    const qint64 p801 = outputPort(QStringLiteral("room801.example"), QStringLiteral("P801"), QStringLiteral("10.0.8.1"));
    QVERIFY(p801 > 0);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=wing8a.example"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Support","userName":"admin"})")})), 200);
    // An input port of another account mapped to a port inside: the subtree stays until remapped.
    const QString outside = call(QStringLiteral("PUT"), QStringLiteral("/inputports"),
                                 formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=Q8"), QStringLiteral("porttype=1"),
                                             QStringLiteral("outputportid=%1").arg(p801)}));
    QCOMPARE(message(call(QStringLiteral("DELETE"), QStringLiteral("/account/container/%1?withsubnodes=true").arg(floor))),
             QStringLiteral("id: input port \"Q8\" of another account maps to an output port of container %1; remap it first").arg(floor));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/inputports/%1").arg(object(outside).value(QStringLiteral("id")).toInteger()))), 200);
    const QString refused = call(QStringLiteral("DELETE"), QStringLiteral("/account/container/%1").arg(floor));
    QCOMPARE(message(refused), QStringLiteral("withsubnodes: container %1 is not empty (2 accounts, 1 ports); pass withsubnodes=true").arg(floor));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/account/container/%1?withsubnodes=true").arg(floor))), 200);
    for (const char *domain : {"floor8.example", "wing8a.example", "room801.example"})
        QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/account?domainname=") + QLatin1String(domain))), 404);
    const QJsonArray ports = array(call(QStringLiteral("GET"), QStringLiteral("/outputports")));
    QVERIFY(std::none_of(ports.begin(), ports.end(), [](const QJsonValue &p) { return p[QStringLiteral("portName")].toString() == QLatin1String("P801"); }));
    // The roles given on those accounts went with them: a new account of that domain has none.
    account(QStringLiteral("localhost"), QStringLiteral("Wing again"), QStringLiteral("wing8a.example"));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=wing8a.example"))).value(QStringLiteral("accessControls")).toArray().size(), 0);
}

void TestReferenceApi::row11_historyFiltersByDomainName()
{
    // A customer's history holds the jobs of its ports and of its containers' ports.
    account(QStringLiteral("localhost"), QStringLiteral("Acme"), QStringLiteral("acme11.example"), 2);
    account(QStringLiteral("acme11.example"), QStringLiteral("Acme branch"), QStringLiteral("branch11.example"));
    account(QStringLiteral("localhost"), QStringLiteral("Other"), QStringLiteral("other11.example"), 2);
    outputPort(QStringLiteral("acme11.example"), QStringLiteral("P11a"), QStringLiteral("10.0.11.1"));
    outputPort(QStringLiteral("branch11.example"), QStringLiteral("P11b"), QStringLiteral("10.0.11.2"));
    outputPort(QStringLiteral("other11.example"), QStringLiteral("P11o"), QStringLiteral("10.0.11.3"));
    makeUser(QStringLiteral("hist"));
    const QStringList token = tokenOf(QStringLiteral("hist"));
    for (const char *address : {"10.0.11.1", "10.0.11.2", "10.0.11.3"}) {
        QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/documents/history"),
                             token + formFields({QStringLiteral("jobtype=PRINT"), QStringLiteral("address=") + QLatin1String(address)}))), 200);
    }
    const auto ports = [&](const QString &domain) {
        QStringList names;
        for (const QJsonValue &d : object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?username=hist&domainname=") + domain))
                                       .value(QStringLiteral("documents")).toArray())
            names.append(d[QStringLiteral("outputPortName")].toString());
        return names;
    };
    QCOMPARE(ports(QStringLiteral("acme11.example")), (QStringList{QStringLiteral("P11a"), QStringLiteral("P11b")}));
    QCOMPARE(ports(QStringLiteral("other11.example")), QStringList{QStringLiteral("P11o")});
    QCOMPARE(ports(QStringLiteral("localhost")).size(), 3);
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/documents/history?domainname=branch11.example"))),
             QStringLiteral("domainname: the history is only for customer accounts"));
}

void TestReferenceApi::row16_downloadHonoursRetainAndNamesWhatItCannotApply()
{
    makeUser(QStringLiteral("dora"));
    const QStringList dora = tokenOf(QStringLiteral("dora"));
    const QString uuid = upload(QStringLiteral("dora"), QStringLiteral("localhost"), "%PDF dora");
    const QString headers = m_dir.filePath(QStringLiteral("headers"));
    // retain=true: the file, and the print a history row of its own; the document stays ready.
    const QString kept = call(QStringLiteral("GET"), QStringLiteral("/documents/%1.content?retain=true&copies=3&grayscale=true").arg(uuid),
                              dora + QStringList{QStringLiteral("-D"), headers});
    QCOMPARE(kept, QStringLiteral("200 %PDF dora"));
    QFile h(headers);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QByteArray head = h.readAll().toLower();
    QVERIFY2(head.contains("x-scanflow-not-applied: copies, grayscale"), head.constData());
    QVERIFY2(head.contains("x-scanflow-retained: true"), head.constData());
    QTRY_COMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents?status=1"), dora)).size(), 1);
    const QJsonObject print = array(call(QStringLiteral("GET"), QStringLiteral("/documents?status=1"), dora)).at(0).toObject();
    QCOMPARE(print.value(QStringLiteral("copies")).toInt(), 3);
    QCOMPARE(print.value(QStringLiteral("grayscale")).toBool(), true);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents"), dora)).size(), 1);
    // A client that leaves halfway consumes nothing.
    // (64 MiB, more than the socket buffers hold: the server is still sending when it goes.)
    const QString big = upload(QStringLiteral("dora"), QStringLiteral("localhost"), QByteArray(64 * 1024 * 1024, 'x'));
    QProcess reader;
    reader.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("curl -s -H 'X-Api-Key: %1' -H '%2' '%3' | head -c 1000 | wc -c")
                                                                    .arg(m_server.key, dora.at(1), m_server.url + QStringLiteral("/api/v1/documents/%1.content").arg(big))});
    QVERIFY(reader.waitForFinished(20000));
    QCOMPARE(reader.readAllStandardOutput().trimmed(), QByteArray("1000"));
    QTest::qWait(500);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents"), dora)).size(), 2);
    // The default (retain=false): the document is printed once whole, then it is gone.
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/documents/%1.content").arg(uuid), dora), QStringLiteral("200 %PDF dora"));
    QTRY_COMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents"), dora)).size(), 1);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents/%1.content").arg(uuid), dora)), 400);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/documents?status=1"), dora)).size(), 2);
}

void TestReferenceApi::row17_26_portsForAUser()
{
    // "Get list of output ports for user": with username, the ports of the accounts the user's
    // provider serves (its domain names, and the containers below them).
    account(QStringLiteral("localhost"), QStringLiteral("Tenant"), QStringLiteral("tenant17.example"), 2);
    account(QStringLiteral("tenant17.example"), QStringLiteral("Tenant floor"), QStringLiteral("floor17.example"));
    outputPort(QStringLiteral("tenant17.example"), QStringLiteral("P17t"), QStringLiteral("10.0.17.1"));
    outputPort(QStringLiteral("floor17.example"), QStringLiteral("P17f"), QStringLiteral("10.0.17.2"));
    outputPort(QStringLiteral("localhost"), QStringLiteral("P17root"), QStringLiteral("10.0.17.3"));
    const QString provider = call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                                  {QStringLiteral("--data"), QStringLiteral(R"({"name":"Tenant LDAP","providerType":1,"typeConfiguration":"{}","domainNames":["tenant17.example"]})")});
    const qint64 pid = object(provider).value(QStringLiteral("id")).toInteger();
    QVERIFY2(pid > 1, qPrintable(provider));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"), formFields({QStringLiteral("username=tina"), QStringLiteral("providerid=%1").arg(pid)}))), 200);
    const auto names = [&](const QString &path) {
        QStringList out;
        for (const QJsonValue &p : array(call(QStringLiteral("GET"), path)))
            out.append(p[QStringLiteral("portName")].toString());
        out.sort();
        return out;
    };
    QCOMPARE(names(QStringLiteral("/outputports?username=tina&providerid=%1").arg(pid)), (QStringList{QStringLiteral("P17f"), QStringLiteral("P17t")}));
    QCOMPARE(names(QStringLiteral("/outputports?username=tina")), (QStringList{QStringLiteral("P17f"), QStringLiteral("P17t")}));
    QVERIFY(names(QStringLiteral("/outputports")).contains(QStringLiteral("P17root")));
    // The local provider names no domain: it serves every account.
    makeUser(QStringLiteral("locally"));
    QVERIFY(names(QStringLiteral("/outputports?username=locally")).contains(QStringLiteral("P17root")));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/outputports?username=nobody-here"))), 404);
    // Input ports alike.
    call(QStringLiteral("PUT"), QStringLiteral("/inputports"), formFields({QStringLiteral("domainname=floor17.example"), QStringLiteral("portname=Q17f"), QStringLiteral("porttype=0")}));
    call(QStringLiteral("PUT"), QStringLiteral("/inputports"), formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=Q17root"), QStringLiteral("porttype=0")}));
    QCOMPARE(names(QStringLiteral("/inputports?username=tina")), QStringList{QStringLiteral("Q17f")});
}

void TestReferenceApi::row32_anAliasNamesItsProvider()
{
    // "An alias can be specified with "#PID" suffix where PID is a provider ID".
    const QString provider = call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                                  {QStringLiteral("--data"), QStringLiteral(R"({"name":"Alias LDAP","providerType":1,"typeConfiguration":"{}"})")});
    const qint64 pid = object(provider).value(QStringLiteral("id")).toInteger();
    makeUser(QStringLiteral("ali"));
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/ali"),
                         formFields({QStringLiteral("detailtype=7"), QStringLiteral("detaildata=ali@corp.example#%1").arg(pid)}))), 200);
    const QJsonObject ali = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=ali")));
    QCOMPARE(ali.value(QStringLiteral("alias")).toString(), QStringLiteral("ali@corp.example"));
    QCOMPARE(ali.value(QStringLiteral("aliasProviderId")).toInteger(), pid);
    // The alias finds the user in the provider it names.
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=ali@corp.example&providerid=%1").arg(pid))).value(QStringLiteral("userName")).toString(),
             QStringLiteral("ali"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users?username=ali@corp.example&providerid=1"))), 404);
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/users/ali"), formFields({QStringLiteral("detailtype=7"), QStringLiteral("detaildata=x#999999")}))),
             QStringLiteral("detaildata: the alias \"x#999999\" names provider 999999, and there is none"));
    // Without the suffix the alias is the whole text, of no provider.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/ali"), formFields({QStringLiteral("detailtype=7"), QStringLiteral("detaildata=plain-alias")}))), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=ali"))).value(QStringLiteral("aliasProviderId")).toInteger(), 0);
    // …and belongs to its user's own provider.
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=plain-alias&providerid=1"))).value(QStringLiteral("userName")).toString(),
             QStringLiteral("ali"));
}

void TestReferenceApi::row42_accessControlsDefinedAtTheParent()
{
    // "permissionsdomain … you will get access controls for the account domain, but defined at
    // the parent domain level".
    account(QStringLiteral("localhost"), QStringLiteral("Parent 42"), QStringLiteral("parent42.example"), 2);
    account(QStringLiteral("parent42.example"), QStringLiteral("Child 42"), QStringLiteral("child42.example"));
    account(QStringLiteral("localhost"), QStringLiteral("Stranger 42"), QStringLiteral("stranger42.example"), 2);
    makeUser(QStringLiteral("acl42"));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=parent42.example"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Reporting","userName":"acl42"})")})), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=child42.example")))
                 .value(QStringLiteral("accessControls")).toArray().size(), 0);
    const QJsonObject inherited = object(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=child42.example&permissionsdomain=parent42.example")));
    QCOMPARE(inherited.value(QStringLiteral("accountDomain")).toString(), QStringLiteral("child42.example"));
    const QJsonArray controls = inherited.value(QStringLiteral("accessControls")).toArray();
    QCOMPARE(controls.size(), 1);
    QCOMPARE(controls.at(0)[QStringLiteral("userName")].toString(), QStringLiteral("acl42"));
    QCOMPARE(controls.at(0)[QStringLiteral("accountDomain")].toString(), QStringLiteral("parent42.example"));
    QCOMPARE(message(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=child42.example&permissionsdomain=stranger42.example"))),
             QStringLiteral("permissionsdomain: \"stranger42.example\" is not a parent of \"child42.example\""));
}

void TestReferenceApi::row67_68_aWorkflowOfANameAndAConnectorIsADraft()
{
    const QString connector = call(QStringLiteral("POST"), QStringLiteral("/scan/connectors"),
                                   {QStringLiteral("--data"), QStringLiteral(R"({"name":"Connector 67", "connectorType":"EMAIL"})")});
    const qint64 cid = object(connector).value(QStringLiteral("id")).toInteger();
    QVERIFY2(cid > 0, qPrintable(connector));
    // The reference's own body: a draft, inactive, linked to the connector.
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                              {QStringLiteral("--data"), QStringLiteral(R"({"name":"Workflow 67", "connectorId":%1})").arg(cid)});
    QVERIFY2(status(made) == 200, qPrintable(made));
    const qint64 id = object(made).value(QStringLiteral("id")).toInteger();
    QCOMPARE(object(made).value(QStringLiteral("connectorId")).toInteger(), cid);
    QCOMPARE(object(made).value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"name":"Workflow 67b", "connectorId":999999})")})),
             QStringLiteral("scanWorkflow: connectorId: no scan connector 999999"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"name":"Workflow 67c", "active":true})")})),
             QStringLiteral("scanWorkflow: active: a draft (no destination URL or requests yet) cannot be active; finish it in the designer"));
    // A draft delivers nothing.
    const QString refused = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                 {QStringLiteral("-F"), QStringLiteral("data=@") + m_h.file(QStringLiteral("d.pdf"), "%PDF d")});
    QCOMPARE(status(refused), 400);
    QVERIFY2(message(refused).contains(QLatin1String("is a draft")), qPrintable(refused));
    // The connector stays while a workflow names it.
    QCOMPARE(message(call(QStringLiteral("DELETE"), QStringLiteral("/scan/connectors/%1").arg(cid))),
             QStringLiteral("scanConnectorId: connector %1 is used by workflow \"Workflow 67\"").arg(cid));
    // Finished (as the designer does, the whole workflow), it delivers, and its documents name
    // the connector; an update of a name and a connector keeps the destination.
    QJsonObject whole = object(made);
    whole.insert(QStringLiteral("active"), true);
    whole.insert(QStringLiteral("destination"), QJsonDocument::fromJson(withTarget(R"({"url":"{T}/w67","steps":[{"kind":"delivery"}]})", m_target.baseUrl())).object());
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1").arg(id),
                         {QStringLiteral("--data"), QString::fromUtf8(QJsonDocument(whole).toJson(QJsonDocument::Compact))})), 200);
    const QString renamed = call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1").arg(id),
                                 {QStringLiteral("--data"), QStringLiteral(R"({"name":"Workflow 67 renamed", "connectorId":%1})").arg(cid)});
    QCOMPARE(status(renamed), 200);
    QVERIFY(object(renamed).value(QStringLiteral("destination"))[QStringLiteral("url")].toString().endsWith(QLatin1String("/w67")));
    QCOMPARE(object(renamed).value(QStringLiteral("active")).toBool(), true);
    m_target.clear();
    const QJsonObject delivered = deliverAndWait(m_server, id, m_h.file(QStringLiteral("w67.pdf"), "%PDF w67"));
    QCOMPARE(delivered.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    const QJsonArray history = object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?jobtype=SCAN"))).value(QStringLiteral("documents")).toArray();
    QVERIFY(std::any_of(history.begin(), history.end(), [&](const QJsonValue &d) {
        return d[QStringLiteral("scanWorkflowId")].toInteger() == id && d[QStringLiteral("scanConnectorId")].toInteger() == cid;
    }));
}

void TestReferenceApi::row23_anOutputPortStaysWhileAnInputPortMapsToIt()
{
    const qint64 printer = outputPort(QStringLiteral("localhost"), QStringLiteral("P23"), QStringLiteral("10.0.23.1"));
    const QString queue = call(QStringLiteral("PUT"), QStringLiteral("/inputports"),
                               formFields({QStringLiteral("domainname=localhost"), QStringLiteral("portname=Q23"), QStringLiteral("porttype=1"),
                                           QStringLiteral("outputportid=%1").arg(printer)}));
    QCOMPARE(status(queue), 200);
    QCOMPARE(message(call(QStringLiteral("DELETE"), QStringLiteral("/outputports/%1").arg(printer))),
             QStringLiteral("outputportid: input port \"Q23\" maps to output port %1; delete or remap it first").arg(printer));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/inputports/%1").arg(object(queue).value(QStringLiteral("id")).toInteger()))), 200);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/outputports/%1").arg(printer))), 200);
}

void TestReferenceApi::row40_41_providersBelongToTheRootAccountAndTakeTheirAccessControls()
{
    const qint64 root = object(call(QStringLiteral("GET"), QStringLiteral("/account"))).value(QStringLiteral("id")).toInteger();
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"name":"Elsewhere","providerType":1,"accountId":999999})")})),
             QStringLiteral("accountId: 999999 is not this server's account (%1)").arg(root));
    const QString made = call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                              {QStringLiteral("--data"), QStringLiteral(R"({"name":"Directory 41","providerType":1,"accountId":%1})").arg(root)});
    const qint64 pid = object(made).value(QStringLiteral("id")).toInteger();
    QVERIFY2(pid > 1, qPrintable(made));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"authProviderId":%1,"roleName":"Administrators","groupName":"Domain Admins","groupDn":"cn=admins,dc=corp"})").arg(pid)})), 200);
    const auto controlsOf = [&] {
        int n = 0;
        for (const QJsonValue &c : object(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=localhost"))).value(QStringLiteral("accessControls")).toArray())
            n += c[QStringLiteral("authProviderId")].toInteger() == pid;
        return n;
    };
    QCOMPARE(controlsOf(), 1);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/authproviders/%1").arg(pid))), 200);
    QCOMPARE(controlsOf(), 0);
}

void TestReferenceApi::sweep_aLongFileNameIsDeliveredAsItCame()
{
    // 300 characters: more than a file system takes in a name (it answered 500 before).
    const QByteArray wf = R"({"name":"Long names","destination":{"url":"{T}/long","steps":[{"kind":"delivery"}]}})";
    const qint64 id = object(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                  {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(wf, m_target.baseUrl()))})).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const QString name = QString(300, u'n') + QStringLiteral(".pdf");
    const QString file = m_h.file(QStringLiteral("long.pdf"), "%PDF long");
    m_target.clear();
    const QString queued = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                {QStringLiteral("-F"), QStringLiteral("data=@%1;filename=%2").arg(file, name)});
    QVERIFY2(status(queued) == 200, qPrintable(queued));
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    QCOMPARE(partsOf(m_target.requests().first()).last().fileName, name.toUtf8());
    // A control character in the name is refused, not stored under half of it.
    const QString nul = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                             {QStringLiteral("-F"), QStringLiteral("data=@%1;filename=\"a\tb.pdf\"").arg(file)});
    QCOMPARE(message(nul), QStringLiteral("data: the file name holds control characters"));
}

QTEST_MAIN(TestReferenceApi)
#include "tst_reference_api.moc"
