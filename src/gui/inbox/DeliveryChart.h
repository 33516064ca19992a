#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace scanflow {

// Deliveries per day by status, as stacked bars (delivered green, failed red, waiting grey),
// for the days the history holds.
class DeliveryChart : public QWidget
{
    Q_OBJECT

public:
    struct Day
    {
        int delivered = 0;
        int failed = 0;
        int waiting = 0; // queued or running
    };

    explicit DeliveryChart(QWidget *parent = nullptr);
    void setDays(QMap<QDate, Day> days);
    const QMap<QDate, Day> &days() const { return m_days; }
    QSize sizeHint() const override { return {600, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QDate, Day> m_days;
};

} // namespace scanflow
