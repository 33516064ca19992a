#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /apikeys: not in the reference, which manages keys in its web console; here the admin app
// needs them. A key is shown once, when it is made; afterwards only its prefix.
namespace ApiKeyController {

ApiHandler list(Database &db);
ApiHandler create(Database &db);
ApiHandler remove(Database &db);

} // namespace ApiKeyController

} // namespace scanflow
