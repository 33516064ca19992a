#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QNetworkReply;
class QProgressBar;
class QPushButton;

namespace scanflow {

class ApiClient;
class TraceView;

// Workplace's Send file: one workflow the user may use, the file, one field per terminal value
// the workflow asks for (what the reference's users enter on the MFP panel), a progress bar for
// the upload and the delivery with Cancel, and the result with its trace. It sends as the
// signed-in user (POST /workplace/workflows/<id>/deliveries) and follows only that delivery
// (GET /workplace/deliveries/<id>).
class SendFileDialog : public QDialog
{
    Q_OBJECT

public:
    // `workflow`: an item of GET /workplace/workflows; `stillNeeded`: what the user's private
    // destination lacks, said before anything is sent.
    SendFileDialog(ApiClient *api, const QJsonObject &workflow, const QString &stillNeeded, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QLineEdit *terminalField(const QString &key) const { return m_terminal.value(key); }
    QPushButton *sendButton() const { return m_send; }
    QLabel *status() const { return m_status; }
    TraceView *trace() const { return m_trace; }
    QString state() const { return m_state; }
    void send();

signals:
    void finished(const QString &state);

private:
    void poll();
    void done(const QString &state);

    ApiClient *m_api;
    qint64 m_workflowId;
    QLineEdit *m_file;
    QHash<QString, QLineEdit *> m_terminal;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    TraceView *m_trace;
    QTimer m_poll;
    QPointer<QNetworkReply> m_upload;
    qint64 m_deliveryId = 0;
    QString m_state;
};

} // namespace scanflow
