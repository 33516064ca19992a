// The trust model against a real scanflowd over HTTP, one test per finding of
// ../shared/reviews/security.md (C1, H3–H6, M6–M8, M10, L1, L2, L5–L7): each failed before the
// change that fixed it. Then the reference's own permission notes (002, transcribed into
// reference-permissions.tsv, not taken from the server's description): every endpoint × a key
// lacking each named permission, and the four roles on every endpoint. And the terminal flow
// end to end: a device registered with a one-time code logs a person in by card + PIN and
// delivers as the card's owner.
#include "ServerProcess.h"
#include "HttpTarget.h"
#include "DeliveryHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace scanflow;
using namespace scanflow::test;

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void C1_secretlessLoginNeedsATrustedDevice();
    void H3_keysCannotExceedTheirMaker();
    void H4_supportCannotClimbToAdministrator();
    void H5_deliveriesRunAsTheirCaller();
    void H6_aCardWithAPinNeedsThePin();
    void M4_secretsStayWithTheirDestination();
    void M5_secretParametersAreSealed();
    void M6_accountsEndWhenTheyEnd();
    void M8_terminalConfigOnlyForDevices();
    void M10_authProvidersWithoutAKeyAnswerNamesOnly();
    void L1_theSameNameInTwoProvidersIsTwoPeople();
    void L2_anotherUsersDocumentNeedsMoreThanItsUuid();
    void L5_signOutAndRefreshTokensStayOutOfReach();
    void L6_L7_bootstrapAndDataFolder();
    void terminalFlowEndToEnd();
    void referencePermissionTable();
    void rolesOnEveryEndpoint();
    void M7_loginThrottleHoldsPerAddress(); // last: it leaves this address throttled

private:
    QString call(const QString &method, const QString &path, const QStringList &args = {}, const QString &key = {})
    {
        return api(m_server, method, path, args, key);
    }
    QStringList form(std::initializer_list<const char *> fields)
    {
        QStringList out;
        for (const char *f : fields)
            out << QStringLiteral("--data-urlencode") << QString::fromUtf8(f);
        return out;
    }
    QString makeKey(const QJsonObject &settings, const QString &maker = {})
    {
        return object(call(QStringLiteral("POST"), QStringLiteral("/apikeys"),
                           {QStringLiteral("--data"), QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))}, maker))
            .value(QStringLiteral("key")).toString();
    }
    void makeUser(const QString &name, const QString &password)
    {
        QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"),
                             {QStringLiteral("-d"), QStringLiteral("username=") + name, QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                              QStringLiteral("--data-urlencode"), QStringLiteral("detaildata=") + password})), 200);
    }
    void giveRole(const QString &user, const QString &role)
    {
        QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"%1","userName":"%2"})").arg(role, user)})), 200);
    }
    // Password login through `key`: the user token as a curl header, or empty.
    QStringList signIn(const QString &user, const QString &password, const QString &key = {})
    {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                    {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=") + user,
                                     QStringLiteral("--data-urlencode"), QStringLiteral("password=") + password}, key);
        const QString token = object(answer).value(QStringLiteral("token")).toString();
        return token.isEmpty() ? QStringList() : QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
    }
    QString scanFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("%PDF-1.4 trust");
        return path;
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    target::HttpTarget m_target;
    QString m_kiosk; // the usual Workplace / kiosk key: password login only
};

void TestTrust::initTestCase()
{
    QVERIFY(m_target.listen());
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key")), QStringLiteral("--test-destination")});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
    m_kiosk = makeKey({{QStringLiteral("name"), QStringLiteral("kiosk")}, {QStringLiteral("allowUntrustedEndpoints"), true}});
    QVERIFY(!m_kiosk.isEmpty());
    makeUser(QStringLiteral("dana"), QStringLiteral("pw-dana"));
    giveRole(QStringLiteral("dana"), QStringLiteral("Users"));
}

void TestTrust::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

void TestTrust::C1_secretlessLoginNeedsATrustedDevice()
{
    // The review's test: the kiosk key may not log anybody in by name or e-mail.
    call(QStringLiteral("POST"), QStringLiteral("/users/admin"), form({"detailtype=1", "detaildata=admin@example.com"}));
    for (const char *attempt : {"authtype=3&userid=admin", "authtype=4&userid=admin@example.com", "authtype=2&userid=x", "authtype=1&userid=x"}) {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QString::fromLatin1(attempt)}, m_kiosk);
        QVERIFY2(answer.startsWith(QLatin1String("403 ")) && message(answer).contains(QLatin1String("trusted device")), qPrintable(answer));
    }
    // Not even the full-access key logs in without a secret: it is no device.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QStringLiteral("authtype=3&userid=admin")})), 403);
    // Password login still works on the kiosk key; and with dana's token, no card on anyone.
    const QStringList dana = signIn(QStringLiteral("dana"), QStringLiteral("pw-dana"), m_kiosk);
    QVERIFY(!dana.isEmpty());
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/dana/cards"), dana + form({"cardid=X1"}), m_kiosk)), 403);
    // A trusted device logs in by name.
    const QString device = registerDevice(m_server, QStringLiteral("lobby kiosk"), m_kiosk);
    QVERIFY(device.startsWith(QLatin1String("sfd_")));
    const QString byName = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + device, QStringLiteral("-d"), QStringLiteral("authtype=3&userid=dana")}, m_kiosk);
    QCOMPARE(object(byName).value(QStringLiteral("userName")).toString(), QStringLiteral("dana"));
    // The device's token works only with the key it registered through, and only where a device may act.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/login"),
                         {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + device, QStringLiteral("-d"), QStringLiteral("authtype=3&userid=dana")})), 401);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + device}, m_kiosk)), 403);
}

