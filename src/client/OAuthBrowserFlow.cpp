#include "OAuthBrowserFlow.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcBrowserFlow, "scanflow.client.oauth", QtWarningMsg)

namespace scanflow {

namespace {

quint16 redirectPort = OAuthBrowserFlow::DefaultRedirectPort;

// Qt's flow, stopped after the authorization request: the code is handed to the server, which
// holds the client secret, instead of being traded here.
class AuthorizationRequestFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;

protected:
    void resourceOwnerAuthorization(const QUrl &, const QMultiMap<QString, QVariant> &parameters) override
    {
        emit authorizeWithBrowser(buildAuthenticateUrl(parameters));
    }
};

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 7636 §4.1: 32 random octets, base64url: 43 characters of the unreserved set.
QString newVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return base64Url(random);
}

} // namespace

QJsonObject BrowserGrant::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("codeVerifier"), codeVerifier}, {QStringLiteral("redirectUri"), redirectUri}};
}

QString OAuthBrowserFlow::redirectUri()
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(redirectPort);
}

void OAuthBrowserFlow::setRedirectPort(quint16 port)
{
    redirectPort = port;
}

OAuthBrowserFlow::OAuthBrowserFlow(BrowserHandOff *browser, QObject *parent) : QObject(parent), m_browser(browser)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("No answer came from the provider's page within %n minute(s). Nothing was saved; try again.", nullptr,
                std::max(1, m_timeout.interval() / 60000)));
    });
}

OAuthBrowserFlow::~OAuthBrowserFlow() = default;

void OAuthBrowserFlow::start(const Settings &settings, int timeoutMs)
{
    finish();
    if (!settings.authorizationUrl.isValid() || settings.authorizationUrl.scheme().isEmpty()) {
        fail(tr("The authorization endpoint URL \"%1\" is not valid.").arg(settings.authorizationUrl.toString()));
        return;
    }
    // Loopback only (Qt 6.4 would listen on every interface); the redirect URI names 127.0.0.1.
    // (Its default constructor would listen on every interface at once: name the address.)
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, redirectPort, this);
    m_replyHandler->setCallbackPath(QStringLiteral("callback"));
    m_replyHandler->setCallbackText(tr("ScanFlow has the provider's answer. You can close this page and return to ScanFlow."));
    if (!m_replyHandler->isListening()) {
        fail(tr("Port %1 on this computer, where the provider's answer comes back, is in use (another authorization may be "
                "open). Close it and try again.").arg(redirectPort));
        return;
    }
    m_redirectUri = m_replyHandler->callback();
    connect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthBrowserFlow::onCallback);

    m_flow = new AuthorizationRequestFlow(this);
    m_flow->setAuthorizationUrl(settings.authorizationUrl);
    m_flow->setAccessTokenUrl(settings.tokenUrl.isValid() ? settings.tokenUrl : settings.authorizationUrl);
    m_flow->setClientIdentifier(settings.clientId);
    m_flow->setScope(settings.scopes.simplified());
    m_flow->setReplyHandler(m_replyHandler);
    m_verifier = newVerifier();
    const QString challenge = base64Url(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256));
    m_flow->setModifyParametersFunction([challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(QStringLiteral("code_challenge"), challenge);
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        qCDebug(lcBrowserFlow) << "opening the authorization page of" << url.host();
        m_waiting = true;
        emit waitingForBrowser(url);
        if (!m_browser || !m_browser->open(url))
            fail(tr("No web browser could be opened for %1.").arg(url.toString(QUrl::RemoveQuery)));
    });
    m_timeout.start(timeoutMs);
    m_flow->grant();
}

void OAuthBrowserFlow::onCallback(const QVariantMap &data)
{
    if (!m_waiting)
        return;
    const auto value = [&](const char *key) { return QUrl::fromPercentEncoding(data.value(QLatin1String(key)).toByteArray()); };
    const QString error = value("error");
    if (!error.isEmpty()) {
        const QString description = value("error_description").replace(u'+', u' ');
        if (error == QLatin1String("access_denied"))
            fail(tr("The authorization was denied at the provider. Nothing was saved."));
        else
            fail(tr("The provider refused the authorization: %1%2").arg(error, description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)));
        return;
    }
    // The state proves the answer belongs to the request this flow made (RFC 6749 §10.12).
    if (value("state") != m_flow->state()) {
        fail(tr("The provider's answer did not match this authorization (its state differs), so it was refused. Nothing was saved."));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        fail(tr("The provider's answer had no authorization code."));
        return;
    }
    const BrowserGrant grant{code, m_verifier, m_redirectUri};
    finish();
    emit codeReceived(grant);
}

void OAuthBrowserFlow::cancel()
{
    finish();
}

void OAuthBrowserFlow::finish()
{
    m_waiting = false;
    m_timeout.stop();
    if (m_replyHandler) {
        // No new connections; the page that brought the answer still gets its reply, so the
        // handler (and its connection) goes a little later.
        m_replyHandler->close();
        m_replyHandler->disconnect(this);
        QTimer::singleShot(2000, m_replyHandler, &QObject::deleteLater);
    }
    if (m_flow)
        m_flow->deleteLater();
}

void OAuthBrowserFlow::fail(const QString &message)
{
    finish();
    qCDebug(lcBrowserFlow) << "failed:" << message;
    emit failed(message);
}

} // namespace scanflow
