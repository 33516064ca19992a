// The server's half of the OAuth 2.0 authorization code flow, against the real scanflowd and a
// real OAuth 2.0 server (oauth2-mock-server): the app brings back the code and its PKCE
// verifier, the server trades them for tokens with the client secret only it knows (or none,
// for a public client), and stores them; a refused code, a wrong verifier or an unreachable
// token endpoint is named and saves nothing; a user's private values and OAuth come together
// or not at all (R15), and the code is not spent when a value is missing.
#include "DeliveryHarness.h"
#include "OAuthMockServer.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace scanflow;
using namespace scanflow::test;

class TestOAuthApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sharedAuthorizationTradesTheCodeWithItsVerifier();
    void aWrongVerifierOrCodeIsRefusedAndSavesNothing();
    void aPublicClientSendsNoSecret();
    void anUnreachableTokenEndpointIsNamed();
    void aUserGivesValuesAndOAuthTogether();

private:
    QString call(const QString &method, const QString &path, const QStringList &args = {});
    qint64 createWorkflow(const QByteArray &json);
    // The browser's part, done here by hand: the provider's page, and the code it redirects with.
    QString codeFor(const QString &challenge, const QString &clientId = QStringLiteral("scanflow"));
    QString authorizationBody(const QString &code, const QString &verifier, const QJsonObject &more = {});

    QTemporaryDir m_dir;
    ServerProcess m_server;
    OAuthMockServer m_oauth;
    const QString m_redirect = QStringLiteral("http://127.0.0.1:7301/callback");
};

#ifndef Q_MOC_RUN

namespace {

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QString Verifier = QStringLiteral("test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz_ABC");

} // namespace

void TestOAuthApi::initTestCase()
{
    QVERIFY2(m_oauth.isRunning(), qPrintable(m_oauth.error()));
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
}

void TestOAuthApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

QString TestOAuthApi::call(const QString &method, const QString &path, const QStringList &args)
{
    return api(m_server, method, path, args);
}

qint64 TestOAuthApi::createWorkflow(const QByteArray &json)
{
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(json, m_oauth.url().toUtf8()))});
    if (status(created) != 200)
        qWarning().noquote() << "cannot create the workflow:" << created;
    return status(created) == 200 ? object(created).value(QStringLiteral("id")).toInteger() : -1;
}

QString TestOAuthApi::codeFor(const QString &challenge, const QString &clientId)
{
    QUrl authorize(m_oauth.authorizationUrl());
    authorize.setQuery(QUrlQuery{{QStringLiteral("response_type"), QStringLiteral("code")},
                                 {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("redirect_uri"), m_redirect},
                                 {QStringLiteral("state"), QStringLiteral("s1")},
                                 {QStringLiteral("code_challenge"), challenge},
                                 {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    return QUrlQuery(m_oauth.visit(authorize)).queryItemValue(QStringLiteral("code"));
}

QString TestOAuthApi::authorizationBody(const QString &code, const QString &verifier, const QJsonObject &more)
{
    QJsonObject body = more;
    body.insert(QStringLiteral("authorization"), QJsonObject{{QStringLiteral("code"), code},
                                                             {QStringLiteral("codeVerifier"), verifier},
                                                             {QStringLiteral("redirectUri"), m_redirect}});
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestOAuthApi::sharedAuthorizationTradesTheCodeWithItsVerifier()
{
    const qint64 id = createWorkflow(R"({"name":"Shared OAuth","destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"scanflow","clientSecret":"s3cret-of-the-client",
        "scopes":"files.write offline_access"},"steps":[{"kind":"delivery"}]}})");
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/scan/workflows/%1/authorization").arg(id);
    QCOMPARE(object(call(QStringLiteral("GET"), path)).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));

    const QString code = codeFor(challengeOf(Verifier));
    QVERIFY(!code.isEmpty());
    const QString answer = call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), authorizationBody(code, Verifier)});
    QCOMPARE(status(answer), 200);
    QCOMPARE(object(answer).value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    QVERIFY2(!answer.contains(QLatin1String("access")) && !answer.contains(QLatin1String("s3cret")), qPrintable(answer));

    // What the provider received: the code, the verifier, the redirect URI and the secret.
    const QJsonObject exchange = m_oauth.tokenRequests().constLast();
    QCOMPARE(exchange.value(QStringLiteral("grant_type")).toString(), QStringLiteral("authorization_code"));
    QCOMPARE(exchange.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(exchange.value(QStringLiteral("code_verifier")).toString(), Verifier);
    QCOMPARE(exchange.value(QStringLiteral("redirect_uri")).toString(), m_redirect);
    QCOMPARE(exchange.value(QStringLiteral("client_id")).toString(), QStringLiteral("scanflow"));
    QCOMPARE(exchange.value(QStringLiteral("has_client_secret")).toBool(), true);
    QCOMPARE(exchange.value(QStringLiteral("status")).toInt(), 200);

    // Revoke, then the state says so.
    QCOMPARE(object(call(QStringLiteral("DELETE"), path)).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));
}

