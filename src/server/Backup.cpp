#include "Backup.h"

#include "MasterKey.h"
#include "SecretBox.h"
#include "SecretStore.h"
#include "Server.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

namespace scanflow::Backup {

namespace {

const QString Database = QStringLiteral("scanflow.sqlite");
const QByteArray KeyContext = "scanflow backup: secrets key";
constexpr int Format = 1;

// The keychain entry a data folder's key lives under (as Server::openSecrets names it).
QString keychainAccount(const ServerConfig &config)
{
    return QStringLiteral("secrets-key:") + QDir(config.dataDir).absolutePath();
}

// What the backup leaves out of the data folder: the database (copied whole, by SQLite), its
// journal, the server's scratch space and identity, and the key file.
bool skipped(const QString &relative, const ServerConfig &config)
{
    const QString top = relative.section(u'/', 0, 0);
    if (top == QLatin1String("tmp") || top == QLatin1String("node-id") || top.startsWith(Database))
        return true;
    return !config.secretsKeyFile.isEmpty() && QFileInfo(QDir(config.dataDir).filePath(relative)) == QFileInfo(config.secretsKeyFile);
}

// Links (or, across file systems, copies) every file of the data folder not yet in `into`.
void collect(const ServerConfig &config, const QString &into, Report &report)
{
    const QDir data(config.dataDir);
    QDirIterator it(config.dataDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = data.relativeFilePath(path);
        if (skipped(relative, config))
            continue;
        const QString target = into + u'/' + relative;
        if (QFile::exists(target))
            continue;
        QDir().mkpath(QFileInfo(target).path());
        // Gone since it was listed: its delivery finished meanwhile.
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) != 0 && !QFile::copy(path, target))
            continue;
        ++report.files;
        report.bytes += QFileInfo(target).size();
    }
}

// A connection of its own to one SQLite file, closed and forgotten when it goes.
class Sqlite
{
public:
    explicit Sqlite(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000;") + options);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Sqlite()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

int schemaOf(const QString &path)
{
    const Sqlite sqlite(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery q(sqlite.db());
    return q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q.next() ? q.value(0).toInt() : 0;
}

Status runTar(const QStringList &arguments)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), arguments);
    if (!tar.waitForFinished(-1) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return Status::failure(QStringLiteral("tar %1: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(tar.readAllStandardError()).trimmed()));
    return Status::success();
}

// The sealed secrets this key opens, and those it does not.
std::pair<int, int> secretsOpening(QSqlDatabase db, const std::optional<QByteArray> &key)
{
    const auto box = key ? SecretBox::withKey(*key) : Result<SecretBox>::failure({});
    int opened = 0, closed = 0;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT owner, name, sealed FROM secrets"));
    while (q.next()) {
        const bool opens = box && box->open(q.value(2).toByteArray(), SecretStore::context(q.value(0).toString(), q.value(1).toString()));
        ++(opens ? opened : closed);
    }
    return {opened, closed};
}

} // namespace

Result<Report> make(const ServerConfig &config, const QString &to, const std::optional<QString> &passphrase)
{
    using R = Result<Report>;
    if (config.database)
        return R::failure(QStringLiteral("the database is PostgreSQL, which backs itself up: pg_dump --format=custom the database "
                                         "(pg_restore brings it back), and keep the spool folder and the secrets key beside it"));
    const QString live = QDir(config.dataDir).filePath(Database);
    if (!QFile::exists(live))
        return R::failure(QStringLiteral("dataDir \"%1\" holds no ScanFlow database").arg(config.dataDir));
    std::optional<QByteArray> key;
    if (passphrase) {
        if (passphrase->size() < 8)
            return R::failure(QStringLiteral("the passphrase that seals the secrets key needs at least 8 characters"));
        const auto existing = MasterKey::existing(config.secretsKeyFile, QStringLiteral("ScanFlow"), keychainAccount(config));
        if (!existing)
            return R::failure(QStringLiteral("the secrets key cannot be read: ") + existing.error());
        key = *existing;
    }
    // Beside the data, so files are linked rather than copied.
    QDir().mkpath(QDir(config.dataDir).filePath(QStringLiteral("tmp")));
    QTemporaryDir staging(QDir(config.dataDir).filePath(QStringLiteral("tmp/backup-XXXXXX")));
    if (!staging.isValid())
        return R::failure(QStringLiteral("cannot make a folder for the backup in \"%1\"").arg(config.dataDir));
    Report report;
    const QString files = staging.filePath(QStringLiteral("files"));
    QDir().mkpath(files);
    collect(config, files, report);
    {
        // One moment of the database, while the server goes on writing.
        const Sqlite sqlite(live, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!sqlite.isOpen())
            return R::failure(QStringLiteral("cannot open the database: ") + sqlite.error());
        QSqlQuery q(sqlite.db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(staging.filePath(Database));
        if (!q.exec())
            return R::failure(QStringLiteral("cannot copy the database: ") + q.lastError().text());
    }
    collect(config, files, report); // what was queued while the database was read
    report.schemaVersion = schemaOf(staging.filePath(Database));
    if (key) {
        QFile sealed(staging.filePath(QStringLiteral("secrets-key.sealed")));
        const QByteArray box = SecretBox::sealWithPassphrase(*key, *passphrase, KeyContext);
        if (box.isEmpty() || !sealed.open(QIODevice::WriteOnly) || sealed.write(box) != box.size())
            return R::failure(QStringLiteral("cannot seal the secrets key"));
        report.withKey = true;
    }
    QFile manifest(staging.filePath(QStringLiteral("manifest.json")));
    manifest.open(QIODevice::WriteOnly);
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), Format},
                                             {QStringLiteral("scanflowVersion"), QStringLiteral(SCANFLOW_VERSION)},
                                             {QStringLiteral("schemaVersion"), report.schemaVersion},
                                             {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                             {QStringLiteral("files"), report.files},
                                             {QStringLiteral("withKey"), report.withKey}})
                       .toJson());
    manifest.close();

    // Written whole or not at all, readable by this account only.
    const QString partial = to + QStringLiteral(".partial");
    const mode_t before = ::umask(077);
    const Status tarred = runTar({QStringLiteral("-czf"), partial, QStringLiteral("-C"), staging.path(), QStringLiteral(".")});
    ::umask(before);
    if (!tarred) {
        QFile::remove(partial);
        return R::failure(tarred.error());
    }
    QFile::remove(to);
    if (!QFile::rename(partial, to))
        return R::failure(QStringLiteral("cannot write \"%1\"").arg(to));
    return report;
}

