#include "LoginThrottle.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcThrottle, "scanflow.server.login", QtInfoMsg)

namespace scanflow {

namespace {

// Identifiers and addresses are kept by their digest: a mistyped password in the user field
// is not written down.
QString digest(const QString &subject)
{
    return QString::fromLatin1(QCryptographicHash::hash(subject.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

void LoginThrottle::count(Window &w, qint64 windowMs, qint64 nowMs)
{
    if (nowMs - w.startMs >= windowMs)
        w = {0, nowMs};
    ++w.count;
}

qint64 LoginThrottle::lockMs(int failures) const
{
    if (failures < m_settings.freeFailuresPerId)
        return 0;
    const int doublings = std::min(failures - m_settings.freeFailuresPerId, 9);
    return std::min<qint64>(m_settings.maxLockSeconds, qint64(2) << doublings) * 1000; // 2, 4, 8 … s
}

void LoginThrottle::succeeded(const QString &id)
{
    if (m_shared) {
        QSqlQuery q = m_shared->query(QStringLiteral("DELETE FROM login_failures WHERE kind = 'id' AND subject = ?"));
        q.addBindValue(digest(id));
        m_shared->exec(q, QStringLiteral("clearing failed logins"));
        return;
    }
    const QMutexLocker lock(&m_mutex);
    m_ids.remove(id);
}

std::optional<qint64> LoginThrottle::wait(const QString &id, const QString &address, qint64 nowMs) const
{
    if (m_shared)
        return waitShared(id, address, nowMs);
    const QMutexLocker lock(&m_mutex);
    qint64 untilMs = 0;
    if (const auto it = m_ids.constFind(id); it != m_ids.cend())
        untilMs = it->lockedUntilMs;
    if (const auto it = m_addresses.constFind(address); it != m_addresses.cend()
        && it->count >= m_settings.failuresPerAddress && nowMs - it->startMs < m_settings.addressWindowSeconds * 1000)
        untilMs = std::max(untilMs, it->startMs + m_settings.addressWindowSeconds * 1000);
    if (m_overall.count >= m_settings.failuresOverall && nowMs - m_overall.startMs < m_settings.overallWindowSeconds * 1000)
        untilMs = std::max(untilMs, m_overall.startMs + m_settings.overallWindowSeconds * 1000);
    if (untilMs <= nowMs)
        return std::nullopt;
    return (untilMs - nowMs + 999) / 1000;
}

void LoginThrottle::failed(const QString &id, const QString &address, qint64 nowMs)
{
    if (m_shared) {
        failedShared(id, address, nowMs);
        return;
    }
    const QMutexLocker lock(&m_mutex);
    count(m_addresses[address], m_settings.addressWindowSeconds * 1000, nowMs);
    count(m_overall, m_settings.overallWindowSeconds * 1000, nowMs);
    Failures &f = m_ids[id];
    ++f.count;
    f.lastMs = nowMs;
    if (const qint64 lockedMs = lockMs(f.count); lockedMs > 0)
        f.lockedUntilMs = nowMs + lockedMs;
    if (m_ids.size() > m_settings.maxTrackedIds || m_addresses.size() > m_settings.maxTrackedIds)
        evict(nowMs);
}

void LoginThrottle::evict(qint64 nowMs)
{
    // An identifier is forgotten once it has been quiet for the longest lock after its lock
    // ended; an address once its window has passed.
    const qint64 quietMs = m_settings.maxLockSeconds * 1000;
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (std::max(it->lockedUntilMs, it->lastMs) + quietMs < nowMs)
            it = m_ids.erase(it);
        else
            ++it;
    }
    for (auto it = m_addresses.begin(); it != m_addresses.end();) {
        if (nowMs - it->startMs >= m_settings.addressWindowSeconds * 1000)
            it = m_addresses.erase(it);
        else
            ++it;
    }
    // Still too many live ones: the tenth that failed longest ago go, unlocked ones first, so a
    // flood of made-up ids cannot push out a locked account.
    if (m_ids.size() > m_settings.maxTrackedIds) {
        QList<std::pair<std::pair<bool, qint64>, QString>> byAge;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            byAge.append({{it->lockedUntilMs > nowMs, it->lastMs}, it.key()});
        std::sort(byAge.begin(), byAge.end());
        const qsizetype drop = m_ids.size() - m_settings.maxTrackedIds * 9 / 10;
        for (qsizetype i = 0; i < drop; ++i)
            m_ids.remove(byAge.at(i).second);
    }
    if (m_addresses.size() > m_settings.maxTrackedIds) {
        QList<std::pair<qint64, QString>> byAge;
        for (auto it = m_addresses.cbegin(); it != m_addresses.cend(); ++it)
            byAge.append({it->startMs, it.key()});
        std::sort(byAge.begin(), byAge.end());
        const qsizetype drop = m_addresses.size() - m_settings.maxTrackedIds * 9 / 10;
        for (qsizetype i = 0; i < drop; ++i)
            m_addresses.remove(byAge.at(i).second);
    }
}

std::optional<qint64> LoginThrottle::waitShared(const QString &id, const QString &address, qint64 nowMs) const
{
    QSqlQuery q = m_shared->query(QStringLiteral(
        "SELECT kind, count, started_at, locked_until FROM login_failures"
        " WHERE (kind = 'id' AND subject = ?) OR (kind = 'address' AND subject = ?) OR (kind = 'overall' AND subject = '')"));
    q.addBindValue(digest(id));
    q.addBindValue(digest(address));
    if (const Status s = m_shared->exec(q, QStringLiteral("reading failed logins")); !s) {
        qCWarning(lcThrottle).noquote() << s.error();
        return m_settings.maxLockSeconds; // unknown: wait rather than let guesses through uncounted
    }
    qint64 untilMs = 0;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const int count = q.value(1).toInt();
        const qint64 started = q.value(2).toLongLong();
        if (kind == QLatin1String("id"))
            untilMs = std::max(untilMs, q.value(3).toLongLong());
        else if (kind == QLatin1String("address") && count >= m_settings.failuresPerAddress && nowMs - started < m_settings.addressWindowSeconds * 1000)
            untilMs = std::max(untilMs, started + m_settings.addressWindowSeconds * 1000);
        else if (kind == QLatin1String("overall") && count >= m_settings.failuresOverall && nowMs - started < m_settings.overallWindowSeconds * 1000)
            untilMs = std::max(untilMs, started + m_settings.overallWindowSeconds * 1000);
    }
    if (untilMs <= nowMs)
        return std::nullopt;
    return (untilMs - nowMs + 999) / 1000;
}

void LoginThrottle::failedShared(const QString &id, const QString &address, qint64 nowMs)
{
    // One statement per count, atomic on its row whichever server runs it: a window that has
    // passed starts again at one.
    const auto bump = [&](const QString &kind, const QString &subject, qint64 windowMs) -> int {
        QSqlQuery q = m_shared->query(QStringLiteral(
            "INSERT INTO login_failures (kind, subject, count, started_at, last_at) VALUES (?, ?, 1, ?, ?)"
            " ON CONFLICT (kind, subject) DO UPDATE SET"
            " count = CASE WHEN ? - login_failures.started_at >= ? THEN 1 ELSE login_failures.count + 1 END,"
            " started_at = CASE WHEN ? - login_failures.started_at >= ? THEN ? ELSE login_failures.started_at END,"
            " last_at = ? RETURNING count"));
        for (const QVariant &v : {QVariant(kind), QVariant(subject), QVariant(nowMs), QVariant(nowMs), QVariant(nowMs), QVariant(windowMs),
                                  QVariant(nowMs), QVariant(windowMs), QVariant(nowMs), QVariant(nowMs)})
            q.addBindValue(v);
        if (const Status s = m_shared->exec(q, QStringLiteral("counting a failed login")); !s) {
            qCWarning(lcThrottle).noquote() << s.error();
            return 0;
        }
        return q.next() ? q.value(0).toInt() : 0;
    };
    bump(QStringLiteral("address"), digest(address), m_settings.addressWindowSeconds * 1000);
    bump(QStringLiteral("overall"), QString(QLatin1String("")), m_settings.overallWindowSeconds * 1000);
    // An identifier's count never restarts by itself (its window is the longest lock, below).
    const int failures = bump(QStringLiteral("id"), digest(id), qint64(1) << 50);
    if (const qint64 lock = lockMs(failures); lock > 0) {
        QSqlQuery q = m_shared->query(QStringLiteral("UPDATE login_failures SET locked_until = ? WHERE kind = 'id' AND subject = ?"));
        q.addBindValue(nowMs + lock);
        q.addBindValue(digest(id));
        if (const Status s = m_shared->exec(q, QStringLiteral("locking an identifier")); !s)
            qCWarning(lcThrottle).noquote() << s.error();
    }
    if (m_sharedFailures.fetch_add(1) % 256 == 255) {
        // As evict(): an identifier quiet for the longest lock after its lock ended, a window that passed.
        QSqlQuery q = m_shared->query(QStringLiteral(
            "DELETE FROM login_failures WHERE (kind = 'id' AND CASE WHEN locked_until > last_at THEN locked_until ELSE last_at END < ?)"
            " OR (kind = 'address' AND started_at <= ?) OR (kind = 'overall' AND started_at <= ?)"));
        q.addBindValue(nowMs - m_settings.maxLockSeconds * 1000);
        q.addBindValue(nowMs - m_settings.addressWindowSeconds * 1000);
        q.addBindValue(nowMs - m_settings.overallWindowSeconds * 1000);
        if (const Status s = m_shared->exec(q, QStringLiteral("forgetting old failed logins")); !s)
            qCWarning(lcThrottle).noquote() << s.error();
    }
}

} // namespace scanflow
