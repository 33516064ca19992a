#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace scanflow::MasterKey {

// The key that seals stored secrets (SecretBox), from a key file: read it, or create it with a
// random key and mode 0600 when it does not exist. A file that others may read is refused.
Result<QByteArray> fromKeyFile(const QString &path);

// The same key from the OS keychain through QtKeychain (insecure fallback off): read it, or
// create it when the keychain has none. Waits for the keychain at most `timeoutMs`.
Result<QByteArray> fromKeychain(const QString &service, const QString &account, int timeoutMs = 15000);

// An existing key, never a new one: from the key file when `keyFile` is set, else the keychain.
Result<QByteArray> existing(const QString &keyFile, const QString &service, const QString &account);
// Keeps this key (a restored one) in a new 0600 key file, or in the keychain.
Status toKeyFile(const QString &path, const QByteArray &key);
Status toKeychain(const QString &service, const QString &account, const QByteArray &key, int timeoutMs = 15000);

// The keychain entry a data folder's key lives under: one key per folder, so two servers on one
// machine keep their secrets apart.
QString keychainAccount(const QString &dataDir);
// A data folder moved by hand from `fromDataDir`: the keychain keeps its key under the old path
// only, and a server in the new place would make a new key that opens none of its secrets. When
// the new path has no key and the old one has, that key is kept for the new path too (the old
// entry stays, for a copy left behind). Whether it was.
Result<bool> followMovedFolder(const QString &service, const QString &fromDataDir, const QString &toDataDir);

// Removes the key from the keychain (tests, uninstall).
bool removeFromKeychain(const QString &service, const QString &account);

} // namespace scanflow::MasterKey
