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
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace scanflow::Backup {

namespace {

const QString Database = QStringLiteral("scanflow.sqlite");
const QByteArray KeyContext = "scanflow backup: secrets key";
constexpr int Format = 1;

// What the backup leaves out of the data folder: the database (copied whole, by SQLite), its
// journal, the server's scratch space and identity, and the key file.
bool skipped(const QString &relative, const ServerConfig &config, const QString &to)
{
    const QString top = relative.section(u'/', 0, 0);
    if (top == QLatin1String("tmp") || top == QLatin1String("node-id") || top.startsWith(Database))
        return true;
    const QFileInfo file(QDir(config.dataDir).filePath(relative));
    // Nor a backup being written into the data folder, nor an earlier one of that name.
    if (file == QFileInfo(to) || file.fileName().startsWith(QFileInfo(to).fileName() + QLatin1String(".partial")))
        return true;
    return !config.secretsKeyFile.isEmpty() && file == QFileInfo(config.secretsKeyFile);
}

// Links (or, across file systems, copies) every file of the data folder not yet in `into`.
void collect(const ServerConfig &config, const QString &into, const QString &to, Report &report)
{
    report.stillWritten.clear(); // the last look's: one left out before may have settled since
    const QDir data(config.dataDir);
    QDirIterator it(config.dataDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = data.relativeFilePath(path);
        if (skipped(relative, config, to) || it.fileInfo().isSymLink())
            continue; // the server makes no links; one put there is not followed
        const QString target = into + u'/' + relative;
        if (QFile::exists(target))
            continue;
        // A scan still being written into an inbox (changed within the time the inbox waits
        // for a file to settle) has no delivery in the database yet: left out, it stays in the
        // inbox for the next backup. In, a restore would deliver half a scan (and tar may fail on it).
        const bool inInbox = relative.startsWith(QLatin1String("inbox/")) && relative.count(u'/') == 2;
        if (inInbox && it.fileInfo().lastModified().msecsTo(QDateTime::currentDateTime()) < std::max(config.inboxSettleMs, 2000)) {
            report.stillWritten.append(relative);
            continue;
        }
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
    // --force-local: a name with a colon ("scanflow-10:00.tar.gz") is a file, not a remote host.
    tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("--force-local")} + arguments);
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
        const auto existing = MasterKey::existing(config.secretsKeyFile, QStringLiteral("ScanFlow"), MasterKey::keychainAccount(config.dataDir));
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
    collect(config, files, to, report);
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
    collect(config, files, to, report); // what was queued while the database was read
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

    // Written whole or not at all, readable by this account only: a new 0600 file of a name
    // nobody could have made first, then renamed over the old backup in one step.
    QTemporaryFile partial(QFileInfo(to).absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
    if (!partial.open())
        return R::failure(QStringLiteral("cannot write \"%1\": %2").arg(to, partial.errorString()));
    partial.close();
    if (const Status tarred = runTar({QStringLiteral("-czf"), partial.fileName(), QStringLiteral("-C"), staging.path(), QStringLiteral(".")}); !tarred)
        return R::failure(tarred.error());
    if (::rename(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(to).constData()) != 0)
        return R::failure(QStringLiteral("cannot write \"%1\"").arg(to));
    partial.setAutoRemove(false);
    return report;
}

Result<Report> restore(const ServerConfig &config, const QString &from, const std::optional<QString> &passphrase, bool withoutKey)
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
    // Empty, so what comes back is the backup alone (an earlier try's files, say, are not).
    for (const QString &entry : QDir(config.dataDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry != QLatin1String("tmp"))
            return R::failure(QStringLiteral("dataDir \"%1\" is not empty (it holds \"%2\"): restore into an empty folder").arg(config.dataDir, entry));
    }
    if (!QDir().mkpath(config.dataDir) ||
        !QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return R::failure(QStringLiteral("cannot make dataDir \"%1\"").arg(config.dataDir));
    QDir().mkpath(QDir(config.dataDir).filePath(QStringLiteral("tmp")));
    QTemporaryDir staging(QDir(config.dataDir).filePath(QStringLiteral("tmp/restore-XXXXXX")));
    if (!staging.isValid())
        return R::failure(QStringLiteral("cannot make a folder for the restore in \"%1\"").arg(config.dataDir));
    // The archive's owners and modes are not taken (run as root it would keep them): the files
    // are this account's, and private.
    if (const Status s = runTar({QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions"), QStringLiteral("-xzf"),
                                 QFileInfo(from).absoluteFilePath(), QStringLiteral("-C"), staging.path()}); !s)
        return R::failure(QStringLiteral("\"%1\" is not a ScanFlow backup: %2").arg(from, s.error()));
    // A backup holds files and folders only: a link or device in one was not made by us.
    QDirIterator all(staging.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        all.next();
        const QFileInfo entry = all.fileInfo();
        if (entry.isSymLink() || (!entry.isFile() && !entry.isDir()))
            return R::failure(QStringLiteral("\"%1\" holds \"%2\", which is not a plain file: not restored")
                                  .arg(from, QDir(staging.path()).relativeFilePath(entry.filePath())));
    }
    QFile manifestFile(staging.filePath(QStringLiteral("manifest.json")));
    const QJsonObject manifest = manifestFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(manifestFile.readAll()).object() : QJsonObject();
    if (manifest.value(QStringLiteral("format")).toInt() != Format || !QFile::exists(staging.filePath(Database)))
        return R::failure(QStringLiteral("\"%1\" is not a ScanFlow backup (no manifest of format %2)").arg(from).arg(Format));

    Report report;
    report.schemaVersion = manifest.value(QStringLiteral("schemaVersion")).toInt();
    // The key first: a wrong passphrase changes nothing.
    std::optional<QByteArray> key;
    QFile sealedKey(staging.filePath(QStringLiteral("secrets-key.sealed")));
    if (sealedKey.exists() && !withoutKey) {
        if (!passphrase)
            return R::failure(QStringLiteral("the backup holds the secrets key: give its passphrase (--key-passphrase-env), "
                                             "or --without-key to restore everything but the sealed secrets"));
        sealedKey.open(QIODevice::ReadOnly);
        key = SecretBox::openWithPassphrase(sealedKey.readAll(), *passphrase, KeyContext);
        if (!key)
            return R::failure(QStringLiteral("the passphrase does not open the backup's secrets key"));
    }
    const auto existing = MasterKey::existing(config.secretsKeyFile, QStringLiteral("ScanFlow"), MasterKey::keychainAccount(config.dataDir));
    const bool restoreKey = key.has_value();
    if (restoreKey && existing && *existing != *key)
        return R::failure(QStringLiteral("a different secrets key is already kept for \"%1\" (%2): it may be another data folder's only "
                                         "key, so it is not replaced; move it away first")
                              .arg(config.dataDir, config.secretsKeyFile.isEmpty() ? QStringLiteral("in the keychain") : config.secretsKeyFile));
    if (!key && existing) // a key this server already has may be the one that sealed them
        key = *existing;
    {
        const Sqlite sqlite(staging.filePath(Database));
        if (!sqlite.isOpen())
            return R::failure(QStringLiteral("the backup's database cannot be opened: ") + sqlite.error());
        const auto [opened, closed] = secretsOpening(sqlite.db(), key);
        if (closed > 0) {
            // Sealed with a key that is not here: they could never be opened. Every HTTPS chain goes with its private key; the server makes a new one (an
            // imported one must be imported again).
            QSqlQuery q(sqlite.db());
            if (!q.exec(QStringLiteral("DELETE FROM secrets")) ||
                !q.exec(QStringLiteral("DELETE FROM entities WHERE kind = 'certificate' AND "
                                       "(data LIKE '%\"kind\":\"chain\"%' OR data LIKE '%\"generated\":true%')")))
                return R::failure(QStringLiteral("cannot drop the sealed secrets: ") + q.lastError().text());
            report.droppedSecrets = opened + closed;
            report.note = QStringLiteral("restored without the secrets key: %1 sealed secrets (workflow passwords and client secrets, "
                                         "OAuth tokens, users' private values, the HTTPS keys) were dropped; enter them again, "
                                         "authorize again, import an imported certificate chain again, and trust the server's new "
                                         "root").arg(report.droppedSecrets);
        }
    }
    if (restoreKey && report.droppedSecrets == 0 && !existing) {
        const Status kept = config.secretsKeyFile.isEmpty() ? MasterKey::toKeychain(QStringLiteral("ScanFlow"), MasterKey::keychainAccount(config.dataDir), *key)
                                                            : MasterKey::toKeyFile(config.secretsKeyFile, *key);
        if (!kept)
            return R::failure(kept.error());
    }
    report.withKey = restoreKey;

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
    // Run as root for a service's folder: what comes back is the folder owner's, as the
    // server that runs as that account must read and write it.
    struct stat folder = {};
    if (::geteuid() == 0 && ::stat(QFile::encodeName(config.dataDir).constData(), &folder) == 0 && folder.st_uid != 0) {
        QDirIterator owned(config.dataDir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (owned.hasNext()) {
            const QByteArray path = QFile::encodeName(owned.next());
            if (::lchown(path.constData(), folder.st_uid, folder.st_gid) != 0)
                return R::failure(QStringLiteral("cannot hand \"%1\" to the data folder's owner").arg(QString::fromLocal8Bit(path)));
        }
    }
    return report;
}

} // namespace scanflow::Backup
