#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace scanflow {

class ApiClient;
class TraceView;

// Test delivery: pick a file (or the built-in sample), optionally a user and terminal values,
// and run the workflow through the server (POST /scan/workflows/<id>/deliveries). A progress
// bar follows the upload and the delivery; then the trace shows every request and response,
// with the failing step highlighted and its error.
class TestDeliveryDialog : public QDialog
{
    Q_OBJECT

public:
    TestDeliveryDialog(ApiClient *api, const QString &workflowId, const QString &workflowName, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void setUser(const QString &user);
    void addTerminalValue(const QString &key, const QString &value);
    void start();

    // The delivery's state as the server last told it: "", queued, running, delivered, failed.
    QString state() const { return m_state; }
    TraceView *trace() const { return m_trace; }
    QLabel *status() const { return m_status; }

    // The sample scan shipped in the resources, copied to a temporary file on first use.
    static QString sampleFile();

signals:
    void finished(const QString &state);

private:
    void poll();

    ApiClient *m_api;
    QString m_workflowId;
    QLineEdit *m_file;
    QLineEdit *m_user;
    QTableWidget *m_terminal;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QLabel *m_status;
    TraceView *m_trace;
    QTimer m_poll;
    QString m_deliveryId;
    QString m_state;
};

} // namespace scanflow
