#pragma once

#include "Trace.h"
#include "TransportSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QSocketNotifier;

namespace scanflow {

// One outbound request of a delivery.
struct CurlCallbacks;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;          // as given; curl adds Host and Content-Length
    QByteArray body;             // sent as it is, unless:
    QIODevice *bodyDevice = nullptr; // open, random access, read from its start as the socket drains (not owned)
    int stallTimeoutMs = 60000;  // no byte either way for this long: fails (transient); 0: no limit
    int maxRedirects = 5;        // followed only to the same origin
    qint64 maxResponseBytes = 1024 * 1024; // of the body kept; the rest is read and dropped
    std::shared_ptr<const TransportSettings> transport; // CAs, client certificate, proxy…; none: defaults
};

// What came back, or why nothing did.
struct HttpResponse
{
    int status = 0;              // 0: no answer; error says why
    QByteArray reason;           // HTTP/1.1's reason phrase (HTTP/2 has none)
    QByteArray protocol;         // "HTTP/1.1", "HTTP/2"
    HeaderList headers;
    QByteArray body;             // up to maxResponseBytes
    HeaderList sentHeaders;      // the request's head as it went out, for the trace
    QString error;
    bool transient = false;      // a network failure worth trying again later
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const; // the first one, case-insensitive
};

class HttpClient;

// A request in flight, its starter's to delete. It says finished() once, then holds its
// response; deleting it before cancels the request. A transfer whose client goes first ends
// there, unfinished.
class HttpTransfer : public QObject
{
    Q_OBJECT

public:
    ~HttpTransfer() override;
    const HttpResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    friend class HttpClient;
    friend struct CurlCallbacks;
    HttpTransfer(HttpClient *client, HttpRequest request);
    bool begin();                        // a new easy handle for m_request, in the client's multi
    void end(int curlCode);              // the easy handle is done: follow, or finish
    void finish();
    void release();                      // out of the multi, handle gone
    void noteProgress(qint64 sent, qint64 total, qint64 received);

    HttpClient *m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    void *m_easy = nullptr;              // CURL *
    QByteArray m_shared;                 // the identity whose connection cache it uses; empty: the multi's
    void *m_headerList = nullptr;        // curl_slist *
    QByteArray m_url;                    // kept for curl, which does not copy some options
    QByteArray m_sentHead;
    QByteArray m_smallBody;              // a body device's bytes, when it is small enough to send with the head
    static constexpr qint64 SmallBodyBytes = 64 * 1024;
    char m_curlError[256] = {}; // CURL_ERROR_SIZE: curl's own words for what went wrong
    int m_redirects = 0;
    qint64 m_sent = -1, m_total = -1, m_received = -1; // the last progress seen
    bool m_progressed = false;           // since the client last said so
    QTimer m_stall;
    QElapsedTimer m_lastMove;            // since bytes last moved either way
    bool m_finished = false;
};

// The delivery engine's HTTP client: libcurl's multi interface driven by the Qt event loop of
// the thread it lives in (a QSocketNotifier a socket, one QTimer for curl's timeouts). Its
// transfers share connections (keep-alive, HTTP/2 where offered). libcurl, not Qt's client,
// because Qt 6.4 writes a request in small blocks without TCP_NODELAY — every upload then waits
// for the server's delayed ACK — and has no handle on proxies' logins or client certificates.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // "libcurl 7.88.1 (OpenSSL/3.0.15, nghttp2/1.52.0)": the library this build delivers with.
    static QString libraryVersion();

    // Starts a request; the transfer is the caller's (delete it, or deleteLater() it once finished).
    // It says finished() from the event loop, never before this returns.
    HttpTransfer *start(HttpRequest request);

private:
    friend class HttpTransfer;
    friend struct CurlCallbacks;
    struct Watch
    {
        std::unique_ptr<QSocketNotifier> read, write;
    };
    void watch(qintptr socket, int what);  // curl's socket callback: what to wait for on it
    void act(qintptr socket, int events);  // curl_multi_socket_action, then what finished
    void collect();
    void add(HttpTransfer *t);
    void remove(HttpTransfer *t);
    // The connection cache of one transport identity (a curl share); its users count down as
    // their transfers end, and an unused one goes once there are many.
    void *shareFor(const QByteArray &identity);
    void unshare(const QByteArray &identity);
    struct Share
    {
        void *handle = nullptr; // CURLSH *
        int users = 0;
    };
    QHash<QByteArray, Share> m_shares;

    void *m_multi = nullptr;               // CURLM *
    QHash<qintptr, Watch *> m_watches;
    QTimer m_timer;
    QList<HttpTransfer *> m_transfers;
    bool m_acting = false;
};

} // namespace scanflow
