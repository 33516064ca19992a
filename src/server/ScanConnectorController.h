#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /scan/connectors: ScanConnectorInfo ({"name", "connectorType", "description", "active"}).
namespace ScanConnectorController {

ApiHandler list(Database &db);
ApiHandler get(Database &db);
ApiHandler create(Database &db);
ApiHandler update(Database &db);
ApiHandler remove(Database &db);

} // namespace ScanConnectorController

} // namespace scanflow
