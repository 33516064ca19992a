#include "TokenRepository.h"

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

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(ApiKeyRepository::hash(token));
}

QVariant keyColumn(qint64 apiKeyId)
{
    // A key of this process (the desktop app's own) is in no table: NULL (read back as 0).
    return apiKeyId > 0 ? QVariant(apiKeyId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

std::optional<TokenRepository::Holder> TokenRepository::holderOf(const QByteArray &token)
{
    if (token.startsWith("sfu_") || token.startsWith("sfr_"))
        return Holder::User;
    if (token.startsWith("sfd_") || token.startsWith("sfdr_"))
        return Holder::Device;
    return std::nullopt;
}

QString TokenRepository::table() const
{
    return m_holder == Holder::User ? QStringLiteral("user_tokens") : QStringLiteral("device_tokens");
}

QString TokenRepository::holderColumn() const
{
    return m_holder == Holder::User ? QStringLiteral("user_id") : QStringLiteral("device_id");
}

Result<IssuedTokens> TokenRepository::issue(const TokenOwner &owner, qint64 accessTtlSeconds, qint64 refreshTtlSeconds)
{
    using R = Result<IssuedTokens>;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool user = m_holder == Holder::User;
    IssuedTokens tokens;
    tokens.accessToken = QString::fromLatin1(randomToken(user ? "sfu_" : "sfd_"));
    tokens.refreshToken = QString::fromLatin1(randomToken(user ? "sfr_" : "sfdr_"));
    tokens.expiresInSeconds = accessTtlSeconds;
    const QByteArray family = owner.family.isEmpty() ? randomToken("f_") : owner.family;
    const Status stored = m_db.transaction([&]() -> Status {
        // The holder's expired tokens go when new ones come, so the table does not grow forever.
        QSqlQuery purge = m_db.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND expires_at <= ?").arg(table(), holderColumn()));
        purge.addBindValue(owner.holderId);
        purge.addBindValue(now);
        if (const Status s = m_db.exec(purge, QStringLiteral("removing expired tokens")); !s)
            return s;
        const QList<std::pair<QString, std::pair<const char *, qint64>>> rows{
            {tokens.accessToken, {"access", accessTtlSeconds}}, {tokens.refreshToken, {"refresh", refreshTtlSeconds}}};
        for (const auto &[token, kindAndTtl] : rows) {
            QSqlQuery q = m_db.query(QStringLiteral(
                "INSERT INTO %1 (token_hash, kind, %2, api_key_id, family, expires_at) VALUES (?, ?, ?, ?, ?, ?)").arg(table(), holderColumn()));
            q.addBindValue(hashOf(token.toLatin1()));
            q.addBindValue(QString::fromLatin1(kindAndTtl.first));
            q.addBindValue(owner.holderId);
            q.addBindValue(keyColumn(owner.apiKeyId));
            q.addBindValue(QString::fromLatin1(family));
            q.addBindValue(now + kindAndTtl.second * 1000);
            if (const Status s = m_db.exec(q, QStringLiteral("storing a token")); !s)
                return s;
        }
        return Status::success();
    });
    if (!stored)
        return R::failure(stored.error());
    return tokens;
}

Result<std::optional<TokenOwner>> TokenRepository::findAccess(const QByteArray &token)
{
    using R = Result<std::optional<TokenOwner>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT %1, api_key_id, family FROM %2 WHERE token_hash = ? AND kind = 'access' AND expires_at > ?").arg(holderColumn(), table()));
    q.addBindValue(hashOf(token));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (const Status s = m_db.exec(q, QStringLiteral("looking up a token")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(TokenOwner{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString().toLatin1()});
}

Result<RefreshUse> TokenRepository::useRefresh(const QByteArray &token, qint64 apiKeyId, TokenOwner *owner)
{
    using R = Result<RefreshUse>;
    QSqlQuery find = m_db.query(QStringLiteral(
        "SELECT %1, api_key_id, family, spent FROM %2 WHERE token_hash = ? AND kind = 'refresh' AND expires_at > ?").arg(holderColumn(), table()));
    find.addBindValue(hashOf(token));
    find.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (const Status s = m_db.exec(find, QStringLiteral("looking up a refresh token")); !s)
        return R::failure(s.error());
    if (!find.next())
        return RefreshUse::Unknown;
    const TokenOwner found{find.value(0).toLongLong(), find.value(1).toLongLong(), find.value(2).toString().toLatin1()};
    const bool spent = find.value(3).toInt() != 0;
    // The read ends here: a SELECT still open holds SQLite's read lock, and a write on the same
    // connection would then have to upgrade it, which fails at once ("database is locked")
    // instead of waiting when another thread is writing. The UPDATE below re-checks `spent`.
    find.finish();
    // Checked before anything is spent: a caller with the wrong key burns nothing.
    if (found.apiKeyId != apiKeyId)
        return RefreshUse::OtherKey;
    const auto endFamily = [&]() -> R {
        QSqlQuery end = m_db.query(QStringLiteral("DELETE FROM %1 WHERE family = ?").arg(table()));
        end.addBindValue(QString::fromLatin1(found.family));
        if (const Status s = m_db.exec(end, QStringLiteral("revoking a token family")); !s)
            return R::failure(s.error());
        return RefreshUse::Reused;
    };
    if (spent)
        return endFamily();
    // Only one of two concurrent uses changes the row; the other is a reuse.
    QSqlQuery spend = m_db.query(QStringLiteral("UPDATE %1 SET spent = 1 WHERE token_hash = ? AND spent = 0").arg(table()));
    spend.addBindValue(hashOf(token));
    if (const Status s = m_db.exec(spend, QStringLiteral("spending a refresh token")); !s)
        return R::failure(s.error());
    if (spend.numRowsAffected() != 1)
        return endFamily();
    *owner = found;
    return RefreshUse::Used;
}

Result<bool> TokenRepository::revokeFamilyOf(const QByteArray &token, qint64 apiKeyId)
{
    QSqlQuery find = m_db.query(QStringLiteral("SELECT family, api_key_id FROM %1 WHERE token_hash = ?").arg(table()));
    find.addBindValue(hashOf(token));
    if (const Status s = m_db.exec(find, QStringLiteral("looking up a token")); !s)
        return Result<bool>::failure(s.error());
    if (!find.next() || find.value(1).toLongLong() != apiKeyId)
        return false;
    QSqlQuery end = m_db.query(QStringLiteral("DELETE FROM %1 WHERE family = ?").arg(table()));
    end.addBindValue(find.value(0).toString());
    if (const Status s = m_db.exec(end, QStringLiteral("revoking a token family")); !s)
        return Result<bool>::failure(s.error());
    return true;
}

Status TokenRepository::revokeHolder(qint64 holderId)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table(), holderColumn()));
    q.addBindValue(holderId);
    return m_db.exec(q, QStringLiteral("revoking the tokens of %1 %2").arg(m_holder == Holder::User ? QStringLiteral("user") : QStringLiteral("device")).arg(holderId));
}

} // namespace scanflow
