#pragma once

#include "Database.h"

#include <optional>

namespace scanflow {

// What /login, a device's registration and the token endpoints hand out.
struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
};

// Whose a token is: a user or a device (holderId), and the API key it was issued through (the
// reference: the key used with a token must be the key used to log in). A family is every
// token that came from one sign-in or one registration, refresh after refresh.
struct TokenOwner
{
    qint64 holderId = 0;
    qint64 apiKeyId = 0; // 0: a key of this process, which has no row
    QByteArray family;   // set by the repository
};

// What using a refresh token came to.
enum class RefreshUse { Unknown, OtherKey, Reused, Used };

// Access and refresh tokens of users (sfu_ / sfr_) or of trusted devices (sfd_ / sfdr_), stored
// as SHA-256 only. A refresh token works once: the first use marks it spent and hands out the
// next pair of the same family; a second use of a spent one is taken for theft and ends the
// whole family at once (RFC 9700, section 4.14.2).
class TokenRepository
{
public:
    enum class Holder { User, Device };
    TokenRepository(Database &db, Holder holder) : m_db(db), m_holder(holder) {}
    static TokenRepository users(Database &db) { return {db, Holder::User}; }
    static TokenRepository devices(Database &db) { return {db, Holder::Device}; }
    // Which holder a bearer token belongs to, by its prefix; nothing for a token of neither.
    static std::optional<Holder> holderOf(const QByteArray &token);

    // A new pair; in `owner.family` when it has one (a refresh), else in a new family.
    Result<IssuedTokens> issue(const TokenOwner &owner, qint64 accessTtlSeconds, qint64 refreshTtlSeconds);
    // The owner of an unexpired access token, or nothing.
    Result<std::optional<TokenOwner>> findAccess(const QByteArray &token);
    // Spends an unexpired refresh token issued through `apiKeyId`; `owner` is set when Used.
    // A token of another key is left as it is; a spent one revokes its family.
    Result<RefreshUse> useRefresh(const QByteArray &token, qint64 apiKeyId, TokenOwner *owner);
    // Ends the family of an access or refresh token (sign-out); false when no token matched.
    Result<bool> revokeFamilyOf(const QByteArray &token, qint64 apiKeyId);
    // Ends every token of a user or device.
    Status revokeHolder(qint64 holderId);

private:
    QString table() const;
    QString holderColumn() const;

    Database &m_db;
    Holder m_holder;
};

} // namespace scanflow
