// R3 with a real OAuth 2.0 server (oauth2-mock-server from the npm registry): the bearer token
// is refreshed shortly before it expires and on a 401 (then the step is retried once), the old
// refresh token is kept when the provider issues none, invalid_grant means "reauthorization
// needed", one refresh serves every waiting file, and no secret reaches a trace.
#include "DeliveryHarness.h"
#include "OAuthMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;

class TestOAuthRefresh : public QObject
{
    Q_OBJECT

private slots:
    void R3_refreshesShortlyBeforeExpiry();
    void R3_refreshesOnceOn401AndRetriesTheStep();
    void R3_retriesOnlyOnce();
    void R3_keepsTheRefreshTokenWhenTheProviderIssuesNone();
    void R3_invalidGrantMeansReauthorizationNeeded();
    void R3_oneRefreshServesEveryWaitingFile();
    void R3_publicClientSendsNoEmptySecret();
    void R13_noTokenOrSecretInTheTrace();
};

using target::Reply;

namespace {

const QByteArray Pdf = "%PDF-1.4\noauth\n%%EOF\n";

Workflow oauthWorkflow(const DeliveryHarness &h, const OAuthMockServer &oauth, const QString &secret = QStringLiteral("client-secret-xyz"))
{
    auto w = h.workflow(R"({"format":1,"name":"OAuth","destination":{"url":"{T}/upload",
        "auth":{"type":"oauth2","authorizationUrl":"https://id.invalid/authorize","tokenUrl":"https://id.invalid/token","clientId":"scanflow"},
        "steps":[{"kind":"request","url":"{T}/create","method":"POST","body":"none"},{"kind":"delivery"}]}})");
    Workflow wf = w.value();
    wf.destination.auth.tokenUrl = oauth.tokenUrl();
    wf.destination.auth.authorizationUrl = oauth.authorizationUrl();
    wf.destination.auth.clientSecret = secret;
    return wf;
}

QByteArray bearer(const QJsonObject &tokenLog)
{
    return "Bearer " + tokenLog.value(QStringLiteral("access_token")).toString().toLatin1();
}

} // namespace


#ifndef Q_MOC_RUN

#define START_OAUTH(var, options)                                          \
    OAuthMockServer var{options};                                          \
    QVERIFY2(var.isRunning(), qPrintable(var.error()))

void TestOAuthRefresh::R3_refreshesShortlyBeforeExpiry()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    OAuthToken first = oauth.issueToken(QStringLiteral("admin"));
    first.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30); // inside the 60 s margin
    h.tokens.saveToken(w.key(), {}, first);

    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<QJsonObject> refreshes = oauth.refreshRequests();
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.at(0).value(QStringLiteral("refresh_token")).toString(), first.refreshToken);
    // Both steps carried the new token; the store holds the new pair.
    for (const RecordedRequest &req : h.target.requests())
        QCOMPARE(req.header("Authorization"), bearer(refreshes.at(0)));
    const OAuthToken stored = *h.tokens.token(w.key(), {});
    QCOMPARE(stored.refreshToken, refreshes.at(0).value(QStringLiteral("new_refresh_token")).toString());
    QVERIFY(stored.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
}

void TestOAuthRefresh::R3_refreshesOnceOn401AndRetriesTheStep()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    const OAuthToken first = oauth.issueToken(QStringLiteral("admin")); // valid for an hour…
    h.tokens.saveToken(w.key(), {}, first);
    const QByteArray revoked = "Bearer " + first.accessToken.toLatin1(); // …but the API revoked it
    h.target.setHandler([&](const RecordedRequest &req) {
        return req.header("Authorization") == revoked ? Reply::json(401, R"({"error":"invalid_token"})") : Reply::json(201, "{}");
    });
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(oauth.refreshRequests().size(), 1);
    const auto &reqs = h.target.requests();
    QCOMPARE(reqs.size(), 3); // create (401), create again, upload
    QCOMPARE(reqs.at(0).header("Authorization"), revoked);
    QCOMPARE(reqs.at(1).path(), QByteArray("/create"));
    QCOMPARE(reqs.at(1).header("Authorization"), bearer(oauth.refreshRequests().at(0)));
    QCOMPARE(reqs.at(2).header("Authorization"), reqs.at(1).header("Authorization"));
    QStringList steps;
    for (const TraceEntry &t : r.trace)
        steps.append(QStringLiteral("%1 %2").arg(t.step).arg(t.status));
    QCOMPARE(steps, (QStringList{QStringLiteral("Request 1 401"), QStringLiteral("OAuth 2.0 token refresh 200"),
                                 QStringLiteral("Request 1 201"), QStringLiteral("Delivery 201")}));
}

