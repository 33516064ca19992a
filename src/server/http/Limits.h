#pragma once

#include "RequestParser.h"
#include "Result.h"

#include <QJsonObject>

namespace scanflow::http {

// Everything a client controls, bounded. scanflowd.json's "http" object names each one
// (docs/api.md, "Limits"); the defaults suit a site's server.
struct Limits
{
    ParserLimits parser;
    int headTimeoutMs = 10000;              // the whole head, from the request's first byte (408)
    int minBodyBytesPerSecond = 4096;       // averaged over each bodyRateWindowMs (408)
    int bodyRateWindowMs = 10000;
    int idleTimeoutMs = 60000;              // a keep-alive connection between requests
    int maxRequestsPerConnection = 1000;    // then "Connection: close"
    int maxConnections = 512;               // in all (then 503 and close)
    int maxConnectionsPerAddress = 64;      // from one client address (then 503 and close)
    qint64 readAheadBytes = 64 * 1024;      // read while an answer is made or written; then the socket waits
    qint64 writeBufferBytes = 1024 * 1024;  // answers not yet taken by the client; then no next request is read
    qint64 unauthenticatedBodyBytes = 64 * 1024; // the body of a request on an open route
    qint64 spoolThresholdBytes = 1024 * 1024;    // bigger bodies (where big ones are allowed) go to disk

    // {"headTimeoutMs": 10000, "maxConnectionsPerAddress": 64, …}; errors name the field.
    static Result<Limits> fromJson(const QJsonObject &json, Limits defaults);
};

} // namespace scanflow::http
