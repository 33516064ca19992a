#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace scanflow {

struct ServerConfig;

// A server's data in one file, and back: `scanflowd backup` and `scanflowd restore`.
//
// The file is a gzip'd tar (made and read by tar(1)) of
//   manifest.json       what it holds: ScanFlow's version, the schema, the file count
//   scanflow.sqlite     the database as of one moment, by SQLite's VACUUM INTO on a connection
//                       of its own, so the server goes on writing meanwhile
//   files/…             everything else of the data folder: inbox folders with their queued and
//                       failed files, the local spool, documents, uploads (not tmp/, not the
//                       database's own files, not the key file)
//   secrets-key.sealed  only when asked for: the secrets key, sealed under the admin's
//                       passphrase (Argon2id); without it the sealed secrets of the database
//                       open only with the key that sealed them
// The files are linked (or copied) once before the database is read and once after, so a
// file queued while it is read is in the backup too.
namespace Backup {

struct Report
{
    int files = 0;
    qint64 bytes = 0;     // of the files, before compression
    int schemaVersion = 0;
    bool withKey = false;
    int droppedSecrets = 0; // restore: sealed secrets no key here opens, dropped
    QString note;           // restore: what the admin must do now
    QStringList stillWritten; // backup: inbox files being written, left out (relative to the data folder)
};

// PostgreSQL is refused with how to back it up (pg_dump) instead.
Result<Report> make(const ServerConfig &config, const QString &to, const std::optional<QString> &passphrase);
// Into an empty (or new) data folder; the key is restored under the configured key file or
// keychain entry when the backup holds it and the passphrase opens it, and never over a
// different key already there. `withoutKey`: everything but the sealed secrets.
Result<Report> restore(const ServerConfig &config, const QString &from, const std::optional<QString> &passphrase, bool withoutKey);

} // namespace Backup

} // namespace scanflow
