// The security model and the user management of the reference (002), with the real server and
// real curl, the way its examples call it: /login and user tokens, single-use refresh tokens,
// users, cards, groups, CSV import, access controls turning into a user's permissions, scan
// access rules deciding Workplace (R15), private data kept per user (R4), a permission matrix
// over every endpoint the server describes, and that description passing a real OpenAPI linter.
#include "DeliveryHarness.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;

class TestUsersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginIssuesTokensAndRefreshTokensWorkOnce();
    void keySettingsDecideWhoMayCall();
    void failedLoginsAreSlowedDown();
    void usersFollowTheReferenceExamples();
    void usersPageThroughAll();
    void badInputIsNamed();
    void csvImportCreatesUpdatesAndDeactivates();
    void cardsAndGroups();
    void accessControlsGiveUsersTheirPermissions();
    void scanAccessDecidesWorkplaceAndEachUserKeepsTheirOwnData();
    void permissionMatrix();
    void openApiPassesTheLinter();

private:
    // curl -X METHOD <base>/api/v1<path> with the key (default: the bootstrap key) and args.
    QString call(const QString &method, const QString &path, const QStringList &args = {}, const QString &key = {});
    QJsonObject login(const QString &user, const QString &password, const QString &key = {});
    QString makeKey(const QJsonObject &settings);
    qint64 makeUser(const QString &name, const QString &password);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    target::HttpTarget m_target;
};

#ifndef Q_MOC_RUN

void TestUsersApi::initTestCase()
{
    QVERIFY(m_target.listen());
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
    QVERIFY(!m_server.key.isEmpty());
    QVERIFY2(!m_server.adminPassword.isEmpty(), "the first start shows the admin user's password");
    // SCANFLOW_SERVER_DATABASE (ctest's *_postgres runs): the same suite on PostgreSQL.
    const QString database = qEnvironmentVariableIsSet("SCANFLOW_SERVER_DATABASE") ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    QCOMPARE(object(api(m_server, QStringLiteral("GET"), QStringLiteral("/version"))).value(QStringLiteral("database")).toString(), database);
}

void TestUsersApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

QString TestUsersApi::call(const QString &method, const QString &path, const QStringList &args, const QString &key)
{
    return api(m_server, method, path, args, key);
}

QJsonObject TestUsersApi::login(const QString &user, const QString &password, const QString &key)
{
    const QString answer = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=") + user,
                                 QStringLiteral("--data-urlencode"), QStringLiteral("password=") + password}, key);
    return status(answer) == 200 ? object(answer) : QJsonObject();
}

QString TestUsersApi::makeKey(const QJsonObject &settings)
{
    const QString answer = call(QStringLiteral("POST"), QStringLiteral("/apikeys"),
                                {QStringLiteral("--data"), QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))});
    return object(answer).value(QStringLiteral("key")).toString();
}

qint64 TestUsersApi::makeUser(const QString &name, const QString &password)
{
    const QString answer = call(QStringLiteral("PUT"), QStringLiteral("/users"),
                                {QStringLiteral("-d"), QStringLiteral("username=") + name, QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                                 QStringLiteral("-d"), QStringLiteral("detaildata=") + password});
    return object(answer).value(QStringLiteral("id")).toInteger();
}

void TestUsersApi::loginIssuesTokensAndRefreshTokensWorkOnce()
{
    const QJsonObject admin = login(QStringLiteral("admin"), m_server.adminPassword);
    QCOMPARE(admin.value(QStringLiteral("userName")).toString(), QStringLiteral("admin"));
    QVERIFY(admin.value(QStringLiteral("token")).toString().startsWith(QLatin1String("sfu_")));
    QCOMPARE(admin.value(QStringLiteral("expiresIn")).toInt(), 3600);
    QVERIFY(admin.value(QStringLiteral("permissions")).toArray().contains(QStringLiteral("ViewUser")));
    QVERIFY2(!admin.contains(QStringLiteral("password")), "UserInfo never carries a password");

    const QString wrong = call(QStringLiteral("POST"), QStringLiteral("/login"),
                               {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=admin"),
                                QStringLiteral("-d"), QStringLiteral("password=guess")});
    QCOMPARE(wrong, QStringLiteral(R"(401 {"errorCode":401,"message":"userid: the user id or the secret is not correct"})"));

    // The reference's deprecated /token: a refresh token works once.
    const QString refresh = admin.value(QStringLiteral("refreshToken")).toString();
    const QString first = call(QStringLiteral("GET"), QStringLiteral("/token?refresh_token=") + refresh);
    QCOMPARE(status(first), 200);
    QVERIFY(object(first).value(QStringLiteral("token")).toString() != admin.value(QStringLiteral("token")).toString());

    // /oauth/v1/token answers in OAuth 2.0's words, at the API's root too (with the same key).
    const QString oauth = curl({QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + m_server.key,
                                QStringLiteral("-d"), QStringLiteral("grant_type=refresh_token"), QStringLiteral("-d"),
                                QStringLiteral("refresh_token=") + object(first).value(QStringLiteral("refreshToken")).toString(),
                                m_server.url + QStringLiteral("/oauth/v1/token")});
    QCOMPARE(status(oauth), 200);
    QCOMPARE(object(oauth).value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(object(oauth).value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("sfu_")));
    QVERIFY(object(oauth).value(QStringLiteral("refresh_token")).toString().startsWith(QLatin1String("sfr_")));
    const QString bearer = QStringLiteral("Authorization: Bearer ") + object(oauth).value(QStringLiteral("access_token")).toString();
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), {QStringLiteral("-H"), bearer})), 200);

    // The first refresh token again: taken for a stolen one, and every token of that sign-in ends.
    const QString second = call(QStringLiteral("GET"), QStringLiteral("/token?refresh_token=") + refresh);
    QCOMPARE(second, QStringLiteral(R"(403 {"errorCode":403,"message":"refresh_token: already used; every token of that sign-in has been revoked"})"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), {QStringLiteral("-H"), bearer})), 401);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"),
                         {QStringLiteral("-d"), QStringLiteral("grant_type=refresh_token"), QStringLiteral("-d"),
                          QStringLiteral("refresh_token=") + object(oauth).value(QStringLiteral("refresh_token")).toString()})), 403);
}

