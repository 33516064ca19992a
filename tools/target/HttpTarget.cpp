#include "HttpTarget.h"

#include "RequestParser.h"
#include "ResponseHead.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

#include <openssl/evp.h>

namespace scanflow::target {


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

// SHA-256 through OpenSSL, which uses the CPU's SHA instructions: Qt 6.4's own is software and
// held a target to ~95 MiB/s, less than the clients it measures.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { reset(); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset() { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    void addData(QByteArrayView bytes) { EVP_DigestUpdate(m_ctx, bytes.data(), size_t(bytes.size())); }
    QByteArray result()
    {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(digest.data()), &size);
        digest.truncate(int(size));
        return digest;
    }

private:
    EVP_MD_CTX *m_ctx;
};

// One connection's parsing state: a child of its socket, so it lives exactly as long.
struct HttpTarget::Connection : QObject
{
    using QObject::QObject;
    QTcpSocket *socket = nullptr;
    http::RequestParser parser;
    QByteArray buffer;             // read and not yet parsed
    bool waiting = false;          // an answer is on its way; pipelined bytes wait
    RecordedRequest request;
    Sha256 hash;
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
    if (c->waiting)
        return; // pipelined bytes wait until the answer is out
    c->buffer += c->socket->readAll();
    ackPromptly(c->socket, m_quickAck);
    for (;;) {
        qsizetype used = 0;
        QByteArrayView body;
        const auto event = c->parser.parse(c->buffer, &used, &body);
        c->buffer.remove(0, used);
        switch (event) {
        case http::RequestParser::Event::NeedMore:
            return;
        case http::RequestParser::Event::Head: {
            const http::RequestHead &head = c->parser.head();
            c->request = {};
            c->hash.reset();
            c->request.method = head.method;
            c->request.target = head.target;
            c->request.headers = head.fields;
            c->request.chunked = head.chunked;
            c->keepAlive = head.keepAlive;
            if (head.expectContinue)
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        }
        case http::RequestParser::Event::Body:
            c->hash.addData(body);
            if (c->request.body.size() < m_keepLimit)
                c->request.body.append(body.first(std::min<qsizetype>(body.size(), m_keepLimit - c->request.body.size())));
            c->request.bodySize += body.size();
            break;
        case http::RequestParser::Event::Done:
            respond(c);
            if (c->waiting)
                return;
            break;
        case http::RequestParser::Event::Failed: {
            // What a strict server says: the reason, and no second reading of the same bytes.
            const QByteArray message = c->parser.message();
            c->socket->write(http::responseHead(c->parser.status(), {{"Content-Type", "text/plain"}}, message.size(), true) + message);
            c->socket->disconnectFromHost();
            c->waiting = true;
            return;
        }
        }
    }
}

void HttpTarget::respond(Connection *c)
{
    c->request.bodySha256 = c->hash.result().toHex();
    c->waiting = true;
    if (m_recording)
        m_requests.append(c->request);
    emit received(c->request);
    const Reply reply = m_handler(c->request);
    QTcpSocket *socket = c->socket;
    if (reply.dropConnection) {
        socket->abort();
        return;
    }
    const QByteArray out = http::responseHead(reply.status, reply.headers, reply.body.size(), !c->keepAlive) + reply.body;
    const bool keepAlive = c->keepAlive;
    auto send = [this, socket, c, out, keepAlive] {
        socket->write(out);
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
        c->parser.reset();
        c->waiting = false;
        if (!c->buffer.isEmpty() || socket->bytesAvailable() > 0)
            onReadyRead(c);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, send);
    else
        send();
}

} // namespace scanflow::target
