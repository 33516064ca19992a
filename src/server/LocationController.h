#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /locations: named places found by gateway address, IPv4 subnet, IPv4 range or WiFi SSID.
namespace LocationController {

ApiHandler list(Database &db);    // GET ?locationtype=&locationdata= (repeatable)
ApiHandler get(Database &db);
ApiHandler create(Database &db);
ApiHandler update(Database &db);
ApiHandler remove(Database &db);

} // namespace LocationController

} // namespace scanflow
