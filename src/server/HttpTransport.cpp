#include "HttpTransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QTcpServer>

namespace scanflow {

HttpTransport::HttpTransport(const Router &router, QObject *parent) : QAbstractHttpServer(parent), m_router(router)
{
}

void HttpTransport::useTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
    if (m_sslServer) // a new chain: new connections get it
        m_sslServer->setSslConfiguration(configuration);
}

bool HttpTransport::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // With TLS, a QSslServer hands over connections once their handshake is done; Qt 6.4's
    // own sslSetup() only applies to its listen(), which binds every interface.
    QTcpServer *server = nullptr;
    if (m_tls) {
        m_sslServer = new QSslServer(this);
        m_sslServer->setSslConfiguration(m_tlsConfiguration);
        m_sslServer->setHandshakeTimeout(10000);
        server = m_sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answers go out at once: with Nagle on, a response written in two pieces waits for the
    // client's delayed ACK (40 ms on Linux) on a keep-alive connection.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ApiRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Head: r.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: r.method = "OPTIONS"; break;
    case QHttpServerRequest::Method::Patch: r.method = "PATCH"; break;
    default: r.method = "UNKNOWN"; break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();

    ApiResponse response;
    if (r.body.size() > m_maxBodyBytes) {
        response = ApiError::payloadTooLarge(QStringLiteral("the request body has %1 bytes; at most %2 are accepted")
                                                 .arg(r.body.size()).arg(m_maxBodyBytes)).toResponse();
    } else {
        response = m_router.dispatch(r);
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiResponse r = ApiError::notFound(QStringLiteral("no endpoint %1").arg(request.url().path())).toResponse();
    makeResponder(request, socket).write(r.body, {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode::NotFound);
}

} // namespace scanflow
