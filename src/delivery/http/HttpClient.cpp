#include "HttpClient.h"

#include <QPointer>
#include <QSocketNotifier>

#include <curl/curl.h>

#include <mutex>

static_assert(CURL_ERROR_SIZE == 256, "HttpTransfer::m_curlError is CURL_ERROR_SIZE long");

namespace scanflow {

namespace {

bool isTransient(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

QByteArray trimmed(const char *data, size_t size)
{
    return QByteArray(data, qsizetype(size)).trimmed();
}

// What went wrong, in the words users know from other tools: the system's for a refused
// connection ("Connection refused"), "SSL handshake failed" and curl's detail for TLS.
QString describe(CURL *easy, CURLcode code, const char *detail)
{
    const QString words = QString::fromUtf8(detail && *detail ? detail : curl_easy_strerror(code));
    long osError = 0;
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osError);
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return osError ? qt_error_string(int(osError)) : words;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CLIENTCERT:
        return QStringLiteral("SSL handshake failed: ") + words;
    default:
        return words;
    }
}

// A blob curl reads in place: the transfer's request keeps the settings alive until the easy
// handle goes.
void setBlob(CURL *easy, CURLoption option, const QByteArray &bytes)
{
    curl_blob blob{const_cast<char *>(bytes.constData()), size_t(bytes.size()), CURL_BLOB_NOCOPY};
    curl_easy_setopt(easy, option, &blob);
}

unsigned long curlAuth(ProxyAuth auth)
{
    switch (auth) {
    case ProxyAuth::Basic:
        return CURLAUTH_BASIC;
    case ProxyAuth::Ntlm:
        return CURLAUTH_NTLM;
    case ProxyAuth::Negotiate:
        return CURLAUTH_NEGOTIATE;
    case ProxyAuth::Any:
        break;
    }
    return CURLAUTH_ANY;
}

// The workflow's connection settings on one easy handle.
void applyTransport(CURL *easy, const TransportSettings &t)
{
    if (t.connectTimeoutMs > 0) // else the request's stall timeout, set with the rest
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(t.connectTimeoutMs));
    if (!t.caBundle.isEmpty()) {
        setBlob(easy, CURLOPT_CAINFO_BLOB, t.caBundle);
        setBlob(easy, CURLOPT_PROXY_CAINFO_BLOB, t.caBundle);
    }
    if (!t.verify) {
        for (CURLoption o : {CURLOPT_SSL_VERIFYPEER, CURLOPT_SSL_VERIFYHOST, CURLOPT_PROXY_SSL_VERIFYPEER, CURLOPT_PROXY_SSL_VERIFYHOST})
            curl_easy_setopt(easy, o, 0L);
    }
    if (t.minTlsVersion == TlsVersion::Tls12)
        curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    else if (t.minTlsVersion == TlsVersion::Tls13)
        curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_3));
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(t.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1));
    if (!t.certificate.isEmpty()) {
        setBlob(easy, CURLOPT_SSLCERT_BLOB, t.certificate);
        curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, t.certificateType.constData());
        if (!t.key.isEmpty()) {
            setBlob(easy, CURLOPT_SSLKEY_BLOB, t.key);
            curl_easy_setopt(easy, CURLOPT_SSLKEYTYPE, "PEM");
        }
        if (!t.keyPassword.isEmpty())
            curl_easy_setopt(easy, CURLOPT_KEYPASSWD, t.keyPassword.constData());
    }
    if (t.proxy) {
        curl_easy_setopt(easy, CURLOPT_PROXY, t.proxy->constData());
        if (t.proxyAuth == ProxyAuth::Negotiate && t.proxyLogin.isEmpty()) {
            // Kerberos: the ticket of the account the engine runs as; curl asks for an empty
            // login to use it.
            curl_easy_setopt(easy, CURLOPT_PROXYUSERPWD, ":");
            curl_easy_setopt(easy, CURLOPT_PROXYAUTH, CURLAUTH_NEGOTIATE);
        } else if (!t.proxyLogin.isEmpty() || !t.proxyPassword.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_PROXYUSERNAME, t.proxyLogin.constData());
            curl_easy_setopt(easy, CURLOPT_PROXYPASSWORD, t.proxyPassword.constData());
            curl_easy_setopt(easy, CURLOPT_PROXYAUTH, curlAuth(t.proxyAuth));
        }
    }
    if (t.noProxy)
        curl_easy_setopt(easy, CURLOPT_NOPROXY, t.noProxy->constData());
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

// libcurl's callbacks, each a plain function that finds its object in its user pointer.
struct CurlCallbacks
{
    static int socket(CURL *, curl_socket_t s, int what, void *client, void *)
    {
        static_cast<HttpClient *>(client)->watch(qintptr(s), what);
        return 0;
    }

