#pragma once

#include "DeliveryQueue.h"
#include "HandlerPool.h"
#include "Spool.h"
#include "WorkflowRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace scanflow {

// The watched inbox: a file dropped into inbox/<workflow name>/ is queued for delivery once it
// is fully written (same size and time on two looks, and old enough), with an optional sidecar
// <file>.json: {"user": "alice", "documentName": "…", "terminal": {"costCenter": "CC-1"}}.
// The file is queued first and moved to <workflow>/.queued/ second, so a crash in between
// leaves it queued or still in the inbox, never neither. It ends in done/ or in failed/ with
// <name>.reason.txt beside it. With a shared spool a copy of the file goes there before it is
// queued, so any server may deliver it; the file itself stays here, and this server moves it
// to done/ or failed/ when the delivery ends, wherever it ran.
class Inbox : public QObject
{
    Q_OBJECT

public:
    Inbox(QString root, Database &db, QObject *parent = nullptr);

    void setSettleMs(int ms) { m_settleMs = ms; }
    // Takes no more files (a server that drains); what was queued stays queued.
    void stop() { m_timer.stop(); }
    // Whether a sidecar may name the user a file is delivered for. Off, a file whose sidecar
    // names one is kept as failed: anyone who can write the folder could otherwise send scans
    // with another person's private credentials.
    void setTrustsUsers(bool trusts) { m_trustsUsers = trusts; }
    // A shared spool, and where its copying runs (not on this thread: a big file takes seconds).
    void setSpool(Spool *spool, PostWork post)
    {
        m_spool = spool;
        m_post = std::move(post);
    }
    Status start(int scanMs = 1000);
    QString root() const { return m_root; }
    // Makes inbox/<name>/ for a workflow made or renamed after the start (names that cannot be
    // one folder, with "/" or a leading ".", get none).
    void ensureFolder(const QString &workflowName);
    void onSettled(const scanflow::QueuedDelivery &delivery, bool delivered, const QString &reason);

signals:
    void queued();

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
    };
    void scan();
    void recover();
    void take(const QString &workflowDir, qint64 workflowId, const QString &path);
    void queue(const QString &path, const QString &target, NewDelivery delivery);
    // Files in .queued/ whose delivery another server ended.
    void settleElsewhere();
    // Where the file went; empty when it could not be moved.
    QString finish(const QString &path, const QString &folder, const QString &reason);

    QString m_root;
    DeliveryQueue m_queue;
    WorkflowRepository m_workflows;
    QTimer m_timer;
    int m_settleMs = 1000;
    bool m_trustsUsers = false;
    Database &m_db;
    QHash<QString, Seen> m_seen;
    QSet<QString> m_unknownFolders; // said once
    Spool *m_spool = nullptr;
    PostWork m_post;
    QSet<QString> m_taking; // being copied into the shared spool
    QElapsedTimer m_lastSettle; // settleElsewhere()
};

// Writes <filePath>.reason.txt in one piece (a failed file's reason, for people to read).
void writeReason(const QString &filePath, const QString &reason);

} // namespace scanflow
