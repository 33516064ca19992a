// scanflow: the desktop app. By default it starts the server in-process on loopback with the
// embedded SQLite database (EmbeddedServer); with --connect, or when File › Connect chose one
// last time, it manages a remote scanflowd. The windows speak the system's language (English,
// Czech or German; LANG=cs_CZ.UTF-8 scanflow to choose).
#include "ApiClient.h"
#include "ConnectionStore.h"
#include "EmbeddedServer.h"
#include "MainWindow.h"
#include "VersionController.h"
#include "WorkplaceWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

// The app's command line, made before any application object: --help and --version are
// answered without a display.
struct CommandLine
{
    CommandLine()
    {
        cli.setApplicationDescription(QApplication::translate("main", "ScanFlow: scan-workflow designer and delivery server."));
        cli.addHelpOption();
        cli.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                       QApplication::translate("main", "Print the version, and those of Qt, libcurl and the database libraries.")});
        const auto &[data, keyFile, connect, key, workplace] = opts;
        cli.addOptions({data, keyFile, connect, key, workplace});
    }
    QCommandLineParser cli;
    struct
    {
        QCommandLineOption data{QStringLiteral("data"), QApplication::translate("main", "Data folder of the embedded server."), QStringLiteral("dir")};
        QCommandLineOption keyFile{QStringLiteral("secrets-key-file"),
                                   QApplication::translate("main", "Key file for stored secrets when there is no OS keychain."), QStringLiteral("file")};
        QCommandLineOption connect{QStringLiteral("connect"), QApplication::translate("main", "Manage a remote scanflowd at this URL."), QStringLiteral("url")};
        QCommandLineOption key{QStringLiteral("api-key"), QApplication::translate("main", "The remote server's API key."), QStringLiteral("key")};
        QCommandLineOption workplace{QStringLiteral("workplace"),
                                     QApplication::translate("main", "Open only Workplace, where users authorize their private destinations.")};
    } opts;
};

} // namespace

int main(int argc, char *argv[])
{
    // The versions and the help need no display: answered before the windows' application starts.
    for (int i = 1; i < argc; ++i) {
        const bool version = qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0;
        const bool help = qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0;
        if (version || help) {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("scanflow"));
            if (help)
                CommandLine().cli.showHelp(0);
            QTextStream(stdout) << scanflow::VersionController::versionText(QStringLiteral("scanflow"), QStringLiteral(SCANFLOW_VERSION));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScanFlow"));
    QApplication::setApplicationVersion(QStringLiteral(SCANFLOW_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ScanFlow"));
    // Its menu entry (packaging/org.scanflow.ScanFlow.desktop): Wayland's app id, the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.scanflow.ScanFlow"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scanflow.svg")));
    // Our texts are embedded (:/i18n); Qt's own (standard buttons) come from its package.
    QTranslator ours, qtBase;
    if (ours.load(QLocale(), QStringLiteral("scanflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qtBase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtBase);

    CommandLine options;
    QCommandLineParser &cli = options.cli;
    const auto &[dataOpt, keyFileOpt, connectOpt, keyOpt, workplaceOpt] = options.opts;
    cli.process(app);

    scanflow::ApiClient api;
    std::unique_ptr<scanflow::EmbeddedServer> server;
    // The embedded server, started the first time it is needed.
    const QString dataDir = cli.isSet(dataOpt) ? cli.value(dataOpt) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const auto useEmbedded = [&]() -> std::optional<QString> {
        if (!server) {
            scanflow::ServerConfig config;
            config.port = 0; // a free port: a scanflowd on 7300 may run beside the app
            config.dataDir = dataDir;
            config.secretsKeyFile = cli.value(keyFileOpt);
            auto started = std::make_unique<scanflow::EmbeddedServer>(config);
            if (const scanflow::Status s = started->start(); !s)
                return QApplication::translate("main", "The embedded server did not start: %1").arg(s.error());
            server = std::move(started);
        }
        api.setBaseUrl(QUrl(server->baseUrl()));
        api.setApiKey(server->processKey());
        api.setExtraCaCertificates({});
        // Its port changes between starts; its data folder does not.
        api.setKeychainName(QStringLiteral("embedded:") + QDir(dataDir).absolutePath());
        return std::nullopt;
    };
    const auto connectTo = [&](const scanflow::ConnectionStore::Choice &choice, const QString &key) -> std::optional<QString> {
        if (!choice.remote)
            return useEmbedded();
        api.setBaseUrl(choice.url);
        api.setApiKey(key.toUtf8());
        api.setKeychainName({});
        // The server's own root, where the admin chose to trust it for this server alone.
        api.setExtraCaCertificates(QSslCertificate::fromData(scanflow::ConnectionStore::trustedRoot(choice.url), QSsl::Pem));
        return std::nullopt;
    };

    std::optional<QString> problem;
    QString keychainProblem;
    const scanflow::ConnectionStore::Choice remembered = scanflow::ConnectionStore::load();
    if (cli.isSet(connectOpt)) {
        problem = connectTo({true, QUrl(cli.value(connectOpt))}, cli.value(keyOpt));
    } else if (remembered.remote && remembered.url.isValid()) {
        // The remembered server's key is in the keychain; the window waits for it (briefly).
        QString key;
        QEventLoop wait;
        scanflow::ConnectionStore::readKey(remembered.url, &wait, [&](const QString &k, const QString &error) {
            key = k;
            keychainProblem = error;
            wait.quit();
        });
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        wait.exec();
        problem = key.isEmpty() ? useEmbedded() : connectTo(remembered, key);
        if (key.isEmpty() && keychainProblem.isEmpty())
            keychainProblem = QApplication::translate("main", "no key is kept for %1").arg(remembered.url.toString());
    } else {
        problem = useEmbedded();
    }
    if (problem) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ScanFlow"), *problem);
        return 1;
    }

    if (cli.isSet(workplaceOpt)) {
        scanflow::WorkplaceWindow workplace(api.baseUrl(), api.apiKey(), api.keychainName());
        workplace.api()->setExtraCaCertificates(api.extraCaCertificates());
        workplace.show();
        workplace.start();
        return app.exec();
    }

    scanflow::MainWindow window(&api);
    window.setConnector(connectTo);
    window.show();
    if (!keychainProblem.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "ScanFlow"),
                             QApplication::translate("main", "The remembered server %1 was not connected (%2); this is the server on this "
                                                             "computer. Use File › Connect to server to choose again.")
                                 .arg(remembered.url.toString(), keychainProblem));
    }
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