void TestOAuthApi::aWrongVerifierOrCodeIsRefusedAndSavesNothing()
{
    const qint64 id = createWorkflow(R"({"name":"Refused","destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"scanflow","clientSecret":"x"},"steps":[{"kind":"delivery"}]}})");
    const QString path = QStringLiteral("/scan/workflows/%1/authorization").arg(id);
    const QString code = codeFor(challengeOf(Verifier));
    const QString other = QStringLiteral("another-verifier-0123456789-abcdefghijklmnopqrstuvwxyz");
    const QString refused = call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), authorizationBody(code, other)});
    QCOMPARE(status(refused), 400);
    QVERIFY2(message(refused).startsWith(QStringLiteral("authorization: the token endpoint %1/token refused the authorization code (HTTP 400, invalid_request")
                                             .arg(m_oauth.url())), qPrintable(refused));
    QVERIFY2(message(refused).contains(QLatin1String("code_verifier provided does not match")), qPrintable(refused));
    QCOMPARE(object(call(QStringLiteral("GET"), path)).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));

    // Input the server can judge itself is named before anything is sent.
    QCOMPARE(message(call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), QStringLiteral(R"({"authorization":{"redirectUri":"http://127.0.0.1:1/cb"}})")})),
             QStringLiteral("authorization.code: required"));
    QCOMPARE(message(call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), authorizationBody(QStringLiteral("c"), QStringLiteral("short"))})),
             QStringLiteral(R"(authorization.codeVerifier: must be 43 to 128 characters of A-Z, a-z, 0-9, "-._~")"));
    QCOMPARE(message(call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), QStringLiteral(R"({"authorization":{"code":"c","redirectUri":"urn:x"}})")})),
             QStringLiteral(R"(authorization.redirectUri: "urn:x" is not the http(s) redirect URI of the request)"));
    // A Basic workflow has nothing to authorize.
    const qint64 basic = createWorkflow(R"({"name":"Basic","destination":{"url":"{T}/upload","auth":{"type":"basic","login":"a","password":"b"},"steps":[{"kind":"delivery"}]}})");
    QCOMPARE(message(call(QStringLiteral("PUT"), QStringLiteral("/scan/workflows/%1/authorization").arg(basic),
                          {QStringLiteral("--data"), authorizationBody(QStringLiteral("c"), Verifier)})),
             QStringLiteral("the workflow does not use OAuth 2.0, so it has nothing to authorize"));
}

void TestOAuthApi::aPublicClientSendsNoSecret()
{
    const qint64 id = createWorkflow(R"({"name":"Public client","destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"public-app"},"steps":[{"kind":"delivery"}]}})");
    const QString path = QStringLiteral("/scan/workflows/%1/authorization").arg(id);
    const QString code = codeFor(challengeOf(Verifier), QStringLiteral("public-app"));
    QCOMPARE(object(call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), authorizationBody(code, Verifier)}))
                 .value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    const QJsonObject exchange = m_oauth.tokenRequests().constLast();
    QCOMPARE(exchange.value(QStringLiteral("client_id")).toString(), QStringLiteral("public-app"));
    QCOMPARE(exchange.value(QStringLiteral("has_client_secret")).toBool(), false);
    QCOMPARE(exchange.value(QStringLiteral("basic_auth")).toBool(), false);
    QCOMPARE(exchange.value(QStringLiteral("code_verifier")).toString(), Verifier);
}

