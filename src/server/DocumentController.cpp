#include "DocumentController.h"

#include "Spool.h"

#include "ActingUser.h"
#include "Authenticator.h"
#include "Caller.h"
#include "DocumentRepository.h"
#include "Entities.h"
#include "FormParams.h"
#include "JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QSaveFile>

namespace scanflow {

namespace {

constexpr qint64 Week = 7LL * 24 * 3600 * 1000;
const QStringList JobTypes{QStringLiteral("PRINT"), QStringLiteral("COPY"), QStringLiteral("SCAN"), QStringLiteral("FAX")};

std::variant<QList<int>, ApiError> statusesOf(const FormParams &p)
{
    QList<int> out;
    for (const QString &text : p.values(QStringLiteral("status"))) {
        for (const QString &one : text.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int s = one.trimmed().toInt(&ok);
            if (!ok || s < 0 || s > 9)
                return ApiError::badRequest(QStringLiteral("status: \"%1\" is not a document status (0–9)").arg(one));
            out.append(s);
        }
    }
    return out;
}

std::variant<qint64, ApiError> instant(const FormParams &p, const QString &name, qint64 fallback)
{
    if (!p.has(name) || p.value(name).isEmpty())
        return fallback;
    const QDateTime t = QDateTime::fromString(p.value(name), Qt::ISODateWithMs);
    if (!t.isValid())
        return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not an ISO-8601 instant like 2021-09-21T16:38:10.972Z").arg(name, p.value(name)));
    return t.toMSecsSinceEpoch();
}

// The reference's DocumentInfo, of a Document or of a history row read in place (DocumentView).
template <typename D>
void writeDocumentInfo(JsonWriter &out, const D &d)
{
    out.beginObject()
        .field("providerId", d.providerId)
        .field("uuid", d.uuid)
        .field("documentName", d.documentName)
        .field("documentType", 0)
        .field("userName", d.userName)
        .field("totalPages", d.totalPages)
        .field("colorPages", d.colorPages)
        .field("duplex", d.duplex)
        .field("copies", d.copies)
        .field("grayscale", d.grayscale)
        .field("paperSize", d.paperSize)
        .field("dateTime", d.dateTime)
        .field("storageOnline", !d.filePath.isEmpty() && d.status != Document::Deleted)
        .field("secure", false)
        .field("tags").beginArray().endArray()
        .field("collate", false)
        .field("status", d.status)
        .field("outputPortId", d.outputPortId)
        .field("outputPortName", d.outputPortName)
        .field("jobType", d.jobType)
        .field("scanWorkflowId", d.scanWorkflowId)
        .field("scanConnectorId", d.scanConnectorId)
        .endObject();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The output port a release names: by address, else by serial number.
std::variant<QJsonObject, ApiError> portAt(Database &db, const QString &addressOrSerial, const QString &param)
{
    SF_TRY(ports, Entities::all(db, Entities::OutputPort));
    for (const QJsonObject &port : ports) {
        if (port.value(QStringLiteral("address")).toString().compare(addressOrSerial, Qt::CaseInsensitive) == 0
            || port.value(QStringLiteral("ipReaderAddress")).toString().compare(addressOrSerial, Qt::CaseInsensitive) == 0
            || (!port.value(QStringLiteral("deviceSerial")).toString().isEmpty()
                && port.value(QStringLiteral("deviceSerial")).toString() == addressOrSerial))
            return port;
    }
    return ApiError::badRequest(QStringLiteral("%1: no output port has the address or serial number \"%2\"").arg(param, addressOrSerial));
}

// The reference's print options of a release or a download (copies, grayscale, retain,
// duplex; the document's own by default), and the document as it is printed with them. Only
// a ready document prints.
struct PrintOptions
{
    Document printed;
    bool retain = false;
};

std::variant<PrintOptions, ApiError> printOptions(const FormParams &p, const Document &d)
{
    SF_TRY(copies, p.integer(QStringLiteral("copies"), d.copies, 1, 999));
    SF_TRY(grayscale, p.boolean(QStringLiteral("grayscale"), d.grayscale));
    SF_TRY(retain, p.boolean(QStringLiteral("retain"), false));
    SF_TRY(duplex, p.integer(QStringLiteral("duplex"), d.duplex, 0, 2));
    if (d.status != Document::Ready)
        return ApiError::badRequest(QStringLiteral("uuid: document %1 is not ready to print (status %2)").arg(d.uuid).arg(d.status));
    PrintOptions options{d, retain};
    options.printed.copies = int(copies);
    options.printed.grayscale = grayscale;
    options.printed.duplex = int(duplex);
    options.printed.status = Document::Printed;
    return options;
}

} // namespace

std::variant<Document, ApiError> DocumentController::owned(const ApiRequest &r, const QString &uuid, const QString &permission)
{
    const auto d = DocumentRepository(m_db).byUuid(uuid);
    if (!d)
        return ApiError::internal(d.error());
    if (!d->has_value() || (*d)->status == Document::Deleted)
        return ApiError::notFound(QStringLiteral("uuid: no document %1").arg(uuid));
    // "Does not require Advanced API permissions for a user who owns the document."
    // A user is (provider, name); another user's document takes the permission and ViewUser
    // (Support, Administrators): a UUID is no secret, the history lists them.
    const Caller &caller = *r.caller;
    const bool owner = caller.hasUser() && caller.user->providerId == (*d)->providerId
        && caller.user->userName.compare((*d)->userName, Qt::CaseInsensitive) == 0;
    if (!owner && !caller.key.advancedPermissions)
        return ApiError::forbidden(QStringLiteral("uuid: document %1 is not yours, and this API key has no advanced permissions").arg(uuid));
    if (!owner) {
        if (const auto denied = Authenticator::require(r, permission))
            return *denied;
        if (caller.hasUser()) {
            if (const auto denied = Authenticator::require(r, QStringLiteral("ViewUser")))
                return ApiError::forbidden(QStringLiteral("uuid: document %1 is another user's; that needs the ViewUser permission too").arg(uuid));
        }
    }
    return **d;
}

ApiHandler DocumentController::list()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(statuses, statusesOf(p));
        SF_TRY(max, p.integer(QStringLiteral("maxRecords"), 50, 1, 500));
        if (statuses.isEmpty())
            statuses = {Document::Ready};
        const auto docs = DocumentRepository(m_db).ofUser(r.caller->user->providerId, r.caller->user->userName, statuses, int(max));
        if (!docs)
            return ApiError::internal(docs.error());
        JsonWriter out;
        out.beginArray();
        for (const Document &d : *docs)
            writeDocumentInfo(out, d);
        return ApiResponse::jsonText(200, out.endArray().take());
    };
}

