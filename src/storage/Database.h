#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace scanflow {

// Where the server keeps its data: an SQLite file (the default, embedded) or PostgreSQL.
struct DatabaseConfig
{
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString sqlitePath;           // Sqlite
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString name;                 // PostgreSQL database
    QString user;
    QString password;

    // {"driver": "sqlite", "path": "…"} or {"driver": "postgres", "host", "port", "database", "user", "password"}
    static Result<DatabaseConfig> fromJson(const QJsonObject &json);
};

// The server's database, with the schema migrated: one connection per thread that uses it
// (Qt Sql's rule: a connection belongs to the thread that opened it), opened on first use, so
// handlers on several worker threads each have their own. SQLite runs with WAL (readers never
// wait for the writer), foreign keys on, and transactions that take the write lock at BEGIN.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    // This thread's connection, opened on first use (invalid when it cannot be opened; its
    // queries then fail, saying why).
    QSqlDatabase connection();
    // Closes this thread's connection: a worker thread's last call before it ends.
    void closeThisThread();

    // The schema version this database holds, 0 when empty.
    int schemaVersion();
    // Applies every migration not yet applied, each in its own transaction.
    Status migrate();

    // A prepared query on this thread's connection.
    QSqlQuery query(const QString &sql);
    // Runs a prepared query; the error names what was being done.
    Status exec(QSqlQuery &query, const QString &what);
    // Runs an "INSERT … RETURNING id" and gives the new row's id.
    Result<qint64> insert(QSqlQuery &query, const QString &what);
    // Runs `work` in a transaction, committing when it succeeds (inside another on the same
    // thread: joins it).
    Status transaction(const std::function<Status()> &work);

private:
    struct Link
    {
        QString name;      // of the QSqlDatabase connection
        QSqlDatabase db;
        int transactionDepth = 0;
    };
    Database(DatabaseConfig config, Dialect dialect);
    Link &link();
    Result<QSqlDatabase> openConnection(const QString &name);

    DatabaseConfig m_config;
    Dialect m_dialect;
    QString m_baseName;
    QMutex m_mutex; // guards m_links
    QHash<QThread *, Link *> m_links;
    QString m_openError; // why a connection could not be opened, for the failing queries
};

} // namespace scanflow