    static int timer(CURLM *, long timeoutMs, void *client)
    {
        auto *c = static_cast<HttpClient *>(client);
        if (timeoutMs < 0)
            c->m_timer.stop();
        else
            c->m_timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }

    static size_t header(char *data, size_t size, size_t count, void *transfer)
    {
        auto *t = static_cast<HttpTransfer *>(transfer);
        const size_t n = size * count;
        const QByteArray line = trimmed(data, n);
        if (line.startsWith("HTTP/")) {
            // A status line: an interim 1xx answer's head is forgotten for the final one.
            const qsizetype first = line.indexOf(' ');
            const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
            t->m_response.status = line.mid(first + 1, second < 0 ? -1 : second - first - 1).toInt();
            t->m_response.reason = second < 0 ? QByteArray() : line.mid(second + 1);
            t->m_response.headers.clear();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            t->m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return n;
    }

    static size_t body(char *data, size_t size, size_t count, void *transfer)
    {
        auto *t = static_cast<HttpTransfer *>(transfer);
        const size_t n = size * count;
        const qint64 room = t->m_request.maxResponseBytes - t->m_response.body.size();
        if (room > 0)
            t->m_response.body.append(data, qsizetype(std::min<qint64>(room, qint64(n))));
        return n; // the rest is read and dropped
    }

    static size_t read(char *data, size_t size, size_t count, void *transfer)
    {
        auto *t = static_cast<HttpTransfer *>(transfer);
        const qint64 n = t->m_request.bodyDevice->read(data, qint64(size * count));
        return n < 0 ? CURL_READFUNC_ABORT : size_t(n);
    }

    static int seek(void *transfer, curl_off_t offset, int origin)
    {
        auto *t = static_cast<HttpTransfer *>(transfer);
        if (origin != SEEK_SET)
            return CURL_SEEKFUNC_CANTSEEK;
        return t->m_request.bodyDevice->seek(offset) ? CURL_SEEKFUNC_OK : CURL_SEEKFUNC_FAIL;
    }

    static int progress(void *transfer, curl_off_t, curl_off_t downNow, curl_off_t upTotal, curl_off_t upNow)
    {
        static_cast<HttpTransfer *>(transfer)->noteProgress(upNow, upTotal, downNow);
        return 0;
    }

    static int debug(CURL *, curl_infotype type, char *data, size_t size, void *transfer)
    {
        if (type == CURLINFO_HEADER_OUT)
            static_cast<HttpTransfer *>(transfer)->m_sentHead = QByteArray(data, qsizetype(size));
        return 0;
    }
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpTransfer::HttpTransfer(HttpClient *client, HttpRequest request)
    : m_client(client), m_request(std::move(request))
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        // Progress does not restart the timer (curl reports it many times a request); the
        // timer looks at when bytes last moved, and waits out the rest.
        const qint64 idle = m_lastMove.elapsed();
        if (idle < m_request.stallTimeoutMs) {
            m_stall.start(int(m_request.stallTimeoutMs - idle));
            return;
        }
        m_response.status = 0;
        m_response.timedOut = true;
        m_response.transient = true;
        m_response.error = QStringLiteral("no progress for %1 s (timed out)").arg(m_request.stallTimeoutMs / 1000.0);
        finish();
    });
}

HttpTransfer::~HttpTransfer()
{
    release();
    if (m_client)
        m_client->m_transfers.removeOne(this);
}

