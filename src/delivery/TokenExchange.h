#pragma once

#include "Result.h"
#include "Workflow.h"

#include <QString>

#include <functional>

class QJsonObject;
class QObject;

namespace scanflow {

class HttpClient;

// What the browser brought back from the provider, and what proves the same app asked for it.
struct AuthorizationCode
{
    QString code;
    QString codeVerifier; // PKCE (RFC 7636); empty when the app used none
    QString redirectUri;  // exactly as in the authorization request
};

// A token endpoint's successful answer (RFC 6749 §5.1): access_token, refresh_token (empty
// when none was given), expires_in turned into a time (invalid when none was given).
OAuthToken tokenFromAnswer(const QJsonObject &answer);

// The second half of the authorization code grant (RFC 6749 §4.1.3): the code traded for
// tokens at the workflow's token endpoint. The server does it, because the client secret of a
// confidential client never leaves the server; a public client (no secret) sends no secret
// at all. It goes the way the workflow's requests go (its CAs, proxy, client certificate).
// The answer comes within timeoutMs, or as a failure naming the timeout; `done` runs
// only while `context` lives. Messages never contain the code, the secret or a token.
void exchangeAuthorizationCode(HttpClient *http, const Auth &auth, const Connection &connection, const AuthorizationCode &grant,
                               int timeoutMs, QObject *context, std::function<void(const Result<OAuthToken> &)> done);

} // namespace scanflow
