// scanflowd: ScanFlow without windows: `scanflowd serve` (ServeCommand.h), `scanflowd deliver`
// (DeliverCommand.h), `scanflowd import-curl` (ImportCurlCommand.h), `scanflowd backup` and
// `scanflowd restore` (BackupCommand.h).
#include "BackupCommand.h"
#include "DeliverCommand.h"
#include "ImportCurlCommand.h"
#include "ServeCommand.h"
#include "VersionController.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scanflowd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCANFLOW_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("deliver")) {
        args.removeAt(1);
        return scanflow::runDeliverCommand(args);
    }
    if (command == QLatin1String("serve")) {
        args.removeAt(1);
        return scanflow::runServeCommand(args);
    }
    if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        args.removeAt(1);
        return command == QLatin1String("backup") ? scanflow::runBackupCommand(args) : scanflow::runRestoreCommand(args);
    }
    if (command == QLatin1String("import-curl")) {
        args.removeAt(1);
        return scanflow::runImportCurlCommand(args);
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << scanflow::VersionController::versionText(QStringLiteral("scanflowd"), QCoreApplication::applicationVersion());
        return 0;
    }
    // The man page is made from this text (packaging/man/make-man.sh): keep it help2man's shape.
    const bool help = command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h");
    QTextStream(help ? stdout : stderr)
        << "Usage: scanflowd COMMAND [OPTIONS]\n"
           "The ScanFlow server, its delivery command and its curl importer.\n"
           "\n"
           "Commands:\n"
           "  serve          Run the server (scanflowd serve --help for its options).\n"
           "  deliver        Deliver files through a workflow file, without a server.\n"
           "  import-curl    Print the workflow step a curl command makes.\n"
           "  backup         Copy a server's data, while it runs, into one file.\n"
           "  restore        Bring a backup back into an empty data folder.\n"
           "\n"
           "Options:\n"
           "  -h, --help     Display this help.\n"
           "  --version      Print the version, and those of Qt, libcurl and the\n"
           "                 database libraries.\n";
    return help ? 0 : 2;
}
