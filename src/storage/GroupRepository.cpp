#include "GroupRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace scanflow {

Result<qint64> GroupRepository::create(const QString &name, const QString &groupDn)
{
    using R = Result<qint64>;
    const QString dn = groupDn.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : groupDn;
    const auto existing = query(QStringLiteral("WHERE g.group_dn = ?"), {dn});
    if (!existing)
        return R::failure(existing.error());
    if (!existing->isEmpty())
        return R::failure(QStringLiteral("groupdn: a group with ID \"%1\" already exists").arg(dn));
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO user_groups (name, group_dn, created_at) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(dn);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db.insert(q, QStringLiteral("creating group \"%1\"").arg(name));
}

Result<QList<Group>> GroupRepository::query(const QString &where, const QVariantList &values)
{
    using R = Result<QList<Group>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT g.id, g.name, g.group_dn, (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id)"
        " FROM user_groups g %1 ORDER BY g.name, g.id").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (const Status s = m_db.exec(q, QStringLiteral("reading groups")); !s)
        return R::failure(s.error());
    QList<Group> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Result<QList<Group>> GroupRepository::list()
{
    return query({}, {});
}

Result<std::optional<Group>> GroupRepository::resolve(const QString &idOrDn)
{
    using R = Result<std::optional<Group>>;
    bool isNumber = false;
    const qint64 id = idOrDn.toLongLong(&isNumber);
    // A textual ID may look like a number too: the primary key wins, then the ID.
    if (isNumber) {
        const auto byId = query(QStringLiteral("WHERE g.id = ?"), {id});
        if (!byId)
            return R::failure(byId.error());
        if (!byId->isEmpty())
            return R(std::optional<Group>(byId->first()));
    }
    const auto byDn = query(QStringLiteral("WHERE g.group_dn = ?"), {idOrDn});
    if (!byDn)
        return R::failure(byDn.error());
    return byDn->isEmpty() ? R(std::nullopt) : R(std::optional<Group>(byDn->first()));
}

Result<std::optional<Group>> GroupRepository::byName(const QString &name)
{
    using R = Result<std::optional<Group>>;
    const auto found = query(QStringLiteral("WHERE g.name = ?"), {name});
    if (!found)
        return R::failure(found.error());
    return found->isEmpty() ? R(std::nullopt) : R(std::optional<Group>(found->first()));
}

Status GroupRepository::remove(qint64 id)
{
    // Its scan access rules go with it: a later group must not inherit them by id.
    QSqlQuery rules = m_db.query(QStringLiteral("DELETE FROM scan_access WHERE identity_type = 'Group' AND identity_id = ?"));
    rules.addBindValue(id);
    if (const Status s = m_db.exec(rules, QStringLiteral("deleting the access rules of group %1").arg(id)); !s)
        return s;
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM user_groups WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("deleting group %1").arg(id));
}

Result<QList<User>> GroupRepository::members(qint64 groupId)
{
    using R = Result<QList<User>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id"));
    q.addBindValue(groupId);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the members of group %1").arg(groupId)); !s)
        return R::failure(s.error());
    QList<User> out;
    UserRepository users(m_db);
    while (q.next()) {
        const auto u = users.byId(q.value(0).toLongLong());
        if (!u)
            return R::failure(u.error());
        if (u->has_value())
            out.append(**u);
    }
    return out;
}

Result<QList<qint64>> GroupRepository::groupIdsOf(qint64 userId)
{
    using R = Result<QList<qint64>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT group_id FROM group_members WHERE user_id = ?"));
    q.addBindValue(userId);
    if (const Status s = m_db.exec(q, QStringLiteral("reading the groups of user %1").arg(userId)); !s)
        return R::failure(s.error());
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<Group>> GroupRepository::groupsOf(qint64 userId)
{
    return query(QStringLiteral("WHERE g.id IN (SELECT group_id FROM group_members WHERE user_id = ?)"), {userId});
}

Status GroupRepository::add(qint64 userId, const QList<qint64> &groupIds)
{
    return m_db.transaction([&]() -> Status {
        const auto current = groupIdsOf(userId);
        if (!current)
            return Status::failure(current.error());
        QList<qint64> member = *current;
        for (qint64 g : groupIds) {
            // A group named twice (a CSV's group column and the import's group) is one membership.
            if (member.contains(g))
                continue;
            member.append(g);
            // And one another server added meanwhile is kept, not an error.
            QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO group_members (group_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
            q.addBindValue(g);
            q.addBindValue(userId);
            if (const Status s = m_db.exec(q, QStringLiteral("adding user %1 to group %2").arg(userId).arg(g)); !s)
                return s;
        }
        return Status::success();
    });
}

Status GroupRepository::removeFrom(qint64 userId, const QList<qint64> &groupIds)
{
    return m_db.transaction([&]() -> Status {
        for (qint64 g : groupIds) {
            QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND user_id = ?"));
            q.addBindValue(g);
            q.addBindValue(userId);
            if (const Status s = m_db.exec(q, QStringLiteral("removing user %1 from group %2").arg(userId).arg(g)); !s)
                return s;
        }
        return Status::success();
    });
}

Status GroupRepository::set(qint64 userId, const QList<qint64> &groupIds)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM group_members WHERE user_id = ?"));
        q.addBindValue(userId);
        if (const Status s = m_db.exec(q, QStringLiteral("clearing the groups of user %1").arg(userId)); !s)
            return s;
        return add(userId, groupIds);
    });
}

} // namespace scanflow
