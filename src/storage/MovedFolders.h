#pragma once

#include "Database.h"

#include <QString>

namespace scanflow::MovedFolders {

// The folders the files a database names are in: the data folder (uploads, documents, the
// spool) and the inbox (each workflow's folder, its .queued/, done/ and failed/).
struct Folders
{
    QString data;
    QString inbox;
};

struct Report
{
    Folders from;          // where the paths pointed before; empty when nothing moved
    int paths = 0;         // rewritten to the folders of now
    int left = 0;          // left alone: the file is still at its old place only
    bool inferred = false; // `from` read off the paths (a database from before 0.1.1 never said)
};

// Paths are stored whole, so a data folder that moved (restored into another folder, or taken
// from ~/.local/share to /var/lib/scanflow by the packages) would name files where they are no
// more: the queued ones would fail, and the inbox would take its .queued/ files in again as new
// ones. The database remembers the folders it was last opened with (the `settings` table); on a
// start with others, every path under an old folder is moved under the new one, unless only the
// old place holds that file. A database that never said is read off its paths' layout.
//
// For one server with its own database (SQLite): with several on one PostgreSQL each has its
// own folders, and a shared spool folder is mounted at the same path on every one.
Result<Report> follow(Database &db, const Folders &now);

} // namespace scanflow::MovedFolders
