#pragma once

#include "Trace.h"

#include <QHash>
#include <QMetaType>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scanflow {

// The delivering user and their private data (R4, R6 user-specific values, R15).
struct UserData
{
    QString name;
    QString email;
    QHash<QString, QString> values; // user-specific parameter values, by parameter Key
    bool hasBasicLogin = false;     // user-specific Basic authentication
    QString login;
    QString password;
    QString identity; // whose stored tokens these are (the server's user id); empty: the name
};

// One file to deliver through a workflow.
struct DeliveryJob
{
    QString filePath;
    QString fileName;                       // as the target sees it; default: the file's own name
    QString documentName;                   // default: the file name without its extension
    UserData user;
    QHash<QString, QString> terminalValues; // entered at the device or in Workplace
};

struct DeliveryResult
{
    quint64 id = 0;
    QString filePath;
    bool ok = false;
    QString error;                  // one line, naming the step and the thing that failed
    int failedStep = -1;            // index into the workflow's steps, -1 before any step
    bool transient = false;         // worth retrying later (network, timeout, 408, 429, 5xx)
    bool needsReauthorization = false;
    int retryAfterSeconds = -1;     // from a Retry-After header, when the target sent one
    qint64 elapsedMs = 0;
    qint64 fileSize = 0;
    QList<TraceEntry> trace;        // every request and response, redacted (R13)

    // One JSON object per file, as `scanflowd deliver` prints it.
    QJsonObject toJson(bool withTrace = false) const;
};

} // namespace scanflow

Q_DECLARE_METATYPE(scanflow::DeliveryResult)