ApiHandler DocumentController::history()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(asked, p.integer(QStringLiteral("maxrecords"), 0, 1, 2000));
        DocumentQuery q;
        const QString token = p.value(QStringLiteral("pagetoken"));
        QJsonObject scope;
        if (!token.isEmpty()) {
            // The token carries the query and where the last page ended, so a page needs nothing
            // else; it is signed, so the query cannot be widened (L4).
            const auto t = m_pageTokens.open(token);
            const qint64 tokenMax = t ? t->value(QStringLiteral("max")).toInteger(-1) : -1;
            if (!t || !t->contains(QStringLiteral("after")) || tokenMax < 1 || tokenMax > 2000)
                return ApiError::badRequest(QStringLiteral("pagetoken: \"%1\" is not a page token from this server").arg(token));
            scope = *t;
        } else {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            SF_TRY(end, instant(p, QStringLiteral("dateend"), now));
            SF_TRY(start, instant(p, QStringLiteral("datestart"), end - 24 * 3600 * 1000));
            if (start >= end)
                return ApiError::badRequest(QStringLiteral("datestart: must be before dateend"));
            if (end - start > Week)
                return ApiError::badRequest(QStringLiteral("dateend: the timeframe may be one week at most"));
            SF_TRY(statuses, statusesOf(p));
            const QString jobType = p.value(QStringLiteral("jobtype")).toUpper();
            if (!jobType.isEmpty() && !JobTypes.contains(jobType))
                return ApiError::badRequest(QStringLiteral("jobtype: \"%1\" is not PRINT, COPY, SCAN or FAX").arg(p.value(QStringLiteral("jobtype"))));
            const QString domain = p.value(QStringLiteral("domainname"));
            if (!domain.isEmpty()) {
                SF_TRY(account, Entities::requireAccount(m_db, QStringLiteral("domainname"), domain));
                // "Only for Customer account type (400 on Vendor/Container accounts)".
                if (account.value(QStringLiteral("accountType")).toInt() != 2)
                    return ApiError::badRequest(QStringLiteral("domainname: the history is only for customer accounts"));
            }
            QJsonArray statusArray;
            for (int s : statuses)
                statusArray.append(s);
            scope = {{QStringLiteral("from"), start}, {QStringLiteral("to"), end}, {QStringLiteral("user"), p.value(QStringLiteral("username"))},
                     {QStringLiteral("port"), p.value(QStringLiteral("portname"))}, {QStringLiteral("domain"), domain},
                     {QStringLiteral("statuses"), statusArray}, {QStringLiteral("jobType"), jobType},
                     {QStringLiteral("after"), QJsonArray{-1, 0}}};
        }
        // The page size stays what the first page asked for, unless a page asks again.
        const qint64 max = asked > 0 ? asked : scope.value(QStringLiteral("max")).toInteger(200);
        scope.insert(QStringLiteral("max"), max);
        q.limit = int(max) + 1; // one more tells whether another page follows
        q.from = scope.value(QStringLiteral("from")).toInteger();
        q.to = scope.value(QStringLiteral("to")).toInteger();
        q.userName = scope.value(QStringLiteral("user")).toString();
        q.portName = scope.value(QStringLiteral("port")).toString();
        q.jobType = scope.value(QStringLiteral("jobType")).toString();
        // A customer's history: the documents of its ports and of its containers' ports; the
        // root account's also those that went through no account's port (scans, API records).
        if (const QString domain = scope.value(QStringLiteral("domain")).toString(); !domain.isEmpty()) {
            SF_TRY(account, Entities::requireAccount(m_db, QStringLiteral("domainname"), domain));
            SF_TRY(subtree, Entities::accountSubtree(m_db, account.value(QStringLiteral("id")).toInteger()));
            q.domainNames = Entities::domainsOf(subtree);
            q.orNoDomain = account.value(QStringLiteral("parentId")).toInteger() == 0;
        }
        for (const QJsonValue &s : scope.value(QStringLiteral("statuses")).toArray())
            q.statuses.append(s.toInt());
        q.afterTime = scope.value(QStringLiteral("after")).toArray().at(0).toInteger();
        q.afterId = scope.value(QStringLiteral("after")).toArray().at(1).toInteger();
        // Written straight from the rows: through a QJsonObject each, a page of 200 cost 4 ms.
        JsonWriter out;
        out.beginObject().field("documents").beginArray();
        qint64 shown = 0;
        bool more = false;
        qint64 lastTime = 0, lastId = 0;
        const Status read = DocumentRepository(m_db).history(q, [&](const DocumentView &d) {
            if (shown == max) {
                more = true; // the one row more than the page
                return;
            }
            writeDocumentInfo(out, d);
            ++shown;
            lastTime = d.dateTime;
            lastId = d.id;
        });
        if (!read)
            return ApiError::internal(read.error());
        QString next;
        if (more) {
            scope.insert(QStringLiteral("after"), QJsonArray{lastTime, lastId});
            next = m_pageTokens.seal(scope);
        }
        out.endArray()
            .field("recordsOnPage", shown)
            .field("nextPageToken", next)
            .field("dateStart", iso(q.from))
            .field("dateEnd", iso(q.to))
            .field("domainName", scope.value(QStringLiteral("domain")).toString())
            .field("userName", q.userName)
            .field("portName", q.portName)
            .endObject();
        return ApiResponse::jsonText(200, out.take());
    };
}