void TestTrust::H3_keysCannotExceedTheirMaker()
{
    const QString limited = makeKey({{QStringLiteral("name"), QStringLiteral("limited")}, {QStringLiteral("advancedPermissions"), true},
                                     {QStringLiteral("allowUnauthenticated"), true},
                                     {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewAccount"), QStringLiteral("ModifyAccount")}}});
    QVERIFY(!limited.isEmpty());
    const auto attempt = [&](const char *settings) {
        return call(QStringLiteral("POST"), QStringLiteral("/apikeys"), {QStringLiteral("--data"), QString::fromLatin1(settings)}, limited);
    };
    QCOMPARE(message(attempt(R"({"name":"y","advancedPermissions":true,"allowUntrustedEndpoints":true})")),
             QStringLiteral("allowUntrustedEndpoints: this API key does not have that setting, so it cannot give it"));
    const QString unchecked = attempt(R"({"name":"z","allowUnauthenticated":true})");
    QVERIFY2(unchecked.startsWith(QLatin1String("403 "))
                 && message(unchecked).startsWith(QLatin1String("advancedPermissions: a key without advanced permissions may do everything")),
             qPrintable(unchecked));
    QCOMPARE(status(attempt(R"({"name":"t","advancedPermissions":true,"onBehalfOfUsers":true})")), 403);
    QCOMPARE(status(attempt(R"({"name":"ok","advancedPermissions":true,"allowUnauthenticated":true,"permissions":["ViewAccount"]})")), 200);
    // With a user token, the user's permissions bound it too: dana (Users) cannot give ViewUser
    // through the full-access key.
    const QStringList dana = signIn(QStringLiteral("dana"), QStringLiteral("pw-dana"));
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/apikeys"), dana + QStringList{QStringLiteral("--data"), QStringLiteral(R"({"name":"d"})")})), 403);
}

void TestTrust::H4_supportCannotClimbToAdministrator()
{
    makeUser(QStringLiteral("sam"), QStringLiteral("pw-sam"));
    giveRole(QStringLiteral("sam"), QStringLiteral("Support"));
    const QStringList sam = signIn(QStringLiteral("sam"), QStringLiteral("pw-sam"));
    QVERIFY(!sam.isEmpty());
    // The review's test: the admin's password, PIN, e-mail and cards are beyond Support.
    for (const char *detail : {"detailtype=3&detaildata=pwned", "detailtype=6&detaildata=1234", "detailtype=1&detaildata=evil@x.org"}) {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/users/admin"), sam + QStringList{QStringLiteral("-d"), QString::fromLatin1(detail)});
        QVERIFY2(answer.startsWith(QLatin1String("403 ")) && message(answer).contains(QLatin1String("admin holds the")), qPrintable(answer));
    }
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/admin/cards"), sam + form({"cardid=SAMS-CARD"}))), 403);
    QVERIFY(signIn(QStringLiteral("admin"), QStringLiteral("pwned")).isEmpty());
    // Groups: a group an Administrators rule names (by DN) cannot be joined by Support.
    call(QStringLiteral("PUT"), QStringLiteral("/groups"), form({"groupname=Admins", "groupdn=cn=admins"}));
    giveRole(QStringLiteral("nobody-yet"), QStringLiteral("Users")); // a direct rule, harmless
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Administrators","groupName":"Admins"})")})), 200);
    const QString join = call(QStringLiteral("POST"), QStringLiteral("/users/sam/groups"), sam + form({"groupid=cn=admins"}));
    QVERIFY2(join.startsWith(QLatin1String("403 ")) && message(join).contains(QLatin1String("grants the")), qPrintable(join));
    // A second group borrowing the display name grants nothing: rules match the DN.
    call(QStringLiteral("PUT"), QStringLiteral("/groups"), form({"groupname=Admins", "groupdn=cn=fake-admins"}));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users/sam/groups"), sam + form({"groupid=cn=fake-admins"}))), 200);
    const QStringList samAgain = signIn(QStringLiteral("sam"), QStringLiteral("pw-sam"));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"), samAgain + form({"username=made-by-sam"}))), 403);
    // An ambiguous name is refused when a rule is made.
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                          {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Administrators","groupName":"Admins"})")})),
             QStringLiteral("groupName: 2 groups are named \"Admins\"; give the groupDn of one"));
    // Card ids and short ids are login secrets: Reporting sees that a card exists, not which.
    call(QStringLiteral("POST"), QStringLiteral("/users/dana/cards"), form({"cardid=DANA-CARD-1"}));
    makeUser(QStringLiteral("rita"), QStringLiteral("pw-rita"));
    giveRole(QStringLiteral("rita"), QStringLiteral("Support"));
    const QString asSupport = call(QStringLiteral("GET"), QStringLiteral("/users?username=dana"), signIn(QStringLiteral("rita"), QStringLiteral("pw-rita")));
    QVERIFY2(asSupport.contains(QLatin1String("DANA-CARD-1")), "Support holds CardManagement");
    const QString limitedView = makeKey({{QStringLiteral("name"), QStringLiteral("view users")}, {QStringLiteral("advancedPermissions"), true},
                                         {QStringLiteral("allowUnauthenticated"), true}, {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewUser")}}});
    const QString viewed = call(QStringLiteral("GET"), QStringLiteral("/users?username=dana"), {}, limitedView);
    QCOMPARE(status(viewed), 200);
    QVERIFY2(!viewed.contains(QLatin1String("DANA-CARD-1")) && object(viewed).value(QStringLiteral("hasCards")).toBool(), qPrintable(viewed));
}

void TestTrust::H5_deliveriesRunAsTheirCaller()
{
    QByteArray workflow = R"({"name":"Trust private","userSpecific":true,"destination":{"url":"{T}/private",
        "auth":{"type":"basic","userSpecific":true},"steps":[{"kind":"delivery"}]}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(workflow, m_target.baseUrl()))});
    const qint64 id = object(created).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    makeUser(QStringLiteral("alice"), QStringLiteral("pw-alice"));
    makeUser(QStringLiteral("bob"), QStringLiteral("pw-bob"));
    giveRole(QStringLiteral("alice"), QStringLiteral("Users"));
    giveRole(QStringLiteral("bob"), QStringLiteral("Users"));
    for (const char *user : {"alice", "bob"}) {
        const qint64 uid = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=") + QString::fromLatin1(user))).value(QStringLiteral("id")).toInteger();
        QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(uid)})), 200);
    }
    const QStringList alice = signIn(QStringLiteral("alice"), QStringLiteral("pw-alice"));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/workplace/destinations/%1").arg(id),
                         alice + QStringList{QStringLiteral("--data"), QStringLiteral(R"({"login":"alice-svc","password":"alice-secret"})")})), 200);
    // The review's test: Bob, with his own token, names Alice.
    const QStringList bob = signIn(QStringLiteral("bob"), QStringLiteral("pw-bob"));
    const QString path = QStringLiteral("/scan/workflows/%1/deliveries").arg(id);
    const QStringList file{QStringLiteral("-F"), QStringLiteral("data=@") + scanFile()};
    const QString asAlice = call(QStringLiteral("POST"), path, bob + file + QStringList{QStringLiteral("-F"), QStringLiteral("username=alice")});
    QVERIFY2(asAlice.startsWith(QLatin1String("403 ")) && message(asAlice).contains(QLatin1String("its own user (bob)")), qPrintable(asAlice));
    // A key with no user and no terminal setting names nobody.
    const QString plainKey = makeKey({{QStringLiteral("name"), QStringLiteral("integration")}, {QStringLiteral("advancedPermissions"), true},
                                      {QStringLiteral("allowUnauthenticated"), true},
                                      {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewScanWorkflow"), QStringLiteral("AddJob")}}});
    QCOMPARE(status(call(QStringLiteral("POST"), path, file + QStringList{QStringLiteral("-F"), QStringLiteral("username=alice")}, plainKey)), 403);
    // Bob's own delivery runs as Bob, and fails for his missing login rather than borrow Alice's.
    m_target.clear();
    const qint64 mine = object(call(QStringLiteral("POST"), path, bob + file)).value(QStringLiteral("id")).toInteger();
    QVERIFY(mine > 0);
    QVERIFY(QTest::qWaitFor([&] {
        return object(call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(mine))).value(QStringLiteral("state")).toString() == QLatin1String("failed");
    }, 10000));
    QVERIFY2(m_target.requests().isEmpty(), "nothing reached the destination with Alice's password");
    // Dana has no rule for this workflow: even as herself, refused.
    QCOMPARE(status(call(QStringLiteral("POST"), path, signIn(QStringLiteral("dana"), QStringLiteral("pw-dana")) + file)), 403);
    // Alice's own works, with her login.
    const qint64 hers = object(call(QStringLiteral("POST"), path, alice + file)).value(QStringLiteral("id")).toInteger();
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    QCOMPARE(m_target.requests().first().header("Authorization"), "Basic " + QByteArray("alice-svc:alice-secret").toBase64());
    QVERIFY(hers > 0);
}

void TestTrust::H6_aCardWithAPinNeedsThePin()
{
    makeUser(QStringLiteral("pia"), QStringLiteral("pw-pia"));
    call(QStringLiteral("POST"), QStringLiteral("/users/pia/cards"), form({"cardid=04A1B2C3"}));
    call(QStringLiteral("POST"), QStringLiteral("/users/pia"), form({"detailtype=6", "detaildata=1234"}));
    const QStringList device{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + registerDevice(m_server, QStringLiteral("reader"), m_kiosk)};
    const auto byCard = [&](const QStringList &extra) {
        return call(QStringLiteral("POST"), QStringLiteral("/login"), device + QStringList{QStringLiteral("-d"), QStringLiteral("authtype=1&userid=04A1B2C3")} + extra, m_kiosk);
    };
    QCOMPARE(byCard({}), QStringLiteral(R"(401 {"errorCode":401,"message":"password: this card needs its PIN"})"));
    QCOMPARE(status(byCard({QStringLiteral("-d"), QStringLiteral("password=9999")})), 401);
    QCOMPARE(object(byCard({QStringLiteral("-d"), QStringLiteral("password=1234")})).value(QStringLiteral("userName")).toString(), QStringLiteral("pia"));
}

void TestTrust::M4_secretsStayWithTheirDestination()
{
    // The review's test: a Basic workflow aimed at one place, then PUT at another without the password.
    target::HttpTarget elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray at = R"({"name":"Trust retarget","destination":{"url":"{T}/in","auth":{"type":"basic","login":"svc","password":"s3cret"},
        "steps":[{"kind":"delivery"}]}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(at, m_target.baseUrl()))});
    const qint64 id = object(created).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const QString put = QStringLiteral("/scan/workflows/%1").arg(id);
    const QByteArray noPassword = R"({"name":"Trust retarget","destination":{"url":"{T}/in","auth":{"type":"basic","login":"svc"},
        "steps":[{"kind":"delivery"}]}})";
    // The same place, another path: the password stays (the client never saw it).
    const QString samePlace = call(QStringLiteral("PUT"), put, {QStringLiteral("--data-binary"),
                                   QString::fromUtf8(withTarget(noPassword, m_target.baseUrl() + "/v2"))});
    QVERIFY2(status(samePlace) == 200 && !object(samePlace).contains(QStringLiteral("secretsDropped")), qPrintable(samePlace));
    m_target.clear();
    QCOMPARE(deliverAndWait(m_server, id, scanFile())[QStringLiteral("state")].toString(), QStringLiteral("delivered"));
    QCOMPARE(m_target.requests().first().header("Authorization"), "Basic " + QByteArray("svc:s3cret").toBase64());
    // Another place: the stored password is dropped, and the answer says so.
    const QString moved = call(QStringLiteral("PUT"), put, {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(noPassword, elsewhere.baseUrl()))});
    QCOMPARE(object(moved).value(QStringLiteral("secretsDropped")).toBool(), true);
    deliverAndWait(m_server, id, scanFile())[QStringLiteral("state")].toString();
    QVERIFY2(!elsewhere.requests().isEmpty(), "the delivery went to the new place");
    QVERIFY2(!elsewhere.requests().first().header("Authorization").contains(QByteArray("svc:s3cret").toBase64()),
             "the old place's password never reaches the new one");
    // Entered again in the same request, it is kept for the new place.
    const QByteArray withPassword = R"({"name":"Trust retarget","destination":{"url":"{T}/in","auth":{"type":"basic","login":"svc","password":"n3w"},
        "steps":[{"kind":"delivery"}]}})";
    target::HttpTarget third;
    QVERIFY(third.listen());
    QCOMPARE(object(call(QStringLiteral("PUT"), put, {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(withPassword, third.baseUrl()))}))
                 .value(QStringLiteral("secretsDropped")).toBool(), true);
    QCOMPARE(deliverAndWait(m_server, id, scanFile())[QStringLiteral("state")].toString(), QStringLiteral("delivered"));
    QCOMPARE(third.requests().first().header("Authorization"), "Basic " + QByteArray("svc:n3w").toBase64());
}