void TestUsersApi::keySettingsDecideWhoMayCall()
{
    // A key that does not allow unauthenticated requests: a user token everywhere but login.
    const QString strict = makeKey({{QStringLiteral("name"), QStringLiteral("terminal")},
                                    {QStringLiteral("allowUntrustedEndpoints"), true}});
    QVERIFY(!strict.isEmpty());
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), {}, strict)), 401);
    const QJsonObject admin = login(QStringLiteral("admin"), m_server.adminPassword, strict);
    const QString bearer = QStringLiteral("Authorization: Bearer ") + admin.value(QStringLiteral("token")).toString();
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), {QStringLiteral("-H"), bearer}, strict)), 200);
    // Only with the key it was issued through.
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/version"), {QStringLiteral("-H"), bearer}),
             QStringLiteral(R"(401 {"errorCode":401,"message":"Authorization: the token was issued through another API key"})"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer sfu_made_up")}, strict)), 401);
    // A key without advanced permissions reaches only what "does not require" them.
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), {QStringLiteral("-H"), bearer}, strict),
             QStringLiteral(R"(403 {"errorCode":403,"message":"this call needs an API key with advanced API permissions"})"));
    // Login needs a trusted device or untrusted endpoints allowed.
    const QString noLogin = makeKey({{QStringLiteral("name"), QStringLiteral("no login")}, {QStringLiteral("allowUnauthenticated"), true}});
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=admin"),
                                                                     QStringLiteral("-d"), QStringLiteral("password=x")}, noLogin),
             QStringLiteral(R"(403 {"errorCode":403,"message":"this call needs a trusted device or an API key that allows untrusted endpoints"})"));
    // Keys are listed without their secret, and a key cannot hand out more than it has.
    const QString keys = call(QStringLiteral("GET"), QStringLiteral("/apikeys"));
    QCOMPARE(status(keys), 200);
    QVERIFY(!keys.contains(strict) && !keys.contains(m_server.key));
    // The names a key may hold, for clients that offer them as choices.
    const QJsonObject names = object(call(QStringLiteral("GET"), QStringLiteral("/apikeys/permissions")));
    QCOMPARE(names.value(QStringLiteral("permissions")).toArray().size(), 47);
    QVERIFY(names.value(QStringLiteral("permissions")).toArray().contains(QStringLiteral("ModifyScanWorkflowAccessRule")));
    QCOMPARE(names.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("Administrators"), QStringLiteral("Users"), QStringLiteral("Reporting"), QStringLiteral("Support")}));
    const QString limited = makeKey({{QStringLiteral("name"), QStringLiteral("limited")}, {QStringLiteral("advancedPermissions"), true},
                                     {QStringLiteral("allowUnauthenticated"), true},
                                     {QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewAccount"), QStringLiteral("ModifyAccount")}}});
    const QString escalate = call(QStringLiteral("POST"), QStringLiteral("/apikeys"),
                                  {QStringLiteral("--data"), QStringLiteral(R"({"name":"x","advancedPermissions":true,"permissions":["DeleteUser"]})")}, limited);
    QCOMPARE(escalate, QStringLiteral(R"(403 {"errorCode":403,"message":"permissions: this API key cannot give DeleteUser, which it lacks"})"));
}

void TestUsersApi::failedLoginsAreSlowedDown()
{
    makeUser(QStringLiteral("mallory"), QStringLiteral("right-one"));
    const QStringList wrong{QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=mallory"),
                            QStringLiteral("-d"), QStringLiteral("password=wrong")};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/login"), wrong)), 401);
    const QString slowed = call(QStringLiteral("POST"), QStringLiteral("/login"), QStringList{QStringLiteral("-i")} + wrong);
    QVERIFY2(slowed.startsWith(QLatin1String("429 ")), qPrintable(slowed));
    QVERIFY2(slowed.contains(QLatin1String("Retry-After: ")), qPrintable(slowed));
    QVERIFY2(login(QStringLiteral("mallory"), QStringLiteral("right-one")).isEmpty(), "even the right password waits");
}

void TestUsersApi::usersFollowTheReferenceExamples()
{
    // curl -X PUT -d username=john.doe -d detailtype=3 -d detaildata=password1 -d detailtype=1 -d detaildata=john.doe@cool.com
    const QString created = call(QStringLiteral("PUT"), QStringLiteral("/users"),
                                 {QStringLiteral("-d"), QStringLiteral("username=john.doe"), QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                                  QStringLiteral("-d"), QStringLiteral("detaildata=password1"), QStringLiteral("-d"), QStringLiteral("detailtype=1"),
                                  QStringLiteral("-d"), QStringLiteral("detaildata=john.doe@cool.com")});
    QCOMPARE(status(created), 200);
    QCOMPARE(object(created).value(QStringLiteral("errorCode")).toInt(), 0);
    QVERIFY(object(created).value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"), {QStringLiteral("-d"), QStringLiteral("username=John.Doe")})), 409);

    // curl -X GET 'users?username=john.doe&providerid=…'
    const QString got = call(QStringLiteral("GET"), QStringLiteral("/users?username=john.doe&providerid=1"));
    QCOMPARE(object(got).value(QStringLiteral("email")).toString(), QStringLiteral("john.doe@cool.com"));
    QCOMPARE(object(got).value(QStringLiteral("hasPassword")).toBool(), true);
    QVERIFY(!got.contains(QLatin1String("password1")));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=JOHN.DOE"))).value(QStringLiteral("userName")).toString(),
             QStringLiteral("john.doe"));

    // curl -X POST -d detailtype=3 -d detaildata=password1 …/users/john.doe (one detail per call)
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/john.doe"),
                         {QStringLiteral("-d"), QStringLiteral("detailtype=0"), QStringLiteral("-d"), QStringLiteral("detaildata=John Doe")})), 200);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=john.doe"))).value(QStringLiteral("fullName")).toString(),
             QStringLiteral("John Doe"));
    QVERIFY(!login(QStringLiteral("john.doe"), QStringLiteral("password1")).isEmpty());
    // A new password ends the sessions of the old one.
    const QString token = login(QStringLiteral("john.doe"), QStringLiteral("password1")).value(QStringLiteral("token")).toString();
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/john.doe"),
                         {QStringLiteral("-d"), QStringLiteral("detailtype=3"), QStringLiteral("-d"), QStringLiteral("detaildata=password2")})), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/version"), {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token})), 401);

    // curl -X DELETE …/users/john.doe
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/users/john.doe"))), 200);
    QCOMPARE(call(QStringLiteral("DELETE"), QStringLiteral("/users/john.doe")),
             QStringLiteral(R"(404 {"errorCode":404,"message":"username: no user \"john.doe\" in provider 1"})"));
}

