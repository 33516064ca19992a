#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace scanflow {

class ApiClient;
class DeliveryChart;
class DeliveryFeed;
class DeliveryList;

// Delivery history (GET /deliveries): newest first, a page at a time, filtered by state, and
// live: what changes after the page was read shows within a second, without Reload. The chart
// of deliveries per day by status over what is loaded, and the trace of the selected file.
class DeliveryHistoryPage : public QWidget
{
    Q_OBJECT

public:
    DeliveryHistoryPage(ApiClient *api, DeliveryFeed *feed, QWidget *parent = nullptr);
    void reload();
    DeliveryList *list() const { return m_list; }
    DeliveryChart *chart() const { return m_chart; }
    void setWorkflowNames(const QHash<qint64, QString> &names);

signals:
    void loaded();
    void message(const QString &text);

private:
    void loadPage(const QString &pageToken);
    void updateChart();

    ApiClient *m_api;
    DeliveryFeed *m_feed;
    QComboBox *m_state;
    DeliveryList *m_list;
    QPushButton *m_more;
    QLabel *m_count;
    DeliveryChart *m_chart;
    QString m_nextPage;
    int m_generation = 0; // a reload forgets the pages of the one before
};

} // namespace scanflow
