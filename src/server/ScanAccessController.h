#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /scan/access: who may use a workflow (ScanWorkflowAccessInfo: workflowId, identityId,
// identityType User|Group, access Allow|Deny). These rules decide R15's list in Workplace.
namespace ScanAccessController {

ApiHandler list(Database &db);
ApiHandler get(Database &db);
ApiHandler create(Database &db);
ApiHandler update(Database &db);
ApiHandler remove(Database &db);

} // namespace ScanAccessController

} // namespace scanflow