void TestUsersApi::usersPageThroughAll()
{
    for (int i = 0; i < 120; ++i)
        QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"), {QStringLiteral("-d"), QStringLiteral("username=page%1").arg(i)})), 200);
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        const QString answer = call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1&maxrecords=50") +
                                                               (token.isEmpty() ? QString() : QStringLiteral("&pagetoken=") + token));
        QCOMPARE(status(answer), 200);
        const QJsonObject page = object(answer);
        QVERIFY(page.value(QStringLiteral("recordsOnPage")).toInt() <= 50);
        for (const QJsonValue &u : page.value(QStringLiteral("users")).toArray()) {
            QVERIFY2(!seen.contains(u[QStringLiteral("userName")].toString()), "no user twice");
            seen.insert(u[QStringLiteral("userName")].toString());
        }
        token = page.value(QStringLiteral("nextPageToken")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QVERIFY2(pages >= 3, "more than 120 users take three pages of 50");
    for (int i = 0; i < 120; ++i)
        QVERIFY(seen.contains(QStringLiteral("page%1").arg(i)));
    QVERIFY(seen.contains(QStringLiteral("admin")));

    // ScanFlow's search filter (the admin app's search box) pages the same way: part of the name,
    // any case; "%" and "_" are plain characters.
    QStringList found;
    token.clear();
    do {
        const QJsonObject page = object(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1&maxrecords=5&search=PAGE1") +
                                                                       (token.isEmpty() ? QString() : QStringLiteral("&pagetoken=") + token)));
        for (const QJsonValue &u : page.value(QStringLiteral("users")).toArray())
            found.append(u[QStringLiteral("userName")].toString());
        token = page.value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty());
    QCOMPARE(found.size(), 31); // page1, page10–page19, page100–page119
    QVERIFY(found.contains(QStringLiteral("page1")) && found.contains(QStringLiteral("page119")) && !found.contains(QStringLiteral("page2")));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1&search=page_1"))).value(QStringLiteral("recordsOnPage")).toInt(), 0);
}

