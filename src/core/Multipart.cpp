#include "Multipart.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QString>

namespace scanflow {

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

void readHeaders(const QByteArray &head, MultipartPart *part)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = int(line.indexOf(':'));
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

QList<MultipartPart> parseMultipartFile(const QString &path, const QByteArray &contentType, const QString &spoolDir,
                                        QString *error)
{
    constexpr qsizetype Block = 256 * 1024;
    constexpr qsizetype MaxText = 1024 * 1024;
    constexpr qsizetype MaxHead = 16 * 1024;
    const QByteArray boundary = boundaryOf(contentType);
    QFile in(path);
    QList<MultipartPart> parts;
    const auto fail = [&](const QString &why) {
        for (const MultipartPart &p : parts) {
            if (!p.spoolPath.isEmpty())
                QFile::remove(p.spoolPath);
        }
        *error = why;
        return QList<MultipartPart>();
    };
    if (boundary.isEmpty())
        return fail(QStringLiteral("the multipart body names no boundary"));
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    QByteArray buffer;
    const auto fill = [&] {
        const QByteArray more = in.read(Block);
        buffer += more;
        return !more.isEmpty();
    };
    // The preamble, up to the first delimiter (which may open the body without a CRLF).
    const QByteArray first = "--" + boundary;
    qsizetype at = -1;
    while ((at = buffer.indexOf(first)) < 0) {
        if (buffer.size() > first.size())
            buffer.remove(0, buffer.size() - first.size());
        if (!fill())
            return fail(QStringLiteral("the multipart body has no delimiter"));
    }
    buffer.remove(0, at + first.size());
    const QByteArray delimiter = "\r\n--" + boundary;
    for (;;) {
        while (buffer.size() < 2 && fill()) {}
        if (buffer.startsWith("--"))
            return parts; // the closing delimiter
        if (!buffer.startsWith("\r\n"))
            return fail(QStringLiteral("the multipart body is malformed after a delimiter"));
        buffer.remove(0, 2);
        qsizetype headEnd = -1;
        while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (buffer.size() > MaxHead || !fill())
                return fail(QStringLiteral("a multipart part has no end to its headers"));
        }
        MultipartPart part;
        readHeaders(buffer.left(headEnd), &part);
        buffer.remove(0, headEnd + 4);
        QFile spool;
        if (!part.fileName.isEmpty()) {
            QTemporaryFile temp(QDir(spoolDir).filePath(QStringLiteral("part-XXXXXX")));
            temp.setAutoRemove(false);
            if (!temp.open())
                return fail(QStringLiteral("cannot spool an uploaded part: %1").arg(temp.errorString()));
            part.spoolPath = temp.fileName();
            temp.close();
            spool.setFileName(part.spoolPath);
            if (!spool.open(QIODevice::WriteOnly))
                return fail(spool.errorString());
        }
        const auto sink = [&](const QByteArray &bytes) {
            if (spool.isOpen())
                return spool.write(bytes) == bytes.size();
            part.body += bytes;
            return part.body.size() <= MaxText;
        };
        // The part's bytes run to the next delimiter; all but a delimiter's length of the
        // buffer can go out at once.
        for (;;) {
            const qsizetype end = buffer.indexOf(delimiter);
            if (end >= 0) {
                if (!sink(buffer.left(end)))
                    return fail(QStringLiteral("the text field \"%1\" is over 1 MiB, or the part cannot be written").arg(QString::fromUtf8(part.name)));
                buffer.remove(0, end + delimiter.size());
                break;
            }
            const qsizetype safe = buffer.size() - delimiter.size();
            if (safe > 0) {
                if (!sink(buffer.left(safe)))
                    return fail(QStringLiteral("the text field \"%1\" is over 1 MiB, or the part cannot be written").arg(QString::fromUtf8(part.name)));
                buffer.remove(0, safe);
            }
            if (!fill()) {
                parts.append(part);
                return fail(QStringLiteral("the multipart body ends inside a part"));
            }
        }
        spool.close();
        parts.append(part);
    }
}

QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return {};
    const QByteArray delimiter = "--" + boundary;
    QList<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // closing delimiter
        pos += 2; // CRLF
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (headEnd < 0 || next < 0)
            return {};
        MultipartPart part;
        readHeaders(body.mid(pos, headEnd - pos), &part);
        part.body = body.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

} // namespace scanflow
