#pragma once

#include "Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>

namespace scanflow {

// The HTTP server behind the router: Qt 6.4's QHttpServer (a technical preview) stays in this
// one class, so controllers never see its API. It caps request bodies.
class HttpTransport : public QAbstractHttpServer
{
public:
    explicit HttpTransport(const Router &router, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // HTTPS from now on, with this certificate chain and key (before listen, or to swap chains).
    void useTls(const QSslConfiguration &configuration);
    bool usesTls() const { return m_tls; }
    // Listens on the given address (loopback by default); 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router &m_router;
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QSslServer *m_sslServer = nullptr;
};

} // namespace scanflow