void TestUsersApi::badInputIsNamed()
{
    const auto bad = [&](const QString &method, const QString &path, const QStringList &args, const QString &expected) {
        const QString answer = call(method, path, args);
        QVERIFY2(answer.startsWith(QLatin1String("400 ")) || answer.startsWith(QLatin1String("404 ")), qPrintable(answer));
        QVERIFY2(message(answer).startsWith(expected), qPrintable(answer));
    };
    bad(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1&maxrecords=abc"), {}, QStringLiteral("maxrecords: \"abc\" is not a number"));
    bad(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1&maxrecords=5000"), {}, QStringLiteral("maxrecords: 5000 is not between 1 and 1000"));
    bad(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=77"), {}, QStringLiteral("providerid: no authentication provider 77"));
    bad(QStringLiteral("GET"), QStringLiteral("/users"), {}, QStringLiteral("username: the parameter is missing"));
    bad(QStringLiteral("PUT"), QStringLiteral("/users"), {QStringLiteral("-d"), QStringLiteral("username=x"), QStringLiteral("-d"), QStringLiteral("detailtype=99"),
                                                          QStringLiteral("-d"), QStringLiteral("detaildata=y")}, QStringLiteral("detailtype: \"99\" is not one of"));
    bad(QStringLiteral("PUT"), QStringLiteral("/users"), {QStringLiteral("-d"), QStringLiteral("username=x"), QStringLiteral("-d"), QStringLiteral("detailtype=1")},
        QStringLiteral("detaildata: 1 detailtype but 0 detaildata"));
    bad(QStringLiteral("PUT"), QStringLiteral("/users"), {QStringLiteral("-d"), QStringLiteral("username=x"), QStringLiteral("-d"), QStringLiteral("detailtype=12"),
                                                          QStringLiteral("-d"), QStringLiteral("detaildata=someday")}, QStringLiteral("detaildata: \"someday\" is not a date"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users?username=x"))), 404); // the bad ones made nothing
    bad(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QStringLiteral("authtype=9"), QStringLiteral("-d"), QStringLiteral("userid=a")},
        QStringLiteral("authtype: 9 is not between 0 and 4"));
    bad(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=admin")},
        QStringLiteral("password: required with authtype=0"));
    bad(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"), {QStringLiteral("--data"), QStringLiteral("{not json")},
        QStringLiteral("access control: the body is not JSON"));
    bad(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"), {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Gods","userName":"a"})")},
        QStringLiteral("roleName: \"Gods\" is not one of Administrators, Users, Reporting, Support"));
    bad(QStringLiteral("POST"), QStringLiteral("/scan/access"), {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":"5000","identityId":1,"identityType":"User"})")},
        QStringLiteral("workflowId: no workflow 5000"));
    bad(QStringLiteral("GET"), QStringLiteral("/groups/nosuchgroup"), {}, QStringLiteral("GROUPID: no group \"nosuchgroup\""));
    bad(QStringLiteral("GET"), QStringLiteral("/scan/access/abc"), {}, QStringLiteral("accessId: \"abc\" is not a workflow access id"));
}

