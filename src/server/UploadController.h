#pragma once

#include "Router.h"

namespace scanflow {

class Database;

class DeliveryQueue;
class Spool;
class WorkflowRepository;

// POST /scan/workflows/<id>/deliveries: a file delivered through a workflow from the API.
// multipart/form-data, as the reference's uploads: "data" (the file, with its filename),
// optional "username", "title" (the document name) and "terminal.<key>" fields. The file is
// kept in the spool (the uploads folder, or the spool every server shares) until its delivery
// is confirmed; answers ErrorCodeInfoId with the delivery's id (see /deliveries/<id>).
namespace UploadController {
ApiHandler deliver(Database &db, WorkflowRepository &workflows, DeliveryQueue &queue, Spool &spool, const QString &uploadsDir,
                   std::function<void()> queued);
}

} // namespace scanflow