void TestOAuthRefresh::R3_retriesOnlyOnce()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    h.tokens.saveToken(w.key(), {}, oauth.issueToken(QStringLiteral("admin")));
    h.target.setHandler([](const RecordedRequest &) { return Reply::json(401, R"({"error":"invalid_token"})"); });
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("returned HTTP 401")), qPrintable(r.error));
    QCOMPARE(oauth.refreshRequests().size(), 1);
    QCOMPARE(h.target.requests().size(), 2);
}

void TestOAuthRefresh::R3_keepsTheRefreshTokenWhenTheProviderIssuesNone()
{
    DeliveryHarness h;
    const OAuthMockServer::Options noRotation{false, 3600};
    START_OAUTH(oauth, noRotation);
    const Workflow w = oauthWorkflow(h, oauth);
    OAuthToken first = oauth.issueToken(QStringLiteral("admin"));
    first.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    h.tokens.saveToken(w.key(), {}, first);
    QVERIFY(h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf)).ok);
    const QList<QJsonObject> refreshes = oauth.refreshRequests();
    QCOMPARE(refreshes.size(), 1);
    QVERIFY(refreshes.at(0).value(QStringLiteral("new_refresh_token")).isNull());
    const OAuthToken stored = *h.tokens.token(w.key(), {});
    QCOMPARE(stored.refreshToken, first.refreshToken);
    QVERIFY(stored.accessToken != first.accessToken);

    // Expire it again: the kept refresh token still works.
    OAuthToken again = stored;
    again.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    h.tokens.saveToken(w.key(), {}, again);
    QVERIFY(h.deliver(w, h.file(QStringLiteral("b.pdf"), Pdf)).ok);
    QCOMPARE(oauth.refreshRequests().size(), 2);
}

void TestOAuthRefresh::R3_invalidGrantMeansReauthorizationNeeded()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    h.tokens.saveToken(w.key(), {}, {QStringLiteral("expired-access"), QStringLiteral("revoked-refresh-token"),
                                      QDateTime::currentDateTimeUtc().addSecs(-60)});
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY(r.needsReauthorization);
    QVERIFY(!r.transient);
    QCOMPARE(r.error, QStringLiteral("step \"Request 1\" (1/2): reauthorization needed: the provider refused the refresh token (invalid_grant)"));
    QVERIFY(h.tokens.renewalReason(w.key(), {}).has_value());
    QVERIFY(h.target.requests().isEmpty());
    QCOMPARE(oauth.refreshRequests().at(0).value(QStringLiteral("status")).toInt(), 400);
}

void TestOAuthRefresh::R3_oneRefreshServesEveryWaitingFile()
{
    DeliveryHarness h;
    h.engine.setMaxConcurrent(6);
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    OAuthToken first = oauth.issueToken(QStringLiteral("admin"));
    first.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    h.tokens.saveToken(w.key(), {}, first);
    const QList<DeliveryResult> results = h.deliverAll(w, h.jobs(6, Pdf));
    for (const DeliveryResult &r : results)
        QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(oauth.refreshRequests().size(), 1); // a single-use refresh token would fail a second one
    QCOMPARE(h.target.requests().size(), 12);
}

void TestOAuthRefresh::R3_publicClientSendsNoEmptySecret()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    for (const QString &secret : {QString(), QStringLiteral("confidential")}) {
        const Workflow w = oauthWorkflow(h, oauth, secret);
        OAuthToken t = oauth.issueToken(QStringLiteral("admin"));
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        h.tokens.saveToken(w.key(), {}, t);
        QVERIFY(h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf)).ok);
        const QJsonObject last = oauth.refreshRequests().constLast();
        QCOMPARE(last.value(QStringLiteral("has_client_secret")).toBool(), !secret.isEmpty());
        QCOMPARE(last.value(QStringLiteral("basic_auth")).toBool(), false);
        QCOMPARE(last.value(QStringLiteral("client_id")).toString(), QStringLiteral("scanflow"));
    }
}

void TestOAuthRefresh::R13_noTokenOrSecretInTheTrace()
{
    DeliveryHarness h;
    START_OAUTH(oauth, OAuthMockServer::Options{});
    const Workflow w = oauthWorkflow(h, oauth);
    OAuthToken first = oauth.issueToken(QStringLiteral("admin"));
    first.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    h.tokens.saveToken(w.key(), {}, first);
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(r.ok);
    QJsonArray all;
    for (const TraceEntry &t : r.trace)
        all.append(t.toJson());
    const QByteArray text = QJsonDocument(all).toJson();
    const OAuthToken now = *h.tokens.token(w.key(), {});
    for (const QString &secret : {first.accessToken, first.refreshToken, now.accessToken, now.refreshToken, QStringLiteral("client-secret-xyz")})
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret.left(12)));
    QVERIFY(text.contains("OAuth 2.0 token refresh"));
    QVERIFY(text.contains("Bearer [redacted]"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestOAuthRefresh)
#include "tst_oauth_refresh.moc"
