#pragma once

#include "Result.h"
#include "Router.h"

namespace scanflow {

class Database;

// /account and /account/containers: the account tree (vendor, customer, container) with its
// domain names. The first start makes the server's own customer account, "localhost".
namespace AccountController {

Status ensureRootAccount(Database &db);

ApiHandler get(Database &db);            // GET, HEAD /account
ApiHandler create(Database &db);         // PUT /account
ApiHandler update(Database &db);         // PATCH /account
ApiHandler containers(Database &db);     // GET /account/containers
ApiHandler updateContainer(Database &db);// PUT /account/container/{id}
ApiHandler removeContainer(Database &db);// DELETE /account/container/{id}

} // namespace AccountController

} // namespace scanflow
