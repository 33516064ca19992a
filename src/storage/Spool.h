#pragma once

#include "Database.h"

#include <QString>

namespace scanflow {

// Where the spool keeps the files waiting for their delivery, and the documents waiting to be
// printed.
struct SpoolSettings
{
    enum class Store {
        Local,    // in this server's data folder: one server (the default with SQLite)
        Database, // in the database, in chunks: every server on it reads them (the default with PostgreSQL)
        Folder,   // in a folder every server mounts at the same path
    };
    Store store = Store::Local;
    QString folder; // Folder

    static QString name(Store store);
};

// The files scans wait in until they are delivered, so that with several servers on one
// database any of them can deliver a file another took in. A file is named by a reference:
// locally and in a shared folder its path, in the database "spool:<id>". Files in the database
// are streamed in and out a chunk at a time, never whole in memory, and checked against their
// SHA-256 when read back.
class Spool
{
public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    // `tmpDir`: a folder of this server's own for the copies read back from the database.
    Spool(Database &db, SpoolSettings settings, QString tmpDir);

    SpoolSettings::Store store() const { return m_settings.store; }
    // Whether another server can read what this one keeps.
    bool shared() const { return m_settings.store != SpoolSettings::Store::Local; }
    static bool inDatabase(const QString &ref) { return ref.startsWith(QLatin1String("spool:")); }

    // Takes in the file at `path` under the name `name` and gives its reference: shared, a copy
    // (the file at `path` is left alone); locally, `path` itself.
    Result<QString> keep(const QString &path, const QString &name);
    // As keep(), for a file of this server's own that has no use once kept (an upload): it
    // is removed once a shared spool holds it, or when it cannot be kept.
    Result<QString> takeIn(const QString &path, const QString &name);

    // A file on this server holding the bytes of `ref`. From the database it is a copy in the
    // temporary folder (`copy`), which the caller removes.
    struct Checkout
    {
        QString path;
        bool copy = false;
    };
    Result<Checkout> checkout(const QString &ref);
    // Its size in bytes, or -1 when it is gone.
    Result<qint64> size(const QString &ref);
    Status remove(const QString &ref);

    // Files in the database that no delivery and no document names, older than `ageMs`: left by
    // a server that stopped between keeping a file and queueing it.
    Result<int> removeOrphans(qint64 ageMs, qint64 nowMs);

private:
    Result<QString> keepInDatabase(const QString &path, const QString &name);
    Result<QString> keepInFolder(const QString &path, const QString &name);
    Result<Checkout> readFromDatabase(qint64 id);

    Database &m_db;
    SpoolSettings m_settings;
    QString m_tmpDir;
};

} // namespace scanflow
