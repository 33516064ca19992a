#pragma once

#include "ApiKeyRepository.h"
#include "DeviceRepository.h"
#include "UserRepository.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// Who is calling: the API key always; the user when a user token came with it, or the trusted
// device when a device token did (never both: one Authorization header).
struct Caller
{
    ApiKey key;
    std::optional<User> user;
    QStringList userPermissions; // from the user's roles; empty without a user
    std::optional<Device> device;

    bool hasUser() const { return user.has_value(); }
    bool isDevice() const { return device.has_value(); }
    // What this caller may do at most: the key's reach, narrowed to the user's permissions when
    // a user is signed in. Nothing the caller makes or changes may exceed it.
    QStringList reach() const
    {
        QStringList out = key.reach();
        if (hasUser())
            out.erase(std::remove_if(out.begin(), out.end(), [this](const QString &p) { return !userPermissions.contains(p); }), out.end());
        return out;
    }
    bool mayDo(const QString &permission) const
    {
        return key.reach().contains(permission) && (!hasUser() || userPermissions.contains(permission));
    }
    // Whether this caller may name the user a delivery or job record is for: a trusted device,
    // or a key made for terminals, and never with a user token of its own.
    bool mayActForUsers() const { return !hasUser() && (isDevice() || key.onBehalfOfUsers); }
};

} // namespace scanflow