bool HttpTransfer::begin()
{
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        // A line break would end the header and start another one (request splitting).
        const QByteArray line = name + value;
        if (name.isEmpty() || name.contains(':') || line.contains('\r') || line.contains('\n') || line.contains('\0')) {
            m_response.error = QStringLiteral("header \"%1\": a name or value with a line break, a NUL or (in a name) a colon")
                                   .arg(QString::fromLatin1(name.left(64)));
            return false;
        }
    }
    CURL *easy = curl_easy_init();
    if (!easy) {
        m_response.error = QStringLiteral("libcurl could not make a transfer");
        return false;
    }
    m_easy = easy;
    m_response = {};
    m_smallBody = QByteArray();
    m_sentHead.clear();
    m_url = m_request.url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(easy, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    m_curlError[0] = 0;
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_curlError);
    curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
    // Bodies leave in blocks of 512 KiB (curl's default is 64): fewer reads from disk, fewer sends.
    curl_easy_setopt(easy, CURLOPT_UPLOAD_BUFFERSIZE, 512L * 1024);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // what curl can decode, decoded
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(std::max(0, m_request.stallTimeoutMs)));
    if (m_request.transport) {
        applyTransport(easy, *m_request.transport);
        m_shared = m_request.transport->identity;
        curl_easy_setopt(easy, CURLOPT_SHARE, static_cast<CURLSH *>(m_client->shareFor(m_shared)));
    }
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &CurlCallbacks::header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &CurlCallbacks::body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &CurlCallbacks::progress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, this);
    // The request head as it went out, for the trace (curl adds Host, Content-Length, Accept).
    curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, &CurlCallbacks::debug);
    curl_easy_setopt(easy, CURLOPT_DEBUGDATA, this);

    const QByteArray &method = m_request.method;
    if (method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (method == "GET" && !m_request.bodyDevice && m_request.body.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        // A small body goes with the head in one send (curl does that for bodies it holds, up
        // to 64 KiB): one segment, one wakeup of the server, instead of two. The rest streams.
        if (m_request.bodyDevice && m_request.bodyDevice->size() <= SmallBodyBytes) {
            m_request.bodyDevice->seek(0);
            m_smallBody = m_request.bodyDevice->readAll();
            if (m_smallBody.size() != m_request.bodyDevice->size()) {
                m_response.error = QStringLiteral("the request body could not be read: %1").arg(m_request.bodyDevice->errorString());
                release();
                return false;
            }
        }
        if (m_request.bodyDevice && m_smallBody.isNull()) {
            m_request.bodyDevice->seek(0);
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_request.bodyDevice->size()));
            curl_easy_setopt(easy, CURLOPT_READFUNCTION, &CurlCallbacks::read);
            curl_easy_setopt(easy, CURLOPT_READDATA, this);
            curl_easy_setopt(easy, CURLOPT_SEEKFUNCTION, &CurlCallbacks::seek);
            curl_easy_setopt(easy, CURLOPT_SEEKDATA, this);
        } else {
            const QByteArray &bytes = m_request.bodyDevice ? m_smallBody : m_request.body;
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.size()));
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, bytes.constData());
        }
        if (method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    curl_slist *list = nullptr;
    bool hasType = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        // "Name:" would remove a header curl adds; "Name;" sends it empty.
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        list = curl_slist_append(list, line.constData());
    }
    // No "Expect: 100-continue" (a round trip of waiting), and no form type curl would assume.
    list = curl_slist_append(list, "Expect:");
    if (!hasType)
        list = curl_slist_append(list, "Content-Type:");
    m_headerList = list;
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);

    m_sent = m_total = m_received = -1;
    m_lastMove.start();
    if (m_request.stallTimeoutMs > 0) // 0: no limit
        m_stall.start(m_request.stallTimeoutMs);
    m_client->add(this);
    return true;
}

void HttpTransfer::noteProgress(qint64 sent, qint64 total, qint64 received)
{
    if (sent == m_sent && received == m_received && total == m_total)
        return; // curl asks at least once a second, moving or not
    m_sent = sent;
    m_total = total;
    m_received = received;
    m_progressed = true;
    m_lastMove.start();
}

