#include "KeychainKey.h"

#include "MasterKey.h"
#include "Settings.h"

namespace scanflow::KeychainKey {

namespace {
const QString Service = QStringLiteral("ScanFlow");
const QString FolderSetting = QStringLiteral("keychainFolder");
} // namespace

Result<Found> find(Database *ownDb, const QString &dataDir, const QString &movedFrom)
{
    using R = Result<Found>;
    QString holder = dataDir; // the folder whose entry holds the key
    if (ownDb) {
        const auto kept = Settings::value(*ownDb, FolderSetting);
        if (!kept)
            return R::failure(kept.error());
        holder = !kept->isEmpty() ? *kept : !movedFrom.isEmpty() ? movedFrom : dataDir;
        if (kept->isEmpty()) {
            if (const Status s = Settings::setValue(*ownDb, FolderSetting, holder); !s)
                return R::failure(s.error());
        }
    }
    Found found;
    if (holder != dataDir) {
        const auto followed = MasterKey::followMovedFolder(Service, holder, dataDir);
        if (!followed)
            return R::failure(followed.error());
        if (*followed)
            found.takenFrom = holder;
    }
    const auto key = MasterKey::fromKeychain(Service, MasterKey::keychainAccount(dataDir));
    if (!key)
        return R::failure(key.error());
    found.key = *key;
    if (holder != dataDir) { // from now on under this folder's entry
        if (const Status s = Settings::setValue(*ownDb, FolderSetting, dataDir); !s)
            return R::failure(s.error());
    }
    return found;
}

} // namespace scanflow::KeychainKey
