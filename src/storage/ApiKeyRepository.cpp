#include "ApiKeyRepository.h"

#include "Permissions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

ApiKey ApiKey::fullAccess(const QString &name)
{
    ApiKey k;
    k.name = name;
    k.advancedPermissions = true;
    k.permissions = Permissions::all();
    k.allowUnauthenticated = true;
    k.allowUntrustedEndpoints = true;
    k.onBehalfOfUsers = true;
    return k;
}

QStringList ApiKey::reach() const
{
    return advancedPermissions ? permissions : Permissions::all();
}

QByteArray ApiKeyRepository::hash(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
}

Result<QString> ApiKeyRepository::create(const ApiKey &settings)
{
    // 32 random bytes from the system's CSPRNG, base64url: "sf_" + 43 characters.
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray key = "sf_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO api_keys (name, key_hash, key_prefix, advanced_permissions, permissions, allow_unauthenticated,"
        " allow_untrusted_endpoints, on_behalf_of_users, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(settings.name);
    q.addBindValue(QString::fromLatin1(hash(key)));
    q.addBindValue(QString::fromLatin1(key.left(7)));
    q.addBindValue(settings.advancedPermissions ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(settings.permissions)).toJson(QJsonDocument::Compact)));
    q.addBindValue(settings.allowUnauthenticated ? 1 : 0);
    q.addBindValue(settings.allowUntrustedEndpoints ? 1 : 0);
    q.addBindValue(settings.onBehalfOfUsers ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (const Status s = m_db.exec(q, QStringLiteral("creating API key \"%1\"").arg(settings.name)); !s)
        return Result<QString>::failure(s.error());
    return QString::fromLatin1(key);
}

namespace {

const QString KeyColumns = QStringLiteral(
    "id, name, key_prefix, advanced_permissions, permissions, allow_unauthenticated, allow_untrusted_endpoints, on_behalf_of_users");

ApiKey keyFromRow(const QSqlQuery &q)
{
    ApiKey k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.prefix = q.value(2).toString();
    k.advancedPermissions = q.value(3).toInt() != 0;
    for (const QJsonValue &p : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        k.permissions.append(p.toString());
    k.allowUnauthenticated = q.value(5).toInt() != 0;
    k.allowUntrustedEndpoints = q.value(6).toInt() != 0;
    k.onBehalfOfUsers = q.value(7).toInt() != 0;
    return k;
}

} // namespace

Result<std::optional<ApiKey>> ApiKeyRepository::find(const QByteArray &key)
{
    using R = Result<std::optional<ApiKey>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM api_keys WHERE key_hash = ?").arg(KeyColumns));
    q.addBindValue(QString::fromLatin1(hash(key)));
    if (const Status s = m_db.exec(q, QStringLiteral("looking up an API key")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<ApiKey>(keyFromRow(q)));
}

Result<QList<ApiKey>> ApiKeyRepository::list()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM api_keys ORDER BY id").arg(KeyColumns));
    if (const Status s = m_db.exec(q, QStringLiteral("reading API keys")); !s)
        return Result<QList<ApiKey>>::failure(s.error());
    QList<ApiKey> out;
    while (q.next())
        out.append(keyFromRow(q));
    return out;
}

Result<bool> ApiKeyRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM api_keys WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("deleting API key %1").arg(id)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

Result<int> ApiKeyRepository::count()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM api_keys"));
    if (const Status s = m_db.exec(q, QStringLiteral("counting API keys")); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}

} // namespace scanflow
