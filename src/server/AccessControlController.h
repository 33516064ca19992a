#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /accesscontrols: roles (Administrators, Users, Reporting, Support) given to users or groups;
// they are where a user token's permissions come from.
namespace AccessControlController {

ApiHandler list(Database &db);
ApiHandler create(Database &db);
ApiHandler remove(Database &db);

} // namespace AccessControlController

} // namespace scanflow