ApiHandler DocumentController::record()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(jobTypeText, p.required(QStringLiteral("jobtype")));
        const QString jobType = jobTypeText.toUpper();
        if (!JobTypes.contains(jobType))
            return ApiError::badRequest(QStringLiteral("jobtype: \"%1\" is not PRINT, COPY, SCAN or FAX").arg(jobTypeText));
        Document d;
        d.jobType = jobType;
        // A scan ends stored; a print, copy or fax printed.
        d.status = jobType == QLatin1String("SCAN") ? Document::Stored : Document::Printed;
        SF_TRY(total, p.integer(QStringLiteral("totalpages"), 0, 0, 1000000));
        SF_TRY(color, p.integer(QStringLiteral("colorpages"), 0, 0, 1000000));
        SF_TRY(duplex, p.boolean(QStringLiteral("duplex"), false));
        d.totalPages = int(total);
        d.colorPages = int(color);
        // "If true use LONG otherwise SHORT" (DocumentInfo: 1 long edge, 2 short edge); not
        // given, the job was one-sided (0).
        d.duplex = !p.has(QStringLiteral("duplex")) ? 0 : duplex ? 1 : 2;
        d.paperSize = p.value(QStringLiteral("papersize"));
        d.documentName = p.value(QStringLiteral("title"));
        // The user: the token's, or the one a trusted device names with username/providerid.
        SF_TRY(user, actingUser(m_db, r, p));
        if (!user)
            return ApiError::badRequest(QStringLiteral("username: required with a device token; with a user token the job is the user's"));
        d.userName = user->userName;
        d.providerId = user->providerId;
        const QString serial = p.value(QStringLiteral("serialnumber"));
        const QString address = p.value(QStringLiteral("address"));
        if (!serial.isEmpty() || !address.isEmpty()) {
            SF_TRY(port, portAt(m_db, serial.isEmpty() ? address : serial, serial.isEmpty() ? QStringLiteral("address") : QStringLiteral("serialnumber")));
            d.outputPortId = port.value(QStringLiteral("id")).toInteger();
            d.outputPortName = port.value(QStringLiteral("portName")).toString();
            d.domainName = port.value(QStringLiteral("domainName")).toString();
        }
        d.dateTime = QDateTime::currentMSecsSinceEpoch();
        if (p.has(QStringLiteral("datetime"))) {
            const QDateTime at = QDateTime::fromString(p.value(QStringLiteral("datetime")), Qt::ISODate);
            if (!at.isValid())
                return ApiError::badRequest(QStringLiteral("datetime: \"%1\" is not YYYY-MM-DDTHH:mm:ss+HH:mm").arg(p.value(QStringLiteral("datetime"))));
            d.dateTime = at.toMSecsSinceEpoch();
        }
        const auto id = DocumentRepository(m_db).add(d);
        if (!id)
            return ApiError::internal(id.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("job recorded"), *id));
    };
}

