#pragma once

// The real `scanflowd serve` as a child process, and curl to talk to it.

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace scanflow::test {

struct ServerProcess
{
    std::unique_ptr<QProcess> process;
    QString url;   // from "listening …"
    QString key;   // the bootstrap key, on a first start
    QString adminPassword; // the bootstrap admin user's, on a first start

    // Starts `scanflowd serve --port 0 ARGS…` and waits for its first lines.
    static ServerProcess start(const QStringList &args);
    // SIGTERM, then the exit code (-1 if it crashed or hung).
    int stop();
};

// Runs curl -s with args; returns "STATUS BODY".
QString curl(const QStringList &args);

// curl -X METHOD <server>/api/v1<path> with X-Api-Key (the server's bootstrap key unless given;
// "none" sends no key) and more curl args: "STATUS BODY".
QString api(const ServerProcess &server, const QString &method, const QString &path, const QStringList &args = {},
            const QString &key = {});
// A trusted device registered by the bootstrap key (POST /devices), its one-time code traded
// through `key` (default: the bootstrap key): the device's access token, or empty.
QString registerDevice(const ServerProcess &server, const QString &name, const QString &key = {});
// Delivers one file through workflow `id` (POST …/deliveries with `key`, as api()) and waits
// until it settles — delivered or failed, or with `orRetried` also a last error the queue will
// try again — for at most 20 s: the delivery's record ("state" says "(not settled)" otherwise).
enum class Settled { DeliveredOrFailed, OrRetried };
QJsonObject deliverAndWait(const ServerProcess &server, qint64 id, const QString &file, const QString &key = {},
                           Settled until = Settled::DeliveredOrFailed);
// Form fields for curl, each sent with --data-urlencode ("name=value").
QStringList formFields(std::initializer_list<QString> fields);
// The parts of a "STATUS BODY" answer.
int status(const QString &answer);
QJsonObject object(const QString &answer);
QJsonArray array(const QString &answer);
QString message(const QString &answer); // ErrorCodeInfo's message

} // namespace scanflow::test
