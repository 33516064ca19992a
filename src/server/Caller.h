#pragma once

#include "ApiKeyRepository.h"
#include "UserRepository.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// Who is calling: the API key always, and the user when a user token came with it.
struct Caller
{
    ApiKey key;
    std::optional<User> user;
    QStringList userPermissions; // from the user's roles; empty without a user

    bool hasUser() const { return user.has_value(); }
};

} // namespace scanflow
