#include "DeliveryFeed.h"

#include "ApiClient.h"

#include <QNetworkReply>

#include <limits>
#include <utility>

namespace scanflow {

namespace {

// Whether cursor `a` is later than `b` ("<ms>" standing for the whole millisecond).
bool later(const QString &a, const QString &b)
{
    if (b.isEmpty())
        return !a.isEmpty();
    const auto place = [](const QString &c) {
        bool ok = false;
        const qint64 ms = c.section(u':', 0, 0).toLongLong(&ok);
        const qint64 id = c.contains(u':') ? c.section(u':', 1).toLongLong() : std::numeric_limits<qint64>::max();
        return std::pair{ok ? ms : -1, id};
    };
    return place(a) > place(b);
}

constexpr int WaitSeconds = 25; // below the usual 30–60 s idle limits of proxies on the way
constexpr int AgainMs = 3000;   // after a failed call
} // namespace

DeliveryFeed::DeliveryFeed(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_again.setSingleShot(true);
    m_again.setInterval(AgainMs);
    connect(&m_again, &QTimer::timeout, this, &DeliveryFeed::poll);
}

DeliveryFeed::~DeliveryFeed()
{
    stop();
}

void DeliveryFeed::follow(const QString &cursor)
{
    if (cursor.isEmpty())
        return;
    const bool started = !m_following;
    m_following = true;
    if (later(cursor, m_cursor))
        m_cursor = cursor;
    if (started)
        poll();
}

void DeliveryFeed::stop()
{
    m_following = false;
    m_cursor.clear(); // the next follow() may be on another server
    m_again.stop();
    if (m_reply)
        m_reply->abort();
}

void DeliveryFeed::poll()
{
    if (!m_following || m_reply)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), m_cursor);
    query.addQueryItem(QStringLiteral("wait"), QString::number(WaitSeconds));
    m_reply = m_api->longPoll(QStringLiteral("/deliveries/changes"), query, WaitSeconds * 1000, this, [this](const ApiReply &reply) {
        m_reply.clear();
        if (!m_following)
            return;
        if (!reply.ok()) {
            m_inTrouble = true;
            emit trouble(reply.errorMessage());
            m_again.start();
            return;
        }
        if (m_inTrouble) {
            m_inTrouble = false;
            emit trouble({});
        }
        const QJsonObject page = reply.object();
        if (const QString c = page.value(QStringLiteral("cursor")).toString(); later(c, m_cursor))
            m_cursor = c;
        const QJsonArray deliveries = page.value(QStringLiteral("deliveries")).toArray();
        if (!deliveries.isEmpty())
            emit changed(deliveries);
        poll();
    });
}

} // namespace scanflow
