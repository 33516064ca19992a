#include "HttpTransport.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "scanflow.server.http", QtWarningMsg)

namespace scanflow {

struct HttpTransport::Connection
{
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Answering, Sending, Closing };
    QTcpSocket *socket = nullptr;
    QTimer idle;
    QByteArray buffer;
    State state = State::Head;
    ApiRequest request;
    qint64 remaining = 0;     // of the Content-Length body or of the current chunk
    qint64 limit = 0;         // the route's body limit
    qint64 received = 0;
    bool keepAlive = true;
    std::unique_ptr<QTemporaryFile> spool; // a big body, as it arrives
    std::unique_ptr<QFile> outgoing;       // a file being sent, block by block
    bool closeAfterSending = false;
    std::shared_ptr<int> alive = std::make_shared<int>(); // a later answer checks it still has somewhere to go
};

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

HttpTransport::HttpTransport(const Router &router, QString spoolDir, QObject *parent)
    : QObject(parent), m_router(router), m_spoolDir(std::move(spoolDir))
{
}

HttpTransport::~HttpTransport()
{
    for (Connection *c : std::as_const(m_connections))
        delete c;
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
    if (m_tls) {
        // A QSslServer hands a connection over once its handshake is done.
        m_sslServer = new QSslServer(this);
        m_sslServer->setSslConfiguration(m_tlsConfiguration);
        m_sslServer->setHandshakeTimeout(10000);
        m_server = m_sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(128);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpTransport::onPendingConnections);
    if (!m_server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    m_port = m_server->serverPort();
    QDir().mkpath(m_spoolDir);
    return true;
}

void HttpTransport::onPendingConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= MaxConnections) {
            qCWarning(lcHttp) << "too many connections; refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection;
        c->socket = socket;
        m_connections.append(c);
        // Answers go out at once: with Nagle on, a response would wait for the client's
        // delayed ACK (40 ms) on a keep-alive connection.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        c->idle.setSingleShot(true);
        c->idle.setInterval(IdleTimeoutMs);
        connect(&c->idle, &QTimer::timeout, this, [this, c] { drop(c); });
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { pump(c); }); // a file being sent
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
        c->idle.start();
        if (socket->bytesAvailable() > 0)
            onReadyRead(c);
    }
}

void HttpTransport::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    delete c; // the spool file goes with it
}

void HttpTransport::sendError(Connection *c, const ApiError &error)
{
    send(c, error.toResponse(), true);
}

void HttpTransport::send(Connection *c, const ApiResponse &response, bool close)
{
    const bool head = c->request.method == "HEAD";
    std::unique_ptr<QFile> file;
    qint64 length = response.body.size();
    if (!response.bodyFile.isEmpty()) {
        file = std::make_unique<QFile>(response.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            send(c, ApiError::internal(QStringLiteral("cannot read the file to send")).toResponse(), close);
            return;
        }
        length = file->size();
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    c->socket->write(out);
    if (file && !head) {
        // Blocks go out as the socket drains, so a big file never sits in memory.
        c->outgoing = std::move(file);
        c->closeAfterSending = close;
        c->state = Connection::State::Sending;
        pump(c);
        return;
    }
    if (close) {
        c->state = Connection::State::Closing;
        c->socket->disconnectFromHost(); // after what is written has gone
    }
}

void HttpTransport::pump(Connection *c)
{
    if (!c->outgoing)
        return;
    constexpr qint64 Block = 256 * 1024;
    c->idle.start();
    while (c->socket->bytesToWrite() < 2 * Block && !c->outgoing->atEnd()) {
        const QByteArray block = c->outgoing->read(Block);
        if (block.isEmpty())
            break;
        c->socket->write(block);
    }
    if (!c->outgoing->atEnd())
        return;
    c->outgoing.reset();
    if (c->closeAfterSending) {
        c->state = Connection::State::Closing;
        c->socket->disconnectFromHost();
        return;
    }
    c->state = Connection::State::Head;
    if (!c->buffer.isEmpty()) // a pipelined request waited
        QTimer::singleShot(0, this, [this, c] { if (m_connections.contains(c)) onReadyRead(c); });
}

bool HttpTransport::startBody(Connection *c)
{
    // The head is in: decide about the body before reading any of it.
    ApiRequest &r = c->request;
    c->limit = m_router.maxBodyBytes(r.method, r.path);
    const bool chunked = r.header("Transfer-Encoding").toLower().contains("chunked");
    bool ok = true;
    const QByteArray lengthText = r.header("Content-Length").trimmed();
    const qint64 length = chunked || lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        sendError(c, ApiError::badRequest(QStringLiteral("Content-Length: \"%1\" is not a length").arg(QString::fromLatin1(lengthText))));
        return false;
    }
    if (length > c->limit) {
        sendError(c, ApiError::payloadTooLarge(QStringLiteral("the request body has %1 bytes; at most %2 are accepted here")
                                                   .arg(length).arg(c->limit)));
        return false;
    }
    // Big bodies, where big ones are allowed, go to disk as they arrive.
    if (c->limit > m_router.defaultMaxBodyBytes() && (chunked || length > SpoolThresholdBytes)) {
        c->spool = std::make_unique<QTemporaryFile>(QDir(m_spoolDir).filePath(QStringLiteral("body-XXXXXX")));
        if (!c->spool->open()) {
            sendError(c, ApiError::internal(QStringLiteral("cannot spool the request body: %1").arg(c->spool->errorString())));
            return false;
        }
    }
    if (r.header("Expect").toLower() == "100-continue")
        c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c->received = 0;
    if (chunked) {
        c->state = Connection::State::ChunkSize;
    } else {
        c->remaining = length;
        c->state = Connection::State::Body;
    }
    return true;
}

