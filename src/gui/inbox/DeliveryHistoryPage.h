#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace scanflow {

class ApiClient;
class DeliveryChart;
class TraceView;

// Delivery history (GET /deliveries): newest first, a page at a time, filtered by state; the
// chart of deliveries per day by status over what is loaded, and the trace of the selected file.
class DeliveryHistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveryHistoryPage(ApiClient *api, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    DeliveryChart *chart() const { return m_chart; }
    TraceView *trace() const { return m_trace; }

signals:
    void loaded();

private:
    void loadPage(const QString &pageToken);
    void showTrace(int row);
    void updateChart();

    ApiClient *m_api;
    QComboBox *m_state;
    QTableWidget *m_table;
    QPushButton *m_more;
    QLabel *m_count;
    DeliveryChart *m_chart;
    TraceView *m_trace;
    QString m_nextPage;
};

} // namespace scanflow
