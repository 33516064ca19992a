#include "UploadBody.h"

#include <QRandomGenerator>

namespace scanflow {

UploadBody::UploadBody(QObject *parent) : QIODevice(parent)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    m_boundary = "scanflow-";
    for (int i = 0; i < 32; ++i)
        m_boundary += alphabet[QRandomGenerator::global()->bounded(62)];
}

QByteArray UploadBody::dispositionValue(const QString &value)
{
    // Quotes and line breaks percent-encoded, as browsers do (WHATWG HTML, form submission).
    QByteArray v = value.toUtf8();
    v.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return v;
}

void UploadBody::addBytes(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        m_segments.append({bytes, false, m_size, bytes.size()});
        m_size += bytes.size();
    }
}

bool UploadBody::addFile(const QString &path, QString *error)
{
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("file \"%1\" cannot be read: %2").arg(path, m_file->errorString());
        return false;
    }
    m_segments.append({{}, true, m_size, m_file->size()});
    m_size += m_file->size();
    return true;
}

void UploadBody::addTextPart(const QByteArray &name, const QByteArray &value)
{
    addBytes("--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(QString::fromUtf8(name))
             + "\"\r\n\r\n" + value + "\r\n");
}

void UploadBody::addBytesPart(const QByteArray &name, const QString &fileName, const QByteArray &contentType,
                              const QByteArray &bytes)
{
    addBytes("--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(QString::fromUtf8(name))
             + "\"; filename=\"" + dispositionValue(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + bytes + "\r\n");
}

bool UploadBody::addFilePart(const QByteArray &name, const QString &fileName, const QByteArray &contentType,
                             const QString &path, QString *error)
{
    addBytes("--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(QString::fromUtf8(name))
             + "\"; filename=\"" + dispositionValue(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
    if (!addFile(path, error))
        return false;
    addBytes("\r\n");
    return true;
}

bool UploadBody::setRawFile(const QString &path, QString *error)
{
    return addFile(path, error);
}

void UploadBody::finishMultipart()
{
    addBytes("--" + m_boundary + "--\r\n");
}

QByteArray UploadBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

qint64 UploadBody::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    if (position >= m_size)
        return -1;
    qint64 done = 0;
    for (const Segment &s : m_segments) {
        if (done == maxSize)
            break;
        const qint64 at = position + done;
        if (at >= s.start + s.size || at < s.start)
            continue;
        const qint64 offset = at - s.start;
        const qint64 n = std::min(maxSize - done, s.size - offset);
        if (s.isFile) {
            if (!m_file->seek(offset))
                return done ? done : -1;
            const qint64 got = m_file->read(data + done, n);
            if (got <= 0)
                return done ? done : -1;
            done += got;
            if (got < n)
                break;
        } else {
            memcpy(data + done, s.bytes.constData() + offset, size_t(n));
            done += n;
        }
    }
    return done;
}

} // namespace scanflow
