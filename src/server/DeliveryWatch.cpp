#include "DeliveryWatch.h"

#include <QLoggingCategory>

namespace scanflow {

Q_LOGGING_CATEGORY(lcWatch, "scanflow.server.watch", QtInfoMsg)

namespace {
// How often the newest change is read while someone waits: a change shows in a live view
// within this, plus the answer's way back.
constexpr int LookMs = 250;
} // namespace

DeliveryWatch::DeliveryWatch(Database &db, QObject *parent) : QObject(parent), m_queue(db)
{
    m_timer.setInterval(LookMs);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryWatch::look);
    m_timer.start();
}

DeliveryWatch::~DeliveryWatch()
{
    stop();
}

bool DeliveryWatch::whenChanged(const DeliveryQueue::Place &after, QDeadlineTimer deadline, std::function<void(bool)> then)
{
    const std::lock_guard lock(m_mutex);
    if (m_stopped || m_waiters.size() >= MaxWaiting)
        return false;
    m_waiters.append({after, deadline, std::move(then)});
    return true;
}

bool DeliveryWatch::stopped() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

void DeliveryWatch::stop()
{
    QList<Waiter> all;
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        all.swap(m_waiters);
    }
    m_timer.stop();
    for (const Waiter &w : std::as_const(all))
        w.then(false);
}

int DeliveryWatch::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_waiters.size());
}

void DeliveryWatch::look()
{
    QList<Waiter> waiting;
    {
        const std::lock_guard lock(m_mutex);
        if (m_waiters.isEmpty())
            return; // nobody waits: no query
        waiting.swap(m_waiters);
    }
    const Result<qint64> last = m_queue.lastChange();
    if (!last)
        qCWarning(lcWatch).noquote() << last.error(); // the waiters are answered at their deadline
    QList<Waiter> still;
    for (Waiter &w : waiting) {
        // Newer than its place, or in its very millisecond and after it (rare: look again).
        const auto sameMs = [&] { const auto more = m_queue.hasChangeAfter(w.after); return more && *more; };
        if (last && (*last > w.after.ms || (*last == w.after.ms && sameMs())))
            w.then(true);
        else if (w.deadline.hasExpired())
            w.then(false);
        else
            still.append(std::move(w));
    }
    const std::lock_guard lock(m_mutex);
    m_waiters.append(still); // beside those that came meanwhile
}

} // namespace scanflow
