#pragma once

#include "Api.h"
#include "FormParams.h"
#include "UserRepository.h"

#include <optional>

namespace scanflow {

class Database;

// Who a delivery or a job record is for (docs/api.md, "Who a delivery runs as"):
// - with a user token, the token's user, and naming anybody else is refused (403);
// - a trusted device or a key made for terminals (onBehalfOfUsers) may name the user with
//   `username` (and `providerid`);
// - any other caller names nobody, and the work runs for no user.
// A named user must exist and be active. Nothing when no user was named or signed in.
std::variant<std::optional<User>, ApiError> actingUser(Database &db, const ApiRequest &r, const FormParams &p);

// 403 unless the scan access rules let `user` use the workflow (R15).
std::optional<ApiError> mayScanWith(Database &db, const User &user, qint64 workflowId);

} // namespace scanflow
