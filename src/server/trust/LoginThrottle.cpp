#include "LoginThrottle.h"

#include <algorithm>

namespace scanflow {

void LoginThrottle::count(Window &w, qint64 windowMs, qint64 nowMs)
{
    if (nowMs - w.startMs >= windowMs)
        w = {0, nowMs};
    ++w.count;
}

std::optional<qint64> LoginThrottle::wait(const QString &id, const QString &address, qint64 nowMs) const
{
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
    const QMutexLocker lock(&m_mutex);
    count(m_addresses[address], m_settings.addressWindowSeconds * 1000, nowMs);
    count(m_overall, m_settings.overallWindowSeconds * 1000, nowMs);
    Failures &f = m_ids[id];
    ++f.count;
    f.lastMs = nowMs;
    if (f.count >= m_settings.freeFailuresPerId) {
        const int doublings = std::min(f.count - m_settings.freeFailuresPerId, 9);
        f.lockedUntilMs = nowMs + std::min<qint64>(m_settings.maxLockSeconds, qint64(2) << doublings) * 1000; // 2, 4, 8 … s
    }
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

} // namespace scanflow
