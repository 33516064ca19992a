#pragma once

#include "Router.h"

namespace scanflow {

class Database;

// /devices: the trusted devices an administrator registers (ScanFlow's own; the reference
// names device tokens but not how a device gets one). POST issues a one-time registration
// code; the device trades it at /oauth/v1/token for its tokens (LoginController); DELETE ends
// the device's trust and its tokens at once.
namespace DeviceController {

ApiHandler list(Database &db);
ApiHandler create(Database &db);
ApiHandler remove(Database &db);

} // namespace DeviceController

} // namespace scanflow
