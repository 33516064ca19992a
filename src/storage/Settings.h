#pragma once

#include "Database.h"

#include <QString>

// What a database remembers about itself, by name (table settings, migration 14): the folders
// it last ran in (MovedFolders), the folder whose keychain entry holds its key (KeychainKey).
namespace scanflow::Settings {

// The value, or empty when it was never set.
Result<QString> value(Database &db, const QString &name);
Status setValue(Database &db, const QString &name, const QString &value);

} // namespace scanflow::Settings
