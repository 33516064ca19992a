#pragma once

#include "Router.h"

namespace scanflow {

class Database;
class SecretStore;

// /authproviders. Secrets in a provider's typeConfiguration (an LDAP bind password, a client or
// web secret) are sealed apart and never answered: a caller without a key gets the providers
// "without any client/web secrets" as the reference says, and so does one with a key.
namespace AuthProviderController {

ApiHandler list(Database &db);
ApiHandler put(Database &db, SecretStore &secrets);
ApiHandler remove(Database &db, SecretStore &secrets);

} // namespace AuthProviderController

} // namespace scanflow
