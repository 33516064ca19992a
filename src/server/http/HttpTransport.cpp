#include "HttpTransport.h"

#include "ResponseHead.h"

#include <QDir>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryFile>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "scanflow.server.http", QtWarningMsg)

namespace scanflow {

namespace {

constexpr qint64 ReadBlock = 256 * 1024;     // read from a socket at a time
constexpr qint64 SendBlock = 256 * 1024;     // a file's block, sent as the socket drains
constexpr int LingerMs = 2000;               // reading (and dropping) what a refused client still sends…
constexpr qint64 LingerBytes = 4 * 1024 * 1024; // …for this long, or this much
constexpr int SweepMs = 200;

} // namespace

struct HttpTransport::Connection
{
    enum class State { Head, Admitting, Body, Answering, Sending, Closing };
    explicit Connection(const http::ParserLimits &limits) : parser(limits) {}

    QTcpSocket *socket = nullptr;
    QString peer;
    http::RequestParser parser;
    QByteArray in;                 // read and not yet parsed (the parser bounds what is kept)
    State state = State::Head;
    ApiRequest request;
    qint64 limit = 0;              // the admitted route's body limit
    qint64 received = 0;
    bool keepAlive = true;
    bool bodyFollows = false;
    int requests = 0;
    std::unique_ptr<QTemporaryFile> spool; // a big body, as it arrives
    std::unique_ptr<MultipartSpooler> form; // or a big form upload, split as it arrives
    QString formError;                     // why it could not be split (the rest is not kept)
    std::unique_ptr<QFile> outgoing;       // a file being sent, block by block
    std::function<void()> afterSent;       // the response's, once the file is out
    bool closeAfterSending = false;
    // Clocks, in ms of the transport's clock.
    qint64 headStarted = 0;        // -1: between requests (idle since `idleSince`)
    qint64 idleSince = 0;
    qint64 windowStarted = 0;      // the body rate's window
    qint64 windowBytes = 0;
    qint64 lastWritten = 0;
    qint64 closingSince = 0;
    bool shutDown = false;
    qint64 discarded = 0;          // while lingering
    bool processing = false;
    int busy = 0;                  // calls on the stack that use this connection
    bool dropLater = false;        // dropped while busy: gone when the last of them returns
    std::shared_ptr<int> alive = std::make_shared<int>(); // a later answer checks it still has somewhere to go
};

// While held, a connection that closes (a signal from inside a write) stays in memory; it goes
// when the last hold ends.
struct HttpTransport::Hold
{
    Hold(HttpTransport *t, Connection *c) : transport(t), connection(c) { ++c->busy; }
    ~Hold()
    {
        if (--connection->busy == 0 && connection->dropLater)
            transport->drop(connection);
    }
    Hold(const Hold &) = delete;
    Hold &operator=(const Hold &) = delete;
    HttpTransport *transport;
    Connection *connection;
};

HttpTransport::HttpTransport(const Router &router, QString spoolDir, http::Limits limits, QObject *parent)
    : QObject(parent), m_router(router), m_spoolDir(std::move(spoolDir)), m_limits(limits)
{
    m_clock.start();
    m_sweep.setInterval(SweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &HttpTransport::sweep);
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

void HttpTransport::stopListening()
{
    if (m_server)
        m_server->close();
}

bool HttpTransport::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tls) {
        // A QSslServer hands a connection over once its handshake is done.
        m_sslServer = new QSslServer(this);
        m_sslServer->setSslConfiguration(m_tlsConfiguration);
        m_sslServer->setHandshakeTimeout(m_limits.headTimeoutMs);
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
    m_sweep.start();
    return true;
}

void HttpTransport::onPendingConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString peer = socket->peerAddress().toString();
        const bool full = m_connections.size() >= m_limits.maxConnections;
        if (full || m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress) {
            // Said, not just dropped, so a client can tell a busy server from a dead one.
            qCWarning(lcHttp).noquote() << "refusing a connection from" << peer << (full ? "(too many in all)" : "(too many from it)");
            const QByteArray body = R"({"errorCode":503,"message":"too many connections)" + QByteArray(full ? "" : " from this address")
                + R"(; try again later"})";
            socket->write(http::responseHead(503, {{"Content-Type", "application/json"}, {"Retry-After", "1"}}, body.size(), true) + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *c = new Connection(m_limits.parser);
        c->socket = socket;
        c->peer = peer;
        c->headStarted = now(); // the first head's deadline runs from the connection
        m_connections.append(c);
        ++m_perAddress[peer];
        // What is read ahead stays small: while an answer is made or written the socket is not
        // read, and once this much waits the kernel stops the client (TCP flow control).
        socket->setReadBufferSize(m_limits.readAheadBytes);
        // Answers go out at once: with Nagle on, a response would wait for the client's
        // delayed ACK (40 ms) on a keep-alive connection.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { process(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { onWritten(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
        if (socket->bytesAvailable() > 0)
            process(c);
    }
}

