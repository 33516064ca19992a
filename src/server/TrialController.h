#pragma once

#include "Router.h"

namespace scanflow {

class TokenStore;
class WorkflowService;

// Run up to this step, from the designer: POST /scan/workflows/<id>/trial (id 0 for a workflow
// never saved), multipart/form-data with "workflow" (the draft as JSON, unsaved), "uptostep"
// (the last step to run, from 0) and "data" (the file). The draft's first steps run against
// the real API now, not queued and not recorded, with the stored secrets the save rules let
// it use (WorkflowService::trialWorkflow); the answer is the outcome with every request and
// response: {"ok", "error", "failedStep", "trace": [...]}. Nothing is saved, and the file goes.
namespace TrialController {
ApiHandler run(WorkflowService &workflows, TokenStore &tokens, QString tmpDir);
}

} // namespace scanflow