ApiHandler DocumentController::upload()
{
    return [this](const ApiRequest &r) -> ApiResult {
        if (!r.header("Content-Type").trimmed().toLower().startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("the body must be multipart/form-data with the file in \"data\""));
        SF_TRY(p, FormParams::parse(r));
        const MultipartPart *data = p.file(QStringLiteral("data"));
        if (!data || data->fileName.isEmpty())
            return ApiError::badRequest(QStringLiteral("data: the file part (with a filename) is missing"));
        SF_TRY(portName, p.required(QStringLiteral("portname")));
        SF_TRY(title, p.required(QStringLiteral("title")));
        SF_TRY(copies, p.integer(QStringLiteral("copies"), 1, 1, 999));
        SF_TRY(grayscale, p.boolean(QStringLiteral("grayscale"), false));
        SF_TRY(duplex, p.integer(QStringLiteral("duplex"), 0, 0, 2));
        SF_TRY(scale, p.integer(QStringLiteral("scale"), 100, 1, 100));
        SF_TRY(orientation, p.integer(QStringLiteral("pageorientation"), 0, 0, 1));
        Q_UNUSED(scale)
        Q_UNUSED(orientation)
        // The job is the caller's, or the named user's when a trusted device or a terminal key
        // uploads it: nobody queues print jobs in someone else's name.
        SF_TRY(user, actingUser(m_db, r, p));
        if (!user)
            return ApiError::badRequest(QStringLiteral("username: the parameter is missing"));
        SF_TRY(inputPorts, Entities::all(m_db, Entities::InputPort));
        const auto port = std::find_if(inputPorts.cbegin(), inputPorts.cend(), [&](const QJsonObject &candidate) {
            return candidate.value(QStringLiteral("portName")).toString().compare(portName, Qt::CaseInsensitive) == 0;
        });
        if (port == inputPorts.cend())
            return ApiError::badRequest(QStringLiteral("portname: no input port \"%1\"").arg(portName));

        Document d;
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.jobType = QStringLiteral("PRINT");
        d.status = Document::Ready;
        d.userName = user->userName;
        d.providerId = user->providerId;
        d.documentName = title;
        d.copies = int(copies);
        d.grayscale = grayscale;
        d.duplex = int(duplex);
        d.inputPortName = portName;
        d.domainName = port->value(QStringLiteral("domainName")).toString();
        d.paperSize = p.value(QStringLiteral("outputpagesize"));
        d.dateTime = QDateTime::currentMSecsSinceEpoch();
        if (!QDir().mkpath(m_dir))
            return ApiError::internal(QStringLiteral("cannot create the documents folder"));
        const QString local = QDir(m_dir).filePath(d.uuid);
        if (const Status saved = p.saveFile(*data, local); !saved)
            return ApiError::internal(saved.error());
        d.fileSize = QFileInfo(local).size();
        const auto kept = m_spool.takeIn(local, d.documentName);
        if (!kept)
            return ApiError::internal(kept.error());
        d.filePath = *kept;
        const auto id = DocumentRepository(m_db).add(d);
        if (!id) {
            m_spool.remove(d.filePath);
            return ApiError::internal(id.error());
        }
        d.id = *id;
        JsonWriter out;
        writeDocumentInfo(out, d);
        return ApiResponse::jsonText(200, out.take());
    };
}

