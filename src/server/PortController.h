#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /outputports and /inputports: printers and queues, each in an account named by its domain.
namespace PortController {

ApiHandler outputList(Database &db);
ApiHandler outputCreate(Database &db);       // POST
ApiHandler outputPut(Database &db);          // PUT, deprecated: creates, or updates with id
ApiHandler outputPatch(Database &db);        // PATCH /outputports/{id}
ApiHandler outputMove(Database &db);         // PUT /outputports/{id}/move
ApiHandler outputRemove(Database &db);

ApiHandler inputList(Database &db);
ApiHandler inputPut(Database &db);           // PUT: creates, or updates with id
ApiHandler inputRemove(Database &db);

} // namespace PortController

} // namespace scanflow
