#pragma once

#include "Router.h"

#include <QJsonArray>
#include <QList>
#include <QMutex>

namespace scanflow {

// A built-in destination that records what it receives, so a workflow can be tried before it
// points at a real API: method, path, headers (credentials redacted), and each multipart part
// with its size and SHA-256. It keeps the newest `capacity` requests in memory and answers
// {"received": n, "data": {"id": "T-n", "uploadId": "T-n"}}, which the sample selectors read.
class TestDestination
{
public:
    explicit TestDestination(int capacity = 200) : m_capacity(capacity) {}

    // ANY /testdestination/receive/{*path}, no API key needed: the body (in memory, or spooled
    // by the transport) is read once, in blocks, through the one multipart parser.
    ApiHandler receive();
    ApiHandler list();     // GET /testdestination
    ApiHandler clear();    // DELETE /testdestination

private:
    QMutex m_mutex; // requests arrive on several handler threads
    QList<QJsonObject> m_received; // newest last
    qint64 m_next = 1;
    int m_capacity;
};

} // namespace scanflow
