#pragma once

#include "LoginThrottle.h"
#include "TokenRepository.h"
#include "Router.h"

#include <QObject>
#include <QThreadPool>

namespace scanflow {

class Database;
struct User;

struct TokenSettings
{
    qint64 accessSeconds = 3600;              // a user token lives an hour
    qint64 refreshSeconds = 30 * 86400;       // its refresh token a month, and works once
    qint64 deviceAccessSeconds = 3600;        // a device token an hour too
    qint64 deviceRefreshSeconds = 180 * 86400; // a device that is off for half a year registers again
};

// /login (authtype 0–4), /token, /oauth/v1/token (refresh for users and devices, and a device's
// registration with its one-time code) and /oauth/v1/revoke (sign-out).
//
// Only a password (authtype 0) logs in on a key that allows untrusted endpoints; every other
// authtype identifies a person by something a reader or keypad gives, so it needs a trusted
// device's token (docs/api.md, "Trusted devices"). A card whose user has a PIN needs the PIN.
// Failed logins are throttled per identifier, per client address and overall (LoginThrottle).
// Passwords and PINs are checked on worker threads, and an unknown user costs the same as a
// known one, so neither the time nor the answer tells which names exist.
class LoginController
{
public:
    LoginController(Database &db, TokenSettings settings, ThrottleSettings throttle = {});
    ~LoginController();

    ApiHandler login();
    ApiHandler refresh();       // GET /token?refresh_token= (the reference's, deprecated)
    ApiHandler oauthToken();    // POST /oauth/v1/token
    ApiHandler revoke();        // POST /oauth/v1/revoke

private:
    ApiResult finishLogin(const ApiRequest &r, const User &user, const QString &who);
    std::variant<IssuedTokens, ApiError> refreshed(const ApiRequest &r, const QString &refreshToken);
    ApiResult registerDevice(const ApiRequest &r, const QString &code);
    std::optional<ApiResponse> throttled(const QString &who, const QString &address) const;

    Database &m_db;
    TokenSettings m_settings;
    LoginThrottle m_throttle;
    QString m_dummyHash; // checked for unknown users, so they cost what known ones do
    QObject m_context;   // answers come back to the server's thread through it
    QThreadPool m_hashing; // last member: destroyed first, waiting for checks still running
};

} // namespace scanflow
