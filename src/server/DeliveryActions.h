#pragma once

#include "HandlerPool.h"
#include "Router.h"

#include <QObject>
#include <QSet>

namespace scanflow {

class DeliveryQueue;
class QueueWorker;
class Spool;
struct QueuedDelivery;

// Retry now and Cancel, from the live views:
// POST /deliveries/<id>/retry   a queued file is tried now; a failed one is queued again, its
//                               file brought back from where it was kept as failed
// POST /deliveries/<id>/cancel  a queued file is kept as failed, "cancelled by <who>", never run
// Both run on the queue's thread, where files settle, so a file is never moved by two at once.
class DeliveryActions : public QObject
{
    Q_OBJECT

public:
    DeliveryActions(DeliveryQueue &queue, QueueWorker &worker, Spool &spool, PostWork spoolWork, QObject *parent = nullptr);

    ApiHandler retry();
    ApiHandler cancel();

private:
    // On this object's thread: answers `later`.
    void retryHere(qint64 id, const std::shared_ptr<LaterAnswer> &later);
    void cancelHere(qint64 id, const QString &who, const std::shared_ptr<LaterAnswer> &later);
    // Answers `later`; whether it was queued again.
    bool queueAgain(qint64 id, const std::optional<QString> &spoolRef, const std::shared_ptr<LaterAnswer> &later);
    // Moves a failed delivery's file from where it was kept back to where the delivery reads
    // it (its reason goes); "" or why not.
    QString bringBack(const QueuedDelivery &d) const;

    DeliveryQueue &m_queue;
    QueueWorker &m_worker;
    Spool &m_spool;
    PostWork m_spoolWork;
    QSet<qint64> m_retrying; // getting a new shared copy: a second Retry now waits for the first
};

} // namespace scanflow
