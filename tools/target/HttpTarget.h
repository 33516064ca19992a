#pragma once

#include "Multipart.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace scanflow::target {

// What a target received: the request exactly as it came over the wire (headers in order,
// the body's bytes up to a limit, and the size and SHA-256 of the whole body).
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                      // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                        // the first bodyKeepLimit bytes
    qint64 bodySize = 0;
    QByteArray bodySha256;                  // hex
    bool chunked = false;

    QByteArray header(const QByteArray &name) const; // first, case-insensitive
    QByteArray path() const;                          // without the query
    QByteArray query() const;
};

struct Reply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;                        // answer late (timeouts)
    bool dropConnection = false;            // close without answering

    static Reply json(int status, const QByteArray &json);
    static Reply xml(int status, const QByteArray &xml);
};

// A small HTTP/1.1 server for tests, the demo and the benchmark: keep-alive, Content-Length and
// chunked bodies, one handler deciding every answer. Binds to loopback only.
class HttpTarget : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<Reply(const RecordedRequest &)>;

    explicit HttpTarget(QObject *parent = nullptr);
    ~HttpTarget() override;

    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QByteArray baseUrl() const; // "http://127.0.0.1:PORT"

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setBodyKeepLimit(qint64 bytes) { m_keepLimit = bytes; }
    void setRecording(bool on) { m_recording = on; }
    // ACK every segment at once (TCP_QUICKACK) rather than after the delayed-ACK timer.
    void setQuickAck(bool on) { m_quickAck = on; }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

signals:
    void received(const scanflow::target::RecordedRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void respond(Connection *c);

    QTcpServer *m_server;
    Handler m_handler;
    qint64 m_keepLimit = 64 * 1024 * 1024;
    bool m_recording = true;
    bool m_quickAck = true;
    QList<RecordedRequest> m_requests;
};

// The multipart parser lives in core (the server's test destination uses it too).
using MultipartPart = scanflow::MultipartPart;
using scanflow::parseMultipart;

} // namespace scanflow::target
