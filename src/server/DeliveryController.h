#pragma once

#include "Router.h"

namespace scanflow {

class DeliveryQueue;

// Delivery history with each file's trace (R13), in the style of /documents/history:
// GET /deliveries?workflowid=&state=&username=&maxrecords=&pagetoken=  → {"deliveries": […], "nextPageToken": "…"}
// GET /deliveries/<id>                                                  → DeliveryInfo with "trace"
namespace DeliveryController {
ApiHandler list(DeliveryQueue &queue);
ApiHandler get(DeliveryQueue &queue);
}

} // namespace scanflow