void TestTrust::M5_secretParametersAreSealed()
{
    const QByteArray at = R"({"name":"Trust api key","destination":{"url":"{T}/keyed","steps":[{"kind":"delivery","params":[
        {"key":"X-Api-Key","value":"abcd1234","type":"custom","location":"header"},
        {"key":"token","value":"tk-5678","type":"custom","location":"form"},
        {"key":"docType","value":"invoice","type":"custom","location":"form"}]}]}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(at, m_target.baseUrl()))});
    const qint64 id = object(created).value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, qPrintable(created));
    // The review's test: a Users-role user sees neither value; the names say secret by default.
    const QString seen = call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1").arg(id), signIn(QStringLiteral("dana"), QStringLiteral("pw-dana")));
    QCOMPARE(status(seen), 200);
    QVERIFY2(!seen.contains(QLatin1String("abcd1234")) && !seen.contains(QLatin1String("tk-5678")) && seen.contains(QLatin1String("invoice")),
             qPrintable(seen));
    const QJsonArray params = object(seen)[QStringLiteral("destination")][QStringLiteral("steps")][0][QStringLiteral("params")].toArray();
    QCOMPARE(params.at(0)[QStringLiteral("secret")].toBool(), true);
    QCOMPARE(params.at(2)[QStringLiteral("secret")].toBool(), false);
    // Nor does the database file hold them in the clear.
    for (const QString &file : {QStringLiteral("data/scanflow.sqlite"), QStringLiteral("data/scanflow.sqlite-wal")}) {
        QFile f(m_dir.filePath(file));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("abcd1234") && !bytes.contains("tk-5678"), qPrintable(file));
        }
    }
    // A delivery still sends them, and its trace masks them.
    m_target.clear();
    const qint64 delivery = object(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                        {QStringLiteral("-F"), QStringLiteral("data=@") + scanFile()})).value(QStringLiteral("id")).toInteger();
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    QCOMPARE(m_target.requests().first().header("X-Api-Key"), QByteArray("abcd1234"));
    QVERIFY(m_target.requests().first().body.contains("tk-5678"));
    QString trace;
    QVERIFY(QTest::qWaitFor([&] {
        trace = call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(delivery));
        return object(trace).value(QStringLiteral("state")).toString() == QLatin1String("delivered");
    }, 10000));
    QVERIFY2(!trace.contains(QLatin1String("abcd1234")) && !trace.contains(QLatin1String("tk-5678")), qPrintable(trace));
    // Saved again without the values (as every client must), they are kept.
    const QString again = call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1").arg(id), {QStringLiteral("--data-binary"), seen.section(u' ', 1)});
    QCOMPARE(status(again), 200);
    m_target.clear();
    call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id), {QStringLiteral("-F"), QStringLiteral("data=@") + scanFile()});
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    QCOMPARE(m_target.requests().first().header("X-Api-Key"), QByteArray("abcd1234"));
}

