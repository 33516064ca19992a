#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <memory>

namespace scanflow::http {

// What the parser lets a client send before it refuses (the transport's limits name them in
// scanflowd.json; docs/api.md, "Limits").
struct ParserLimits
{
    qsizetype headBytes = 32 * 1024;      // request line and headers (431)
    int headerCount = 100;                // (431)
    qsizetype chunkLineBytes = 1024;      // a chunk-size line with its extensions (400)
    qsizetype trailerBytes = 16 * 1024;   // the trailer section after the last chunk (431)
};

// The head of a request, as the parser checked it.
struct RequestHead
{
    QByteArray method;
    QByteArray target;                       // origin-form: "/path?query"
    int versionMinor = 1;                    // HTTP/1.<versionMinor>
    QList<QPair<QByteArray, QByteArray>> fields;
    bool keepAlive = true;
    bool chunked = false;
    qint64 contentLength = 0;                // 0 when chunked
    bool expectContinue = false;

    QByteArray field(QByteArrayView name) const; // the first, case-insensitive (CL, TE and Host are checked to be single)
};

// One HTTP/1.1 request at a time, fed bytes as they arrive; the parsing is Boost.Beast's
// incremental request parser (libboost-dev), held to RFC 9112 more strictly than Beast alone:
// a request with both Transfer-Encoding and Content-Length, any Transfer-Encoding but exactly
// "chunked", Transfer-Encoding in HTTP/1.0, Content-Length given twice or as a list, obs-fold,
// a bare LF, whitespace before a colon, a malformed chunk or missing CRLF after one, and an
// HTTP/1.1 request without exactly one Host are refused. A refusal is final for the
// connection: the bytes after it are never read as another request.
class RequestParser
{
public:
    enum class Event {
        NeedMore,    // everything given was taken or kept; give more
        Head,        // head() is complete; the body (if any) follows on the next calls
        Body,        // body bytes in `body`
        Done,        // the request is complete; reset() before the next one
        Failed,      // see status() and message()
    };

    explicit RequestParser(ParserLimits limits = {});
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    // Parses from the start of `data`; *consumed says how many bytes were used (the rest must
    // be given again, with more after it). A Body event's bytes stay valid until the next call.
    Event parse(QByteArrayView data, qsizetype *consumed, QByteArrayView *body);
    // The next request on the same connection.
    void reset();

    const RequestHead &head() const { return m_head; }
    int status() const { return m_status; }          // 400 or 431 after Failed
    const QByteArray &message() const { return m_message; }

private:
    Event fail(int status, QByteArray message);
    Event parseHead(QByteArrayView data, qsizetype *consumed);
    Event parseBody(QByteArrayView data, qsizetype *consumed, QByteArrayView *body);
    bool checkHead(QByteArrayView raw);

    struct Beast;
    std::unique_ptr<Beast> m_beast;
    ParserLimits m_limits;
    RequestHead m_head;
    bool m_failed = false;
    int m_status = 0;
    QByteArray m_message;
    QByteArray m_bodyBuffer;
};

} // namespace scanflow::http
