#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace scanflow {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray name;
    QByteArray fileName; // empty for text fields
    QByteArray contentType;
    QByteArray body;
    QString spoolPath;   // parseMultipartFile: a file part's bytes are in this file, not in body
};

// The one multipart parser: fed a body in pieces of any size, it hands each part's head and
// bytes to its owner as they arrive. Each byte is looked at a bounded number of times (linear
// time) and it keeps no more than one part head or one delimiter's length of bytes (bounded
// memory), however the body is cut or crafted.
class MultipartReader
{
public:
    struct Limits
    {
        int maxParts = 1000;
        qsizetype maxHeadBytes = 16 * 1024; // one part's headers
    };
    struct Handler
    {
        std::function<bool(const MultipartPart &head)> begin; // false: stop, with `why`
        std::function<bool(QByteArrayView bytes)> data;
        std::function<bool()> end;
    };

    MultipartReader(const QByteArray &contentType, Handler handler, Limits limits);
    MultipartReader(const QByteArray &contentType, Handler handler) : MultipartReader(contentType, std::move(handler), Limits()) {}

    // False once the body is malformed or the handler stopped; error() says why.
    bool feed(QByteArrayView bytes);
    // At the end of the body: true when the closing delimiter came.
    bool finish();
    QString error() const { return m_error; }
    // Why the handler stopped, for error() (set by the handler before returning false).
    void setError(const QString &why) { m_error = why; }

    static QByteArray boundaryOf(const QByteArray &contentType); // empty when none

private:
    enum class State { Preamble, AfterDelimiter, Head, Body, Done, Failed };
    bool fail(const QString &why);
    bool step();

    QByteArray m_delimiter; // "\r\n--" + boundary
    Handler m_handler;
    Limits m_limits;
    State m_state = State::Preamble;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // of a part head in m_buffer, already searched for its end
    int m_parts = 0;
    QString m_error;
};

// Splits a multipart body by the boundary named in contentType; empty on malformed input (and
// *error says why).
QList<MultipartPart> parseMultipart(const QByteArray &body, const QByteArray &contentType, QString *error = nullptr);

// Splits a multipart/form-data body fed in pieces as it arrives: each part with a file name is
// written into a file of its own in spoolDir as its bytes come (spoolPath), text fields are kept
// in memory up to 1 MiB each. Memory stays flat whatever the size, and each byte of a file is
// written once. The files are removed with the spooler unless takeParts() handed them on.
class MultipartSpooler
{
public:
    MultipartSpooler(const QByteArray &contentType, QString spoolDir);
    ~MultipartSpooler();
    MultipartSpooler(const MultipartSpooler &) = delete;
    MultipartSpooler &operator=(const MultipartSpooler &) = delete;

    // False once the body is malformed or a part cannot be written; error() says why, and the
    // files written so far are gone.
    bool feed(QByteArrayView bytes);
    bool finish();
    QString error() const { return m_reader.error(); }
    // The parts, once finish() said true; their files are the caller's now.
    QList<MultipartPart> takeParts();

private:
    bool fail(const QString &why);
    void removeFiles();

    QString m_spoolDir;
    QList<MultipartPart> m_parts;
    std::unique_ptr<QFile> m_file; // the file part being written
    MultipartReader m_reader;
};

// The same for a body kept in a file, reading it in blocks: each part with a file name is copied
// into its own file in spoolDir (spoolPath; the caller owns it), text fields are kept in memory
// up to 1 MiB each. Memory stays flat whatever the size. On a malformed body: empty, and error.
QList<MultipartPart> parseMultipartFile(const QString &path, const QByteArray &contentType, const QString &spoolDir,
                                        QString *error);

} // namespace scanflow