void TestOAuthApi::anUnreachableTokenEndpointIsNamed()
{
    const qint64 id = createWorkflow(R"({"name":"Nobody there","destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "authorizationUrl":"{T}/authorize","tokenUrl":"http://127.0.0.1:9/token","clientId":"scanflow"},"steps":[{"kind":"delivery"}]}})");
    const QString path = QStringLiteral("/scan/workflows/%1/authorization").arg(id);
    const QString answer = call(QStringLiteral("PUT"), path, {QStringLiteral("--data"), authorizationBody(QStringLiteral("c"), Verifier)});
    QCOMPARE(status(answer), 400);
    QVERIFY2(message(answer).startsWith(QStringLiteral("authorization: the token endpoint http://127.0.0.1:9/token could not be reached: ")),
             qPrintable(answer));
    // The connection that waited for that answer goes on serving.
    QCOMPARE(object(call(QStringLiteral("GET"), path)).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));
}

void TestOAuthApi::aUserGivesValuesAndOAuthTogether()
{
    const qint64 id = createWorkflow(R"({"name":"Mine","userSpecific":true,"destination":{"url":"{T}/upload","auth":{"type":"oauth2",
        "userSpecific":true,"authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"scanflow","clientSecret":"hidden"},
        "steps":[{"kind":"delivery","params":[{"key":"tenant","value":"Tenant","type":"user","location":"form"}]}]}})");
    QVERIFY(id > 0);
    const qint64 olga = object(call(QStringLiteral("PUT"), QStringLiteral("/users"),
                                    {QStringLiteral("-d"), QStringLiteral("username=olga"), QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                                     QStringLiteral("-d"), QStringLiteral("detaildata=pw-olga")})).value(QStringLiteral("id")).toInteger();
    QVERIFY(olga > 0);
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(olga)})), 200);
    const QString token = QStringLiteral("Authorization: Bearer ") +
        object(call(QStringLiteral("POST"), QStringLiteral("/login"), {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"),
                                                                          QStringLiteral("userid=olga"), QStringLiteral("-d"), QStringLiteral("password=pw-olga")}))
            .value(QStringLiteral("token")).toString();
    const QString path = QStringLiteral("/workplace/destinations/%1").arg(id);
    const QString itemAnswer = call(QStringLiteral("GET"), path, {QStringLiteral("-H"), token});
    const QJsonObject item = object(itemAnswer);
    QVERIFY2(status(itemAnswer) == 200, qPrintable(itemAnswer));
    QCOMPARE(item.value(QStringLiteral("oauth")).toBool(), true);
    QVERIFY2(!item.contains(QStringLiteral("clientSecret")), "the secret stays on the server");

    // A missing value: refused before the code is spent.
    const qint64 exchangesBefore = m_oauth.tokenRequests().size();
    const QString code = codeFor(challengeOf(Verifier));
    const QString missing = call(QStringLiteral("PUT"), path, {QStringLiteral("-H"), token, QStringLiteral("--data"), authorizationBody(code, Verifier)});
    QCOMPARE(message(missing), QStringLiteral(R"(values.tenant: "Tenant" is required)"));
    QCOMPARE(m_oauth.tokenRequests().size(), exchangesBefore);
    QCOMPARE(object(call(QStringLiteral("GET"), path, {QStringLiteral("-H"), token})).value(QStringLiteral("state")).toString(), QStringLiteral("NotAuthorized"));

    // With the value, the same code gives the tokens and both are saved.
    const QString saved = call(QStringLiteral("PUT"), path, {QStringLiteral("-H"), token, QStringLiteral("--data"),
                                                             authorizationBody(code, Verifier, {{QStringLiteral("values"), QJsonObject{{QStringLiteral("tenant"), QStringLiteral("T-7")}}}})});
    QCOMPARE(status(saved), 200);
    QCOMPARE(object(saved).value(QStringLiteral("state")).toString(), QStringLiteral("Authorized"));
    QCOMPARE(m_oauth.tokenRequests().constLast().value(QStringLiteral("has_client_secret")).toBool(), true);
    const QJsonArray who = array(call(QStringLiteral("GET"), QStringLiteral("/scan/workflows/%1/authorizations").arg(id)));
    QCOMPARE(who.size(), 1);
    QCOMPARE(who.at(0)[QStringLiteral("userName")].toString(), QStringLiteral("olga"));
    QCOMPARE(who.at(0)[QStringLiteral("state")].toString(), QStringLiteral("Authorized"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestOAuthApi)
#include "tst_oauth_api.moc"
