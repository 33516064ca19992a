#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>

namespace scanflow::KeychainKey {

struct Found
{
    QByteArray key;
    QString takenFrom; // the data folder whose keychain entry it came from, when it moved since
};

// The key a data folder's secrets are sealed with, from the OS keychain, which keeps it under the
// folder's path (MasterKey::keychainAccount). A folder moved by hand would find no entry for its
// new path and make a new key that opens none of them. So a server's own database (`ownDb`;
// null on a shared PostgreSQL) remembers whose entry holds its key, starting from `movedFrom`
// (where MovedFolders saw it last) or `dataDir`: that key is kept for the new path too, and
// the database then names the new one. Remembered apart from the folders, a first start whose
// keychain did not answer moves the paths and leaves the key for the next start to find.
Result<Found> find(Database *ownDb, const QString &dataDir, const QString &movedFrom);

} // namespace scanflow::KeychainKey