void TestUsersApi::csvImportCreatesUpdatesAndDeactivates()
{
    const QString csv = m_dir.filePath(QStringLiteral("users.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("username;firstname;lastname;mail;usergroup\n"
            "anna;Anna;Novak;anna@example.com;Accounting\n"
            "\"petr;jr\";Petr;Svoboda;petr@example.com;\n"
            "eva;Eva;Dvorak;eva@example.com;Accounting\n");
    f.close();
    // The reference's example: --form-string "separator=;" -F mapping=… -F hasheader -F group -F data=@file
    const QStringList form{QStringLiteral("--form-string"), QStringLiteral("separator=;"),
                           QStringLiteral("-F"), QStringLiteral("mapping=userName:0,firstName:1,lastName:2,email:3,group:4"),
                           QStringLiteral("-F"), QStringLiteral("hasheader=true"), QStringLiteral("-F"), QStringLiteral("group=Imported"),
                           QStringLiteral("-F"), QStringLiteral("data=@") + csv};
    const QString first = call(QStringLiteral("POST"), QStringLiteral("/users/import"), form);
    QCOMPARE(first, QStringLiteral(R"(200 {"errorCode":0,"message":"3 users created, 0 updated, 0 deactivated"})"));
    const QJsonObject anna = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=anna")));
    QCOMPARE(anna.value(QStringLiteral("fullName")).toString(), QStringLiteral("Anna Novak"));
    QCOMPARE(anna.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.com"));
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users?username=petr%3Bjr"))), 200); // quoted separator
    QStringList groups;
    for (const QJsonValue &g : array(call(QStringLiteral("GET"), QStringLiteral("/users/anna/groups"))))
        groups.append(g[QStringLiteral("name")].toString());
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("Accounting"), QStringLiteral("Imported")}));

    // Eva left: the next import of the group deactivates her, and only her.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("username;firstname;lastname;mail;usergroup\nanna;Anna;Novakova;anna@example.com;\n\"petr;jr\";Petr;Svoboda;petr@example.com;\n");
    f.close();
    QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/users/import"), form),
             QStringLiteral(R"(200 {"errorCode":0,"message":"0 users created, 2 updated, 1 deactivated"})"));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=eva"))).value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=anna"))).value(QStringLiteral("fullName")).toString(),
             QStringLiteral("Anna Novakova"));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/users?username=admin"))).value(QStringLiteral("active")).toBool(), true);

    // The reference's own case: the CSV's group column names the group of the `group` field.
    // It used to answer 500 (a second membership of the same group) and import nobody.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("username;firstname;lastname;mail;usergroup\nolga;Olga;Kral;olga@example.com;Imported\n"
            "anna;Anna;Novakova;anna@example.com;Imported\n");
    f.close();
    const QString sameGroup = call(QStringLiteral("POST"), QStringLiteral("/users/import"), form);
    QCOMPARE(sameGroup, QStringLiteral(R"(200 {"errorCode":0,"message":"1 users created, 1 updated, 1 deactivated"})"));
    QStringList olgasGroups;
    for (const QJsonValue &g : array(call(QStringLiteral("GET"), QStringLiteral("/users/olga/groups"))))
        olgasGroups.append(g[QStringLiteral("name")].toString());
    QCOMPARE(olgasGroups, QStringList{QStringLiteral("Imported")});

    const QString badMapping = call(QStringLiteral("POST"), QStringLiteral("/users/import"),
                                    {QStringLiteral("-F"), QStringLiteral("mapping=userName:0,shoeSize:1"), QStringLiteral("-F"),
                                     QStringLiteral("group=Imported"), QStringLiteral("-F"), QStringLiteral("data=@") + csv});
    QVERIFY2(message(badMapping).startsWith(QLatin1String("mapping: \"shoeSize:1\" is not <field>:<column>")), qPrintable(badMapping));
}

void TestUsersApi::cardsAndGroups()
{
    makeUser(QStringLiteral("karel"), QStringLiteral("pw-karel"));
    // curl -X POST …/users/<username>/cards -d cardid=
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/karel/cards"), {QStringLiteral("-d"), QStringLiteral("cardid=04A1B2C3")})), 200);
    makeUser(QStringLiteral("other"), QStringLiteral("pw"));
    QCOMPARE(message(call(QStringLiteral("POST"), QStringLiteral("/users/other/cards"), {QStringLiteral("-d"), QStringLiteral("cardid=04A1B2C3")})),
             QStringLiteral("cardid: card \"04A1B2C3\" belongs to another user"));
    // authtype=1: the card alone logs in at a trusted device, for a user without a PIN.
    const QString device = QStringLiteral("Authorization: Bearer ") + registerDevice(m_server, QStringLiteral("reader"));
    const QString byCard = call(QStringLiteral("POST"), QStringLiteral("/login"),
                                {QStringLiteral("-H"), device, QStringLiteral("-d"), QStringLiteral("authtype=1"), QStringLiteral("-d"), QStringLiteral("userid=04A1B2C3")});
    QCOMPARE(object(byCard).value(QStringLiteral("userName")).toString(), QStringLiteral("karel"));

    // curl -X PUT …/groups -d groupname= -d groupdn=
    const QString sales = call(QStringLiteral("PUT"), QStringLiteral("/groups"),
                               {QStringLiteral("-d"), QStringLiteral("groupname=Sales"), QStringLiteral("-d"), QStringLiteral("groupdn=cn=sales")});
    const qint64 salesId = object(sales).value(QStringLiteral("id")).toInteger();
    QVERIFY(salesId > 0);
    const qint64 supportId = object(call(QStringLiteral("PUT"), QStringLiteral("/groups"), {QStringLiteral("-d"), QStringLiteral("groupname=Support")}))
                                 .value(QStringLiteral("id")).toInteger();
    // By textual ID and by primary key.
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users/karel/groups"),
                         {QStringLiteral("-d"), QStringLiteral("groupid=cn=sales"), QStringLiteral("-d"), QStringLiteral("groupid=%1").arg(supportId)})), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/users/karel/groups"))).size(), 2);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/groups/%1/members").arg(salesId))).at(0)[QStringLiteral("userName")].toString(),
             QStringLiteral("karel"));
    QCOMPARE(object(call(QStringLiteral("GET"), QStringLiteral("/groups/cn=sales"))).value(QStringLiteral("memberCount")).toInt(), 1);
    // POST sets exactly these; DELETE takes some away.
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/users/karel/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=%1").arg(salesId)})), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/users/karel/groups"))).size(), 1);
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/users/karel/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=cn=sales")})), 200);
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/users/karel/groups"))).size(), 0);
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/users/karel/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=cn=nope")})),
             QStringLiteral("groupid: no group \"cn=nope\""));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/groups/%1").arg(supportId))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/groups/%1").arg(supportId))), 404);
    QVERIFY(array(call(QStringLiteral("GET"), QStringLiteral("/groups"))).size() >= 1);
}

