#include "AccessControlRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

// A null QString binds as SQL NULL; these columns hold '' for "not given".
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<qint64> AccessControlRepository::create(const AccessControl &c)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO access_controls (account_domain, auth_provider_id, role_name, user_name, group_name, group_dn, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(notNull(c.accountDomain));
    q.addBindValue(c.authProviderId);
    q.addBindValue(notNull(c.roleName));
    q.addBindValue(notNull(c.userName));
    q.addBindValue(notNull(c.groupName));
    q.addBindValue(notNull(c.groupDn));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db.insert(q, QStringLiteral("creating an access control"));
}

Result<QList<AccessControl>> AccessControlRepository::list()
{
    using R = Result<QList<AccessControl>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, account_domain, auth_provider_id, role_name, user_name, group_name, group_dn FROM access_controls ORDER BY id"));
    if (const Status s = m_db.exec(q, QStringLiteral("reading access controls")); !s)
        return R::failure(s.error());
    QList<AccessControl> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return out;
}

Status AccessControlRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM access_controls WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("deleting access control %1").arg(id));
}

Status AccessControlRepository::removeOfProvider(qint64 providerId)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM access_controls WHERE auth_provider_id = ?"));
    q.addBindValue(providerId);
    return m_db.exec(q, QStringLiteral("deleting the access controls of provider %1").arg(providerId));
}

Result<QStringList> AccessControlRepository::rolesOf(qint64 providerId, const QString &userName, const QStringList &groupDns)
{
    const auto all = list();
    if (!all)
        return Result<QStringList>::failure(all.error());
    QStringList roles;
    for (const AccessControl &c : *all) {
        const bool direct = !c.userName.isEmpty() && !userName.isEmpty() && c.authProviderId == providerId
            && c.userName.compare(userName, Qt::CaseInsensitive) == 0;
        const bool viaGroup = !c.groupDn.isEmpty() && c.userName.isEmpty() && groupDns.contains(c.groupDn);
        if ((direct || viaGroup) && !roles.contains(c.roleName))
            roles.append(c.roleName);
    }
    return roles;
}

} // namespace scanflow
