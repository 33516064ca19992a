#pragma once

#include "GroupRepository.h"
#include "Router.h"

#include <QJsonObject>

namespace scanflow {

// /groups: local user groups, named by primary key or textual ID.
namespace GroupController {

QJsonObject groupInfo(const Group &group);

ApiHandler list(Database &db);
ApiHandler create(Database &db);
ApiHandler get(Database &db);
ApiHandler remove(Database &db);
ApiHandler members(Database &db);

} // namespace GroupController

} // namespace scanflow