ApiHandler DocumentController::remove()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(d, owned(r, r.params.value(QStringLiteral("uuid")), QStringLiteral("DeleteJob")));
        m_spool.remove(d.filePath);
        d.status = Document::Deleted;
        d.filePath.clear();
        if (const Status s = DocumentRepository(m_db).update(d); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("document %1 deleted").arg(d.uuid)));
    };
}

ApiHandler DocumentController::release()
{
    return [this](const ApiRequest &r) -> ApiResult {
        if (!r.header("Content-Type").trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
            return ApiError::badRequest(QStringLiteral("Content-Type: application/x-www-form-urlencoded is required, even without parameters"));
        SF_TRY(d, owned(r, r.params.value(QStringLiteral("uuid")), QStringLiteral("ReleaseJob")));
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(options, printOptions(p, d));
        const bool retain = options.retain;
        SF_TRY(port, portAt(m_db, r.params.value(QStringLiteral("address")), QStringLiteral("address")));
        // The print itself is the output port's business; here it is recorded, as a release.
        Document printed = options.printed;
        printed.outputPortId = port.value(QStringLiteral("id")).toInteger();
        printed.outputPortName = port.value(QStringLiteral("portName")).toString();
        printed.domainName = port.value(QStringLiteral("domainName")).toString();
        printed.dateTime = QDateTime::currentMSecsSinceEpoch();
        const QString file = std::exchange(printed.filePath, QString());
        if (!retain) {
            // Consumed only while still ready, and its file removed only once the row says so.
            const auto consumed = DocumentRepository(m_db).consume(printed);
            if (!consumed)
                return ApiError::internal(consumed.error());
            if (!*consumed)
                return ApiError::badRequest(QStringLiteral("uuid: document %1 is not ready to print (released meanwhile)").arg(d.uuid));
            m_spool.remove(file);
        } else {
            // Retained: the document stays ready, and the print is a history row of its own.
            printed.uuid.clear();
            if (const auto id = DocumentRepository(m_db).add(printed); !id)
                return ApiError::internal(id.error());
        }
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("document %1 released to %2").arg(d.uuid, printed.outputPortName)));
    };
}

