#include "OAuthSession.h"

#include "HttpClient.h"
#include "Logging.h"
#include "StepRequest.h"
#include "TokenExchange.h"
#include "TokenStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace scanflow {

namespace {

bool isFresh(const OAuthToken &t)
{
    return !t.accessToken.isEmpty()
        && (!t.expiresAt.isValid()
            || QDateTime::currentDateTimeUtc().addSecs(OAuthSession::RefreshMarginSeconds) < t.expiresAt);
}

} // namespace

OAuthSession::OAuthSession(const Auth &auth, QString workflowKey, QString user, TokenStore *store,
                           HttpClient *http, int timeoutMs, QObject *parent)
    : QObject(parent), m_auth(auth), m_workflowKey(std::move(workflowKey)), m_user(std::move(user)),
      m_store(store), m_http(http), m_timeoutMs(timeoutMs)
{
}

void OAuthSession::withToken(const Callback &callback, const QString &rejectedToken)
{
    const std::optional<OAuthToken> token = m_store->token(m_workflowKey, m_user);
    if (!token || token->isEmpty()) {
        const QString who = m_user.isEmpty() ? QStringLiteral("the workflow has not been authorized")
                                             : QStringLiteral("user \"%1\" has not authorized this workflow").arg(m_user);
        callback({Result<QString>::failure(QStringLiteral("not authorized: %1 (OAuth 2.0)").arg(who)), true, false, {}});
        return;
    }
    const bool rejected = !rejectedToken.isEmpty() && token->accessToken == rejectedToken;
    if (!m_refreshing && isFresh(*token) && !rejected) {
        callback({token->accessToken, false, false, {}});
        return;
    }
    m_waiting.append(callback);
    if (!m_refreshing) {
        m_stale = token->accessToken;
        m_lockWait.invalidate();
        refresh();
    }
}

OAuthSession::~OAuthSession()
{
    unlock(); // gone mid-refresh: the other servers need not wait for its connection to close
}

void OAuthSession::unlock()
{
    if (std::exchange(m_locked, false))
        m_store->unlockRefresh(m_workflowKey, m_user);
}

std::optional<OAuthToken> OAuthSession::refreshedElsewhere() const
{
    const std::optional<OAuthToken> stored = m_store->token(m_workflowKey, m_user);
    if (stored && stored->accessToken != m_stale && isFresh(*stored))
        return stored;
    return std::nullopt;
}

Redactor OAuthSession::redactor(const OAuthToken &token) const
{
    Redactor r;
    r.addSecret(m_auth.clientSecret);
    if (m_transport) {
        for (const QString &s : m_transport->secrets())
            r.addSecret(s);
    }
    r.addSecret(token.accessToken);
    r.addSecret(token.refreshToken);
    return r;
}

