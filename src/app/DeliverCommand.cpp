#include "DeliverCommand.h"

#include "ConnectionOptions.h"

#include "DeliveryEngine.h"
#include "ProgressLine.h"
#include "TokenStore.h"
#include "WorkflowJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace scanflow {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Files to deliver: each file as given, each folder's files (recursively, sorted, hidden ones
// skipped). A path that does not exist is kept, so its delivery fails with a clear reason.
QStringList collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder.append(it.next());
        inFolder.sort();
        files += inFolder;
    }
    return files;
}

// --users FILE: {"alice": {"email": "…", "values": {"customerCode": "…"},
//                          "login": "…", "password": "…", "token": {"accessToken": "…", …}}}
bool loadUser(const QString &usersFile, const QString &name, UserData *user,
              std::optional<OAuthToken> *token, QString *error)
{
    user->name = name;
    if (usersFile.isEmpty())
        return true;
    QFile file(usersFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("users file \"%1\": %2").arg(usersFile, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("users file \"%1\" is not valid JSON: %2").arg(usersFile, parse.errorString());
        return false;
    }
    if (!all.contains(name))
        return true; // a user without private data: user-specific workflows will say so
    const QJsonObject u = all.value(name).toObject();
    user->email = u.value(QStringLiteral("email")).toString();
    const QJsonObject values = u.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        user->values.insert(it.key(), it.value().toString());
    if (u.contains(QStringLiteral("login"))) {
        user->hasBasicLogin = true;
        user->login = u.value(QStringLiteral("login")).toString();
        user->password = u.value(QStringLiteral("password")).toString();
    }
    const QJsonObject t = u.value(QStringLiteral("token")).toObject();
    if (!t.isEmpty()) {
        OAuthToken tok;
        tok.accessToken = t.value(QStringLiteral("accessToken")).toString();
        tok.refreshToken = t.value(QStringLiteral("refreshToken")).toString();
        tok.expiresAt = QDateTime::fromString(t.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        *token = tok;
    }
    return true;
}

} // namespace

int runDeliverCommand(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Delivers scanned files through a workflow."));
    cli.addHelpOption();
    const QCommandLineOption workflowOpt(QStringLiteral("workflow"), QStringLiteral("The workflow JSON file."), QStringLiteral("file"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("The delivering user."), QStringLiteral("name"));
    const QCommandLineOption usersOpt(QStringLiteral("users"), QStringLiteral("JSON file with users' private data (e-mail, values, login, token)."), QStringLiteral("file"));
    const QCommandLineOption terminalOpt(QStringLiteral("terminal"), QStringLiteral("A terminal value (repeatable)."), QStringLiteral("key=value"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"), QStringLiteral("Files in flight at once (default 4)."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Seconds without progress before a request fails (default 60)."), QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption traceOpt(QStringLiteral("trace"), QStringLiteral("Add each file's redacted request/response trace to its JSON line."));
    const QCommandLineOption quietOpt(QStringLiteral("no-progress"), QStringLiteral("Never draw the progress bar."));
    cli.addOptions({workflowOpt, userOpt, usersOpt, terminalOpt, concurrencyOpt, timeoutOpt, traceOpt, quietOpt});
    const ConnectionOptions connection;
    connection.addTo(cli);
    cli.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files or folders to deliver."), QStringLiteral("PATH..."));
    if (!cli.parse(arguments)) {
        err() << "scanflowd deliver: " << cli.errorText() << "\n";
        return 2;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << cli.helpText();
        return 0;
    }
    const auto usage = [&](const QString &message) {
        err() << "scanflowd deliver: " << message << "\n" << Qt::flush;
        return 2;
    };
    if (!cli.isSet(workflowOpt))
        return usage(QStringLiteral("--workflow FILE.json is required"));
    if (cli.positionalArguments().isEmpty())
        return usage(QStringLiteral("name at least one file or folder to deliver"));
    bool ok = false;
    const int concurrency = cli.value(concurrencyOpt).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 256)
        return usage(QStringLiteral("--concurrency \"%1\" must be a number from 1 to 256").arg(cli.value(concurrencyOpt)));
    const double timeout = cli.value(timeoutOpt).toDouble(&ok);
    if (!ok || timeout <= 0)
        return usage(QStringLiteral("--timeout \"%1\" must be a positive number of seconds").arg(cli.value(timeoutOpt)));

    QFile file(cli.value(workflowOpt));
    if (!file.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("workflow \"%1\": %2").arg(file.fileName(), file.errorString()));
    auto workflow = workflowFromJson(file.readAll());
    if (!workflow)
        return usage(QStringLiteral("workflow \"%1\": %2").arg(file.fileName(), workflow.error()));
    if (const QString problem = connection.applyTo(cli, workflow.value()); !problem.isEmpty())
        return usage(problem);

    DeliveryJob prototype;
    for (const QString &pair : cli.values(terminalOpt)) {
        const int eq = int(pair.indexOf(u'='));
        if (eq <= 0)
            return usage(QStringLiteral("--terminal \"%1\" must be key=value").arg(pair));
        prototype.terminalValues.insert(pair.left(eq), pair.mid(eq + 1));
    }
    MemoryTokenStore tokens;
    if (cli.isSet(userOpt)) {
        std::optional<OAuthToken> userToken;
        QString error;
        if (!loadUser(cli.value(usersOpt), cli.value(userOpt), &prototype.user, &userToken, &error))
            return usage(error);
        if (userToken)
            tokens.saveToken(workflow->key(), prototype.user.name, *userToken);
    }

    const QStringList files = collectFiles(cli.positionalArguments());
    if (files.isEmpty())
        return usage(QStringLiteral("no files found in %1").arg(cli.positionalArguments().join(QLatin1String(", "))));

    DeliveryEngine engine(&tokens);
    engine.setMaxConcurrent(concurrency);
    engine.setRequestTimeout(int(timeout * 1000));
    ProgressLine progress(int(files.size()), !cli.isSet(quietOpt) && isatty(fileno(stderr)));
    QTextStream out(stdout);
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    const bool withTrace = cli.isSet(traceOpt);
    QObject::connect(&engine, &DeliveryEngine::uploadProgress, &engine, [&](quint64 id, qint64 sent, qint64) {
        progress.bytesSent(id, sent);
    });
    QObject::connect(&engine, &DeliveryEngine::finished, &engine, [&](const DeliveryResult &r) {
        if (!r.ok)
            ++failed;
        progress.clear();
        out << QJsonDocument(r.toJson(withTrace)).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
        progress.fileDone(r.id, r.fileSize, r.ok);
    });
    QObject::connect(&engine, &DeliveryEngine::idle, QCoreApplication::instance(), &QCoreApplication::quit);

    const auto shared = std::make_shared<const Workflow>(*workflow);
    for (const QString &path : files) {
        DeliveryJob job = prototype;
        job.filePath = path;
        engine.submit(shared, job);
    }
    QCoreApplication::exec();
    progress.clear();
    const double seconds = clock.elapsed() / 1000.0;
    err() << QStringLiteral("delivered %1 of %2 files in %3 s (%4 files/s)")
                 .arg(files.size() - failed).arg(files.size()).arg(seconds, 0, 'f', 2)
                 .arg(seconds > 0 ? files.size() / seconds : 0.0, 0, 'f', 1);
    if (failed)
        err() << QStringLiteral("; %1 failed").arg(failed);
    err() << "\n" << Qt::flush;
    return failed ? 1 : 0;
}

} // namespace scanflow
