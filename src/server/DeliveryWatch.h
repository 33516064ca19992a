#pragma once

#include "DeliveryQueue.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <mutex>

namespace scanflow {

// What the live views wait on (GET /deliveries/changes): a caller asks to be told once a
// delivery has changed after its cursor, or at its deadline. One look at the newest change
// every quarter of a second serves every waiting caller, and sees the changes of every server
// that shares the database, not only this one's.
class DeliveryWatch : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryWatch(Database &db, QObject *parent = nullptr);
    ~DeliveryWatch() override;

    // At most this many wait at once (each holds a connection, so the connection limits bound
    // them first; a caller that went away is answered at its deadline, at most 60 s on).
    static constexpr int MaxWaiting = 1024;

    // Runs `then` on this object's thread: with true once a delivery changed after `after`,
    // with false at `deadline` or at stop(). Any thread may call it; false when it will not
    // wait (stopped, or too many waiting): the caller answers now.
    bool whenChanged(const DeliveryQueue::Place &after, QDeadlineTimer deadline, std::function<void(bool changed)> then);
    // A server that drains: every waiting caller is answered now.
    void stop();
    bool stopped() const;
    int waiting() const;

private:
    struct Waiter
    {
        DeliveryQueue::Place after;
        QDeadlineTimer deadline;
        std::function<void(bool)> then;
    };
    void look();

    DeliveryQueue m_queue;
    QTimer m_timer;
    mutable std::mutex m_mutex; // whenChanged() comes from the handler threads
    QList<Waiter> m_waiters;
    bool m_stopped = false;
};

} // namespace scanflow