void TestTrust::M6_accountsEndWhenTheyEnd()
{
    makeUser(QStringLiteral("eve"), QStringLiteral("pw-eve"));
    const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"), form({"authtype=0", "userid=eve", "password=pw-eve"}));
    const QStringList eve{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(login).value(QStringLiteral("token")).toString()};
    const QString refresh = object(login).value(QStringLiteral("refreshToken")).toString();
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), eve)), 200);
    // The review's test: deactivated through a CSV import of her group without her.
    call(QStringLiteral("PUT"), QStringLiteral("/groups"), form({"groupname=Temps", "groupdn=cn=temps"}));
    call(QStringLiteral("PUT"), QStringLiteral("/users/eve/groups"), form({"groupid=cn=temps"}));
    const QString csv = m_dir.filePath(QStringLiteral("temps.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("someone-else,Some,One,s@example.com\n");
    f.close();
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/import"),
                         {QStringLiteral("-F"), QStringLiteral("data=@") + csv, QStringLiteral("-F"), QStringLiteral("group=Temps"),
                          QStringLiteral("-F"), QStringLiteral("mapping=userName:0,firstName:1,lastName:2,email:3")})), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), eve)), 401);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"), form({"grant_type=refresh_token"}) + form({}) +
                         QStringList{QStringLiteral("-d"), QStringLiteral("refresh_token=") + refresh})), 403);
    // Expiry in the past: the token stops at once, without waiting for its hour.
    makeUser(QStringLiteral("ed"), QStringLiteral("pw-ed"));
    const QStringList ed = signIn(QStringLiteral("ed"), QStringLiteral("pw-ed"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), ed)), 200);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/ed"), form({"detailtype=12", "detaildata=2020-01-01"}))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), ed)), 401);
    // A PIN change ends the sessions too.
    const QStringList dana = signIn(QStringLiteral("dana"), QStringLiteral("pw-dana"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), dana)), 200);
    call(QStringLiteral("POST"), QStringLiteral("/users/dana"), form({"detailtype=6", "detaildata=4321"}));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), dana)), 401);
}

