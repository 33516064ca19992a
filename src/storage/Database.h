#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUtf8StringView>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

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
    // "SQLite 3.40.1 (Qt driver QSQLITE), PostgreSQL client 15.8 (Qt driver QPSQL)": the
    // database libraries this build uses, and whether Qt's driver for each is installed.
    static QString driverVersions();
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

    // A prepared query kept on this thread's connection for the next request, for the
    // statements a busy route runs every time (preparing is a tenth of a history page's cost).
    // Finished when the handle goes; asked for again while in use, it is prepared anew.
    class Reused
    {
    public:
        Reused(Reused &&other) noexcept;
        Reused(const Reused &) = delete;
        Reused &operator=(const Reused &) = delete;
        ~Reused();
        QSqlQuery &operator*() { return *m_query; }
        QSqlQuery *operator->() { return m_query; }

    private:
        friend class Database;
        explicit Reused(QSqlQuery own) : m_own(std::move(own)), m_query(&m_own) {}
        Reused(QSqlQuery *kept, bool *busy) : m_query(kept), m_busy(busy) {}
        QSqlQuery m_own;
        QSqlQuery *m_query;
        bool *m_busy = nullptr;
    };
    Reused reused(const QString &sql);

    // One row of a result read with eachRow(): its columns as the database holds them, valid
    // until the next row.
    class Row
    {
    public:
        qint64 integer(int column) const;
        QUtf8StringView text(int column) const;

    private:
        friend class Database;
        sqlite3_stmt *m_statement = nullptr; // SQLite: read in place
        QSqlQuery *m_query = nullptr;        // otherwise, through Qt
        mutable std::vector<QByteArray> m_utf8;
    };
    // Runs a query and shows each row to `visit`, for the long lists: on SQLite the text
    // columns go from the database's own UTF-8 to the caller without a QVariant or a QString
    // each (those were two thirds of a history page's cost), from a statement kept prepared.
    Status eachRow(const QString &sql, const QVariantList &values, const QString &what,
                   const std::function<void(const Row &)> &visit);
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
        struct Kept { QSqlQuery query; bool busy = false; };
        std::unordered_map<QString, std::unique_ptr<Kept>> kept; // reused(); nodes stay put
        struct KeptStatement { sqlite3_stmt *statement = nullptr; bool busy = false; };
        std::unordered_map<QString, KeptStatement> statements;   // eachRow() on SQLite
    };
    static void close(Link *link);
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
