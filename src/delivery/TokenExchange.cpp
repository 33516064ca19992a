#include "TokenExchange.h"

#include "HttpClient.h"
#include "Logging.h"
#include "StepRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace scanflow {

OAuthToken tokenFromAnswer(const QJsonObject &answer)
{
    OAuthToken token;
    token.accessToken = answer.value(QStringLiteral("access_token")).toString();
    token.refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    const int expiresIn = answer.value(QStringLiteral("expires_in")).toInt(0);
    if (expiresIn > 0)
        token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return token;
}

void exchangeAuthorizationCode(HttpClient *http, const Auth &auth, const Connection &connection, const AuthorizationCode &grant,
                               int timeoutMs, QObject *context, std::function<void(const Result<OAuthToken> &)> done)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), grant.code},
                                        {QStringLiteral("redirect_uri"), grant.redirectUri},
                                        {QStringLiteral("client_id"), auth.clientId}};
    if (!grant.codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), grant.codeVerifier});
    if (!auth.clientSecret.isEmpty()) // a public client sends no empty secret (and no Basic header)
        form.append({QStringLiteral("client_secret"), auth.clientSecret});

    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(auth.tokenUrl);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = formEncode(form);
    request.stallTimeoutMs = timeoutMs;
    request.maxRedirects = 0; // the code is not handed to wherever a redirect points
    request.transport = TransportSettings::from(connection);
    if (request.transport->stallTimeoutMs > 0)
        request.stallTimeoutMs = request.transport->stallTimeoutMs;
    qCDebug(lcOAuth) << "exchanging an authorization code at" << auth.tokenUrl;
    HttpTransfer *transfer = http->start(std::move(request));
    transfer->setParent(context); // cancelled if the context goes first
    const QString where = auth.tokenUrl;
    QObject::connect(transfer, &HttpTransfer::finished, context, [transfer, where, timeoutMs, done = std::move(done)] {
        transfer->deleteLater();
        const HttpResponse &answer = transfer->response();
        const int status = answer.status;
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (status == 0) {
            const QString why = answer.timedOut ? QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000.0) : answer.error;
            done(Result<OAuthToken>::failure(QStringLiteral("the token endpoint %1 could not be reached: %2").arg(where, why)));
            return;
        }
        const QString error = json.value(QStringLiteral("error")).toString();
        if (status < 200 || status >= 300 || !error.isEmpty()) {
            QString detail = error.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1, %2").arg(status).arg(error);
            const QString description = json.value(QStringLiteral("error_description")).toString();
            if (!description.isEmpty())
                detail += QStringLiteral(": ") + description.left(300);
            done(Result<OAuthToken>::failure(QStringLiteral("the token endpoint %1 refused the authorization code (%2)").arg(where, detail)));
            return;
        }
        const OAuthToken token = tokenFromAnswer(json);
        if (token.accessToken.isEmpty()) {
            done(Result<OAuthToken>::failure(QStringLiteral("the token endpoint %1 answered without an access_token").arg(where)));
            return;
        }
        done(token);
    });
}

} // namespace scanflow
