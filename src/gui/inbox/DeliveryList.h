#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace scanflow {

class ApiClient;
class DeliveryFeed;
class DeliveryListModel;
class TraceView;

// A live list of deliveries with the trace of the selected one beside it, and Retry now and
// Cancel for a queued or failed file: what the scan inbox and the delivery history share. The
// rows change as the feed says; the page that holds it loads the first ones.
class DeliveryList : public QWidget
{
    Q_OBJECT

public:
    DeliveryList(ApiClient *api, DeliveryFeed *feed, QWidget *parent = nullptr);

    DeliveryListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TraceView *trace() const { return m_trace; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QSplitter *splitter() const { return m_split; }

    void retrySelected();
    void cancelSelected();

signals:
    // A line for the status bar: what Retry now or Cancel did, or why not.
    void message(const QString &text);

private:
    qint64 selectedId() const;
    void selectionChanged();
    void loadTrace(qint64 id);
    void act(const QString &what, qint64 id);

    ApiClient *m_api;
    DeliveryListModel *m_model;
    QTableView *m_view;
    TraceView *m_trace;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QSplitter *m_split;
    qint64 m_traced = 0; // whose trace is shown
};

} // namespace scanflow