void HttpTransport::drop(Connection *c)
{
    if (c->busy > 0) {
        c->dropLater = true;
        return;
    }
    if (!m_connections.removeOne(c))
        return;
    if (--m_perAddress[c->peer] <= 0)
        m_perAddress.remove(c->peer);
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    delete c; // the spool file goes with it
}

void HttpTransport::process(Connection *c)
{
    // Once at a time: writing an answer can report bytesWritten at once, which comes back here.
    if (c->processing)
        return;
    const Hold hold(this, c);
    c->processing = true;
    const auto done = qScopeGuard([c] { c->processing = false; });
    for (;;) {
        if (c->dropLater)
            return;
        switch (c->state) {
        case Connection::State::Admitting:
        case Connection::State::Answering:
        case Connection::State::Sending:
            return; // the next bytes wait in the socket until this step is done
        case Connection::State::Closing:
            // Once the answer is out and our side ended, whatever the client still sends is read
            // and thrown away for a moment, so the kernel does not reset the connection before
            // the client has read the answer. Before that, nothing is read: a client that does
            // not take its answer is not read either.
            if (c->shutDown) {
                c->discarded += c->socket->skip(c->socket->bytesAvailable());
                if (c->discarded > LingerBytes)
                    drop(c);
            }
            return;
        case Connection::State::Head:
            // A client that sends and never reads: no next answer while this much waits for it.
            if (c->socket->bytesToWrite() > m_limits.writeBufferBytes)
                return;
            break;
        case Connection::State::Body:
            break;
        }
        qsizetype used = 0;
        QByteArrayView body;
        const auto event = c->parser.parse(c->in, &used, &body);
        if (used > 0)
            c->in.remove(0, used);
        switch (event) {
        case http::RequestParser::Event::NeedMore:
            if (c->socket->bytesAvailable() <= 0)
                return;
            if (c->state == Connection::State::Head && c->headStarted < 0)
                c->headStarted = now();
            c->in += c->socket->read(ReadBlock);
            break;
        case http::RequestParser::Event::Head:
            onHead(c);
            break;
        case http::RequestParser::Event::Body:
            if (!takeBody(c, body))
                return;
            break;
        case http::RequestParser::Event::Done:
            finishRequest(c);
            break;
        case http::RequestParser::Event::Failed:
            refuse(c, c->parser.status(), QString::fromLatin1(c->parser.message()));
            return;
        }
    }
}