void TestUsersApi::accessControlsGiveUsersTheirPermissions()
{
    makeUser(QStringLiteral("rita"), QStringLiteral("pw-rita"));
    const auto bearer = [&] {
        return QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") +
                                                     login(QStringLiteral("rita"), QStringLiteral("pw-rita")).value(QStringLiteral("token")).toString()};
    };
    QCOMPARE(login(QStringLiteral("rita"), QStringLiteral("pw-rita")).value(QStringLiteral("permissions")).toArray().size(), 0);
    QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), bearer()),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the user rita lacks the ViewUser permission"})"));

    // The reference's example: PUT accesscontrols?accountdomain= --data '{"authProviderId":…,"roleName":…,"userName":…}'
    const QString given = call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                               {QStringLiteral("--data"), QStringLiteral(R"({"authProviderId":1,"roleName":"Support","userName":"rita"})")});
    QCOMPARE(status(given), 200);
    const qint64 controlId = object(given).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), bearer())), 200);
    QCOMPARE(call(QStringLiteral("PUT"), QStringLiteral("/users"), bearer() + QStringList{QStringLiteral("-d"), QStringLiteral("username=z")}),
             QStringLiteral(R"(403 {"errorCode":403,"message":"the user rita lacks the CreateUser permission"})"));
    const QJsonArray controls = object(call(QStringLiteral("GET"), QStringLiteral("/accesscontrols?accountdomain=localhost")))
                                    .value(QStringLiteral("accessControls")).toArray();
    QVERIFY(std::any_of(controls.begin(), controls.end(), [&](const QJsonValue &c) { return c[QStringLiteral("id")].toInteger() == controlId; }));
    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/accesscontrols/%1?accountdomain=localhost").arg(controlId))), 200);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/users/all?providerid=1"), bearer())), 403);

    // Through a group.
    call(QStringLiteral("PUT"), QStringLiteral("/groups"), {QStringLiteral("-d"), QStringLiteral("groupname=Admins"), QStringLiteral("-d"), QStringLiteral("groupdn=cn=admins")});
    call(QStringLiteral("PUT"), QStringLiteral("/users/rita/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=cn=admins")});
    call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Administrators","groupName":"Admins","groupDn":"cn=admins"})")});
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"), bearer() + QStringList{QStringLiteral("-d"), QStringLiteral("username=made-by-rita")})), 200);
}

