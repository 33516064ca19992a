// The app's half of the OAuth 2.0 authorization code flow (OAuthBrowserFlow) against a real
// OAuth 2.0 server (oauth2-mock-server) and a test browser that follows the provider's page:
// the authorization request carries PKCE S256, a space-separated scope and a state; the
// loopback redirect listens on loopback only; a forged state, a denial, a person who never
// finishes, a missing browser and a taken port each end with a clear message; and the app
// never asks the token endpoint itself (the server does, with the secret).
#include "FollowingBrowser.h"
#include "OAuthBrowserFlow.h"
#include "OAuthMockServer.h"

#include <QCryptographicHash>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace scanflow;
using namespace scanflow::test;

class TestBrowserFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theRequestCarriesPkceScopeAndState();
    void aForgedStateIsRefused();
    void aDenialIsNamed();
    void aPersonWhoNeverFinishesTimesOut();
    void theRedirectListensOnLoopbackOnly();
    void noBrowserOrATakenPortIsNamed();

private:
    OAuthBrowserFlow::Settings settings(const QString &scopes = QStringLiteral("files.write")) const;

    OAuthMockServer m_oauth;
};

#ifndef Q_MOC_RUN

void TestBrowserFlow::initTestCase()
{
    QVERIFY2(m_oauth.isRunning(), qPrintable(m_oauth.error()));
    OAuthBrowserFlow::setRedirectPort(0); // tests run side by side: any free port
    qRegisterMetaType<BrowserGrant>();
}

OAuthBrowserFlow::Settings TestBrowserFlow::settings(const QString &scopes) const
{
    return {QUrl(m_oauth.authorizationUrl()), QUrl(m_oauth.tokenUrl()), QStringLiteral("scanflow-app"), scopes};
}

