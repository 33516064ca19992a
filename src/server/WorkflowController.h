#pragma once

#include "Router.h"

namespace scanflow {

class WorkflowService;
class WorkflowRepository;

// /scan/workflows: ScanWorkflowTemplateInfo is the whole workflow document
// (docs/workflow-format.md) with a numeric "id"; secrets are accepted, never returned.
namespace WorkflowController {
ApiHandler list(WorkflowRepository &repository);
ApiHandler get(WorkflowRepository &repository);
ApiHandler create(WorkflowService &service, WorkflowRepository &repository);
ApiHandler update(WorkflowService &service, WorkflowRepository &repository);
ApiHandler remove(WorkflowService &service);
}

} // namespace scanflow
