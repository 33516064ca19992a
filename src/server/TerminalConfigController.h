#pragma once

#include "Router.h"

namespace scanflow {

class Database;
class SecretStore;

// /terminalconfig: an embedded terminal's configuration, found by a mapped printer's serial.
// The admin password is sealed in the secret store; only the terminal it configures gets it.
namespace TerminalConfigController {

ApiHandler create(Database &db, SecretStore &secrets);
ApiHandler get(Database &db, SecretStore &secrets);

} // namespace TerminalConfigController

} // namespace scanflow
