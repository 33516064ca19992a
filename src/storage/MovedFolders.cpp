#include "MovedFolders.h"

#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>

namespace scanflow::MovedFolders {

namespace {

const QString DataKey = QStringLiteral("dataFolder");
const QString InboxKey = QStringLiteral("inboxFolder");

QString clean(const QString &folder)
{
    return folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

// Every column that holds a path, with the key of its row.
struct Column
{
    QString table;
    QString name;
};
const QList<Column> &pathColumns()
{
    static const QList<Column> all{{QStringLiteral("deliveries"), QStringLiteral("file_path")},
                                   {QStringLiteral("deliveries"), QStringLiteral("spool_ref")},
                                   {QStringLiteral("deliveries"), QStringLiteral("kept_path")},
                                   {QStringLiteral("documents"), QStringLiteral("file_path")}};
    return all;
}

// The folder most of these paths are under by the layout a server gives them, or empty.
Folders readOff(Database &db)
{
    // <data>/uploads/<file>, <data>/uploads/failed/<file>, <data>/documents/<uuid>; and
    // <inbox>/<workflow>/.queued|failed|done/<file>, for what is not a data folder's.
    static const QRegularExpression dataLayout(QStringLiteral("^(/.*)/(?:uploads(?:/failed)?|documents)/[^/]+$"));
    static const QRegularExpression inboxLayout(QStringLiteral("^(/.*)/[^/]+/(?:\\.queued|failed|done)/[^/]+$"));
    QHash<QString, int> data, inbox;
    for (const Column &c : pathColumns()) {
        QSqlQuery q = db.query(QStringLiteral("SELECT %1 FROM %2 WHERE %1 LIKE '/%'").arg(c.name, c.table));
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString path = q.value(0).toString();
            if (const auto d = dataLayout.match(path); d.hasMatch())
                ++data[d.captured(1)];
            else if (const auto m = inboxLayout.match(path); m.hasMatch())
                ++inbox[m.captured(1)];
        }
    }
    const auto mostCommon = [](const QHash<QString, int> &counts) {
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    };
    return {mostCommon(data), mostCommon(inbox)};
}

} // namespace

Result<Report> follow(Database &db, const Folders &given)
{
    using R = Result<Report>;
    const Folders now{clean(given.data), clean(given.inbox)};
    Report report;
    const auto data = Settings::value(db, DataKey);
    const auto inbox = Settings::value(db, InboxKey);
    if (!data || !inbox)
        return R::failure(!data ? data.error() : inbox.error());
    if (*data == now.data && *inbox == now.inbox)
        return report; // where it was
    Folders from{*data, *inbox};
    if (from.data.isEmpty() && from.inbox.isEmpty()) {
        from = readOff(db);
        report.inferred = !from.data.isEmpty() || !from.inbox.isEmpty();
    }
    // The inbox first: by default it is inside the data folder.
    QList<std::pair<QString, QString>> moves;
    if (!from.inbox.isEmpty() && from.inbox != now.inbox)
        moves.append({from.inbox, now.inbox});
    if (!from.data.isEmpty() && from.data != now.data)
        moves.append({from.data, now.data});

    const Status done = db.transaction([&]() -> Status {
        for (const Column &c : pathColumns()) {
            if (moves.isEmpty())
                break;
            QSqlQuery rows = db.query(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 LIKE '/%'").arg(c.name, c.table));
            if (const Status s = db.exec(rows, QStringLiteral("reading %1.%2").arg(c.table, c.name)); !s)
                return s;
            QList<std::pair<qint64, QString>> changed;
            while (rows.next()) {
                const QString path = rows.value(1).toString();
                for (const auto &[old, moved] : moves) {
                    if (!path.startsWith(old + u'/'))
                        continue;
                    const QString there = moved + path.mid(old.size());
                    // A file only the old place has stays named there (an inbox left behind).
                    if (!QFileInfo::exists(there) && QFileInfo::exists(path))
                        ++report.left;
                    else
                        changed.append({rows.value(0).toLongLong(), there});
                    break;
                }
            }
            for (const auto &[id, path] : changed) {
                QSqlQuery update = db.query(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(c.table, c.name));
                update.addBindValue(path);
                update.addBindValue(id);
                if (const Status s = db.exec(update, QStringLiteral("moving %1.%2").arg(c.table, c.name)); !s)
                    return s;
            }
            report.paths += int(changed.size());
        }
        if (const Status s = Settings::setValue(db, DataKey, now.data); !s)
            return s;
        return Settings::setValue(db, InboxKey, now.inbox);
    });
    if (!done)
        return R::failure(done.error());
    if (!moves.isEmpty())
        report.from = from;
    return report;
}

} // namespace scanflow::MovedFolders
