#include "Settings.h"

#include <QSqlError>

namespace scanflow::Settings {

Result<QString> value(Database &db, const QString &name)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Result<QString>::failure(QStringLiteral("reading the setting %1: %2").arg(name, q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

Status setValue(Database &db, const QString &name, const QString &value)
{
    QSqlQuery q = db.query(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?) "
                                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    return db.exec(q, QStringLiteral("remembering the setting ") + name);
}

} // namespace scanflow::Settings
