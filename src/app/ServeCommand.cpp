#include "ServeCommand.h"

#include "Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QCryptographicHash>
#include <QTextStream>

#include <csignal>
#include <functional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scanflow {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}

// SIGTERM and SIGINT reach the event loop through the self-pipe trick: the first calls
// `onFirst` (the server drains, then quits), a second quits at once.
bool quitOnSignals(std::function<void()> *onFirst)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [onFirst] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        if (*onFirst)
            std::exchange(*onFirst, {})();
        else
            QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

Result<QJsonObject> readConfigFile(const QString &path)
{
    using R = Result<QJsonObject>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("config \"%1\": %2").arg(path, file.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("config \"%1\" is not valid JSON: %2").arg(path, parse.errorString()));
    return doc.object();
}

int runServeCommand(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Runs the ScanFlow server."));
    cli.addHelpOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("JSON configuration file."), QStringLiteral("file"));
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data folder (default: the user's data folder)."), QStringLiteral("dir"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port (default 7300; 0 picks a free one)."), QStringLiteral("n"));
    const QCommandLineOption keyFileOpt(QStringLiteral("secrets-key-file"), QStringLiteral("Key file for stored secrets, for servers without an OS keychain (created 0600)."), QStringLiteral("file"));
    const QCommandLineOption tlsOpt(QStringLiteral("tls"), QStringLiteral("Serve HTTPS also on loopback (always on other addresses)."));
    const QCommandLineOption newKeyOpt(QStringLiteral("new-key"), QStringLiteral("Make a new full-access API key and show it once (when the first one is lost)."));
    const QCommandLineOption testDestinationOpt(QStringLiteral("test-destination"), QStringLiteral("Serve the test destination (/api/v1/testdestination), which takes requests without a key."));
    cli.addOptions({configOpt, dataOpt, listenOpt, portOpt, keyFileOpt, tlsOpt, newKeyOpt, testDestinationOpt});
    QTextStream err(stderr);
    if (!cli.parse(arguments)) {
        err << "scanflowd serve: " << cli.errorText() << "\n";
        return 2;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << cli.helpText();
        return 0;
    }
    const auto usage = [&](const QString &message) {
        err << "scanflowd serve: " << message << "\n" << Qt::flush;
        return 2;
    };

    ServerConfig config;
    config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QJsonObject json;
    if (cli.isSet(configOpt)) {
        const auto read = readConfigFile(cli.value(configOpt));
        if (!read)
            return usage(read.error());
        json = *read;
    }
    // Command-line flags win over the file.
    if (cli.isSet(dataOpt))
        json.insert(QStringLiteral("dataDir"), cli.value(dataOpt));
    if (cli.isSet(listenOpt))
        json.insert(QStringLiteral("listen"), cli.value(listenOpt));
    if (cli.isSet(tlsOpt))
        json.insert(QStringLiteral("tls"), true);
    if (cli.isSet(keyFileOpt))
        json.insert(QStringLiteral("secretsKeyFile"), cli.value(keyFileOpt));
    if (cli.isSet(testDestinationOpt))
        json.insert(QStringLiteral("testDestination"), true);
    if (cli.isSet(portOpt)) {
        bool ok = false;
        const int port = cli.value(portOpt).toInt(&ok);
        json.insert(QStringLiteral("port"), ok ? port : -1);
    }
    auto parsed = ServerConfig::fromJson(json, config);
    if (!parsed)
        return usage(parsed.error());
    parsed.value().newAdminKey = cli.isSet(newKeyOpt);

    // Before anything is announced: a SIGTERM right after "listening" must stop us cleanly.
    // Until the server runs, the first signal quits.
    std::function<void()> onFirstSignal;
    if (!quitOnSignals(&onFirstSignal))
        err << "scanflowd serve: cannot catch SIGTERM; stop with SIGKILL\n";
    // Everything the headless server writes (scans, uploads, print jobs, the database) is this
    // account's alone (L7). The desktop app keeps the umask: its exports are the person's files.
    ::umask(077);
    Server server(*parsed);
    if (const Status started = server.start(); !started) {
        err << "scanflowd serve: " << started.error() << "\n";
        return 1;
    }
    QTextStream out(stdout);
    onFirstSignal = [&server, &out] {
        out << "draining" << Qt::endl;
        server.drain([] { QCoreApplication::quit(); });
    };
    out << "listening " << server.baseUrl() << Qt::endl;
    if (const QSslCertificate root = server.tlsRoot(); !root.isNull())
        out << "tls root: " << root.subjectDisplayName() << ", SHA-256 " << root.digest(QCryptographicHash::Sha256).toHex(':').toUpper() << Qt::endl;
    if (!server.secretsProblem().isEmpty())
        err << "scanflowd serve: warning: secrets cannot be stored: " << server.secretsProblem() << Qt::endl;
    if (!server.bootstrapAdminPassword().isEmpty())
        out << "bootstrap admin user (shown once, keep it safe): admin / " << server.bootstrapAdminPassword() << Qt::endl;
    if (!server.bootstrapKey().isEmpty())
        out << (cli.isSet(newKeyOpt) ? "new API key (shown once, keep it safe): " : "bootstrap API key (shown once, keep it safe): ")
            << server.bootstrapKey() << Qt::endl;
    const int code = QCoreApplication::exec();
    out << "stopped" << Qt::endl;
    return code;
}

} // namespace scanflow
