#include "BackupCommand.h"

#include "Backup.h"
#include "ServeCommand.h"
#include "Server.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <sys/stat.h>

namespace scanflow {

namespace {

enum class Direction { Backup, Restore };

int run(Direction direction, const QStringList &arguments)
{
    const bool backup = direction == Direction::Backup;
    const QString command = backup ? QStringLiteral("backup") : QStringLiteral("restore");
    QCommandLineParser cli;
    cli.setApplicationDescription(backup ? QStringLiteral("Copies a server's data, while it runs, into one file.")
                                         : QStringLiteral("Brings a backup back into an empty data folder."));
    cli.addHelpOption();
    const QCommandLineOption fileOpt(backup ? QStringLiteral("to") : QStringLiteral("from"),
                                     backup ? QStringLiteral("The backup file to write (.tar.gz).") : QStringLiteral("The backup file to read."),
                                     QStringLiteral("file"));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("The server's JSON configuration file."), QStringLiteral("file"));
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data folder (default: the user's data folder)."), QStringLiteral("dir"));
    const QCommandLineOption keyFileOpt(QStringLiteral("secrets-key-file"), QStringLiteral("The server's key file for stored secrets."),
                                        QStringLiteral("file"));
    const QCommandLineOption passphraseOpt(QStringLiteral("key-passphrase-env"),
                                           backup ? QStringLiteral("Include the secrets key, sealed under the passphrase in this environment variable.")
                                                  : QStringLiteral("Environment variable holding the passphrase of the backup's secrets key."),
                                           QStringLiteral("name"));
    const QCommandLineOption withoutKeyOpt(QStringLiteral("without-key"),
                                           QStringLiteral("Restore everything but the sealed secrets, which the backup's key alone opens."));
    cli.addOptions({fileOpt, configOpt, dataOpt, keyFileOpt, passphraseOpt});
    if (!backup)
        cli.addOption(withoutKeyOpt);
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        err << "scanflowd " << command << ": " << message << "\n" << Qt::flush;
        return 2;
    };
    if (!cli.parse(arguments))
        return usage(cli.errorText());
    if (cli.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << cli.helpText();
        return 0;
    }
    if (!cli.isSet(fileOpt))
        return usage(QStringLiteral("--%1 FILE is required").arg(fileOpt.names().constFirst()));

    // The same configuration the server reads, so the same folder, database and key.
    QJsonObject json;
    if (cli.isSet(configOpt)) {
        const auto read = readConfigFile(cli.value(configOpt));
        if (!read)
            return usage(read.error());
        json = *read;
    }
    if (cli.isSet(dataOpt))
        json.insert(QStringLiteral("dataDir"), cli.value(dataOpt));
    if (cli.isSet(keyFileOpt))
        json.insert(QStringLiteral("secretsKeyFile"), cli.value(keyFileOpt));
    ServerConfig defaults;
    defaults.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const auto config = ServerConfig::fromJson(json, defaults);
    if (!config)
        return usage(config.error());

    std::optional<QString> passphrase;
    if (cli.isSet(passphraseOpt)) {
        const QByteArray name = cli.value(passphraseOpt).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usage(QStringLiteral("--key-passphrase-env: the environment has no %1").arg(cli.value(passphraseOpt)));
        passphrase = qEnvironmentVariable(name.constData());
    }
    const bool withoutKey = !backup && cli.isSet(withoutKeyOpt);
    ::umask(077); // scans, the database and the key: this account's alone, as the server keeps them
    if (withoutKey && passphrase)
        return usage(QStringLiteral("--without-key and --key-passphrase-env exclude each other"));

    const auto report = backup ? Backup::make(*config, cli.value(fileOpt), passphrase)
                               : Backup::restore(*config, cli.value(fileOpt), passphrase, withoutKey);
    if (!report) {
        err << "scanflowd " << command << ": " << report.error() << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << (backup ? "backed up " : "restored ") << report->files << " files (" << report->bytes << " bytes) and the database (schema "
        << report->schemaVersion << ")" << (report->withKey ? ", with the secrets key" : ", without the secrets key") << "\n";
    if (!report->stillWritten.isEmpty())
        out << "note: left out " << report->stillWritten.size() << " inbox files still being written (" << report->stillWritten.join(QStringLiteral(", "))
            << "): they stay in the inbox, and the next backup takes them\n";
    if (backup && !report->withKey)
        out << "note: the sealed secrets open only with this server's key; --key-passphrase-env NAME includes it\n";
    if (!report->note.isEmpty())
        out << "note: " << report->note << "\n";
    return 0;
}

} // namespace

int runBackupCommand(const QStringList &arguments)
{
    return run(Direction::Backup, arguments);
}

int runRestoreCommand(const QStringList &arguments)
{
    return run(Direction::Restore, arguments);
}

} // namespace scanflow