ApiHandler DocumentController::download()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const QString name = r.params.value(QStringLiteral("uuid"));
        if (!name.endsWith(QLatin1String(".content")))
            return ApiError::notFound(QStringLiteral("no endpoint %1").arg(r.path));
        SF_TRY(d, owned(r, name.chopped(8), QStringLiteral("ViewJob")));
        // The reference's print options. A download is the document's print: it is recorded with
        // them, and unless retained the document is consumed. The file itself is sent as
        // stored: the options it cannot carry are named in X-ScanFlow-Not-Applied.
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(options, printOptions(p, d));
        const bool retain = options.retain;
        const auto size = d.filePath.isEmpty() ? Result<qint64>(qint64(-1)) : m_spool.size(d.filePath);
        if (!size)
            return ApiError::internal(size.error());
        if (*size < 0)
            return ApiError::notFound(QStringLiteral("uuid: document %1 has no stored content").arg(d.uuid));
        const auto stored = m_spool.checkout(d.filePath); // from a shared spool: a copy of this server's own
        if (!stored)
            return ApiError::internal(stored.error());
        QFile file(stored->path);
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::notFound(QStringLiteral("uuid: document %1 has no stored content").arg(d.uuid));
        const QByteArray type = QMimeDatabase().mimeTypeForFileNameAndData(d.documentName, &file).name().toLatin1();
        ApiResponse response{200, {{"Content-Type", type}}, {}};
        QStringList notApplied;
        for (const char *option : {"copies", "grayscale", "duplex"}) {
            if (p.has(QString::fromLatin1(option)))
                notApplied.append(QString::fromLatin1(option));
        }
        if (!notApplied.isEmpty())
            response.headers.append({"X-ScanFlow-Not-Applied", notApplied.join(QLatin1String(", ")).toLatin1()});
        response.headers.append({QByteArray("X-ScanFlow-Retained"), QByteArray(retain ? "true" : "false")});
        response.bodyFile = stored->path; // sent block by block
        response.bodyFileIsCopy = stored->copy;
        // Printed once the whole file went out; a client that left halfway consumed nothing.
        response.afterSent = [db = &m_db, spool = &m_spool, printed = options.printed, retain]() mutable {
            printed.dateTime = QDateTime::currentMSecsSinceEpoch();
            const QString path = std::exchange(printed.filePath, QString());
            if (retain) { // the document stays ready; the print is a history row of its own
                printed.uuid.clear();
                DocumentRepository(*db).add(printed);
                return;
            }
            // Only a ready document: of two downloads racing, one consumes it.
            if (const auto consumed = DocumentRepository(*db).consume(printed); consumed && *consumed)
                spool->remove(path);
        };
        return response;
    };
}

ApiHandler DocumentController::card()
{
    return [this](const ApiRequest &r) -> ApiResult {
        // "For POST, the parameters must be sent as query parameters": read only the query.
        const QString cardId = r.query.queryItemValue(QStringLiteral("cd"), QUrl::FullyDecoded);
        const QString mac = r.query.queryItemValue(QStringLiteral("Mac"), QUrl::FullyDecoded);
        if (cardId.isEmpty())
            return ApiError::badRequest(QStringLiteral("cd: the card reader ID is missing"));
        if (mac.isEmpty())
            return ApiError::badRequest(QStringLiteral("Mac: the card reader address is missing"));
        const auto user = UserRepository(m_db).byCard(cardId);
        if (!user)
            return ApiError::internal(user.error());
        // One answer for an unknown card and an unknown reader: this is no card-id oracle.
        const auto port = portAt(m_db, mac, QStringLiteral("Mac"));
        if (!user->has_value() || std::holds_alternative<ApiError>(port))
            return ApiError::badRequest(QStringLiteral("cd, Mac: no registered card at a known card reader"));
        const QJsonObject &reader = std::get<QJsonObject>(port);
        const auto ready = DocumentRepository(m_db).ofUser((*user)->providerId, (*user)->userName, {Document::Ready}, 10000);
        if (!ready)
            return ApiError::internal(ready.error());
        const Status s = m_db.transaction([&]() -> Status {
            for (Document d : *ready) {
                m_spool.remove(d.filePath);
                d.filePath.clear();
                d.status = Document::Printed;
                d.outputPortId = reader.value(QStringLiteral("id")).toInteger();
                d.outputPortName = reader.value(QStringLiteral("portName")).toString();
                d.dateTime = QDateTime::currentMSecsSinceEpoch();
                if (const Status u = DocumentRepository(m_db).update(d); !u)
                    return u;
            }
            return Status::success();
        });
        if (!s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("%1 documents released").arg(ready->size())));
    };
}

} // namespace scanflow
