#include "GroupController.h"

#include "FormParams.h"
#include "UserController.h"

#include <QJsonArray>

namespace scanflow::GroupController {

namespace {

std::variant<Group, ApiError> pathGroup(Database &db, const ApiRequest &r)
{
    const QString id = r.params.value(QStringLiteral("groupId"));
    const auto group = GroupRepository(db).resolve(id);
    if (!group)
        return ApiError::internal(group.error());
    if (!group->has_value())
        return ApiError::notFound(QStringLiteral("GROUPID: no group \"%1\"").arg(id));
    return **group;
}

} // namespace

QJsonObject groupInfo(const Group &g)
{
    return {{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}, {QStringLiteral("groupDn"), g.groupDn},
            {QStringLiteral("memberCount"), g.memberCount}};
}

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        const auto groups = GroupRepository(db).list();
        if (!groups)
            return ApiError::internal(groups.error());
        QJsonArray out;
        for (const Group &g : *groups)
            out.append(groupInfo(g));
        return ApiResponse::json(200, out);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(name, p.required(QStringLiteral("groupname")));
        const auto id = GroupRepository(db).create(name, p.value(QStringLiteral("groupdn")).trimmed());
        if (!id)
            return id.error().startsWith(QLatin1String("groupdn:")) ? ApiError::conflict(id.error()) : ApiError::internal(id.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("group %1 created").arg(name), *id));
    };
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(group, pathGroup(db, r));
        return ApiResponse::json(200, groupInfo(group));
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(group, pathGroup(db, r));
        if (const Status s = GroupRepository(db).remove(group.id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("group %1 deleted").arg(group.name)));
    };
}

ApiHandler members(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(group, pathGroup(db, r));
        const auto users = GroupRepository(db).members(group.id);
        if (!users)
            return ApiError::internal(users.error());
        QJsonArray out;
        for (const User &u : *users)
            out.append(UserController::userInfo(u, r.caller.get()));
        return ApiResponse::json(200, out);
    };
}

} // namespace scanflow::GroupController