void HttpTransport::onReadyRead(Connection *c)
{
    c->idle.start();
    c->buffer += c->socket->readAll();
    // Body bytes: straight to the spool file, or into the request.
    const auto take = [&](qint64 n) -> bool {
        const QByteArray chunk = c->buffer.left(n);
        c->buffer.remove(0, chunk.size());
        c->remaining -= chunk.size();
        c->received += chunk.size();
        if (c->received > c->limit) {
            sendError(c, ApiError::payloadTooLarge(QStringLiteral("the request body is over %1 bytes").arg(c->limit)));
            return false;
        }
        if (c->spool)
            return c->spool->write(chunk) == chunk.size();
        c->request.body += chunk;
        return true;
    };
    for (;;) {
        switch (c->state) {
        case Connection::State::Answering:
        case Connection::State::Sending:
            return; // the next request waits until this answer is out
        case Connection::State::Closing:
            c->buffer.clear();
            return;
        case Connection::State::Head: {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (c->buffer.size() > MaxHeaderBytes)
                    sendError(c, {431, QStringLiteral("the request head is over %1 bytes").arg(MaxHeaderBytes)});
                return;
            }
            if (end > MaxHeaderBytes) {
                sendError(c, {431, QStringLiteral("the request head is over %1 bytes").arg(MaxHeaderBytes)});
                return;
            }
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            c->request = {};
            c->spool.reset();
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            if (first.size() != 3 || !first.at(1).startsWith('/') || !first.at(2).startsWith("HTTP/1.")) {
                sendError(c, ApiError::badRequest(QStringLiteral("the request line is not \"METHOD /path HTTP/1.1\"")));
                return;
            }
            ApiRequest &r = c->request;
            r.method = first.at(0);
            const QUrl url = QUrl::fromEncoded("http://host" + first.at(1));
            r.path = url.path();
            r.query = QUrlQuery(url);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            const QByteArray connection = r.header("Connection").toLower();
            c->keepAlive = first.at(2) == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
            if (!startBody(c))
                return;
            break;
        }
        case Connection::State::Body:
            if (c->remaining > 0 && !take(std::min<qint64>(c->remaining, c->buffer.size())))
                return;
            if (c->remaining > 0)
                return;
            finishRequest(c);
            break;
        case Connection::State::ChunkSize: {
            const qsizetype eol = c->buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            bool ok = false;
            c->remaining = c->buffer.left(eol).split(';').value(0).trimmed().toLongLong(&ok, 16);
            c->buffer.remove(0, eol + 2);
            if (!ok || c->remaining < 0) {
                sendError(c, ApiError::badRequest(QStringLiteral("a chunk size cannot be read")));
                return;
            }
            c->state = c->remaining == 0 ? Connection::State::Trailer : Connection::State::ChunkData;
            break;
        }
        case Connection::State::ChunkData:
            if (c->remaining > 0 && !take(std::min<qint64>(c->remaining, c->buffer.size())))
                return;
            if (c->remaining > 0)
                return;
            c->state = Connection::State::ChunkEnd;
            break;
        case Connection::State::ChunkEnd:
            if (c->buffer.size() < 2)
                return;
            c->buffer.remove(0, 2); // the CRLF after a chunk
            c->state = Connection::State::ChunkSize;
            break;
        case Connection::State::Trailer: {
            const qsizetype eol = c->buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            c->buffer.remove(0, eol + 2);
            if (eol == 0)
                finishRequest(c);
            break;
        }
        }
    }
}

void HttpTransport::finishRequest(Connection *c)
{
    ApiRequest &r = c->request;
    r.peer = c->socket->peerAddress().toString();
    if (c->spool) {
        c->spool->flush();
        r.bodyFile = c->spool->fileName();
        r.bodyFileSize = c->spool->size();
    }
    c->state = Connection::State::Answering;
    const auto later = std::make_shared<bool>(false); // set when the handler answers after returning
    const std::weak_ptr<int> alive = c->alive;
    m_router.dispatch(r, [this, c, later, alive](const ApiResponse &response) {
        if (alive.expired())
            return; // the client went away while the handler waited
        c->spool.reset(); // the handlers have taken what they keep
        c->state = Connection::State::Head;
        c->idle.start();
        send(c, response, !c->keepAlive);
        // A pipelined request waited behind a later answer (after a prompt one, onReadyRead goes on).
        if (*later && c->state == Connection::State::Head && !c->buffer.isEmpty())
            QTimer::singleShot(0, this, [this, c, alive] { if (!alive.expired()) onReadyRead(c); });
    });
    if (!alive.expired())
        *later = c->state == Connection::State::Answering;
}

} // namespace scanflow
