#pragma once

#include "Router.h"

namespace scanflow {

class DeliveryQueue;
class DeliveryWatch;
class WorkflowRepository;
struct DeliveryRecord;

// Delivery history with each file's trace (R13), in the style of /documents/history:
// GET /deliveries?workflowid=&state=&username=&maxrecords=&pagetoken=  → {"deliveries": […], "nextPageToken": "…"}
// GET /deliveries/<id>                                                  → DeliveryInfo with "trace"
//
// The live views follow the changes: the list's "cursor" (or one from the last answer) goes to
// GET /deliveries/changes?since=<cursor>&wait=<s>&maxrecords=  → {"deliveries": […], "cursor": "…", "more": false}
// which answers once a delivery changed after the cursor, or with none after `wait` seconds
// (default 25, at most 60; 0 answers at once). A delivery may come twice (see the body).
//
// GET /inbox?since=<ISO time>  → {"root": "…", "workflows": [{"workflowId", "name", "folder",
// "waiting", "queued", "running", "delivered", "failed"}]}: per workflow the files in its inbox
// folder not yet taken, the deliveries queued and running now, and those that ended since
// `since` (default: the server's midnight).
namespace DeliveryController {
ApiHandler list(DeliveryQueue &queue);
ApiHandler get(DeliveryQueue &queue);
ApiHandler changes(DeliveryQueue &queue, DeliveryWatch &watch);
ApiHandler inbox(DeliveryQueue &queue, WorkflowRepository &workflows, QString inboxRoot);
QJsonObject deliveryInfo(const DeliveryRecord &record, bool withTrace);
}

} // namespace scanflow