void HttpTransport::onHead(Connection *c)
{
    const http::RequestHead &head = c->parser.head();
    ApiRequest &r = c->request;
    r = {};
    c->spool.reset();
    c->form.reset();
    r.method = head.method;
    const QUrl url = QUrl::fromEncoded("http://host" + head.target);
    r.path = url.path();
    r.query = QUrlQuery(url);
    r.headers = head.fields;
    r.peer = c->peer;
    c->keepAlive = head.keepAlive && ++c->requests < m_limits.maxRequestsPerConnection;
    c->bodyFollows = head.chunked || head.contentLength > 0;
    const std::weak_ptr<int> alive = c->alive;
    if (!c->bodyFollows) {
        // Nothing more to read: who sends it and the answer, in one trip to a worker.
        c->state = Connection::State::Answering;
        run([this, c, alive, request = r]() mutable {
            const Router::Admission admission = m_router.admit(request);
            if (admission.refusal) {
                answer(c, alive, *admission.refusal);
                return;
            }
            m_router.dispatch(std::move(request), [this, c, alive](const ApiResponse &response) { answer(c, alive, response); });
        });
        return;
    }
    // Who sends it, from the head alone: a refused request's body is never read, and no
    // "100 Continue" goes out before the key is checked. Meanwhile the socket is not read.
    c->state = Connection::State::Admitting;
    run([this, c, alive, request = r]() mutable {
        const Router::Admission admission = m_router.admit(request);
        QMetaObject::invokeMethod(this, [this, c, alive, admission, request] {
            if (!alive.expired())
                admitted(c, admission, request);
        }, Qt::QueuedConnection);
    });
}

void HttpTransport::admitted(Connection *c, const Router::Admission &admission, const ApiRequest &request)
{
    const Hold hold(this, c);
    const http::RequestHead &head = c->parser.head();
    c->request = request;
    c->state = Connection::State::Body;
    if (admission.refusal) {
        send(c, *admission.refusal, true); // its body is not read: the connection ends
        return;
    }
    c->limit = admission.maxBodyBytes;
    if (!head.chunked && head.contentLength > c->limit) {
        refuse(c, 413, QStringLiteral("the request body has %1 bytes; at most %2 are accepted here").arg(head.contentLength).arg(c->limit));
        return;
    }
    // Big bodies, where big ones are allowed, go to disk as they arrive: a form upload to a
    // route that takes form parts straight into a file a part, any other as it came.
    c->formError.clear();
    const bool big = c->limit > m_router.defaultMaxBodyBytes() && (head.chunked || head.contentLength > m_limits.spoolThresholdBytes);
    const QByteArray type = c->request.header("Content-Type");
    if (big && admission.bigBody == Router::BigBody::FormParts && type.trimmed().toLower().startsWith("multipart/form-data")) {
        c->form = std::make_unique<MultipartSpooler>(type, m_spoolDir);
    } else if (big) {
        c->spool = std::make_unique<QTemporaryFile>(QDir(m_spoolDir).filePath(QStringLiteral("body-XXXXXX")));
        if (!c->spool->open()) {
            refuse(c, 500, QStringLiteral("cannot spool the request body: %1").arg(c->spool->errorString()));
            return;
        }
    }
    if (head.expectContinue)
        c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c->received = 0;
    c->windowStarted = now();
    c->windowBytes = 0;
    process(c);
}

void HttpTransport::run(std::function<void()> work)
{
    if (m_runner)
        m_runner(std::move(work));
    else
        work();
}

void HttpTransport::answer(Connection *c, const std::weak_ptr<int> &alive, const ApiResponse &response)
{
    // From whichever thread answered (a worker, or one it waited on): on to the socket's.
    QMetaObject::invokeMethod(this, [this, c, alive, response] {
        if (alive.expired())
            return; // the client went away while the handler worked
        const Hold hold(this, c);
        c->spool.reset(); // the handlers have taken what they keep
        c->form.reset();
        send(c, response, !c->keepAlive);
        if (c->state != Connection::State::Answering || c->dropLater)
            return; // a file is being sent, or the connection closes
        nextRequest(c);
        process(c); // a pipelined request may wait
    }, Qt::QueuedConnection);
}

