// scanflow: the desktop app. By default it starts the server in-process on loopback with the
// embedded SQLite database (EmbeddedServer); with --connect it manages a remote scanflowd.
#include "ApiClient.h"
#include "EmbeddedServer.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScanFlow"));
    QApplication::setApplicationVersion(QStringLiteral(SCANFLOW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scanflow.svg")));

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "ScanFlow: scan-workflow designer and delivery server."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), QApplication::translate("main", "Data folder of the embedded server."),
                                     QStringLiteral("dir"));
    const QCommandLineOption keyFileOpt(QStringLiteral("secrets-key-file"),
                                        QApplication::translate("main", "Key file for stored secrets when there is no OS keychain."),
                                        QStringLiteral("file"));
    const QCommandLineOption connectOpt(QStringLiteral("connect"), QApplication::translate("main", "Manage a remote scanflowd at this URL."),
                                        QStringLiteral("url"));
    const QCommandLineOption keyOpt(QStringLiteral("api-key"), QApplication::translate("main", "The remote server's API key."),
                                    QStringLiteral("key"));
    cli.addOptions({dataOpt, keyFileOpt, connectOpt, keyOpt});
    cli.process(app);

    scanflow::ApiClient api;
    std::unique_ptr<scanflow::EmbeddedServer> server;
    if (cli.isSet(connectOpt)) {
        api.setBaseUrl(QUrl(cli.value(connectOpt)));
        api.setApiKey(cli.value(keyOpt).toUtf8());
    } else {
        scanflow::ServerConfig config;
        config.port = 0; // a free port: a scanflowd on 7300 may run beside the app
        config.dataDir = cli.isSet(dataOpt) ? cli.value(dataOpt) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        config.secretsKeyFile = cli.value(keyFileOpt);
        server = std::make_unique<scanflow::EmbeddedServer>(config);
        if (const scanflow::Status started = server->start(); !started) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "ScanFlow"),
                                  QApplication::translate("main", "The embedded server did not start: %1").arg(started.error()));
            return 1;
        }
        api.setBaseUrl(QUrl(server->baseUrl()));
        api.setApiKey(server->processKey());
    }

    scanflow::MainWindow window(&api);
    window.show();
    if (server && !server->bootstrapAdminPassword().isEmpty()) {
        QMessageBox::information(&window, QApplication::translate("main", "ScanFlow"),
                                 QApplication::translate("main", "The first start made the user \"admin\" with the password\n\n%1\n\n"
                                                                 "It is shown once: keep it safe. Users sign in to Workplace with it.")
                                     .arg(server->bootstrapAdminPassword()));
    }
    if (server && !server->secretsProblem().isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "ScanFlow"),
                             QApplication::translate("main", "Secrets cannot be stored: %1").arg(server->secretsProblem()));
    }
    return app.exec();
}
