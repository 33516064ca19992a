#pragma once

#include "Router.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QSslServer;
class QTcpServer;
class QTcpSocket;

namespace scanflow {

// The HTTP/1.1 server behind the router, ours rather than Qt 6.4's QHttpServer, which holds a
// whole request body in memory before anyone sees it. Here a body bigger than
// spoolThresholdBytes, on a route that allows big bodies, goes to a temporary file as it
// arrives (ApiRequest::bodyFile), and one over the route's limit is refused with 413 before it
// is read. Keep-alive, pipelining, chunked bodies, "Expect: 100-continue", HEAD, TLS through a
// QSslServer, a cap on connections and header size, and an idle timeout.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    HttpTransport(const Router &router, QString spoolDir, QObject *parent = nullptr);
    ~HttpTransport() override;

    // HTTPS from now on, with this certificate chain and key (before listen, or to swap chains).
    void useTls(const QSslConfiguration &configuration);
    bool usesTls() const { return m_tls; }
    // Listens on the given address (loopback by default); 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    static constexpr qint64 SpoolThresholdBytes = 1024 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxConnections = 512;
    static constexpr int IdleTimeoutMs = 60000;

private:
    struct Connection;
    void onPendingConnections();
    void onReadyRead(Connection *c);
    bool startBody(Connection *c);
    void finishRequest(Connection *c);
    void send(Connection *c, const ApiResponse &response, bool close);
    void pump(Connection *c);
    void sendError(Connection *c, const ApiError &error);
    void drop(Connection *c);

    const Router &m_router;
    QString m_spoolDir;
    QTcpServer *m_server = nullptr;
    QSslServer *m_sslServer = nullptr;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    quint16 m_port = 0;
    QList<Connection *> m_connections;
};

} // namespace scanflow
