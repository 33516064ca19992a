#pragma once

#include "Result.h"
#include "Server.h"

#include <QThread>

namespace scanflow {

// The server the desktop app runs in-process: the same Server as `scanflowd serve`, on a thread
// of its own so that database work and deliveries never block the windows. The windows reach
// it only over HTTP on loopback, as they would reach a remote scanflowd.
class EmbeddedServer
{
public:
    explicit EmbeddedServer(ServerConfig config);
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer &) = delete;
    EmbeddedServer &operator=(const EmbeddedServer &) = delete;

    // Starts the server and waits until it listens (or says why it cannot).
    Status start();

    QString baseUrl() const { return m_baseUrl; }
    QByteArray processKey() const { return m_processKey; }
    QString secretsProblem() const { return m_secretsProblem; }
    QString bootstrapAdminPassword() const { return m_adminPassword; }

private:
    ServerConfig m_config;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread; runs the calls there
    Server *m_server = nullptr;
    QString m_baseUrl;
    QByteArray m_processKey;
    QString m_secretsProblem;
    QString m_adminPassword;
};

} // namespace scanflow