void TestUsersApi::scanAccessDecidesWorkplaceAndEachUserKeepsTheirOwnData()
{
    // A user-specific workflow: each user's own Basic login and customer code.
    const QByteArray workflow = R"({"name":"Private invoices","userSpecific":true,"destination":{"url":"{T}/upload",
        "auth":{"type":"basic","userSpecific":true},
        "steps":[{"kind":"delivery","params":[{"key":"customerCode","value":"Customer code","type":"user","location":"form"}]}]}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(workflow, m_target.baseUrl()))});
    QCOMPARE(status(created), 200);
    const qint64 workflowId = object(created).value(QStringLiteral("id")).toInteger();
    const qint64 alice = makeUser(QStringLiteral("alice"), QStringLiteral("pw-alice"));
    const qint64 bob = makeUser(QStringLiteral("bob"), QStringLiteral("pw-bob"));
    call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","groupName":"Scanners"})")});
    const qint64 scanners = object(call(QStringLiteral("PUT"), QStringLiteral("/groups"), {QStringLiteral("-d"), QStringLiteral("groupname=Scanners")}))
                                .value(QStringLiteral("id")).toInteger();
    call(QStringLiteral("PUT"), QStringLiteral("/users/alice/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=%1").arg(scanners)});
    call(QStringLiteral("PUT"), QStringLiteral("/users/bob/groups"), {QStringLiteral("-d"), QStringLiteral("groupid=%1").arg(scanners)});
    const QString aliceToken = QStringLiteral("Authorization: Bearer ") + login(QStringLiteral("alice"), QStringLiteral("pw-alice"))[QStringLiteral("token")].toString();
    const QString bobToken = QStringLiteral("Authorization: Bearer ") + login(QStringLiteral("bob"), QStringLiteral("pw-bob"))[QStringLiteral("token")].toString();
    const auto destinations = [&](const QString &token) {
        return array(call(QStringLiteral("GET"), QStringLiteral("/workplace/destinations"), {QStringLiteral("-H"), token}));
    };
    QCOMPARE(destinations(aliceToken).size(), 0); // nobody by default

    // The reference's example: POST scan/access --data '{"workflowId":"1","identityId":2,"identityType":"User"}'
    const auto rule = [&](qint64 identity, const QString &type, const QString &access) -> qint64 {
        const QString answer = call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
                                    {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":"%1","identityId":%2,"identityType":"%3","access":"%4"})")
                                                                   .arg(workflowId).arg(identity).arg(type, access)});
        return status(answer) == 200 ? object(answer).value(QStringLiteral("id")).toInteger() : -1;
    };
    QVERIFY(rule(scanners, QStringLiteral("Group"), QStringLiteral("Allow")) > 0);
    const qint64 denyBob = rule(bob, QStringLiteral("User"), QStringLiteral("Deny"));
    QCOMPARE(destinations(aliceToken).size(), 1);
    QCOMPARE(destinations(bobToken).size(), 0); // a user rule beats a group rule
    const QJsonObject item = destinations(aliceToken).at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));
    QCOMPARE(item.value(QStringLiteral("parameters")).toArray().at(0)[QStringLiteral("label")].toString(), QStringLiteral("Customer code"));
    QCOMPARE(item.value(QStringLiteral("basicLogin")).toBool(), true);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/workplace/destinations/%1").arg(workflowId), {QStringLiteral("-H"), bobToken})), 404);

    // All or nothing: a missing value saves nothing.
    const QString path = QStringLiteral("/workplace/destinations/%1").arg(workflowId);
    const QString partial = call(QStringLiteral("PUT"), path, {QStringLiteral("-H"), aliceToken, QStringLiteral("--data"),
                                                               QStringLiteral(R"({"values":{"customerCode":"A-100"}})")});
    QCOMPARE(partial, QStringLiteral(R"(400 {"errorCode":400,"message":"login: required"})"));
    QCOMPARE(object(call(QStringLiteral("GET"), path, {QStringLiteral("-H"), aliceToken})).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));
    const QString saved = call(QStringLiteral("PUT"), path, {QStringLiteral("-H"), aliceToken, QStringLiteral("--data"),
                                                             QStringLiteral(R"({"values":{"customerCode":"A-100"},"login":"alice-svc","password":"alice-secret"})")});
    QCOMPARE(object(saved).value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    QVERIFY2(!saved.contains(QLatin1String("alice-secret")) && !saved.contains(QLatin1String("A-100")), "nothing private comes back");

    // The admin sees who authorized, never what.
    const QString who = call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1/authorizations").arg(workflowId));
    QCOMPARE(array(who).size(), 1);
    QCOMPARE(array(who).at(0)[QStringLiteral("userName")].toString(), QStringLiteral("alice"));
    QVERIFY(!who.contains(QLatin1String("alice-secret")) && !who.contains(QLatin1String("A-100")));

    // Alice's delivery uses Alice's values; Bob's has none and fails rather than borrow hers (R4).
    const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
    QFile pdf(scan);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4 private");
    pdf.close();
    const auto deliver = [&](const QString &user) {
        return call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(workflowId),
                    {QStringLiteral("-F"), QStringLiteral("data=@") + scan, QStringLiteral("-F"), QStringLiteral("username=") + user});
    };
    QCOMPARE(status(deliver(QStringLiteral("alice"))), 200);
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    const target::RecordedRequest got = m_target.requests().first();
    QCOMPARE(got.header("Authorization"), "Basic " + QByteArray("alice-svc:alice-secret").toBase64());
    QVERIFY(got.body.contains("A-100"));
    // The scan access rules deny Bob this workflow: his delivery is refused at the door.
    QCOMPARE(message(deliver(QStringLiteral("bob"))), QStringLiteral("scanWorkflowId: the scan access rules do not let bob use workflow %1").arg(workflowId));

    // Revoke; then the rule changes and Bob sees it too.
    QCOMPARE(object(call(QStringLiteral("DELETE"), path, {QStringLiteral("-H"), aliceToken})).value(QStringLiteral("state")).toString(),
             QStringLiteral("NotAuthorized"));
    QCOMPARE(array(call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1/authorizations").arg(workflowId))).size(), 0);
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/scan/access/%1").arg(denyBob),
                         {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(workflowId).arg(bob)})), 200);
    QCOMPARE(destinations(bobToken).size(), 1);
    // Allowed now, Bob has entered nothing: his delivery fails rather than borrow Alice's (R4).
    const qint64 bobDelivery = object(deliver(QStringLiteral("bob"))).value(QStringLiteral("id")).toInteger();
    QVERIFY(QTest::qWaitFor([&] {
        return object(call(QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(bobDelivery))).value(QStringLiteral("state")).toString()
               == QLatin1String("failed");
    }, 10000));
    QCOMPARE(m_target.requests().size(), 1);
    // Each delivery is a SCAN document of the history: Alice's stored, Bob's failed.
    QJsonObject statusOf;
    for (const QJsonValue &d : object(call(QStringLiteral("GET"), QStringLiteral("/documents/history?jobtype=SCAN"))).value(QStringLiteral("documents")).toArray()) {
        QCOMPARE(d[QStringLiteral("scanWorkflowId")].toInteger(), workflowId);
        statusOf.insert(d[QStringLiteral("userName")].toString(), d[QStringLiteral("status")].toInt());
    }
    QCOMPARE(statusOf, (QJsonObject{{QStringLiteral("alice"), 9}, {QStringLiteral("bob"), 4}}));

    QCOMPARE(status(call(QStringLiteral("DELETE"), QStringLiteral("/scan/access/%1").arg(denyBob))), 204);
    QCOMPARE(status(call(QStringLiteral("GET"), QStringLiteral("/scan/access/%1").arg(denyBob))), 404);
    Q_UNUSED(alice)
}

