// Boost first: its headers use names (emit, signals) that Qt's keywords would take.
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>

#include "RequestParser.h"

#include <limits>

namespace scanflow::http {

namespace beast = boost::beast::http;

struct RequestParser::Beast
{
    beast::request_parser<beast::buffer_body> parser;
};

namespace {

constexpr qsizetype BodyBlock = 64 * 1024;

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18) // 18 digits: no overflow of qint64
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QByteArray RequestHead::field(QByteArrayView name) const
{
    for (const auto &[n, v] : fields) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RequestParser::RequestParser(ParserLimits limits) : m_limits(limits)
{
    reset();
}

RequestParser::~RequestParser() = default;

void RequestParser::reset()
{
    m_beast = std::make_unique<Beast>();
    m_beast->parser.header_limit(std::uint32_t(m_limits.headBytes));
    // The transport applies each route's own limit. (Not boost::none: Beast 1.74 compares a
    // length with an empty optional as "over the limit".)
    m_beast->parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    m_head = {};
    m_failed = false;
    m_status = 0;
    m_message.clear();
}

RequestParser::Event RequestParser::fail(int status, QByteArray message)
{
    m_failed = true;
    m_status = status;
    m_message = std::move(message);
    return Event::Failed;
}

RequestParser::Event RequestParser::parse(QByteArrayView data, qsizetype *consumed, QByteArrayView *body)
{
    *consumed = 0;
    *body = {};
    if (m_failed)
        return Event::Failed;
    if (!m_beast->parser.is_header_done())
        return parseHead(data, consumed);
    return parseBody(data, consumed, body);
}

RequestParser::Event RequestParser::parseHead(QByteArrayView data, qsizetype *consumed)
{
    // RFC 9112 §2.2: empty lines before a request line are ignored (some clients send one
    // after a POST body).
    qsizetype skipped = 0;
    while (data.size() - skipped >= 2 && data[skipped] == '\r' && data[skipped + 1] == '\n' && skipped < 8)
        skipped += 2;
    data = data.sliced(skipped);
    *consumed = skipped;
    if (data.isEmpty())
        return Event::NeedMore;
    boost::system::error_code ec;
    const std::size_t n = m_beast->parser.put(boost::asio::const_buffer(data.data(), std::size_t(data.size())), ec);
    if (ec == beast::error::need_more) {
        if (data.size() > m_limits.headBytes)
            return fail(431, "the request head is over " + QByteArray::number(m_limits.headBytes) + " bytes");
        return Event::NeedMore;
    }
    if (ec == beast::error::header_limit)
        return fail(431, "the request head is over " + QByteArray::number(m_limits.headBytes) + " bytes");
    if (ec)
        return fail(400, "the request head cannot be read: " + QByteArray::fromStdString(ec.message()));
    if (!m_beast->parser.is_header_done())
        return Event::NeedMore;
    *consumed += qsizetype(n);
    if (!checkHead(data.first(qsizetype(n))))
        return Event::Failed;
    return Event::Head;
}

bool RequestParser::checkHead(QByteArrayView raw)
{
    const auto &message = m_beast->parser.get();
    RequestHead &h = m_head;
    const auto method = message.method_string();
    const auto target = message.target();
    h.method = QByteArray(method.data(), qsizetype(method.size()));
    h.target = QByteArray(target.data(), qsizetype(target.size()));
    h.versionMinor = message.version() % 10;
    if (message.version() / 10 != 1) {
        fail(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
        return false;
    }
    // obs-fold (a field line that starts with a space or tab): Beast joins it to the line
    // before; RFC 9112 §5.2 lets a server refuse it instead, which leaves no doubt.
    if (raw.indexOf(QByteArrayView("\n ")) >= 0 || raw.indexOf(QByteArrayView("\n\t")) >= 0) {
        fail(400, "a header line is folded (obs-fold)");
        return false;
    }
    int contentLengths = 0;
    int transferEncodings = 0;
    int hosts = 0;
    for (const auto &f : message) {
        const auto name = f.name_string();
        const auto value = f.value();
        h.fields.append({QByteArray(name.data(), qsizetype(name.size())), QByteArray(value.data(), qsizetype(value.size()))});
        const QByteArray &n = h.fields.constLast().first;
        if (n.compare("Content-Length", Qt::CaseInsensitive) == 0)
            ++contentLengths;
        else if (n.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            ++transferEncodings;
        else if (n.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
    }
    if (h.fields.size() > m_limits.headerCount) {
        fail(431, "the request has " + QByteArray::number(h.fields.size()) + " header fields; at most "
                      + QByteArray::number(m_limits.headerCount) + " are accepted");
        return false;
    }
    if (!h.target.startsWith('/') && !(h.method == "OPTIONS" && h.target == "*")) {
        fail(400, "the request target must be a path (\"/…\")");
        return false;
    }
    if (h.versionMinor == 1 && hosts != 1) {
        fail(400, hosts == 0 ? "an HTTP/1.1 request needs a Host header" : "the Host header is given more than once");
        return false;
    }
    if (contentLengths > 1) {
        fail(400, "Content-Length is given more than once");
        return false;
    }
    if (contentLengths == 1 && !isDigits(h.field("Content-Length"))) {
        fail(400, "Content-Length: \"" + h.field("Content-Length") + "\" is not a length");
        return false;
    }
    if (transferEncodings > 0) {
        if (transferEncodings > 1 || h.field("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(400, "Transfer-Encoding: only \"chunked\" is accepted, once");
            return false;
        }
        if (contentLengths > 0) {
            fail(400, "a request cannot have both Transfer-Encoding and Content-Length");
            return false;
        }
        if (h.versionMinor == 0) {
            fail(400, "Transfer-Encoding is not allowed in HTTP/1.0");
            return false;
        }
    }
    h.chunked = m_beast->parser.chunked();
    h.contentLength = h.chunked ? 0 : qint64(m_beast->parser.content_length().value_or(0));
    h.keepAlive = m_beast->parser.keep_alive();
    const QByteArray expect = h.field("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "Expect: only \"100-continue\" is understood");
            return false;
        }
        h.expectContinue = h.versionMinor == 1;
    }
    return true;
}

RequestParser::Event RequestParser::parseBody(QByteArrayView data, qsizetype *consumed, QByteArrayView *body)
{
    auto &parser = m_beast->parser;
    if (m_bodyBuffer.size() != BodyBlock)
        m_bodyBuffer.resize(BodyBlock);
    for (;;) {
        if (parser.is_done())
            return Event::Done;
        const QByteArrayView rest = data.sliced(*consumed);
        if (rest.isEmpty())
            return Event::NeedMore;
        parser.get().body().data = m_bodyBuffer.data();
        parser.get().body().size = std::size_t(BodyBlock);
        boost::system::error_code ec;
        const std::size_t n = parser.put(boost::asio::const_buffer(rest.data(), std::size_t(rest.size())), ec);
        const qsizetype produced = BodyBlock - qsizetype(parser.get().body().size);
        *consumed += qsizetype(n);
        if (ec == beast::error::need_buffer)
            ec = {};
        if (ec && ec != beast::error::need_more)
            return fail(400, "the request body cannot be read: " + QByteArray::fromStdString(ec.message()));
        if (produced > 0) {
            *body = QByteArrayView(m_bodyBuffer.constData(), produced);
            return Event::Body;
        }
        if (parser.is_done())
            return Event::Done;
        if (ec == beast::error::need_more && n == 0) {
            // Beast waits for a whole chunk-size line, or the whole trailer after the last
            // chunk: bounded here, so an endless line cannot grow what is kept.
            QByteArrayView line = rest;
            if (line.startsWith("\r\n"))
                line = line.sliced(2); // the end of the chunk before
            const qsizetype eol = line.indexOf(QByteArrayView("\r\n"));
            if (eol < 0 && line.size() > m_limits.chunkLineBytes)
                return fail(400, "a chunk-size line is over " + QByteArray::number(m_limits.chunkLineBytes) + " bytes");
            if (eol >= 0 && line.size() > m_limits.trailerBytes)
                return fail(431, "the trailer is over " + QByteArray::number(m_limits.trailerBytes) + " bytes");
            return Event::NeedMore;
        }
    }
}

} // namespace scanflow::http
