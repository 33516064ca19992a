#pragma once

#include "Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

class QSqlQuery;

namespace scanflow {

// When a transient failure (network, timeout, 408, 429, 5xx) is tried again.
struct RetryPolicy
{
    int maxAttempts = 8;
    qint64 baseDelayMs = 5000;
    qint64 maxDelayMs = 60 * 60 * 1000;
};

// Exponential backoff with jitter: attempt n waits between half and all of base·2^(n−1)
// (capped), and never less than the target's Retry-After. `random01` is in [0, 1).
qint64 retryDelayMs(const RetryPolicy &policy, int attempt, int retryAfterSeconds, double random01);

// A file to queue: where it is, and what the target should call it.
struct NewDelivery
{
    qint64 workflowId = 0;
    QString filePath;
    QString fileName;        // as delivered; default: the file's own name
    QString documentName;
    QString userName;
    QHash<QString, QString> terminalValues;
    qint64 providerId = 1;   // the user's authentication provider: a user is (provider, name)
    qint64 connectorId = 0;  // the workflow's scan connector, which its document records
    QString spoolRef = {};   // a shared copy of filePath that any server delivers from (Spool)
    qint64 fileSize = -1;    // default: the size of the file at filePath
};

struct QueuedDelivery
{
    qint64 id = 0;
    qint64 workflowId = 0;
    QString filePath;
    QString fileName;
    QString documentName;
    QString userName;
    QHash<QString, QString> terminalValues;
    QString state;        // queued, running, delivered, failed
    int attempts = 0;     // deliveries started so far
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 providerId = 1;
    QString spoolRef;     // deliver from this shared copy when set, else from filePath
    QString nodeId;       // the server that runs it, or last ran it
    QString keptPath;     // failed: where its file was kept (failed/…), for Retry now to bring back
};

// One delivery as history shows it.
struct DeliveryRecord
{
    QueuedDelivery delivery;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QByteArray trace; // JSON array of trace entries, already redacted
};

struct HistoryFilter
{
    std::optional<qint64> workflowId;
    QString state;        // empty: any
    QString userName;     // empty: any
    qint64 beforeId = 0;  // paging: only ids below this (0: from the newest)
    int limit = 50;
};

// The durable queue: a file stays in it until it is delivered or kept as failed with a reason.
// A claimed delivery holds a lease; when the server dies mid-delivery the lease runs out and the
// delivery is claimed again, so every file is delivered at least once.
class DeliveryQueue
{
public:
    explicit DeliveryQueue(Database &db, QString nodeId = {}) : m_db(db), m_nodeId(std::move(nodeId)) {}
    void setNodeId(const QString &id) { m_nodeId = id; }

    Result<qint64> enqueue(const NewDelivery &delivery, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // Up to `limit` due deliveries (queued and due, or running with an expired lease), now
    // running under a lease of `leaseMs`. Two claimers never get the same delivery.
    Result<QList<QueuedDelivery>> claim(int limit, qint64 leaseMs, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    Status complete(qint64 id, const QByteArray &trace, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // A transient failure is queued again after retryDelayMs() while attempts remain; anything
    // else is kept as failed with the reason. Only while this server runs it (see the body).
    Status fail(qint64 id, const QString &error, const QByteArray &trace, bool transient, int retryAfterSeconds,
                const RetryPolicy &policy, double random01, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    Result<std::optional<QueuedDelivery>> get(qint64 id);
    // Extends the lease of deliveries still running, so a long upload is not claimed twice.
    Status renew(const QList<qint64> &ids, qint64 leaseMs, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // Hands running deliveries back: queued again, due now, for any server, and the attempt
    // they were in is not counted (a server that drains on SIGTERM).
    Status release(const QList<qint64> &ids, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // A server that starts again hands back what it was running when it stopped: nobody runs it
    // any more, so it need not wait for its lease to run out. Gives how many.
    Result<int> releaseNode(const QString &nodeId, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // Of these files, those whose newest delivery has ended, delivered or failed: an inbox's
    // files another server delivered.
    Result<QList<QueuedDelivery>> settledAmong(const QStringList &filePaths);
    // Whether a queued or running delivery holds this file (startup recovery of the inbox).
    Result<bool> isPending(const QString &filePath);
    // Newest first; one more than `limit` tells the caller there is another page.
    Result<QList<DeliveryRecord>> history(const HistoryFilter &filter);
    Result<std::optional<DeliveryRecord>> record(qint64 id);
    // The newest delivery of this file, whatever its state.
    Result<std::optional<QueuedDelivery>> latestFor(const QString &filePath);

    // The live views' feed. A change is placed by (updated_at, id): what changed after that
    // place, oldest first, no traces; those of the last `windowMs` up to and at it (which the
    // feed sends again); whether anything changed after it; the time of the newest change.
    struct Place
    {
        qint64 ms = 0;
        qint64 id = std::numeric_limits<qint64>::max(); // all of that millisecond
    };
    Result<QList<DeliveryRecord>> changedAfter(const Place &place, int limit);
    Result<QList<DeliveryRecord>> changedUpTo(const Place &place, qint64 windowMs, int limit);
    Result<bool> hasChangeAfter(const Place &place);
    Result<qint64> lastChange();
    // Per workflow: queued and running now, and delivered and failed since `sinceMs`.
    struct Counts
    {
        int queued = 0, running = 0, delivered = 0, failed = 0;
    };
    Result<QHash<qint64, Counts>> counts(qint64 sinceMs);
    // Retry now: a queued delivery becomes due now; a failed one is queued again, due now,
    // with its attempts counted from zero (its file must be back at filePath first, and
    // `spoolRef` names its new shared copy where it has one). Gives the delivery as it is now;
    // fails on one that is running or delivered.
    Result<QueuedDelivery> retryNow(qint64 id, const std::optional<QString> &spoolRef = std::nullopt,
                                    qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
    // Where a failed delivery's file was moved to be kept (its name may differ from the one it
    // came with: "scan (2).pdf"); Retry now takes it from exactly there.
    Status setKeptPath(qint64 id, const QString &path);
    // A queued delivery is kept as failed with `reason`, never run; fails on any other state.
    Result<QueuedDelivery> cancel(qint64 id, const QString &reason, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

private:
    // The SCAN document that stands for a delivery in the history: 5 RECEIVED, 9 STORED, 4 FAILED.
    Status settleDocument(qint64 deliveryId, int status);
    // After an UPDATE of one delivery's state: the delivery as it is now, or `refusal` when the
    // update changed nothing (it was in another state); its document takes `documentStatus`.
    Result<QueuedDelivery> changedBy(const QSqlQuery &update, qint64 id, const QString &refusal, int documentStatus);
    Database &m_db;
    QString m_nodeId; // recorded on what this server claims
};

} // namespace scanflow
