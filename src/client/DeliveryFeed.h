#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace scanflow {

class ApiClient;

// The deliveries as they change, for the live views: follows GET /deliveries/changes from a
// cursor (a long-poll, one connection for every view of the window) and says what changed.
// A delivery may come again with the same state (the server repeats the second before its
// cursor); a view takes each as the delivery's latest state. When the server cannot be
// reached it tries again every few seconds, and says so.
class DeliveryFeed : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryFeed(ApiClient *api, QObject *parent = nullptr);
    ~DeliveryFeed() override;

    // Follows the changes after `cursor` (from GET /deliveries); a later call moves the
    // cursor only forward, so two views that load their pages at different times share it.
    void follow(const QString &cursor);
    // Stops and forgets the cursor (the window connects to another server).
    void stop();
    bool following() const { return m_following; }
    QString cursor() const { return m_cursor; }

signals:
    void changed(const QJsonArray &deliveries);
    // The server did not answer (the text says why), or answers again (empty).
    void trouble(const QString &why);

private:
    void poll();

    ApiClient *m_api;
    QPointer<QNetworkReply> m_reply;
    QTimer m_again;
    QString m_cursor; // the server's, "<ms>" or "<ms>:<id>"; empty before the first
    bool m_following = false;
    bool m_inTrouble = false;
};

} // namespace scanflow
