#include "DeliveryFeed.h"

#include "ApiClient.h"

#include <QNetworkReply>

namespace scanflow {

namespace {
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
    bool ok = false;
    const qint64 c = cursor.toLongLong(&ok);
    if (!ok)
        return;
    const bool started = !m_following;
    m_following = true;
    if (c > m_cursor)
        m_cursor = c;
    if (started)
        poll();
}

void DeliveryFeed::stop()
{
    m_following = false;
    m_cursor = -1; // the next follow() may be on another server
    m_again.stop();
    if (m_reply)
        m_reply->abort();
}

void DeliveryFeed::poll()
{
    if (!m_following || m_reply)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_cursor));
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
        bool ok = false;
        const qint64 c = page.value(QStringLiteral("cursor")).toString().toLongLong(&ok);
        if (ok && c > m_cursor)
            m_cursor = c;
        const QJsonArray deliveries = page.value(QStringLiteral("deliveries")).toArray();
        if (!deliveries.isEmpty())
            emit changed(deliveries);
        poll();
    });
}

} // namespace scanflow