bool HttpTransport::takeBody(Connection *c, QByteArrayView bytes)
{
    c->received += bytes.size();
    c->windowBytes += bytes.size();
    if (c->received > c->limit) {
        refuse(c, 413, QStringLiteral("the request body is over %1 bytes").arg(c->limit));
        return false;
    }
    if (c->spool) {
        if (c->spool->write(bytes.data(), bytes.size()) != bytes.size()) {
            refuse(c, 500, QStringLiteral("cannot spool the request body: %1").arg(c->spool->errorString()));
            return false;
        }
        return true;
    }
    if (c->form) {
        // A malformed form is the handler's 400 to give, once the body is in; the rest of it
        // is read and dropped, so the connection stays in step.
        if (c->formError.isEmpty() && !c->form->feed(bytes))
            c->formError = c->form->error();
        return true;
    }
    c->request.body.append(bytes.data(), bytes.size());
    return true;
}

void HttpTransport::finishRequest(Connection *c)
{
    ApiRequest &r = c->request;
    if (c->spool) {
        c->spool->flush();
        r.bodyFile = c->spool->fileName();
        r.bodyFileSize = c->spool->size();
    }
    if (c->form) {
        auto form = std::make_shared<SpooledForm>();
        if (c->formError.isEmpty() && !c->form->finish())
            c->formError = c->form->error();
        form->error = c->formError;
        if (form->error.isEmpty())
            form->parts = c->form->takeParts();
        c->form.reset();
        r.form = std::move(form);
        r.bodyFileSize = c->received;
    }
    c->state = Connection::State::Answering;
    const std::weak_ptr<int> alive = c->alive;
    run([this, c, alive, request = r]() mutable {
        m_router.dispatch(std::move(request), [this, c, alive](const ApiResponse &response) { answer(c, alive, response); });
    });
}

void HttpTransport::nextRequest(Connection *c)
{
    c->parser.reset();
    c->request = {};
    c->state = Connection::State::Head;
    c->headStarted = c->in.isEmpty() ? -1 : now();
    c->idleSince = now();
}

void HttpTransport::refuse(Connection *c, int status, const QString &message)
{
    send(c, ApiError{status, message}.toResponse(), true);
}

void HttpTransport::send(Connection *c, const ApiResponse &response, bool close)
{
    const bool head = c->request.method == "HEAD";
    std::unique_ptr<QFile> file;
    qint64 length = response.body.size();
    if (!response.bodyFile.isEmpty()) {
        file = std::make_unique<QFile>(response.bodyFile);
        const bool opened = file->open(QIODevice::ReadOnly);
        if (response.bodyFileIsCopy) // gone from the folder now; its bytes stay readable while open
            QFile::remove(response.bodyFile);
        if (!opened) {
            send(c, ApiError::internal(QStringLiteral("cannot read the file to send")).toResponse(), close);
            return;
        }
        length = file->size();
    }
    QByteArray out = http::responseHead(response.status, response.headers, length, close);
    if (!head)
        out += response.body;
    c->socket->write(out);
    // Into the kernel now, not at the next turn of the event loop: a client that ended its
    // side after sending (half-close) is gone from Qt's view by then, and its answer with it.
    c->socket->flush();
    c->lastWritten = now();
    if (file && !head) {
        // Blocks go out as the socket drains, so a big file never sits in memory.
        c->outgoing = std::move(file);
        c->afterSent = response.afterSent;
        c->closeAfterSending = close;
        c->state = Connection::State::Sending;
        pump(c);
        return;
    }
    if (close)
        startClosing(c);
    else if (c->state != Connection::State::Head)
        c->state = Connection::State::Answering; // nextRequest() follows
}

// The response's afterSent, once the whole file left the process: written to the socket, not
// only queued in Qt's buffer (a client that leaves first never gets it, and nothing is done).
void HttpTransport::sentWhole(Connection *c)
{
    if (!c->afterSent || c->outgoing || c->socket->bytesToWrite() > 0)
        return;
    if (const auto *tls = qobject_cast<const QSslSocket *>(c->socket); tls && tls->encryptedBytesToWrite() > 0)
        return;
    std::exchange(c->afterSent, {})();
}

