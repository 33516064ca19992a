#pragma once

#include "Router.h"

#include <functional>

namespace scanflow {

class Database;

// /apikeys: not in the reference, which manages keys in its web console; here the admin app
// needs them. A key is shown once, when it is made; afterwards only its prefix.
namespace ApiKeyController {

ApiHandler list(Database &db);
ApiHandler create(Database &db);
// Every permission a key can hold and every role, so clients need no list of their own.
ApiHandler permissions();
// `removed` runs after a key is gone (the server forgets its cached keys).
ApiHandler remove(Database &db, std::function<void()> removed);

} // namespace ApiKeyController

} // namespace scanflow
