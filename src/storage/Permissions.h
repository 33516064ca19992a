#pragma once

#include <QStringList>

namespace scanflow {

// The permission names of the reference's "Permission info" notes, and the roles that access
// controls give to users and groups (docs/api.md, "Permissions and roles").
namespace Permissions {

// Every permission an endpoint can name, in the reference's spelling.
const QStringList &all();
bool isKnown(const QString &permission);

// The roles of the access controls ("Administrators", "Users", "Reporting", "Support").
const QStringList &roles();
// What a role grants; empty for an unknown role.
QStringList ofRole(const QString &role);

} // namespace Permissions

} // namespace scanflow
