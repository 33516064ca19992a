#pragma once

#include "PageToken.h"

#include "Router.h"

namespace scanflow {

class Database;
class Spool;
template <typename Text> struct DocumentOf;
using Document = DocumentOf<QString>;

// /documents: a user's documents, the history report with paging, recording a job, uploading,
// deleting, releasing to an output port, downloading; and /card, which releases a card
// holder's documents at a printer.
class DocumentController
{
public:
    // A document's file is kept in `spool` (shared by every server on the database, or this
    // server's `storageDir`).
    DocumentController(Database &db, QString storageDir, Spool &spool, PageToken pageTokens)
        : m_db(db), m_dir(std::move(storageDir)), m_spool(spool), m_pageTokens(std::move(pageTokens)) {}

    ApiHandler list();      // GET /documents (user token)
    ApiHandler history();   // GET /documents/history
    ApiHandler record();    // POST /documents/history
    ApiHandler upload();    // PUT /documents (multipart)
    ApiHandler remove();    // DELETE /documents/{uuid}
    ApiHandler release();   // POST /documents/{uuid}/{address}
    ApiHandler download();  // GET /documents/{uuid}.content
    ApiHandler card();      // GET, POST /card?cd=&Mac=

private:
    std::variant<Document, ApiError> owned(const ApiRequest &r, const QString &uuid, const QString &permission);
    Database &m_db;
    QString m_dir;
    Spool &m_spool;
    PageToken m_pageTokens; // the history's (L4)
};

} // namespace scanflow
