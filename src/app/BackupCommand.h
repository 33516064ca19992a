#pragma once

#include <QStringList>

namespace scanflow {

// `scanflowd backup --to FILE [--config FILE.json | --data DIR] [--key-passphrase-env NAME]`
// and `scanflowd restore --from FILE [...] [--key-passphrase-env NAME | --without-key]`: a
// running server's data in one file, and back into an empty data folder (Backup.h).
int runBackupCommand(const QStringList &arguments);
int runRestoreCommand(const QStringList &arguments);

} // namespace scanflow
