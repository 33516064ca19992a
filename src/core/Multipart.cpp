#include "Multipart.h"

#include <QRegularExpression>
#include <QString>

namespace scanflow {

QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = re.match(QString::fromLatin1(contentType));
    if (!m.hasMatch())
        return {};
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
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
        for (const QByteArray &line : body.mid(pos, headEnd - pos).split('\n')) {
            const int colon = int(line.indexOf(':'));
            if (colon > 0)
                part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        for (const auto &[n, v] : part.headers) {
            if (n.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
                static const QRegularExpression name(QStringLiteral("[; ]name=\"([^\"]*)\""));
                static const QRegularExpression file(QStringLiteral("filename=\"([^\"]*)\""));
                part.name = name.match(QString::fromUtf8(v)).captured(1).toUtf8();
                part.fileName = file.match(QString::fromUtf8(v)).captured(1).toUtf8();
            } else if (n.compare("Content-Type", Qt::CaseInsensitive) == 0) {
                part.contentType = v;
            }
        }
        part.body = body.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

} // namespace scanflow
