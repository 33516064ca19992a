#include "HttpTarget.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace scanflow::target {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray RecordedRequest::path() const
{
    const int q = int(target.indexOf('?'));
    return q < 0 ? target : target.left(q);
}

QByteArray RecordedRequest::query() const
{
    const int q = int(target.indexOf('?'));
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

Reply Reply::json(int status, const QByteArray &json)
{
    return {status, {{"Content-Type", "application/json"}}, json, 0, false};
}

Reply Reply::xml(int status, const QByteArray &xml)
{
    return {status, {{"Content-Type", "application/xml"}}, xml, 0, false};
}

// One connection's parsing state: a child of its socket, so it lives exactly as long.
struct HttpTarget::Connection : QObject
{
    using QObject::QObject;
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Waiting };
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    State state = State::Head;
    RecordedRequest request;
    qint64 remaining = 0;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    bool keepAlive = true;
};

HttpTarget::HttpTarget(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_handler = [](const RecordedRequest &) { return Reply::json(200, R"({"ok":true})"); };
    connect(m_server, &QTcpServer::newConnection, this, &HttpTarget::onNewConnection);
}

HttpTarget::~HttpTarget() = default;

bool HttpTarget::listen(quint16 port, const QHostAddress &address)
{
    m_server->setMaxPendingConnections(256);
    return m_server->listen(address, port);
}

quint16 HttpTarget::port() const { return m_server->serverPort(); }

QByteArray HttpTarget::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port());
}

void HttpTarget::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Connection(socket);
        c->socket = socket;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

// Answers the client's segments at once instead of delaying the ACK (Linux resets the flag
// after each read). Qt's HTTP client sends a body over 16 KiB in several writes without
// TCP_NODELAY, so with delayed ACKs every such upload on loopback would wait ~40 ms.
static void ackPromptly(QTcpSocket *socket, bool on)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    if (on) {
        const int one = 1;
        setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    }
#else
    Q_UNUSED(socket);
    Q_UNUSED(on);
#endif
}

void HttpTarget::onReadyRead(Connection *c)
{
    c->buffer += c->socket->readAll();
    ackPromptly(c->socket, m_quickAck);
    const auto takeBody = [&](qint64 n) {
        const QByteArray chunk = c->buffer.left(n);
        c->buffer.remove(0, chunk.size());
        c->hash.addData(chunk);
        if (c->request.body.size() < m_keepLimit)
            c->request.body += chunk.left(m_keepLimit - c->request.body.size());
        c->request.bodySize += chunk.size();
        return qint64(chunk.size());
    };
    for (;;) {
        switch (c->state) {
        case Connection::State::Waiting:
            return; // pipelined bytes wait until the answer is out
        case Connection::State::Head: {
            const int end = int(c->buffer.indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            c->request = {};
            c->hash.reset();
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            c->request.method = first.value(0);
            c->request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const int colon = int(line.indexOf(':'));
                if (colon > 0)
                    c->request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            c->keepAlive = c->request.header("Connection").toLower() != "close";
            if (c->request.header("Transfer-Encoding").toLower().contains("chunked")) {
                c->request.chunked = true;
                c->state = Connection::State::ChunkSize;
            } else {
                c->remaining = c->request.header("Content-Length").toLongLong();
                c->state = Connection::State::Body;
            }
            break;
        }
        case Connection::State::Body:
            c->remaining -= takeBody(c->remaining);
            if (c->remaining > 0)
                return;
            respond(c);
            break;
        case Connection::State::ChunkSize: {
            const int eol = int(c->buffer.indexOf("\r\n"));
            if (eol < 0)
                return;
            bool ok = false;
            c->remaining = c->buffer.left(eol).split(';').value(0).trimmed().toLongLong(&ok, 16);
            c->buffer.remove(0, eol + 2);
            c->state = c->remaining == 0 ? Connection::State::ChunkTrailer : Connection::State::ChunkData;
            break;
        }
        case Connection::State::ChunkData:
            c->remaining -= takeBody(c->remaining);
            if (c->remaining > 0 || c->buffer.size() < 2)
                return;
            c->buffer.remove(0, 2); // CRLF after the chunk
            c->state = Connection::State::ChunkSize;
            break;
        case Connection::State::ChunkTrailer: {
            const int eol = int(c->buffer.indexOf("\r\n"));
            if (eol < 0)
                return;
            c->buffer.remove(0, eol + 2);
            if (eol == 0)
                respond(c);
            break;
        }
        }
    }
}

void HttpTarget::respond(Connection *c)
{
    c->request.bodySha256 = c->hash.result().toHex();
    c->state = Connection::State::Waiting;
    if (m_recording)
        m_requests.append(c->request);
    emit received(c->request);
    const Reply reply = m_handler(c->request);
    QTcpSocket *socket = c->socket;
    if (reply.dropConnection) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[n, v] : reply.headers)
        out += n + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (!c->keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n" + reply.body;
    const bool keepAlive = c->keepAlive;
    auto send = [this, socket, c, out, keepAlive] {
        socket->write(out);
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
        c->state = Connection::State::Head;
        if (!c->buffer.isEmpty())
            onReadyRead(c);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, send);
    else
        send();
}

} // namespace scanflow::target
