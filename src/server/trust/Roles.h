#pragma once

#include "Caller.h"
#include "Database.h"
#include "GroupRepository.h"

#include <optional>

namespace scanflow {

struct ApiError;

// Roles, and the rule that keeps them from being climbed: nobody changes the credentials,
// cards, groups or existence of a user who holds a permission the caller lacks, nor puts
// anyone into a group that grants one (docs/api.md, "Roles cannot be climbed").
namespace Roles {

// A user's permissions: the union of the roles their access controls give them, directly or
// through a group (matched by its DN, never by its display name).
Result<QStringList> permissionsOf(Database &db, const User &user);
// The permissions that membership of a group gives.
Result<QStringList> permissionsOfGroup(Database &db, const Group &group);
// The permissions in `wanted` that `caller` lacks.
QStringList beyond(const Caller &caller, const QStringList &wanted);

// 403 naming the first permission the target holds and the caller lacks, else nothing.
std::optional<ApiError> mayManage(Database &db, const Caller &caller, const User &target);
// 403 when one of the groups grants a permission the caller lacks.
std::optional<ApiError> mayGrant(Database &db, const Caller &caller, const QList<qint64> &groupIds);

} // namespace Roles

} // namespace scanflow