Result<Report> restore(const ServerConfig &config, const QString &from, const std::optional<QString> &passphrase)
{
    using R = Result<Report>;
    if (config.database)
        return R::failure(QStringLiteral("the database is PostgreSQL: pg_restore it, then copy the spool folder back"));
    if (!QFile::exists(from))
        return R::failure(QStringLiteral("\"%1\" does not exist").arg(from));
    const QString live = QDir(config.dataDir).filePath(Database);
    if (QFile::exists(live))
        return R::failure(QStringLiteral("dataDir \"%1\" already holds a database: stop its server and move the folder away first, "
                                         "so nothing is overwritten").arg(config.dataDir));
    if (!QDir().mkpath(config.dataDir) ||
        !QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return R::failure(QStringLiteral("cannot make dataDir \"%1\"").arg(config.dataDir));
    QDir().mkpath(QDir(config.dataDir).filePath(QStringLiteral("tmp")));
    QTemporaryDir staging(QDir(config.dataDir).filePath(QStringLiteral("tmp/restore-XXXXXX")));
    if (const Status s = runTar({QStringLiteral("-xzf"), from, QStringLiteral("-C"), staging.path()}); !s)
        return R::failure(QStringLiteral("\"%1\" is not a ScanFlow backup: %2").arg(from, s.error()));
    QFile manifestFile(staging.filePath(QStringLiteral("manifest.json")));
    const QJsonObject manifest = manifestFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(manifestFile.readAll()).object() : QJsonObject();
    if (manifest.value(QStringLiteral("format")).toInt() != Format || !QFile::exists(staging.filePath(Database)))
        return R::failure(QStringLiteral("\"%1\" is not a ScanFlow backup (no manifest of format %2)").arg(from).arg(Format));

    Report report;
    report.schemaVersion = manifest.value(QStringLiteral("schemaVersion")).toInt();
    // The key first: a wrong passphrase changes nothing.
    std::optional<QByteArray> key;
    QFile sealedKey(staging.filePath(QStringLiteral("secrets-key.sealed")));
    if (sealedKey.exists()) {
        if (!passphrase)
            return R::failure(QStringLiteral("the backup holds the secrets key: give its passphrase (--key-passphrase-env), "
                                             "or --without-key to restore everything but the sealed secrets"));
        if (!passphrase->isEmpty()) {
            sealedKey.open(QIODevice::ReadOnly);
            key = SecretBox::openWithPassphrase(sealedKey.readAll(), *passphrase, KeyContext);
            if (!key)
                return R::failure(QStringLiteral("the passphrase does not open the backup's secrets key"));
        }
    }
    if (!key) { // a key this server already has may be the one that sealed them
        if (const auto existing = MasterKey::existing(config.secretsKeyFile, QStringLiteral("ScanFlow"), keychainAccount(config)))
            key = *existing;
    }
    {
        const Sqlite sqlite(staging.filePath(Database));
        if (!sqlite.isOpen())
            return R::failure(QStringLiteral("the backup's database cannot be opened: ") + sqlite.error());
        const auto [opened, closed] = secretsOpening(sqlite.db(), key);
        if (closed > 0) {
            // Sealed with a key that is not here: they could never be opened. The server makes a
            // new HTTPS chain, as its private key was one of them.
            QSqlQuery q(sqlite.db());
            q.exec(QStringLiteral("DELETE FROM secrets"));
            q.exec(QStringLiteral("DELETE FROM entities WHERE kind = 'certificate' AND data LIKE '%\"generated\":true%'"));
            report.droppedSecrets = opened + closed;
            report.note = QStringLiteral("restored without the secrets key: %1 sealed secrets (workflow passwords and client secrets, "
                                         "OAuth tokens, users' private values, the HTTPS key) were dropped; enter them again, "
                                         "authorize again, and trust the server's new root").arg(report.droppedSecrets);
        }
    }
    if (sealedKey.exists() && key && report.droppedSecrets == 0 && passphrase && !passphrase->isEmpty()) {
        const Status kept = config.secretsKeyFile.isEmpty() ? MasterKey::toKeychain(QStringLiteral("ScanFlow"), keychainAccount(config), *key)
                                                            : MasterKey::toKeyFile(config.secretsKeyFile, *key);
        if (!kept)
            return R::failure(kept.error());
        report.withKey = true;
    }

    // Everything in place: the files, then the database last, which makes it a data folder.
    const QString files = staging.filePath(QStringLiteral("files"));
    QDirIterator it(files, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(config.dataDir).filePath(QDir(files).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::rename(path, target))
            return R::failure(QStringLiteral("cannot restore \"%1\"").arg(target));
        ++report.files;
        report.bytes += QFileInfo(target).size();
    }
    if (!QFile::rename(staging.filePath(Database), live))
        return R::failure(QStringLiteral("cannot restore the database to \"%1\"").arg(live));
    QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
    return report;
}

} // namespace scanflow::Backup
