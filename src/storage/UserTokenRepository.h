#pragma once

#include "Database.h"

#include <optional>

namespace scanflow {

// What /login and the token endpoints hand out.
struct UserTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
};

// Whose a token is: the user, and the API key it was issued through (the reference: the key
// used with a token must be the key used to log in).
struct TokenOwner
{
    qint64 userId = 0;
    qint64 apiKeyId = 0;
};

// User tokens, stored as SHA-256 only. A refresh token works once: using it deletes it in the
// same statement that reads it, so two concurrent uses cannot both succeed.
class UserTokenRepository
{
public:
    explicit UserTokenRepository(Database &db) : m_db(db) {}

    Result<UserTokens> issue(const TokenOwner &owner, qint64 accessTtlSeconds, qint64 refreshTtlSeconds);
    // The owner of an unexpired access token, or nothing.
    Result<std::optional<TokenOwner>> findAccess(const QByteArray &token);
    // Consumes an unexpired refresh token: its owner the first time, nothing ever after.
    Result<std::optional<TokenOwner>> useRefresh(const QByteArray &token);
    Status revokeUser(qint64 userId);

private:
    Database &m_db;
};

} // namespace scanflow
