#include "OAuthMockServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

namespace scanflow::test {

OAuthMockServer::OAuthMockServer(const Options &options)
{
    const QString script = QStringLiteral(SCANFLOW_SOURCE_DIR "/tests/node/oauth-server.mjs");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OAUTH_ROTATE"), options.rotateRefreshTokens ? QStringLiteral("1") : QStringLiteral("0"));
    env.insert(QStringLiteral("OAUTH_EXPIRES_IN"), QString::number(options.expiresIn));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("node"), {script});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start node (install Node.js; scripts/test.sh does): ") + m_process.errorString();
        return;
    }
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    const QJsonObject first = QJsonDocument::fromJson(m_process.readLine()).object();
    m_url = first.value(QStringLiteral("url")).toString();
    if (m_url.isEmpty())
        m_error = QStringLiteral("%1 did not start (run `npm ci` in tests/node; scripts/test.sh does)").arg(script);
}

OAuthMockServer::~OAuthMockServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

OAuthToken OAuthMockServer::issueToken(const QString &user)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(tokenUrl())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form{{QStringLiteral("grant_type"), QStringLiteral("password")},
                   {QStringLiteral("username"), user},
                   {QStringLiteral("password"), QStringLiteral("x")},
                   {QStringLiteral("client_id"), QStringLiteral("scanflow")}};
    QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    QDeadlineTimer deadline(10000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {json.value(QStringLiteral("access_token")).toString(),
            json.value(QStringLiteral("refresh_token")).toString(),
            QDateTime::currentDateTimeUtc().addSecs(json.value(QStringLiteral("expires_in")).toInt())};
}

QList<QJsonObject> OAuthMockServer::lines()
{
    // Lines may still be on their way from the node process.
    QTest::qWait(50);
    while (m_process.canReadLine() || m_process.waitForReadyRead(50)) {
        while (m_process.canReadLine())
            m_log.append(QJsonDocument::fromJson(m_process.readLine()).object());
    }
    return m_log;
}

QList<QJsonObject> OAuthMockServer::tokenRequests()
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : lines()) {
        if (!o.contains(QStringLiteral("endpoint")))
            out.append(o);
    }
    return out;
}

QList<QJsonObject> OAuthMockServer::authorizeRequests()
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : lines()) {
        if (o.value(QStringLiteral("endpoint")).toString() == QLatin1String("authorize"))
            out.append(o);
    }
    return out;
}

void OAuthMockServer::revokeRefreshTokens()
{
    m_process.write("revoke\n");
    m_process.waitForBytesWritten(2000);
    QTest::qWait(100);
}

void OAuthMockServer::denyNextAuthorization()
{
    m_process.write("deny\n");
    m_process.waitForBytesWritten(2000);
    QTest::qWait(100); // node reads it on its own time
}

QUrl OAuthMockServer::visit(const QUrl &authorizeUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(authorizeUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QDeadlineTimer deadline(10000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    delete reply;
    return authorizeUrl.resolved(location);
}

QList<QJsonObject> OAuthMockServer::refreshRequests()
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : tokenRequests()) {
        if (o.value(QStringLiteral("grant_type")).toString() == QLatin1String("refresh_token"))
            out.append(o);
    }
    return out;
}

} // namespace scanflow::test
