#pragma once

#include "Database.h"
#include "UserRepository.h"

#include <optional>

namespace scanflow {

// A local user group: its primary key and its textual group ID (groupdn).
struct Group
{
    qint64 id = 0;
    QString name;
    QString groupDn;
    int memberCount = 0;
};

// Local groups and who is in them. The reference lets a group be named by its primary key or by
// its textual ID; resolve() accepts either.
class GroupRepository
{
public:
    explicit GroupRepository(Database &db) : m_db(db) {}

    // groupDn empty: a unique one is generated.
    Result<qint64> create(const QString &name, const QString &groupDn);
    Result<QList<Group>> list();
    Result<std::optional<Group>> resolve(const QString &idOrDn);
    Result<std::optional<Group>> byName(const QString &name);
    Status remove(qint64 id);

    Result<QList<User>> members(qint64 groupId);
    Result<QList<Group>> groupsOf(qint64 userId);
    Result<QList<qint64>> groupIdsOf(qint64 userId);
    Status add(qint64 userId, const QList<qint64> &groupIds);
    Status removeFrom(qint64 userId, const QList<qint64> &groupIds);
    // Exactly these groups: the others are left.
    Status set(qint64 userId, const QList<qint64> &groupIds);

private:
    Result<QList<Group>> query(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace scanflow
