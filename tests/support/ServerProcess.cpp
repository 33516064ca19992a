#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <csignal>

namespace scanflow::test {

// With SCANFLOW_SERVER_DATABASE=<name> (and the PostgreSQL fixture's SCANFLOW_TEST_POSTGRES), the
// server keeps its data in that PostgreSQL database instead of SQLite: the same API tests run
// against both.
static QStringList databaseArgs(const QStringList &args)
{
    const QString name = qEnvironmentVariable("SCANFLOW_SERVER_DATABASE");
    if (name.isEmpty())
        return {};
    QFile connection(qEnvironmentVariable("SCANFLOW_TEST_POSTGRES"));
    if (!connection.open(QIODevice::ReadOnly))
        qFatal("SCANFLOW_SERVER_DATABASE needs SCANFLOW_TEST_POSTGRES (run through ctest)");
    QJsonObject c = QJsonDocument::fromJson(connection.readAll()).object();
    c.insert(QStringLiteral("driver"), QStringLiteral("postgres"));
    c.insert(QStringLiteral("database"), name);
    const qsizetype data = args.indexOf(QStringLiteral("--data"));
    const QString folder = data >= 0 ? args.value(data + 1) : QDir::tempPath();
    QDir().mkpath(folder);
    QFile config(QDir(folder).filePath(QStringLiteral("postgres.json")));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config.fileName()));
    config.write(QJsonDocument(QJsonObject{{QStringLiteral("database"), c}}).toJson());
    return {QStringLiteral("--config"), config.fileName()};
}

ServerProcess ServerProcess::start(const QStringList &args)
{
    ServerProcess s;
    s.process = std::make_unique<QProcess>();
    s.process->start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + databaseArgs(args) + args);
    if (!s.process->waitForStarted(5000))
        return s;
    // "listening …" comes first; on a first start the key line follows at once. The event
    // loop keeps running meanwhile, for targets that live in the test process.
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && s.process->state() == QProcess::Running) {
        while (s.process->canReadLine()) {
            const QString line = QString::fromUtf8(s.process->readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening ")))
                s.url = line.mid(10);
            else if (line.startsWith(QLatin1String("bootstrap admin user")))
                s.adminPassword = line.section(QLatin1String(" / "), 1);
            else if (line.startsWith(QLatin1String("bootstrap API key")))
                s.key = line.section(QLatin1String(": "), 1);
        }
        if (!s.url.isEmpty() && !s.key.isEmpty())
            break;
        const bool more = QTest::qWaitFor([&] { return s.process->canReadLine(); }, s.url.isEmpty() ? 100 : 200);
        if (!more && !s.url.isEmpty())
            break;
    }
    return s;
}

int ServerProcess::stop()
{
    ::kill(pid_t(process->processId()), SIGTERM);
    if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10000))
        return -1;
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

QString curl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} + args);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 15000))
        return QStringLiteral("000 curl did not finish");
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const int nl = int(out.lastIndexOf(u'\n'));
    return out.mid(nl + 1) + u' ' + out.left(nl);
}

QString api(const ServerProcess &server, const QString &method, const QString &path, const QStringList &args, const QString &key)
{
    QStringList all{QStringLiteral("-X"), method};
    if (key != QLatin1String("none"))
        all << QStringLiteral("-H") << QStringLiteral("X-Api-Key: ") + (key.isEmpty() ? server.key : key);
    return curl(all + args + QStringList{server.url + QStringLiteral("/api/v1") + path});
}

QStringList formFields(std::initializer_list<QString> fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << QStringLiteral("--data-urlencode") << f;
    return out;
}

QJsonObject deliverAndWait(const ServerProcess &server, qint64 id, const QString &file, const QString &key, Settled until)
{
    const qint64 delivery = object(api(server, QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                       {QStringLiteral("-F"), QStringLiteral("data=@") + file}, key))
                                .value(QStringLiteral("id")).toInteger();
    QJsonObject record;
    const bool settled = QTest::qWaitFor([&] {
        record = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(delivery), {}, key));
        const QString state = record.value(QStringLiteral("state")).toString();
        return state == QLatin1String("delivered") || state == QLatin1String("failed")
            || (until == Settled::OrRetried && !record.value(QStringLiteral("lastError")).toString().isEmpty());
    }, 20000);
    if (!settled)
        record.insert(QStringLiteral("state"), QStringLiteral("(not settled: %1)").arg(record.value(QStringLiteral("state")).toString()));
    return record;
}

QString registerDevice(const ServerProcess &server, const QString &name, const QString &key)
{
    const QString made = api(server, QStringLiteral("POST"), QStringLiteral("/devices"),
                             {QStringLiteral("--data"), QStringLiteral(R"({"name":"%1"})").arg(name)});
    const QString code = object(made).value(QStringLiteral("registrationCode")).toString();
    if (code.isEmpty())
        return {};
    const QString traded = api(server, QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"),
                               {QStringLiteral("-d"), QStringLiteral("grant_type=urn:scanflow:grant-type:registration-code"),
                                QStringLiteral("-d"), QStringLiteral("code=") + code}, key);
    return object(traded).value(QStringLiteral("access_token")).toString();
}

int status(const QString &answer)
{
    return answer.left(3).toInt();
}

QJsonObject object(const QString &answer)
{
    return QJsonDocument::fromJson(answer.section(u' ', 1).toUtf8()).object();
}

QJsonArray array(const QString &answer)
{
    return QJsonDocument::fromJson(answer.section(u' ', 1).toUtf8()).array();
}

QString message(const QString &answer)
{
    return object(answer).value(QStringLiteral("message")).toString();
}

} // namespace scanflow::test
