#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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

// One open connection with the schema migrated. SQLite runs with WAL and foreign keys on.
// A Database belongs to the thread that opened it (Qt Sql's rule).
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }

    // The schema version this database holds, 0 when empty.
    int schemaVersion();
    // Applies every migration not yet applied, each in its own transaction.
    Status migrate();

    // A prepared query on this connection.
    QSqlQuery query(const QString &sql);
    // Runs a prepared query; the error names what was being done.
    Status exec(QSqlQuery &query, const QString &what);
    // Runs an "INSERT … RETURNING id" and gives the new row's id.
    Result<qint64> insert(QSqlQuery &query, const QString &what);
    // Runs `work` in a transaction, committing when it succeeds (inside another: joins it).
    Status transaction(const std::function<Status()> &work);

private:
    Database(QSqlDatabase db, Dialect dialect, QString connectionName);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace scanflow
