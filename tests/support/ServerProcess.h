#pragma once

// The real `scanflowd serve` as a child process, and curl to talk to it.

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

} // namespace scanflow::test
