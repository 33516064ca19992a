#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// GET /cluster: the servers sharing this database, each with its id, host, process, URL, when
// it started and was last heard from, whether it is alive and draining, and the deliveries it
// runs: {"self": "<this server's id>", "nodes": [...]}.
namespace ClusterController {
ApiHandler list(Database &db, QString selfId);
}

} // namespace scanflow