void TestTrust::M7_loginThrottleHoldsPerAddress()
{
    // A spray of one guess over many names, from one address, is stopped by the address limit:
    // 30 failures, then 429 whatever the name; the names' own counts never see the rest.
    int refused = 0, limited = 0;
    for (int i = 0; i < 40; ++i) {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                    {QStringLiteral("-d"), QStringLiteral("authtype=0&userid=spray%1&password=Winter2026").arg(i)}, m_kiosk);
        refused += status(answer) == 401;
        limited += status(answer) == 429;
    }
    // Earlier tests failed a few logins from here too, in the same window.
    QVERIFY2(refused <= 30 && limited >= 10 && refused + limited == 40, qPrintable(QStringLiteral("%1 refused, %2 limited").arg(refused).arg(limited)));
    // dana's right password now waits too: the address is throttled, not the names.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/login"), form({"authtype=0", "userid=dana", "password=pw-dana"}), m_kiosk)), 429);
}

void TestTrust::M8_terminalConfigOnlyForDevices()
{
    const QStringList dana = signIn(QStringLiteral("dana"), QStringLiteral("pw-dana"), m_kiosk);
    const QString answer = call(QStringLiteral("GET"), QStringLiteral("/terminalconfig?serialnumber=S1"), dana, m_kiosk);
    QCOMPARE(status(answer), 403);
    QVERIFY(!answer.contains(QLatin1String("adminPassword")));
}

void TestTrust::M10_authProvidersWithoutAKeyAnswerNamesOnly()
{
    // The review's test: a secret nested where no deny-list looks, and a caller with no key.
    const qint64 root = object(call(QStringLiteral("GET"), QStringLiteral("/account"))).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"name":"M10","providerType":1,"typeConfiguration":{"ldap":{"bindPassword":"zz"},"host":"ldap.m10"}})")})), 200);
    const QString anonymous = call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(root), {}, QStringLiteral("none"));
    QCOMPARE(status(anonymous), 200);
    QVERIFY2(anonymous.contains(QLatin1String("\"M10\"")) && !anonymous.contains(QLatin1String("zz")) && !anonymous.contains(QLatin1String("ldap.m10")),
             qPrintable(anonymous));
    const QString keyed = call(QStringLiteral("GET"), QStringLiteral("/authproviders?accountid=%1").arg(root));
    QVERIFY2(keyed.contains(QLatin1String("ldap.m10")) && !keyed.contains(QLatin1String("bindPassword")), qPrintable(keyed));
}

