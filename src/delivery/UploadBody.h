#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>

#include <memory>

namespace scanflow {

// An upload body made of byte segments and one file, read in order as one random-access
// device: a multipart/form-data body (text parts, metadata, the scan) or a raw file. The file
// is read from disk as the HTTP client asks for it, never held whole.
class UploadBody : public QIODevice
{
    Q_OBJECT

public:
    explicit UploadBody(QObject *parent = nullptr);

    // multipart/form-data, RFC 7578: a text field, or a file part from bytes or from the file.
    void addTextPart(const QByteArray &name, const QByteArray &value);
    void addBytesPart(const QByteArray &name, const QString &fileName, const QByteArray &contentType,
                      const QByteArray &bytes);
    bool addFilePart(const QByteArray &name, const QString &fileName, const QByteArray &contentType,
                     const QString &path, QString *error);
    // A raw body: the file alone.
    bool setRawFile(const QString &path, QString *error);

    // Closes the multipart body; then the device can be opened and read.
    void finishMultipart();
    QByteArray contentType() const; // multipart/form-data; boundary=…
    QByteArray boundary() const { return m_boundary; }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment
    {
        QByteArray bytes;
        bool isFile = false;
        qint64 start = 0;
        qint64 size = 0;
    };
    void addBytes(const QByteArray &bytes);
    bool addFile(const QString &path, QString *error);
    static QByteArray dispositionValue(const QString &value);

    QByteArray m_boundary;
    QList<Segment> m_segments;
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
};

} // namespace scanflow
