#pragma once

#include "Limits.h"
#include "Router.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QSslServer;
class QTcpServer;
class QTcpSocket;

namespace scanflow {

// The HTTP/1.1 server behind the router: sockets (TLS through a QSslServer) and their limits,
// with the parsing left to http::RequestParser. A request is admitted on its head — route,
// key and token — before any of its body is read or "100 Continue" is sent; then its body goes
// into memory, or to a temporary file as it arrives where big bodies are allowed
// (ApiRequest::bodyFile). Keep-alive, pipelining (answers in order), HEAD, and every limit of
// http::Limits: head deadline, minimum body rate, idle timeout, requests per connection,
// connections in all and per address, and no reading while an answer is made or written.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    HttpTransport(const Router &router, QString spoolDir, http::Limits limits, QObject *parent = nullptr);
    ~HttpTransport() override;

    // HTTPS from now on, with this certificate chain and key (before listen, or to swap chains).
    void useTls(const QSslConfiguration &configuration);
    bool usesTls() const { return m_tls; }
    // Listens on the given address (loopback by default); 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Accepts no more connections (a load balancer sends the next ones elsewhere); those open
    // are answered as before.
    void stopListening();
    quint16 port() const { return m_port; }
    // Where admission and handlers run (a pool of worker threads); without one, here.
    using Runner = std::function<void(std::function<void()>)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }

private:
    struct Connection;
    struct Hold;
    void onPendingConnections();
    void process(Connection *c);
    void onHead(Connection *c);
    void admitted(Connection *c, const Router::Admission &admission, const ApiRequest &request);
    void run(std::function<void()> work);
    void answer(Connection *c, const std::weak_ptr<int> &alive, const ApiResponse &response);
    bool takeBody(Connection *c, QByteArrayView bytes);
    void finishRequest(Connection *c);
    void send(Connection *c, const ApiResponse &response, bool close);
    void refuse(Connection *c, int status, const QString &message);
    void pump(Connection *c);
    void sentWhole(Connection *c);
    void onWritten(Connection *c);
    void startClosing(Connection *c);
    void nextRequest(Connection *c);
    void sweep();
    void drop(Connection *c);
    qint64 now() const { return m_clock.elapsed(); }

    const Router &m_router;
    QString m_spoolDir;
    http::Limits m_limits;
    QTcpServer *m_server = nullptr;
    QSslServer *m_sslServer = nullptr;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    quint16 m_port = 0;
    Runner m_runner;
    QList<Connection *> m_connections;
    QHash<QString, int> m_perAddress;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace scanflow
