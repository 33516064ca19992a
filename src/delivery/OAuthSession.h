#pragma once

#include "Result.h"
#include "Trace.h"
#include "TransportSettings.h"
#include "Workflow.h"

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

    // Calls back with a token that is not about to expire. With `rejectedToken` (a target
    // answered 401 with it), a token other than that one: refreshed unless another file
    // already did.
    void withToken(const Callback &callback, const QString &rejectedToken = {});
    // The workflow's current settings (an edited client secret, token URL or proxy applies at once).
    void setAuth(const Auth &auth) { m_auth = auth; }
    void setTransport(std::shared_ptr<const TransportSettings> transport) { m_transport = std::move(transport); }

private:
    void refresh();
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
};

} // namespace scanflow
