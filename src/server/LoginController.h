#pragma once

#include "Router.h"

#include <QDateTime>
#include <QHash>

namespace scanflow {

class Database;

struct TokenSettings
{
    qint64 accessSeconds = 3600;          // a user token lives an hour
    qint64 refreshSeconds = 30 * 86400;   // its refresh token a month, and works once
};

// /login (authtype 0–4), /token and /oauth/v1/token. Repeated failed logins for one user id are
// slowed down: from the 5th failure on, the id is locked for 2, 4, 8 … s (up to 5 minutes),
// answered with 429 and Retry-After.
class LoginController
{
public:
    LoginController(Database &db, TokenSettings settings) : m_db(db), m_settings(settings) {}

    ApiHandler login();
    ApiHandler refresh();       // GET /token?refresh_token=
    ApiHandler oauthToken();    // POST /oauth/v1/token, grant_type=refresh_token

private:
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };
    std::optional<ApiError> throttled(const QString &who) const;
    void failed(const QString &who);

    Database &m_db;
    TokenSettings m_settings;
    QHash<QString, Failures> m_failures;
};

} // namespace scanflow
