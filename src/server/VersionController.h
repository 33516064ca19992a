#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// GET /version: ServerVersionInfo (docs/api.md).
namespace VersionController {
ApiHandler get(Database &db);
// What `scanflowd --version` and `scanflow --version` print: the program and its version, then
// the Qt it runs on, the libcurl it delivers with and the database libraries and drivers.
QString versionText(const QString &program, const QString &version);
}

} // namespace scanflow
