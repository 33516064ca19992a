#include "EmbeddedServer.h"

#include <QMetaObject>

namespace scanflow {

EmbeddedServer::EmbeddedServer(ServerConfig config)
    : m_config(std::move(config))
{
    m_config.testDestination = true; // "Anyone testing" delivers to it from the designer
    m_thread.setObjectName(QStringLiteral("scanflow-server"));
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_anchor) {
        // The server's sockets, timers and database connection belong to its thread: end them there.
        QMetaObject::invokeMethod(m_anchor, [this] {
            delete m_server;
            m_server = nullptr;
            delete m_anchor;
            Server::endThisThread();
        }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

Status EmbeddedServer::start()
{
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    Status status = Status::success();
    QMetaObject::invokeMethod(m_anchor, [this, &status] {
        m_server = new Server(m_config);
        status = m_server->start();
        if (!status)
            return;
        m_baseUrl = m_server->baseUrl();
        m_processKey = m_server->processKey();
        m_secretsProblem = m_server->secretsProblem();
        m_adminPassword = m_server->bootstrapAdminPassword();
    }, Qt::BlockingQueuedConnection);
    return status;
}

} // namespace scanflow
