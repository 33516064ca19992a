#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Ui {
class TestDeliveryDialog;
}

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
    ~TestDeliveryDialog() override;

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

    // The static part, from ui/TestDeliveryDialog.ui; the pointers below point into it, except
    // Deliver, which is made in code to go into the .ui's button box.
    std::unique_ptr<Ui::TestDeliveryDialog> m_ui;
    ApiClient *m_api;
    QString m_workflowId;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_user = nullptr;
    QTableWidget *m_terminal = nullptr;
    QPushButton *m_start = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    TraceView *m_trace = nullptr;
    QTimer m_poll;
    QString m_deliveryId;
    QString m_state;
};

} // namespace scanflow