void TestTrust::L1_theSameNameInTwoProvidersIsTwoPeople()
{
    // A second provider with its own "lena" (the review: alice in providers 1 and 2).
    const QString provider = call(QStringLiteral("PUT"), QStringLiteral("/authproviders"),
                                  {QStringLiteral("--data"), QStringLiteral(R"({"name":"Second","providerType":1})")});
    const qint64 second = object(provider).value(QStringLiteral("id")).toInteger();
    QVERIFY2(second > 1, qPrintable(provider));
    makeUser(QStringLiteral("lena"), QStringLiteral("pw-lena-1"));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"),
                         form({"username=lena", "detailtype=3", "detaildata=pw-lena-2"}) + QStringList{QStringLiteral("-d"), QStringLiteral("providerid=%1").arg(second)})), 200);
    const qint64 lena1 = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=lena&providerid=1"))).value(QStringLiteral("id")).toInteger();
    const qint64 lena2 = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=lena&providerid=%1").arg(second))).value(QStringLiteral("id")).toInteger();
    QVERIFY(lena1 > 0 && lena2 > 0 && lena1 != lena2);
    for (const qint64 providerId : {qint64(1), second}) {
        QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","userName":"lena","authProviderId":%1})").arg(providerId)})), 200);
    }
    const QByteArray private_ = R"({"name":"Trust per person","userSpecific":true,"destination":{"url":"{T}/person",
        "steps":[{"kind":"delivery","params":[{"key":"code","value":"Customer code","type":"user","location":"form"}]}]}})";
    const qint64 id = object(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                  {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(private_, m_target.baseUrl()))})).value(QStringLiteral("id")).toInteger();
    for (const qint64 uid : {lena1, lena2}) {
        call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
             {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(uid)});
    }
    const auto signInTo = [&](qint64 providerId, const QString &password) {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                    {QStringLiteral("-d"), QStringLiteral("authtype=0&userid=lena&providerid=%1").arg(providerId),
                                     QStringLiteral("--data-urlencode"), QStringLiteral("password=") + password});
        return QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(answer).value(QStringLiteral("token")).toString()};
    };
    const QStringList first = signInTo(1, QStringLiteral("pw-lena-1"));
    const QStringList other = signInTo(second, QStringLiteral("pw-lena-2"));
    const QString path = QStringLiteral("/workplace/destinations/%1").arg(id);
    QCOMPARE(object(call(QStringLiteral("PUT"), path, first + QStringList{QStringLiteral("--data"), QStringLiteral(R"({"values":{"code":"L-1"}})")}))
                 .value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    QCOMPARE(object(call(QStringLiteral("GET"), path, other)).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));
    // The other lena's delivery fails rather than use the first one's code.
    m_target.clear();
    const qint64 delivery = object(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                        other + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + scanFile()})).value(QStringLiteral("id")).toInteger();
    QVERIFY(delivery > 0);
    QVERIFY(QTest::qWaitFor([&] {
        return object(call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(delivery))).value(QStringLiteral("state")).toString() == QLatin1String("failed");
    }, 10000));
    QVERIFY(m_target.requests().isEmpty());
    // The first one's goes out with hers; the admin sees whose it is, by provider.
    call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id), first + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + scanFile()});
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    QVERIFY(m_target.requests().first().body.contains("L-1"));
    const QJsonArray who = array(call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1/authorizations").arg(id)));
    QCOMPARE(who.size(), 1);
    QCOMPARE(who.at(0)[QStringLiteral("providerId")].toInteger(), 1);
}

void TestTrust::L2_anotherUsersDocumentNeedsMoreThanItsUuid()
{
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/inputports"), form({"domainname=localhost", "portname=Trust queue", "porttype=0"}))), 200);
    const QString doc = m_dir.filePath(QStringLiteral("doc.pdf"));
    QFile f(doc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF private to dana");
    f.close();
    const QString up = call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                            {QStringLiteral("-F"), QStringLiteral("data=@") + doc, QStringLiteral("-F"), QStringLiteral("username=dana"),
                             QStringLiteral("-F"), QStringLiteral("portname=Trust queue"), QStringLiteral("-F"), QStringLiteral("title=mine.pdf")});
    const QString uuid = object(up).value(QStringLiteral("uuid")).toString();
    QVERIFY2(!uuid.isEmpty(), qPrintable(up));
    makeUser(QStringLiteral("rex"), QStringLiteral("pw-rex"));
    giveRole(QStringLiteral("rex"), QStringLiteral("Reporting"));
    const QStringList rex = signIn(QStringLiteral("rex"), QStringLiteral("pw-rex"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents/%1.content").arg(uuid), rex)), 403);
    // Nor may a user upload or record in someone else's name.
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/documents"),
                         rex + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + doc, QStringLiteral("-F"), QStringLiteral("username=dana"),
                                           QStringLiteral("-F"), QStringLiteral("portname=Trust queue"), QStringLiteral("-F"), QStringLiteral("title=x.pdf")})), 403);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/documents/history"), rex + form({"jobtype=PRINT", "username=dana"}))), 403);
}

void TestTrust::L5_signOutAndRefreshTokensStayOutOfReach()
{
    makeUser(QStringLiteral("lou"), QStringLiteral("pw-lou"));
    const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"), form({"authtype=0", "userid=lou", "password=pw-lou"}), m_kiosk);
    const QString refresh = object(login).value(QStringLiteral("refreshToken")).toString();
    const QStringList token{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(login).value(QStringLiteral("token")).toString()};
    // A wrong key burns nothing.
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"), form({"grant_type=refresh_token"}) +
                          QStringList{QStringLiteral("-d"), QStringLiteral("refresh_token=") + refresh})),
             QStringLiteral("refresh_token: issued through another API key"));
    // Sign-out ends the pair, refresh token and access token alike.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/revoke"), {QStringLiteral("-d"), QStringLiteral("token=") + refresh}, m_kiosk)), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/documents"), token, m_kiosk)), 401);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"), form({"grant_type=refresh_token"}) +
                         QStringList{QStringLiteral("-d"), QStringLiteral("refresh_token=") + refresh}, m_kiosk)), 403);
}

