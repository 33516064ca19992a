#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// GET /version: ServerVersionInfo (docs/api.md).
namespace VersionController {
ApiHandler get(Database &db);
}

} // namespace scanflow
