#include "SecretStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {
const QString NoKey = QStringLiteral("secrets cannot be stored: the server has no secrets key (configure the OS "
                                     "keychain or a key file; see docs/api.md)");
}

QByteArray SecretStore::context(const QString &owner, const QString &name)
{
    return owner.toUtf8() + '/' + name.toUtf8();
}

Status SecretStore::writable() const
{
    return m_box ? Status::success() : Status::failure(NoKey);
}

Status SecretStore::put(const QString &owner, const QString &name, const QByteArray &value)
{
    if (!m_box)
        return Status::failure(NoKey);
    return m_db.transaction([&]() -> Status {
        if (const Status s = remove(owner, name); !s)
            return s;
        QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO secrets (owner, name, sealed, updated_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(owner);
        q.addBindValue(name);
        q.addBindValue(QString::fromLatin1(m_box->seal(value, context(owner, name))));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return m_db.exec(q, QStringLiteral("storing secret %1 of %2").arg(name, owner));
    });
}

Result<std::optional<QByteArray>> SecretStore::get(const QString &owner, const QString &name)
{
    using R = Result<std::optional<QByteArray>>;
    if (!m_box)
        return R::failure(NoKey);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT sealed FROM secrets WHERE owner = ? AND name = ?"));
    q.addBindValue(owner);
    q.addBindValue(name);
    if (const Status s = m_db.exec(q, QStringLiteral("reading secret %1 of %2").arg(name, owner)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    const auto opened = m_box->open(q.value(0).toString().toLatin1(), context(owner, name));
    if (!opened)
        return R::failure(QStringLiteral("secret %1 of %2 cannot be opened: wrong key, or the value was altered").arg(name, owner));
    return R(opened);
}

Result<QStringList> SecretStore::names(const QString &owner)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT name FROM secrets WHERE owner = ? ORDER BY name"));
    q.addBindValue(owner);
    if (const Status s = m_db.exec(q, QStringLiteral("listing the secrets of %1").arg(owner)); !s)
        return Result<QStringList>::failure(s.error());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Status SecretStore::remove(const QString &owner, const QString &name)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM secrets WHERE owner = ? AND name = ?"));
    q.addBindValue(owner);
    q.addBindValue(name);
    return m_db.exec(q, QStringLiteral("removing secret %1 of %2").arg(name, owner));
}

Status SecretStore::removeOwner(const QString &owner)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM secrets WHERE owner = ?"));
    q.addBindValue(owner);
    if (const Status s = m_db.exec(q, QStringLiteral("removing the secrets of %1").arg(owner)); !s)
        return s;
    return removeOwnersStartingWith(owner + u'/');
}

Status SecretStore::removeOwnersStartingWith(const QString &prefix)
{
    // substr, not LIKE: "_" and "%" in a user name are not wildcards.
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM secrets WHERE substr(owner, 1, ?) = ?"));
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    return m_db.exec(q, QStringLiteral("removing the secrets below %1").arg(prefix));
}

Result<QStringList> SecretStore::ownersStartingWith(const QString &prefix)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT owner FROM secrets WHERE substr(owner, 1, ?) = ? ORDER BY owner"));
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (const Status s = m_db.exec(q, QStringLiteral("listing the secrets below %1").arg(prefix)); !s)
        return Result<QStringList>::failure(s.error());
    QStringList owners;
    while (q.next())
        owners.append(q.value(0).toString());
    return owners;
}

} // namespace scanflow