void TestTrust::L6_L7_bootstrapAndDataFolder()
{
    // L6: 16 random bytes, every one filled: 22 base64url characters.
    QCOMPARE(m_server.adminPassword.size(), 22);
    // L7: the data folder and the database are this account's alone.
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("data"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    QCOMPARE(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("data/scanflow.sqlite"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0077, mode_t(0));
}

void TestTrust::terminalFlowEndToEnd()
{
    // An admin issues a code; the terminal (its own key, no unauthenticated requests) trades it.
    const QString terminalKey = makeKey({{QStringLiteral("name"), QStringLiteral("MFP terminal")}, {QStringLiteral("advancedPermissions"), true},
                                         {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewScanWorkflow"), QStringLiteral("AddJob")}}});
    const QString made = call(QStringLiteral("POST"), QStringLiteral("/devices"), {QStringLiteral("--data"), QStringLiteral(R"({"name":"MFP 3rd floor"})")});
    const QString code = object(made).value(QStringLiteral("registrationCode")).toString();
    QCOMPARE(code.size(), 19); // XXXX-XXXX-XXXX-XXXX
    QCOMPARE(object(made).value(QStringLiteral("state")).toString(), QStringLiteral("AwaitingRegistration"));
    const QStringList grant{QStringLiteral("-d"), QStringLiteral("grant_type=urn:scanflow:grant-type:registration-code")};
    // Typed back as a person might: lower case, no dashes, O for 0 and l for 1.
    const QString typed = code.toLower().remove(u'-').replace(u'0', u'o').replace(u'1', u'l');
    const QString traded = call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"), grant + QStringList{QStringLiteral("-d"), QStringLiteral("code=") + typed}, terminalKey);
    QCOMPARE(status(traded), 200);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"), grant + QStringList{QStringLiteral("-d"), QStringLiteral("code=") + code}, terminalKey)), 403); // once
    const QString device = object(traded).value(QStringLiteral("access_token")).toString();
    const QStringList asDevice{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + device};
    // A shared workflow dana may use.
    QByteArray workflow = R"({"name":"Trust terminal","destination":{"url":"{T}/terminal","steps":[{"kind":"delivery"}]}})";
    const qint64 id = object(call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                  {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(workflow, m_target.baseUrl()))})).value(QStringLiteral("id")).toInteger();
    const qint64 danaId = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=dana"))).value(QStringLiteral("id")).toInteger();
    call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
         {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(danaId)});
    // Card + PIN at the terminal.
    call(QStringLiteral("POST"), QStringLiteral("/users/dana"), form({"detailtype=6", "detaildata=4321"}));
    call(QStringLiteral("POST"), QStringLiteral("/users/dana/cards"), form({"cardid=DANA-TERMINAL"}));
    const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"),
                               asDevice + form({"authtype=1", "userid=DANA-TERMINAL", "password=4321"}), terminalKey);
    QCOMPARE(object(login).value(QStringLiteral("userName")).toString(), QStringLiteral("dana"));
    // The device delivers for the card's owner; the rules are dana's.
    m_target.clear();
    const QString queued = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                asDevice + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + scanFile(), QStringLiteral("-F"), QStringLiteral("username=dana")},
                                terminalKey);
    QVERIFY2(status(queued) == 200, qPrintable(queued));
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    const QJsonArray history = object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?jobtype=SCAN&username=dana")))
                                   .value(QStringLiteral("documents")).toArray();
    QVERIFY(std::any_of(history.begin(), history.end(), [&](const QJsonValue &d) { return d[QStringLiteral("scanWorkflowId")].toInteger() == id; }));
    // The list shows it registered; removing it ends its token at once.
    const QJsonArray devices = array(call(QStringLiteral("GET"), QStringLiteral("/devices")));
    QVERIFY(std::any_of(devices.begin(), devices.end(), [](const QJsonValue &d) {
        return d[QStringLiteral("name")].toString() == QLatin1String("MFP 3rd floor") && d[QStringLiteral("state")].toString() == QLatin1String("Registered");
    }));
    QVERIFY(!QString::fromUtf8(QJsonDocument(devices).toJson()).contains(code));
    const qint64 deviceId = object(traded).value(QStringLiteral("device_id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/devices/%1").arg(deviceId))), 200);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/login"), asDevice + form({"authtype=3", "userid=dana"}), terminalKey)), 401);
}

