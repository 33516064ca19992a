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

void DeliveryWatch::whenChanged(qint64 sinceMs, QDeadlineTimer deadline, std::function<void(bool)> then)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped) {
        lock.unlock();
        QMetaObject::invokeMethod(this, [then = std::move(then)] { then(false); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({sinceMs, deadline, std::move(then)});
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
        if (last && *last > w.sinceMs)
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