void TestUsersApi::permissionMatrix()
{
    // Every operation the server describes × every permission it names: a key lacking just that
    // permission gets 403 naming it; the full key gets past the check (ids that do not exist
    // then answer 404 or 400, which is past the check too, and changes nothing).
    const QJsonObject spec = object(call(QStringLiteral("GET"), QStringLiteral("/openapi.json")));
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    QVERIFY(paths.size() > 30);
    QHash<QString, QString> keyLacking;
    int checks = 0;
    for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
        QString path = p.key().mid(QStringLiteral("/api/v1").size());
        path.replace(QLatin1String("{id}"), QLatin1String("999999")).replace(QLatin1String("{groupId}"), QLatin1String("999999"))
            .replace(QLatin1String("{username}"), QLatin1String("nobody"));
        const QJsonObject operations = p.value().toObject();
        for (auto o = operations.constBegin(); o != operations.constEnd(); ++o) {
            const QString method = o.key().toUpper();
            const QJsonArray permissions = o.value()[QStringLiteral("x-permissions")].toArray();
            for (const QJsonValue &permission : permissions) {
                const QString name = permission.toString();
                if (!keyLacking.contains(name)) {
                    QStringList others;
                    for (const QJsonValue &v : login(QStringLiteral("admin"), m_server.adminPassword).value(QStringLiteral("permissions")).toArray()) {
                        if (v.toString() != name)
                            others.append(v.toString());
                    }
                    keyLacking.insert(name, makeKey({{QStringLiteral("name"), QString(QStringLiteral("without ") + name)},
                                                     {QStringLiteral("advancedPermissions"), true},
                                                     {QStringLiteral("allowUnauthenticated"), true},
                                                     {QStringLiteral("allowUntrustedEndpoints"), true},
                                                     {QStringLiteral("permissions"), QJsonArray::fromStringList(others)}}));
                    QVERIFY(!keyLacking.value(name).isEmpty());
                }
                // Workplace calls need a user token, issued through the same key.
                QStringList token;
                if (o.value()[QStringLiteral("x-requires-user-token")].toBool())
                    token = {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ")
                             + login(QStringLiteral("admin"), m_server.adminPassword, keyLacking.value(name)).value(QStringLiteral("token")).toString()};
                const QString denied = call(method, path, token, keyLacking.value(name));
                QVERIFY2(denied.startsWith(QLatin1String("403 ")) && message(denied).contains(name),
                         qPrintable(method + u' ' + path + QStringLiteral(" without ") + name + QStringLiteral(": ") + denied));
                ++checks;
            }
            if (!permissions.isEmpty() && method != QLatin1String("POST") && !path.contains(QLatin1String("login"))) {
                QStringList token;
                if (o.value()[QStringLiteral("x-requires-user-token")].toBool())
                    token = {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ")
                             + login(QStringLiteral("admin"), m_server.adminPassword).value(QStringLiteral("token")).toString()};
                const QString allowed = call(method, path, token);
                QVERIFY2(status(allowed) != 401 && status(allowed) != 403 && status(allowed) != 500,
                         qPrintable(method + u' ' + path + QStringLiteral(" with every permission: ") + allowed));
            }
        }
    }
    qInfo("%d endpoint × permission checks", checks);
    QVERIFY(checks > 60);
}

void TestUsersApi::openApiPassesTheLinter()
{
    const QString answer = call(QStringLiteral("GET"), QStringLiteral("/openapi.json"));
    QCOMPARE(status(answer), 200);
    const QString file = m_dir.filePath(QStringLiteral("openapi.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(answer.section(u' ', 1).toUtf8());
    out.close();
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(QStringLiteral(SCANFLOW_SOURCE_DIR "/tests/node/node_modules/.bin/redocly"),
               {QStringLiteral("lint"), file, QStringLiteral("--format=stylish")});
    QVERIFY2(lint.waitForStarted(10000), "run `npm ci` in tests/node (scripts/test.sh does)");
    QVERIFY(lint.waitForFinished(120000));
    const QString report = QString::fromUtf8(lint.readAll());
    QVERIFY2(lint.exitCode() == 0, qPrintable(report));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_users_api.moc"
