#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace scanflow {

// How the provider's authorization page reaches a person: the system browser in the app
// (SystemBrowser, in the GUI library); tests put in one that follows the URL as a browser would.
class BrowserHandOff
{
public:
    virtual ~BrowserHandOff() = default;
    // False when no browser could be started.
    virtual bool open(const QUrl &url) = 0;
};

// What the browser brought back, for the server to trade for tokens (the client secret stays
// on the server, so the app never requests tokens itself).
struct BrowserGrant
{
    QString code;
    QString codeVerifier;
    QString redirectUri;

    // {"code", "codeVerifier", "redirectUri"}: the "authorization" member of the server's PUTs.
    QJsonObject toJson() const;
};

// The browser half of the OAuth 2.0 authorization code flow for a native app (RFC 8252):
// QOAuth2AuthorizationCodeFlow builds the authorization request (client_id, redirect_uri,
// space-separated scope, state) plus PKCE S256 (RFC 7636, which Qt 6.4 lacks), the system
// browser shows the provider's page, and QOAuthHttpServerReplyHandler, on loopback only,
// receives the redirect. The state is checked here (Qt 6.4 drops a mismatch silently), and a
// flow that hears nothing within its timeout says so. One flow object per attempt.
class OAuthBrowserFlow : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl authorizationUrl;
        QUrl tokenUrl;   // never requested here; Qt's flow refuses to start without it
        QString clientId;
        QString scopes;  // space separated
    };

    static constexpr quint16 DefaultRedirectPort = 7301;
    static constexpr int DefaultTimeoutMs = 5 * 60 * 1000; // a person signing in at the provider
    // The redirect URI to register at the provider: http://127.0.0.1:7301/callback.
    static QString redirectUri();
    // Tests: 0 listens on any free port (the redirect URI then names it).
    static void setRedirectPort(quint16 port);

    OAuthBrowserFlow(BrowserHandOff *browser, QObject *parent = nullptr);
    ~OAuthBrowserFlow() override;

    void start(const Settings &settings, int timeoutMs = DefaultTimeoutMs);
    // Stops waiting; nothing more is signalled.
    void cancel();
    bool isWaiting() const { return m_waiting; }

signals:
    // The provider's page is open; the person signs in there.
    void waitingForBrowser(const QUrl &authorizationUrl);
    void codeReceived(const scanflow::BrowserGrant &grant);
    // A message for a person: denied, timed out, wrong state, no browser, port taken.
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &data);
    void finish();
    void fail(const QString &message);

    BrowserHandOff *m_browser;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QTimer m_timeout;
    QString m_verifier;
    QString m_redirectUri;
    bool m_waiting = false;
};

} // namespace scanflow
Q_DECLARE_METATYPE(scanflow::BrowserGrant)
