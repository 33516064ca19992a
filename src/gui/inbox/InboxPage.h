#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QNetworkReply;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace scanflow {

class ApiClient;
class DeliveryFeed;
class DeliveryList;

// The scan inbox, for whoever tests with a folder of scans: one row per workflow with its
// inbox folder (Open folder, Copy path) and its files waiting, in flight, delivered and failed
// today (GET /inbox); files dropped on a row (or on the page, then a workflow chosen) are
// delivered through the server's API; and the recent deliveries below change by themselves
// as the feed says, with the trace of each and Retry now and Cancel.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    // The recent deliveries shown: the newest this many, read this many a call.
    static constexpr int RecentLimit = 10000;
    static constexpr int RecentPageSize = 500;

    InboxPage(ApiClient *api, DeliveryFeed *feed, QWidget *parent = nullptr);

    void reload();
    QTableWidget *workflows() const { return m_workflows; }
    DeliveryList *list() const { return m_list; }
    QProgressBar *progress() const { return m_progress; }
    // Delivers these files through workflow `workflowId`, one after another, with progress.
    void send(qint64 workflowId, const QStringList &files);
    // The row of a workflow in the table, or -1.
    int rowOf(qint64 workflowId) const;

signals:
    void loaded();        // the workflows' rows
    void recentLoaded();  // the recent deliveries, every page
    void message(const QString &text);
    // Each workflow's name by id, for the other views.
    void workflowNames(const QHash<qint64, QString> &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;
    void showEvent(class QShowEvent *event) override;
    void hideEvent(class QHideEvent *event) override;

private:
    void loadSummary();
    void loadRecent(const QString &pageToken = {});
    void updateButtons();
    QString selectedFolder() const;
    void sendNext();
    void dropped(const QList<QUrl> &urls, int row);

    ApiClient *m_api;
    DeliveryFeed *m_feed;
    QTableWidget *m_workflows;
    QPushButton *m_openFolder;
    QPushButton *m_copyPath;
    QPushButton *m_sendFiles;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QPushButton *m_cancelSending;
    DeliveryList *m_list;
    QTimer *m_refresh;
    bool m_summaryPending = false;
    int m_generation = 0; // a reload forgets the pages of the one before
    // Files being sent: the workflow, those still to go, and the one on its way.
    qint64 m_sendingTo = 0;
    QStringList m_toSend;
    int m_sendTotal = 0;
    QPointer<QNetworkReply> m_upload;
};

} // namespace scanflow
