// scanflowd: ScanFlow without windows: `scanflowd serve` (ServeCommand.h), `scanflowd deliver`
// (DeliverCommand.h), `scanflowd import-curl` (ImportCurlCommand.h).
#include "DeliverCommand.h"
#include "ImportCurlCommand.h"
#include "ServeCommand.h"

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
    if (command == QLatin1String("import-curl")) {
        args.removeAt(1);
        return scanflow::runImportCurlCommand(args);
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "scanflowd " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    QTextStream(command.isEmpty() || command == QLatin1String("--help") ? stdout : stderr)
        << "usage: scanflowd serve [--config FILE.json] [--data DIR] [--listen ADDRESS] [--port N]\n"
           "       scanflowd deliver --workflow FILE.json [options] PATH...\n"
           "       scanflowd import-curl 'curl …'   the workflow step a curl command makes\n"
           "       scanflowd COMMAND --help   for every option\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
