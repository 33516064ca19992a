#pragma once

#include "Workflow.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace scanflow::test {

// The real OAuth 2.0 server of the test suite (tests/node/oauth-server.mjs around the npm
// package oauth2-mock-server), started on loopback for one test and stopped with it.
class OAuthMockServer
{
public:
    struct Options
    {
        bool rotateRefreshTokens = true;
        int expiresIn = 3600;
    };

    OAuthMockServer() : OAuthMockServer(Options{}) {}
    explicit OAuthMockServer(const Options &options);
    ~OAuthMockServer();

    bool isRunning() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString tokenUrl() const { return m_url + QStringLiteral("/token"); }
    QString authorizationUrl() const { return m_url + QStringLiteral("/authorize"); }

    // A first token pair, as an authorization would have left it (password grant).
    OAuthToken issueToken(const QString &user);
    // Every token request the server answered, in order (see oauth-server.mjs).
    QList<QJsonObject> tokenRequests();
    QList<QJsonObject> refreshRequests();
    // Every authorization request (the browser's visit to /authorize), in order.
    QList<QJsonObject> authorizeRequests();
    // The next authorization is refused with error=access_denied, as if the person clicked Deny.
    void denyNextAuthorization();
    // The provider forgets every refresh token it issued (they answer invalid_grant).
    void revokeRefreshTokens();
    // What a browser gets from the authorization page for this URL: the redirect, followed
    // no further (its query has the code or the error, and the state).
    QUrl visit(const QUrl &authorizeUrl);

private:
    QList<QJsonObject> lines();

    QProcess m_process;
    QString m_url;
    QString m_error;
    QList<QJsonObject> m_log;
};

} // namespace scanflow::test
