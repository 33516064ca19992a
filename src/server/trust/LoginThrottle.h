#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace scanflow {

class Database;

// How many failed logins are let through before the next ones wait.
struct ThrottleSettings
{
    int freeFailuresPerId = 5;          // then 2, 4, 8 … s per further failure, up to maxLockSeconds
    qint64 maxLockSeconds = 300;
    int failuresPerAddress = 30;        // per client address, in any window of addressWindowSeconds
    qint64 addressWindowSeconds = 300;
    int failuresOverall = 1000;         // across every client: a spray from many addresses
    qint64 overallWindowSeconds = 60;
    int maxTrackedIds = 100000;         // the oldest entries go first, never every entry at once
};

// Failed logins, counted three ways so an attacker can neither guess one account's secret
// quickly, nor spray one guess over every account (or every card id, where the id is the
// secret), nor wipe the counts by flooding: per identifier, per client address, and overall.
// Entries expire; when there are too many, the oldest go.
//
// With several servers on one database (`shared`), the counts are kept in it (login_failures,
// identifiers by their SHA-256 only), so an attacker gains nothing by spreading guesses over
// the servers behind a load balancer.
class LoginThrottle
{
public:
    explicit LoginThrottle(ThrottleSettings settings = {}, Database *shared = nullptr) : m_settings(settings), m_shared(shared) {}

    // Seconds to wait before `id` may be tried from `address`, or nothing.
    std::optional<qint64> wait(const QString &id, const QString &address, qint64 nowMs) const;
    void failed(const QString &id, const QString &address, qint64 nowMs);
    // A success clears the identifier's count, not the address's: a correct password between
    // many wrong ones does not reset a spray.
    void succeeded(const QString &id);
    qsizetype trackedIds() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_ids.size();
    }

private:
    struct Failures
    {
        int count = 0;
        qint64 lastMs = 0;
        qint64 lockedUntilMs = 0;
    };
    struct Window
    {
        int count = 0;
        qint64 startMs = 0;
    };
    static void count(Window &w, qint64 windowMs, qint64 nowMs);
    void evict(qint64 nowMs);
    // The seconds of lock after a count of failures, 0 while they are free.
    qint64 lockMs(int failures) const;
    std::optional<qint64> waitShared(const QString &id, const QString &address, qint64 nowMs) const;
    void failedShared(const QString &id, const QString &address, qint64 nowMs);

    ThrottleSettings m_settings;
    Database *m_shared = nullptr;
    mutable std::atomic<int> m_sharedFailures{0}; // every so many, the stale rows go
    mutable QMutex m_mutex; // logins are checked on several handler threads
    QHash<QString, Failures> m_ids;
    QHash<QString, Window> m_addresses;
    Window m_overall;
};

} // namespace scanflow