void TestTrust::referencePermissionTable()
{
    // Every endpoint the reference notes permissions for, with a key lacking one of them: 403.
    QFile table(QStringLiteral(SCANFLOW_SOURCE_DIR "/tests/server/reference-permissions.tsv"));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QStringList all = object(call(QStringLiteral("GET"), QStringLiteral("/apikeys/permissions"))).value(QStringLiteral("permissions")).toVariant().toStringList();
    QHash<QString, QString> keyLacking;
    int checks = 0;
    for (const QByteArray &raw : table.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QStringList cols = QString::fromUtf8(raw).split(u'\t');
        if (cols.size() < 7 || cols.value(7) == QLatin1String("not-in-server") || cols.at(2) == QLatin1String("-"))
            continue;
        const QString method = cols.at(0);
        if (method == QLatin1String("HEAD"))
            continue;
        QString path = cols.at(1);
        path.replace(QLatin1String("{id}"), QLatin1String("999999")).replace(QLatin1String("{groupId}"), QLatin1String("999999"))
            .replace(QLatin1String("{username}"), QLatin1String("nobody")).replace(QLatin1String("{uuid}"), QLatin1String("no-such-uuid"))
            .replace(QLatin1String("{address}"), QLatin1String("nowhere")).replace(QLatin1String("{alias}"), QLatin1String("none"));
        for (const QString &permission : cols.at(2).split(u',')) {
            if (!keyLacking.contains(permission)) {
                QStringList others = all;
                others.removeAll(permission);
                keyLacking.insert(permission, makeKey({{QStringLiteral("name"), QString(QStringLiteral("lacks ") + permission)},
                                                       {QStringLiteral("advancedPermissions"), true}, {QStringLiteral("allowUnauthenticated"), true},
                                                       {QStringLiteral("allowUntrustedEndpoints"), true}, {QStringLiteral("onBehalfOfUsers"), true},
                                                       {QStringLiteral("permissions"), QJsonArray::fromStringList(others)}}));
            }
            QStringList args;
            if (cols.at(4) == QLatin1String("required"))
                args = signIn(QStringLiteral("admin"), m_server.adminPassword, keyLacking.value(permission));
            // The reference's second PUT on a port path is the update: it names the port.
            if (method == QLatin1String("PUT") && cols.at(6).startsWith(QLatin1String("Update")))
                args << QStringLiteral("-d") << QStringLiteral("id=999999");
            const QString answer = call(method, path, args, keyLacking.value(permission));
            // POST /users/{username} names every permission a detail may need: ModifyUser and
            // ViewUser guard the endpoint, the others the details that need them.
            const bool perDetail = path == QLatin1String("/users/nobody") && method == QLatin1String("POST")
                && (permission == QLatin1String("CardManagement") || permission == QLatin1String("GenerateShortID")
                    || permission == QLatin1String("GenerateOTP"));
            if (perDetail)
                continue;
            QVERIFY2(status(answer) == 403 && message(answer).contains(permission),
                     qPrintable(method + u' ' + path + QStringLiteral(" without ") + permission + QStringLiteral(": ") + answer));
            ++checks;
        }
    }
    qInfo("%d reference endpoint × permission checks", checks);
    QVERIFY(checks > 80);
}

void TestTrust::rolesOnEveryEndpoint()
{
    // Each role's user, on every endpoint the server describes: the permissions the endpoint
    // names decide, never anything else. A role that holds them gets past the check.
    const QJsonObject roleOf{{QStringLiteral("Users"), QStringLiteral("role-users")}, {QStringLiteral("Reporting"), QStringLiteral("role-reporting")},
                             {QStringLiteral("Support"), QStringLiteral("role-support")}, {QStringLiteral("Administrators"), QStringLiteral("role-admins")}};
    const QJsonObject roles = object(call(QStringLiteral("GET"), QStringLiteral("/apikeys/permissions")));
    const QString full = makeKey({{QStringLiteral("name"), QStringLiteral("roles")}, {QStringLiteral("advancedPermissions"), true},
                                  {QStringLiteral("allowUntrustedEndpoints"), true},
                                  {QStringLiteral("permissions"), roles.value(QStringLiteral("permissions"))}});
    const QJsonObject paths = object(call(QStringLiteral("GET"), QStringLiteral("/openapi.json"))).value(QStringLiteral("paths")).toObject();
    int checks = 0;
    for (auto r = roleOf.constBegin(); r != roleOf.constEnd(); ++r) {
        const QString user = r.value().toString();
        makeUser(user, QStringLiteral("pw-") + user);
        giveRole(user, r.key());
        const QString login = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                   {QStringLiteral("-d"), QStringLiteral("authtype=0&userid=%1&password=pw-%1").arg(user)}, full);
        const QStringList token{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + object(login).value(QStringLiteral("token")).toString()};
        const QStringList held = object(login).value(QStringLiteral("permissions")).toVariant().toStringList();
        for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
            QString path = p.key().mid(QStringLiteral("/api/v1").size());
            if (path.contains(QLatin1String("testdestination/receive")))
                continue;
            path.replace(QLatin1String("{id}"), QLatin1String("999999")).replace(QLatin1String("{groupId}"), QLatin1String("999999"))
                .replace(QLatin1String("{username}"), QLatin1String("nobody")).replace(QLatin1String("{uuid}"), QLatin1String("no-such-uuid"))
                .replace(QLatin1String("{address}"), QLatin1String("nowhere")).replace(QLatin1String("{alias}"), QLatin1String("none"));
            const QJsonObject operations = p.value().toObject();
            for (auto o = operations.constBegin(); o != operations.constEnd(); ++o) {
                const QString method = o.key().toUpper();
                if (method == QLatin1String("POST") && (path.startsWith(QLatin1String("/oauth")) || path == QLatin1String("/login")))
                    continue; // no permission, and a call would spend the session under test
                const QStringList needed = o.value()[QStringLiteral("x-permissions")].toVariant().toStringList();
                QString lacking;
                for (const QString &n : needed) {
                    if (!held.contains(n) && lacking.isEmpty())
                        lacking = n;
                }
                if (o.value()[QStringLiteral("x-requires-device")].toBool())
                    continue;
                const QString answer = call(method, path, token, full);
                if (!lacking.isEmpty()) {
                    QVERIFY2(status(answer) == 403 && message(answer).contains(lacking),
                             qPrintable(r.key() + u' ' + method + u' ' + path + QStringLiteral(": ") + answer));
                } else if (method != QLatin1String("POST") && method != QLatin1String("PUT")) {
                    QVERIFY2(status(answer) != 401 && status(answer) != 500 && !(status(answer) == 403 && message(answer).contains(QLatin1String("lacks the"))),
                             qPrintable(r.key() + u' ' + method + u' ' + path + QStringLiteral(": ") + answer));
                }
                ++checks;
            }
        }
    }
    qInfo("%d role × endpoint checks", checks);
    QVERIFY(checks > 300);
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