void HttpTransport::onWritten(Connection *c)
{
    const Hold hold(this, c);
    c->lastWritten = now();
    sentWhole(c);
    if (c->state == Connection::State::Sending)
        pump(c);
    else if (c->state == Connection::State::Closing)
        startClosing(c);
    else if (c->state == Connection::State::Head && c->socket->bytesToWrite() <= m_limits.writeBufferBytes
             && (!c->in.isEmpty() || c->socket->bytesAvailable() > 0))
        process(c); // the client took its answers: the next request
}

void HttpTransport::pump(Connection *c)
{
    if (!c->outgoing)
        return;
    while (c->socket->bytesToWrite() < 2 * SendBlock && !c->outgoing->atEnd()) {
        const QByteArray block = c->outgoing->read(SendBlock);
        if (block.isEmpty())
            break;
        c->socket->write(block);
    }
    if (!c->outgoing->atEnd())
        return;
    c->outgoing.reset();
    sentWhole(c);
    if (c->closeAfterSending) {
        startClosing(c);
        return;
    }
    nextRequest(c);
    const std::weak_ptr<int> alive = c->alive;
    QTimer::singleShot(0, this, [this, c, alive] { if (!alive.expired()) process(c); }); // a pipelined request waited
}

void HttpTransport::startClosing(Connection *c)
{
    if (c->state != Connection::State::Closing) {
        c->state = Connection::State::Closing;
        c->closingSince = now();
        c->in.clear();
    }
    if (c->shutDown || c->socket->bytesToWrite() > 0)
        return; // again once the answer is out
    if (m_tls) {
        c->socket->disconnectFromHost(); // close_notify, then close
        c->shutDown = true;
        return;
    }
    // The answer is out: end our side, and read (and drop) what the client still sends until it
    // closes its side or the linger time ends.
    c->shutDown = true;
    ::shutdown(int(c->socket->socketDescriptor()), SHUT_WR);
    process(c);
}

void HttpTransport::sweep()
{
    const qint64 t = now();
    const QList<Connection *> connections = m_connections; // drop() changes the list
    for (Connection *c : connections) {
        const Hold hold(this, c);
        switch (c->state) {
        case Connection::State::Head:
            if (c->socket->bytesToWrite() > 0) { // we wait for the client to read, not it for us
                if (t - c->lastWritten > m_limits.idleTimeoutMs)
                    drop(c);
            } else if (c->headStarted >= 0 && t - c->headStarted > m_limits.headTimeoutMs)
                refuse(c, 408, QStringLiteral("the request head did not arrive within %1 ms").arg(m_limits.headTimeoutMs));
            else if (c->headStarted < 0 && t - c->idleSince > m_limits.idleTimeoutMs)
                drop(c); // an idle keep-alive connection
            break;
        case Connection::State::Body:
            if (t - c->windowStarted >= m_limits.bodyRateWindowMs) {
                const qint64 needed = qint64(m_limits.minBodyBytesPerSecond) * (t - c->windowStarted) / 1000;
                if (c->windowBytes < needed) {
                    refuse(c, 408, QStringLiteral("the request body came slower than %1 bytes a second").arg(m_limits.minBodyBytesPerSecond));
                    break;
                }
                c->windowStarted = t;
                c->windowBytes = 0;
            }
            break;
        case Connection::State::Sending:
            if (t - c->lastWritten > m_limits.idleTimeoutMs)
                drop(c); // the client stopped reading
            break;
        case Connection::State::Closing:
            if (t - c->closingSince > (c->shutDown ? LingerMs : m_limits.idleTimeoutMs))
                drop(c);
            break;
        case Connection::State::Admitting:
        case Connection::State::Answering:
            break; // the handler has its own time limits (another server's, the database's)
        }
    }
}

} // namespace scanflow
