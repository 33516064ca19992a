#pragma once

#include "Database.h"

#include <functional>
#include <optional>

namespace scanflow {

// A job as the reference's DocumentInfo shows it: printed, copied, scanned or faxed. Document
// holds its texts; DocumentView is a history row read in place, its texts views into the row,
// valid while the visitor that was given it runs. One list of fields for both.
template <typename Text>
struct DocumentOf
{
    enum Status { Ready = 0, Printed = 1, Deleted = 2, Expired = 3, Failed = 4, Received = 5, AwaitingConversion = 6,
                  Converting = 7, ConversionFailed = 8, Stored = 9 };
    qint64 id = 0;
    Text uuid;
    Text jobType; // PRINT (when left empty), COPY, SCAN or FAX
    int status = Ready;
    Text userName;
    qint64 providerId = 1;
    Text documentName;
    int totalPages = 0;
    int colorPages = 0;
    int duplex = 0;
    int copies = 1;
    bool grayscale = false;
    Text paperSize;
    qint64 outputPortId = 0;
    Text outputPortName;
    Text inputPortName;
    qint64 scanWorkflowId = 0;
    qint64 scanConnectorId = 0;
    Text domainName;     // the account of the port it went through (lower case); empty: the root's
    Text filePath;
    qint64 fileSize = 0;
    qint64 dateTime = 0; // ms since the epoch
};
using Document = DocumentOf<QString>;
using DocumentView = DocumentOf<QUtf8StringView>;

struct DocumentQuery
{
    qint64 from = 0;             // dateTime >= from
    qint64 to = 0;               // dateTime < to
    QString userName;            // exact, or any
    QString portName;            // exact output port name, or any
    QList<int> statuses;         // any of, or any
    QString jobType;             // or any
    QStringList domainNames;     // documents of these accounts, or any
    bool orNoDomain = false;     // also those of no account's port (the root account's)
    // Keyset paging: rows after (afterTime, afterId) in (dateTime, id) order.
    qint64 afterTime = -1;
    qint64 afterId = 0;
    int limit = 200;
};

class DocumentRepository
{
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    // Gives the document a uuid when it has none, and job type PRINT; returns its id.
    Result<qint64> add(Document document);
    Result<std::optional<Document>> byUuid(const QString &uuid);
    // The rows a history page shows, in (dateTime, id) order, each to `visit`.
    Status history(const DocumentQuery &query, const std::function<void(const DocumentView &)> &visit);
    // A user's documents in the given states, newest first.
    // A user's documents: a user is (provider, name).
    Result<QList<Document>> ofUser(qint64 providerId, const QString &userName, const QList<int> &statuses, int limit);
    Status update(const Document &document);
    // Stores a document as given (printed, its print options, its file path cleared) when it
    // is still ready: whether it was. Of two releases or downloads racing, one consumes it.
    Result<bool> consume(const Document &document);

private:
    Database &m_db;
};

} // namespace scanflow