void HttpTransfer::end(int curlCode)
{
    auto *easy = static_cast<CURL *>(m_easy);
    const auto code = CURLcode(curlCode);
    // The head as sent: the request line, then its fields.
    const QList<QByteArray> lines = m_sentHead.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (const qsizetype colon = line.indexOf(':'); colon > 0)
            m_response.sentHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (code != CURLE_OK) {
        m_response.status = 0;
        m_response.transient = isTransient(code);
        m_response.timedOut = code == CURLE_OPERATION_TIMEDOUT;
        m_response.error = describe(easy, code, m_curlError);
        finish();
        return;
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    m_response.status = int(status);
    long version = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    m_response.protocol = version == CURL_HTTP_VERSION_2_0 ? "HTTP/2"
        : version == CURL_HTTP_VERSION_3                   ? "HTTP/3"
        : version == CURL_HTTP_VERSION_1_0                 ? "HTTP/1.0"
                                                           : "HTTP/1.1";
    // Redirects are followed to the same origin only: elsewhere would be handed the request's
    // credentials. The answer of one not followed is the answer.
    const QByteArray location = m_response.header("Location");
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    const QUrl next = m_request.url.resolved(QUrl::fromEncoded(location));
    if (redirect && !location.isEmpty() && m_redirects < m_request.maxRedirects && sameOrigin(m_request.url, next)) {
        ++m_redirects;
        release();
        m_request.url = next;
        // 303, and 301/302 after a POST, as browsers and Qt do: GET without the body.
        if (status == 303 || ((status == 301 || status == 302) && m_request.method == "POST")) {
            m_request.method = "GET";
            m_request.body.clear();
            m_request.bodyDevice = nullptr;
        }
        if (!begin())
            finish();
        return;
    }
    finish();
}

void HttpTransfer::finish()
{
    if (m_finished)
        return;
    release();
    m_stall.stop();
    m_finished = true;
    emit finished();
}

void HttpTransfer::release()
{
    if (m_easy) {
        if (m_client)
            m_client->remove(this);
        curl_easy_cleanup(static_cast<CURL *>(m_easy));
        m_easy = nullptr;
        if (m_client && !m_shared.isNull())
            m_client->unshare(m_shared);
        m_shared = QByteArray();
    }
    curl_slist_free_all(static_cast<curl_slist *>(m_headerList));
    m_headerList = nullptr;
}

QString HttpClient::libraryVersion()
{
    const curl_version_info_data *v = curl_version_info(CURLVERSION_NOW);
    QStringList parts;
    if (v->ssl_version)
        parts << QString::fromLatin1(v->ssl_version);
    if (v->nghttp2_version)
        parts << QStringLiteral("nghttp2/%1").arg(QString::fromLatin1(v->nghttp2_version));
    return QStringLiteral("libcurl %1 (%2)").arg(QString::fromLatin1(v->version), parts.join(QStringLiteral(", ")));
}

HttpClient::HttpClient(QObject *parent) : QObject(parent)
{
    static std::once_flag global;
    std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlCallbacks::socket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlCallbacks::timer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

HttpClient::~HttpClient()
{
    // Its transfers are their owners'; they end here, unfinished, while there is a multi to
    // take them out of.
    for (HttpTransfer *t : std::as_const(m_transfers)) {
        t->release();
        t->m_stall.stop();
        t->m_client = nullptr;
    }
    curl_multi_cleanup(m_multi);
    for (const Share &s : std::as_const(m_shares))
        curl_share_cleanup(static_cast<CURLSH *>(s.handle));
    qDeleteAll(m_watches);
}

HttpTransfer *HttpClient::start(HttpRequest request)
{
    auto *t = new HttpTransfer(this, std::move(request));
    m_transfers.append(t);
    if (!t->begin()) // said once the caller has had the chance to connect
        QMetaObject::invokeMethod(t, &HttpTransfer::finish, Qt::QueuedConnection);
    return t;
}

void *HttpClient::shareFor(const QByteArray &identity)
{
    Share &s = m_shares[identity];
    if (!s.handle) {
        CURLSH *share = curl_share_init();
        // One thread uses it (the client's): no locks.
        curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
        s.handle = share;
    }
    ++s.users;
    return s.handle;
}

void HttpClient::unshare(const QByteArray &identity)
{
    const auto it = m_shares.find(identity);
    if (it == m_shares.end() || --it->users > 0 || m_shares.size() <= 16)
        return;
    curl_share_cleanup(static_cast<CURLSH *>(it->handle)); // closes its idle connections
    m_shares.erase(it);
}

void HttpClient::add(HttpTransfer *t)
{
    curl_multi_add_handle(m_multi, static_cast<CURL *>(t->m_easy));
}

void HttpClient::remove(HttpTransfer *t)
{
    curl_multi_remove_handle(m_multi, static_cast<CURL *>(t->m_easy));
}

void HttpClient::watch(qintptr socket, int what)
{
    Watch *w = m_watches.value(socket);
    if (what == CURL_POLL_REMOVE) {
        if (w) {
            // From inside a notifier's own signal, maybe: let it go once that returns.
            for (auto *n : {w->read.release(), w->write.release()}) {
                if (n) {
                    n->setEnabled(false);
                    n->deleteLater();
                }
            }
            delete m_watches.take(socket);
        }
        return;
    }
    if (!w) {
        w = m_watches.insert(socket, new Watch).value();
        w->read = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
        w->write = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Write);
        connect(w->read.get(), &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_IN); });
        connect(w->write.get(), &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_OUT); });
    }
    w->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    w->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void HttpClient::act(qintptr socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, curl_socket_t(socket), events, &running);
    collect();
}

void HttpClient::collect()
{
    // What finished, read out before any of it is told: a transfer's owner may delete others,
    // or start new ones, when it hears that it finished.
    struct Done
    {
        QPointer<HttpTransfer> transfer;
        CURL *easy;
        CURLcode code;
    };
    QList<Done> done;
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        HttpTransfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        done.append({t, msg->easy_handle, msg->data.result});
    }
    QList<QPointer<HttpTransfer>> moving;
    for (HttpTransfer *t : std::as_const(m_transfers)) {
        if (std::exchange(t->m_progressed, false))
            moving.append(t);
    }
    for (const QPointer<HttpTransfer> &t : moving) {
        if (t && !t->m_finished)
            emit t->uploadProgress(t->m_sent, t->m_total);
    }
    for (const Done &d : done) {
        if (d.transfer && d.transfer->m_easy == d.easy)
            d.transfer->end(d.code);
    }
}

} // namespace scanflow
