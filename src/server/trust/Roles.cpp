#include "Roles.h"

#include "AccessControlRepository.h"
#include "Api.h"
#include "Permissions.h"

namespace scanflow::Roles {

namespace {

QStringList unionOf(const QStringList &roles)
{
    QStringList permissions;
    for (const QString &role : roles) {
        for (const QString &p : Permissions::ofRole(role)) {
            if (!permissions.contains(p))
                permissions.append(p);
        }
    }
    return permissions;
}

} // namespace

Result<QStringList> permissionsOf(Database &db, const User &user)
{
    const auto groups = GroupRepository(db).groupsOf(user.id);
    if (!groups)
        return Result<QStringList>::failure(groups.error());
    QStringList dns;
    for (const Group &g : *groups)
        dns.append(g.groupDn);
    const auto roles = AccessControlRepository(db).rolesOf(user.providerId, user.userName, dns);
    if (!roles)
        return Result<QStringList>::failure(roles.error());
    return unionOf(*roles);
}

Result<QStringList> permissionsOfGroup(Database &db, const Group &group)
{
    const auto roles = AccessControlRepository(db).rolesOf(0, QString(), {group.groupDn});
    if (!roles)
        return Result<QStringList>::failure(roles.error());
    return unionOf(*roles);
}

QStringList beyond(const Caller &caller, const QStringList &wanted)
{
    const QStringList reach = caller.reach();
    QStringList out;
    for (const QString &p : wanted) {
        if (!reach.contains(p))
            out.append(p);
    }
    return out;
}

std::optional<ApiError> mayManage(Database &db, const Caller &caller, const User &target)
{
    const auto held = permissionsOf(db, target);
    if (!held)
        return ApiError::internal(held.error());
    if (const QStringList lacking = beyond(caller, *held); !lacking.isEmpty()) {
        return ApiError::forbidden(QStringLiteral("username: %1 holds the %2 permission, which this caller lacks")
                                       .arg(target.userName, lacking.first()));
    }
    return std::nullopt;
}

std::optional<ApiError> mayGrant(Database &db, const Caller &caller, const QList<qint64> &groupIds)
{
    GroupRepository groups(db);
    const auto all = groups.list();
    if (!all)
        return ApiError::internal(all.error());
    for (const Group &g : *all) {
        if (!groupIds.contains(g.id))
            continue;
        const auto grants = permissionsOfGroup(db, g);
        if (!grants)
            return ApiError::internal(grants.error());
        if (const QStringList lacking = beyond(caller, *grants); !lacking.isEmpty()) {
            return ApiError::forbidden(QStringLiteral("groupid: the group %1 grants the %2 permission, which this caller lacks")
                                           .arg(g.groupDn, lacking.first()));
        }
    }
    return std::nullopt;
}

} // namespace scanflow::Roles
