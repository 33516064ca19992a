#include "ActingUser.h"

#include "Authenticator.h"
#include "Caller.h"
#include "GroupRepository.h"
#include "ScanAccessRepository.h"
#include "UserController.h"

#include <limits>

namespace scanflow {

std::variant<std::optional<User>, ApiError> actingUser(Database &db, const ApiRequest &r, const FormParams &p)
{
    using R = std::variant<std::optional<User>, ApiError>;
    const Caller &caller = *r.caller;
    const QString name = p.value(QStringLiteral("username")).trimmed();
    SF_TRY(provider, p.integer(QStringLiteral("providerid"), 0, 0, std::numeric_limits<qint64>::max()));
    if (caller.hasUser()) {
        const User &self = *caller.user;
        const bool other = (!name.isEmpty() && name.compare(self.userName, Qt::CaseInsensitive) != 0)
            || (provider != 0 && provider != self.providerId);
        if (other) {
            return ApiError::forbidden(QStringLiteral("username: a user token delivers as its own user (%1); only a trusted device "
                                                      "or a key for terminals may name another").arg(self.userName));
        }
        return R(std::optional<User>(self));
    }
    if (name.isEmpty())
        return R(std::optional<User>());
    if (!caller.mayActForUsers()) {
        return ApiError::forbidden(QStringLiteral("username: only a trusted device (Authorization: Bearer <device token>) or an API "
                                                  "key for terminals (onBehalfOfUsers) may name the user"));
    }
    SF_TRY(user, UserController::named(db, name, provider));
    if (const auto ended = Authenticator::accountEnded(user))
        return ApiError::forbidden(QStringLiteral("username: ") + *ended);
    return R(std::optional<User>(user));
}

std::optional<ApiError> mayScanWith(Database &db, const User &user, qint64 workflowId)
{
    const auto rules = ScanAccessRepository(db).forWorkflow(workflowId);
    if (!rules)
        return ApiError::internal(rules.error());
    const auto groups = GroupRepository(db).groupIdsOf(user.id);
    if (!groups)
        return ApiError::internal(groups.error());
    if (!ScanAccessRepository::allows(*rules, user.id, *groups))
        return ApiError::forbidden(QStringLiteral("scanWorkflowId: the scan access rules do not let %1 use workflow %2").arg(user.userName).arg(workflowId));
    return std::nullopt;
}

} // namespace scanflow
