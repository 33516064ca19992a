#include "UserTokenRepository.h"

#include "ApiKeyRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

QByteArray randomToken(const char *prefix)
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return prefix + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Result<UserTokens> UserTokenRepository::issue(const TokenOwner &owner, qint64 accessTtlSeconds, qint64 refreshTtlSeconds)
{
    using R = Result<UserTokens>;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    UserTokens tokens;
    tokens.accessToken = QString::fromLatin1(randomToken("sfu_"));
    tokens.refreshToken = QString::fromLatin1(randomToken("sfr_"));
    tokens.expiresInSeconds = accessTtlSeconds;
    const Status stored = m_db.transaction([&]() -> Status {
        // The user's expired tokens go when new ones come, so the table does not grow forever.
        QSqlQuery purge = m_db.query(QStringLiteral("DELETE FROM user_tokens WHERE user_id = ? AND expires_at <= ?"));
        purge.addBindValue(owner.userId);
        purge.addBindValue(now);
        if (const Status s = m_db.exec(purge, QStringLiteral("removing expired tokens")); !s)
            return s;
        const QList<std::pair<QString, std::pair<const char *, qint64>>> rows{
            {tokens.accessToken, {"access", accessTtlSeconds}}, {tokens.refreshToken, {"refresh", refreshTtlSeconds}}};
        for (const auto &[token, kindAndTtl] : rows) {
            QSqlQuery q = m_db.query(QStringLiteral(
                "INSERT INTO user_tokens (token_hash, kind, user_id, api_key_id, expires_at) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(QString::fromLatin1(ApiKeyRepository::hash(token.toLatin1())));
            q.addBindValue(QString::fromLatin1(kindAndTtl.first));
            q.addBindValue(owner.userId);
            // A key of this process (the desktop app's own) is in no table: NULL (read back as 0).
            q.addBindValue(owner.apiKeyId > 0 ? QVariant(owner.apiKeyId) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(now + kindAndTtl.second * 1000);
            if (const Status s = m_db.exec(q, QStringLiteral("storing a user token")); !s)
                return s;
        }
        return Status::success();
    });
    if (!stored)
        return R::failure(stored.error());
    return tokens;
}

Result<std::optional<TokenOwner>> UserTokenRepository::findAccess(const QByteArray &token)
{
    using R = Result<std::optional<TokenOwner>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT user_id, api_key_id FROM user_tokens WHERE token_hash = ? AND kind = 'access' AND expires_at > ?"));
    q.addBindValue(QString::fromLatin1(ApiKeyRepository::hash(token)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (const Status s = m_db.exec(q, QStringLiteral("looking up a user token")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(TokenOwner{q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Result<std::optional<TokenOwner>> UserTokenRepository::useRefresh(const QByteArray &token)
{
    using R = Result<std::optional<TokenOwner>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "DELETE FROM user_tokens WHERE token_hash = ? AND kind = 'refresh' AND expires_at > ? RETURNING user_id, api_key_id"));
    q.addBindValue(QString::fromLatin1(ApiKeyRepository::hash(token)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (const Status s = m_db.exec(q, QStringLiteral("using a refresh token")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(TokenOwner{q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Status UserTokenRepository::revokeUser(qint64 userId)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM user_tokens WHERE user_id = ?"));
    q.addBindValue(userId);
    return m_db.exec(q, QStringLiteral("revoking the tokens of user %1").arg(userId));
}

} // namespace scanflow
