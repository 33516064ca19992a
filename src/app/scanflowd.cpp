// scanflowd: ScanFlow without windows. Today: `scanflowd deliver …` (see DeliverCommand.h).
#include "DeliverCommand.h"

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
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "scanflowd " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    QTextStream(command.isEmpty() || command == QLatin1String("--help") ? stdout : stderr)
        << "usage: scanflowd deliver --workflow FILE.json [options] PATH...\n"
           "       scanflowd deliver --help   for every option\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
