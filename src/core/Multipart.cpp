#include "Multipart.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <memory>
#include <utility>

namespace scanflow {

namespace {

constexpr qsizetype MaxBoundary = 70; // RFC 2046 §5.1.1
constexpr qsizetype MaxPadding = 64;  // spaces after a delimiter, before its CRLF
constexpr qsizetype MaxTextField = 1024 * 1024; // MultipartSpooler's text fields

void readHeaders(const QByteArray &head, MultipartPart *part)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            part->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    for (const auto &[n, v] : part->headers) {
        if (n.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
            static const QRegularExpression name(QStringLiteral("[; ]name=\"([^\"]*)\""));
            static const QRegularExpression file(QStringLiteral("filename=\"([^\"]*)\""));
            part->name = name.match(QString::fromUtf8(v)).captured(1).toUtf8();
            part->fileName = file.match(QString::fromUtf8(v)).captured(1).toUtf8();
        } else if (n.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            part->contentType = v;
        }
    }
}

} // namespace

QByteArray MultipartReader::boundaryOf(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = re.match(QString::fromLatin1(contentType));
    const QByteArray boundary = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    return boundary.size() <= MaxBoundary ? boundary : QByteArray();
}

MultipartReader::MultipartReader(const QByteArray &contentType, Handler handler, Limits limits)
    : m_handler(std::move(handler)), m_limits(limits)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty()) {
        fail(QStringLiteral("the multipart body names no boundary (of 1 to %1 characters)").arg(MaxBoundary));
        return;
    }
    m_delimiter = "\r\n--" + boundary;
    // The first delimiter may open the body without a CRLF before it: as if there were one.
    m_buffer = "\r\n";
}

bool MultipartReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_state = State::Failed;
    m_buffer.clear();
    return false;
}

bool MultipartReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // the epilogue is not looked at
    m_buffer.append(bytes.data(), bytes.size());
    return step();
}

bool MultipartReader::finish()
{
    if (m_state == State::Done)
        return true;
    if (m_state == State::Failed)
        return false;
    return fail(m_state == State::Body || m_state == State::Head ? QStringLiteral("the multipart body ends inside a part")
                                                                 : QStringLiteral("the multipart body has no closing delimiter"));
}

bool MultipartReader::step()
{
    qsizetype pos = 0;
    const qsizetype keep = m_delimiter.size() - 1; // a delimiter may start in what is kept
    for (bool more = true; more;) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, pos);
            if (at < 0) {
                pos = std::max(pos, m_buffer.size() - keep);
                more = false;
                break;
            }
            pos = at + m_delimiter.size();
            m_state = State::AfterDelimiter;
            break;
        }
        case State::AfterDelimiter: {
            qsizetype at = pos;
            while (at < m_buffer.size() && (m_buffer.at(at) == ' ' || m_buffer.at(at) == '\t'))
                ++at;
            if (at - pos > MaxPadding)
                return fail(QStringLiteral("the multipart body is malformed after a delimiter"));
            if (m_buffer.size() - at < 2) {
                more = false;
                break;
            }
            const QByteArrayView next(m_buffer.constData() + at, 2);
            if (next == "--") { // the closing delimiter
                m_state = State::Done;
                m_buffer.clear();
                return true;
            }
            if (next != "\r\n")
                return fail(QStringLiteral("the multipart body is malformed after a delimiter"));
            pos = at + 2;
            m_scanned = 0;
            m_state = State::Head;
            break;
        }
        case State::Head: {
            if (m_buffer.size() - pos < 2) {
                more = false;
                break;
            }
            qsizetype headEnd = -1;
            qsizetype bodyStart = -1;
            if (QByteArrayView(m_buffer.constData() + pos, 2) == "\r\n") { // a part without headers
                headEnd = pos;
                bodyStart = pos + 2;
            } else {
                // Searched once: each call goes on from where the last one stopped.
                const qsizetype at = m_buffer.indexOf("\r\n\r\n", pos + m_scanned);
                if (at < 0) {
                    if (m_buffer.size() - pos > m_limits.maxHeadBytes)
                        return fail(QStringLiteral("a multipart part's headers are over %1 bytes").arg(m_limits.maxHeadBytes));
                    m_scanned = std::max<qsizetype>(0, m_buffer.size() - pos - 3);
                    more = false;
                    break;
                }
                headEnd = at;
                bodyStart = at + 4;
            }
            if (headEnd - pos > m_limits.maxHeadBytes)
                return fail(QStringLiteral("a multipart part's headers are over %1 bytes").arg(m_limits.maxHeadBytes));
            if (++m_parts > m_limits.maxParts)
                return fail(QStringLiteral("the multipart body has more than %1 parts").arg(m_limits.maxParts));
            MultipartPart head;
            readHeaders(m_buffer.mid(pos, headEnd - pos), &head);
            pos = bodyStart;
            if (m_handler.begin && !m_handler.begin(head))
                return fail(QStringLiteral("a multipart part was refused"));
            m_state = State::Body;
            break;
        }
        case State::Body: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, pos);
            const qsizetype until = at >= 0 ? at : std::max(pos, m_buffer.size() - keep);
            if (until > pos && m_handler.data && !m_handler.data(QByteArrayView(m_buffer.constData() + pos, until - pos)))
                return fail(QStringLiteral("a multipart part was refused"));
            pos = until;
            if (at < 0) {
                more = false;
                break;
            }
            if (m_handler.end && !m_handler.end())
                return fail(QStringLiteral("a multipart part was refused"));
            pos = at + m_delimiter.size();
            m_state = State::AfterDelimiter;
            break;
        }
        case State::Done:
        case State::Failed:
            more = false;
            break;
        }
    }
    m_buffer.remove(0, pos);
    return true;
}

QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType, QString *error)
{
    QList<MultipartPart> parts;
    MultipartReader reader(contentType, {[&](const MultipartPart &head) { parts.append(head); return true; },
                                         [&](QByteArrayView bytes) { parts.last().body.append(bytes.data(), bytes.size()); return true; },
                                         {}});
    if (!reader.feed(body) || !reader.finish()) {
        if (error)
            *error = reader.error();
        return {};
    }
    return parts;
}

MultipartSpooler::MultipartSpooler(const QByteArray &contentType, QString spoolDir)
    : m_spoolDir(std::move(spoolDir)),
      m_reader(contentType, {[this](const MultipartPart &head) {
                                 m_parts.append(head);
                                 if (head.fileName.isEmpty())
                                     return true;
                                 QTemporaryFile temp(QDir(m_spoolDir).filePath(QStringLiteral("part-XXXXXX")));
                                 temp.setAutoRemove(false);
                                 if (!temp.open())
                                     return fail(QStringLiteral("cannot spool an uploaded part: %1").arg(temp.errorString()));
                                 m_parts.last().spoolPath = temp.fileName();
                                 temp.close();
                                 // Unbuffered: the reader's pieces are big already; a buffer would copy each once more.
                                 m_file = std::make_unique<QFile>(m_parts.last().spoolPath);
                                 if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                                     return fail(QStringLiteral("cannot spool an uploaded part: %1").arg(m_file->errorString()));
                                 return true;
                             },
                             [this](QByteArrayView bytes) {
                                 if (m_file) {
                                     if (m_file->write(bytes.data(), bytes.size()) == bytes.size())
                                         return true;
                                     return fail(QStringLiteral("cannot spool an uploaded part: %1").arg(m_file->errorString()));
                                 }
                                 MultipartPart &part = m_parts.last();
                                 part.body.append(bytes.data(), bytes.size());
                                 if (part.body.size() <= MaxTextField)
                                     return true;
                                 return fail(QStringLiteral("the text field \"%1\" is over 1 MiB").arg(QString::fromUtf8(part.name)));
                             },
                             [this] {
                                 m_file.reset();
                                 return true;
                             }})
{
}

MultipartSpooler::~MultipartSpooler()
{
    removeFiles();
}

bool MultipartSpooler::fail(const QString &why)
{
    m_reader.setError(why);
    return false;
}

void MultipartSpooler::removeFiles()
{
    m_file.reset();
    for (const MultipartPart &p : std::as_const(m_parts)) {
        if (!p.spoolPath.isEmpty())
            QFile::remove(p.spoolPath);
    }
    m_parts.clear();
}

bool MultipartSpooler::feed(QByteArrayView bytes)
{
    if (m_reader.feed(bytes))
        return true;
    removeFiles();
    return false;
}

bool MultipartSpooler::finish()
{
    if (m_reader.finish())
        return true;
    removeFiles();
    return false;
}

QList<MultipartPart> MultipartSpooler::takeParts()
{
    m_file.reset();
    return std::exchange(m_parts, {});
}

QList<MultipartPart> parseMultipartFile(const QString &path, const QByteArray &contentType, const QString &spoolDir,
                                        QString *error)
{
    constexpr qsizetype Block = 256 * 1024;
    MultipartSpooler spooler(contentType, spoolDir);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return {};
    }
    for (;;) {
        const QByteArray block = in.read(Block);
        if (block.isEmpty())
            break;
        if (!spooler.feed(block)) {
            *error = spooler.error();
            return {};
        }
    }
    if (!spooler.finish()) {
        *error = spooler.error();
        return {};
    }
    return spooler.takeParts();
}

} // namespace scanflow