void OAuthSession::refresh()
{
    m_refreshing = true;
    // Cluster-wide, one refresh at a time: while another server refreshes this token, wait for
    // what it stores (its refresh token is spent by then).
    m_locked = m_store->tryLockRefresh(m_workflowKey, m_user);
    if (!m_locked) {
        if (!m_lockWait.isValid())
            m_lockWait.start();
        if (m_lockWait.elapsed() > 2 * qint64(m_timeoutMs)) {
            m_refreshing = false;
            finish({Result<QString>::failure(QStringLiteral("token refresh: another server has been refreshing this authorization for %1 s")
                                                 .arg(m_lockWait.elapsed() / 1000)), false, true, {}});
            return;
        }
        QTimer::singleShot(LockRetryMs, this, [this] {
            if (const auto fresh = refreshedElsewhere()) {
                m_refreshing = false;
                finish({fresh->accessToken, false, false, {}});
                return;
            }
            refresh();
        });
        return;
    }
    // Locked. Refreshed by another server just before? Then its token serves, and the refresh
    // token this session read earlier is spent.
    if (const auto fresh = refreshedElsewhere()) {
        unlock();
        m_refreshing = false;
        finish({fresh->accessToken, false, false, {}});
        return;
    }
    const OAuthToken current = m_store->token(m_workflowKey, m_user).value_or(OAuthToken{});
    if (current.refreshToken.isEmpty()) {
        unlock();
        m_refreshing = false;
        const QString message = QStringLiteral("reauthorization needed: the access token expired and the provider gave no refresh token");
        m_store->markNeedsRenewal(m_workflowKey, m_user, message);
        finish({Result<QString>::failure(message), true, false, {}});
        return;
    }
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), current.refreshToken},
                                        {QStringLiteral("client_id"), m_auth.clientId}};
    if (!m_auth.clientSecret.isEmpty()) // a public client (PKCE) sends no empty secret
        form.append({QStringLiteral("client_secret"), m_auth.clientSecret});
    const QByteArray body = formEncode(form);

    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_auth.tokenUrl);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = body;
    request.stallTimeoutMs = m_transport && m_transport->stallTimeoutMs > 0 ? m_transport->stallTimeoutMs : m_timeoutMs;
    request.maxRedirects = 0; // a token endpoint that moves is not followed with the refresh token
    request.transport = m_transport;

    TraceEntry trace;
    trace.step = QStringLiteral("OAuth 2.0 token refresh");
    trace.method = QStringLiteral("POST");
    const Redactor redact = redactor(current);
    trace.url = redact.text(m_auth.tokenUrl);
    trace.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    trace.requestBody = redact.text(QString::fromUtf8(body));
    if (m_transport)
        trace.note = m_transport->describe();

    QElapsedTimer timer;
    timer.start();
    qCDebug(lcOAuth) << "refreshing token for" << m_workflowKey << (m_user.isEmpty() ? QStringLiteral("(shared)") : m_user);
    HttpTransfer *transfer = m_http->start(std::move(request));
    transfer->setParent(this); // cancelled if the session goes first
    connect(transfer, &HttpTransfer::finished, this, [this, transfer, trace, current, timer]() mutable {
        transfer->deleteLater();
        const HttpResponse &answer = transfer->response();
        trace.elapsedMs = timer.elapsed();
        const QByteArray response = answer.body;
        const int status = answer.status;
        trace.status = status;
        trace.responseHeaders = answer.headers;

        const QJsonObject json = QJsonDocument::fromJson(response).object();
        OAuthToken next = tokenFromAnswer(json);
        // RFC 6749 §6: the provider may keep the refresh token; then the old one stays valid.
        if (next.refreshToken.isEmpty())
            next.refreshToken = current.refreshToken;
        const Redactor hide = redactor(next);
        trace.responseBody = hide.excerpt(response);
        trace.responseHeaders = hide.headers(trace.responseHeaders);

        Outcome outcome{Result<QString>::failure({}), false, false, {}};
        const QString error = json.value(QStringLiteral("error")).toString();
        if (status >= 200 && status < 300 && !next.accessToken.isEmpty()) {
            m_store->saveToken(m_workflowKey, m_user, next);
            outcome.accessToken = next.accessToken;
        } else if (const auto stored = m_store->token(m_workflowKey, m_user);
                   error == QLatin1String("invalid_grant") && stored && !stored->accessToken.isEmpty()
                   && stored->refreshToken != current.refreshToken) {
            // Refused because it was spent by whoever stored the next pair meanwhile (an
            // authorization in Workplace, a server that took no lock): a lost race, not a
            // revoked grant.
            outcome.accessToken = stored->accessToken;
        } else if (error == QLatin1String("invalid_grant")) {
            const QString message = QStringLiteral("reauthorization needed: the provider refused the refresh token (invalid_grant)");
            m_store->markNeedsRenewal(m_workflowKey, m_user, message);
            outcome.accessToken = Result<QString>::failure(message);
            outcome.needsReauthorization = true;
        } else if (status == 0 || status >= 500 || status == 429) {
            outcome.accessToken = Result<QString>::failure(
                QStringLiteral("token refresh at %1 failed: %2").arg(trace.url, status ? QStringLiteral("HTTP %1").arg(status) : answer.error));
            outcome.transient = true;
        } else {
            outcome.accessToken = Result<QString>::failure(
                QStringLiteral("token refresh at %1 failed with HTTP %2%3").arg(trace.url).arg(status)
                    .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
        }
        if (!outcome.accessToken)
            trace.error = outcome.accessToken.error();
        outcome.refreshTrace = trace;
        unlock();
        m_refreshing = false;
        finish(outcome);
    });
}

void OAuthSession::finish(const Outcome &outcome)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(outcome);
}

} // namespace scanflow