void TestBrowserFlow::theRequestCarriesPkceScopeAndState()
{
    FollowingBrowser browser;
    OAuthBrowserFlow flow(&browser);
    std::optional<BrowserGrant> grant;
    QString failure;
    connect(&flow, &OAuthBrowserFlow::codeReceived, this, [&](const BrowserGrant &g) { grant = g; });
    connect(&flow, &OAuthBrowserFlow::failed, this, [&](const QString &m) { failure = m; });
    flow.start(settings(QStringLiteral("  files.write\toffline_access  ")));
    QVERIFY(flow.isWaiting());
    QTRY_VERIFY_WITH_TIMEOUT(grant.has_value() || !failure.isEmpty(), 10000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const QJsonObject asked = m_oauth.authorizeRequests().constLast();
    QCOMPARE(asked.value(QStringLiteral("response_type")).toString(), QStringLiteral("code"));
    QCOMPARE(asked.value(QStringLiteral("client_id")).toString(), QStringLiteral("scanflow-app"));
    QCOMPARE(asked.value(QStringLiteral("scope")).toString(), QStringLiteral("files.write offline_access"));
    QCOMPARE(asked.value(QStringLiteral("code_challenge_method")).toString(), QStringLiteral("S256"));
    const QByteArray expected = QCryptographicHash::hash(grant->codeVerifier.toLatin1(), QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(asked.value(QStringLiteral("code_challenge")).toString().toLatin1(), expected);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$")).match(grant->codeVerifier).hasMatch(),
             qPrintable(grant->codeVerifier));
    QVERIFY(!asked.value(QStringLiteral("state")).toString().isEmpty());
    QCOMPARE(asked.value(QStringLiteral("redirect_uri")).toString(), grant->redirectUri);
    QVERIFY2(grant->redirectUri.startsWith(QLatin1String("http://127.0.0.1:")) && grant->redirectUri.endsWith(QLatin1String("/callback")),
             qPrintable(grant->redirectUri));
    QCOMPARE(grant->code, QUrlQuery(browser.redirectedTo).queryItemValue(QStringLiteral("code")));

    // The person's browser is told it can go back to the app.
    QTRY_COMPARE_WITH_TIMEOUT(browser.landed, 1, 5000);
    QVERIFY2(browser.landingPage.contains(QLatin1String("ScanFlow has the provider's answer")), qPrintable(browser.landingPage));
    // The code is the server's to trade: the app asked no token endpoint.
    QVERIFY(m_oauth.tokenRequests().isEmpty());
    QVERIFY(!flow.isWaiting());
}

void TestBrowserFlow::aForgedStateIsRefused()
{
    FollowingBrowser browser;
    browser.rewriteRedirect = [](QUrl url) {
        QUrlQuery q(url);
        q.removeQueryItem(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-someone-else"));
        url.setQuery(q);
        return url;
    };
    OAuthBrowserFlow flow(&browser);
    QSignalSpy codes(&flow, &OAuthBrowserFlow::codeReceived);
    QSignalSpy failures(&flow, &OAuthBrowserFlow::failed);
    flow.start(settings());
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
    QCOMPARE(failures.at(0).at(0).toString(),
             QStringLiteral("The provider's answer did not match this authorization (its state differs), so it was refused. Nothing was saved."));
    QTest::qWait(100);
    QCOMPARE(codes.size(), 0);
}

void TestBrowserFlow::aDenialIsNamed()
{
    m_oauth.denyNextAuthorization();
    FollowingBrowser browser;
    OAuthBrowserFlow flow(&browser);
    QSignalSpy codes(&flow, &OAuthBrowserFlow::codeReceived);
    QSignalSpy failures(&flow, &OAuthBrowserFlow::failed);
    flow.start(settings());
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("The authorization was denied at the provider. Nothing was saved."));
    QVERIFY(m_oauth.authorizeRequests().constLast().value(QStringLiteral("denied")).toBool());
    QCOMPARE(codes.size(), 0);
}

void TestBrowserFlow::aPersonWhoNeverFinishesTimesOut()
{
    FollowingBrowser browser;
    browser.neverFinish = true;
    OAuthBrowserFlow flow(&browser);
    QSignalSpy failures(&flow, &OAuthBrowserFlow::failed);
    QSignalSpy waiting(&flow, &OAuthBrowserFlow::waitingForBrowser);
    flow.start(settings(), 300);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(browser.opened.size(), 1);
    const QUrl redirect(QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 5000);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("No answer came from the provider's page within 1 minute(s). Nothing was saved; try again."));
    // The loopback port is given up.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!late.waitForConnected(1000));

    // Cancelled by the person: nothing more is said.
    OAuthBrowserFlow cancelled(&browser);
    QSignalSpy cancelledFailures(&cancelled, &OAuthBrowserFlow::failed);
    cancelled.start(settings(), 300);
    cancelled.cancel();
    QTest::qWait(500);
    QCOMPARE(cancelledFailures.size(), 0);
    QVERIFY(!cancelled.isWaiting());
}

void TestBrowserFlow::theRedirectListensOnLoopbackOnly()
{
    FollowingBrowser browser;
    browser.neverFinish = true;
    OAuthBrowserFlow flow(&browser);
    flow.start(settings());
    const QUrl redirect(QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QTcpSocket local;
    local.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(local.waitForConnected(2000));
    QHostAddress outside;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            outside = a;
    }
    if (outside.isNull())
        QSKIP("this machine has no address besides loopback");
    QTcpSocket remote;
    remote.connectToHost(outside, quint16(redirect.port()));
    QVERIFY2(!remote.waitForConnected(2000), qPrintable(outside.toString()));
}

void TestBrowserFlow::noBrowserOrATakenPortIsNamed()
{
    FollowingBrowser browser;
    browser.fails = true;
    OAuthBrowserFlow flow(&browser);
    QSignalSpy failures(&flow, &OAuthBrowserFlow::failed);
    flow.start(settings());
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.at(0).at(0).toString().startsWith(QStringLiteral("No web browser could be opened for %1").arg(m_oauth.authorizationUrl())),
             qPrintable(failures.at(0).at(0).toString()));

    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    OAuthBrowserFlow::setRedirectPort(squatter.serverPort());
    browser.fails = false;
    flow.start(settings());
    OAuthBrowserFlow::setRedirectPort(0);
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(1).at(0).toString(),
             QStringLiteral("Port %1 on this computer, where the provider's answer comes back, is in use (another authorization may be open). "
                            "Close it and try again.").arg(squatter.serverPort()));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestBrowserFlow)
#include "tst_browser_flow.moc"
