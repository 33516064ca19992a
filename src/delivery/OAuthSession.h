#pragma once

#include "Result.h"
#include "Trace.h"
#include "TransportSettings.h"
#include "Workflow.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>


namespace scanflow {

class HttpClient;

class TokenStore;

// The bearer token of one authorization (a workflow's shared one, or one user's) for every
// file that needs it: refreshed shortly before it expires and when a target answers 401, with
// one refresh in flight at a time; files asking meanwhile wait for it (the Nextcloud habit).
class OAuthSession : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Result<QString> accessToken;
        bool needsReauthorization = false;
        bool transient = false;              // the token endpoint could not be reached
        std::optional<TraceEntry> refreshTrace;
    };
    using Callback = std::function<void(const Outcome &)>;

    static constexpr int RefreshMarginSeconds = 60;

    OAuthSession(const Auth &auth, QString workflowKey, QString user, TokenStore *store,
                 HttpClient *http, int timeoutMs, QObject *parent = nullptr);
    ~OAuthSession() override;

    // Calls back with a token that is not about to expire. With `rejectedToken` (a target
    // answered 401 with it), a token other than that one: refreshed unless another file
    // already did.
    void withToken(const Callback &callback, const QString &rejectedToken = {});
    // The workflow's current settings (an edited client secret, token URL or proxy applies at once).
    void setAuth(const Auth &auth) { m_auth = auth; }
    void setTransport(std::shared_ptr<const TransportSettings> transport) { m_transport = std::move(transport); }

    // How often a session looks again while another server holds the refresh lock, and how
    // long it waits at most before it calls the attempt transient.
    static constexpr int LockRetryMs = 100;

private:
    void refresh();
    // The stored token, when another server refreshed it since this session found it stale.
    std::optional<OAuthToken> refreshedElsewhere() const;
    void unlock();
    void finish(const Outcome &outcome);
    Redactor redactor(const OAuthToken &token) const;

    Auth m_auth;
    std::shared_ptr<const TransportSettings> m_transport;
    QString m_workflowKey;
    QString m_user;
    TokenStore *m_store;
    HttpClient *m_http;
    int m_timeoutMs;
    QList<Callback> m_waiting;
    bool m_refreshing = false;
    QString m_stale;              // the access token that was stale or refused when the refresh began
    QElapsedTimer m_lockWait;     // since this session waits for another server's refresh
    bool m_locked = false;        // it holds the store's refresh lock
};

} // namespace scanflow
