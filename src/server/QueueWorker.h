#pragma once

#include "DeliveryEngine.h"
#include "DeliveryQueue.h"
#include "HandlerPool.h"
#include "Spool.h"
#include "WorkflowService.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace scanflow {

struct QueueSettings
{
    int maxConcurrent = 4;
    int pollMs = 500;
    qint64 leaseMs = 60 * 1000;       // a server killed for good holds its files at most this long (renewed at every poll)
    int requestTimeoutMs = 60000;
    int drainMs = 30000;              // SIGTERM: how long running deliveries may finish
    RetryPolicy retry;
};

// Takes due deliveries from the durable queue, runs them through the delivery engine with the
// workflow's sealed secrets and the user's private data, and records each outcome: delivered,
// queued again after a transient failure, or kept as failed with the reason (R17).
class QueueWorker : public QObject
{
    Q_OBJECT

public:
    QueueWorker(Database &db, WorkflowService &workflows, SecretStore &secrets, TokenStore &tokens,
                QueueSettings settings, QObject *parent = nullptr);

    // Deliveries from a shared spool are read back into a local copy through `post` (not on
    // this thread: a big file takes seconds).
    void setSpool(Spool *spool, PostWork post)
    {
        m_spool = spool;
        m_post = std::move(post);
    }
    // This server's id, recorded on each delivery it claims; what it ran before a crash is
    // handed back at the start.
    void setNodeId(const QString &id);
    void start();
    void kick(); // something was queued: look now rather than at the next poll
    // SIGTERM: claims nothing more; once what runs has finished, or after `timeoutMs`, hands
    // back what still runs (queued again, for any server) and calls `done`.
    void drain(int timeoutMs, std::function<void()> done);
    QList<qint64> running() const;
    bool draining() const { return m_draining; }

signals:
    // A delivery reached its end: delivered, or failed for good with the reason.
    void settled(const scanflow::QueuedDelivery &delivery, bool delivered, const QString &reason);

private:
    void poll();
    void run(const QueuedDelivery &d);
    void submit(const QueuedDelivery &d, const Workflow &workflow, const QString &path, bool copy);
    void fetched(qint64 id, const Result<Spool::Checkout> &copy);
    UserData userData(qint64 workflowId, const QueuedDelivery &delivery);
    void onFinished(const DeliveryResult &result);
    void drained();

    Database &m_db;
    DeliveryQueue m_queue;
    WorkflowService &m_workflows;
    SecretStore &m_secrets;
    QueueSettings m_settings;
    DeliveryEngine m_engine;
    QTimer m_timer;
    QHash<quint64, QueuedDelivery> m_running; // by engine id
    QHash<quint64, QString> m_copies;         // by engine id: local copies of spooled files, removed after
    struct Fetching
    {
        QueuedDelivery delivery;
        Workflow workflow; // as loaded when it was claimed
    };
    QHash<qint64, Fetching> m_fetching; // by delivery id: being read back from the spool
    Spool *m_spool = nullptr;
    PostWork m_post;
    QString m_nodeId;
    bool m_draining = false;
    std::function<void()> m_drained;
};

} // namespace scanflow
