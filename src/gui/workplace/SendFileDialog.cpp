#include "SendFileDialog.h"

#include "ApiClient.h"
#include "TraceView.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanflow {

SendFileDialog::SendFileDialog(ApiClient *api, const QJsonObject &workflow, const QString &stillNeeded, QWidget *parent)
    : QDialog(parent), m_api(api), m_workflowId(workflow.value(QStringLiteral("workflowId")).toInteger()), m_file(new QLineEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_trace(new TraceView(this))
{
    setObjectName(QStringLiteral("sendFile"));
    const QString name = workflow.value(QStringLiteral("name")).toString();
    setWindowTitle(tr("Send a file through %1").arg(name));
    resize(760, 560);
    m_file->setObjectName(QStringLiteral("sendFilePath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    // One field per value the workflow asks for each file, labelled as the admin named it.
    for (const QJsonValue &t : workflow.value(QStringLiteral("terminal")).toArray()) {
        const QString key = t[QStringLiteral("key")].toString();
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("terminal.") + key);
        const QString label = t[QStringLiteral("label")].toString();
        form->addRow((label.isEmpty() ? key : label) + u':', field);
        m_terminal.insert(key, field);
    }
    m_send->setObjectName(QStringLiteral("sendNow"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!stillNeeded.isEmpty())
        m_status->setText(tr("Your private destination still needs: %1. Authorize it first, or the delivery fails.").arg(stillNeeded));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_trace, 1);
    layout->addWidget(buttons);

    m_poll.setSingleShot(true);
    m_poll.setInterval(400);
    connect(&m_poll, &QTimer::timeout, this, &SendFileDialog::poll);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the file to send"), QFileInfo(m_file->text()).path());
        if (!chosen.isEmpty())
            setFile(chosen);
    });
    connect(m_send, &QPushButton::clicked, this, &SendFileDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_upload)
            m_upload->abort(); // the server never queues a file it did not take whole
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SendFileDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

void SendFileDialog::send()
{
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_status->setText(tr("File: \"%1\" is not a file to send").arg(path));
        m_file->setFocus();
        return;
    }
    ApiClient::Fields fields;
    for (auto it = m_terminal.cbegin(); it != m_terminal.cend(); ++it)
        fields.append({QStringLiteral("terminal.") + it.key(), it.value()->text()});
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_trace->setTrace({});
    m_state.clear();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Sending %p%"));
    m_status->setText(tr("Sending %1…").arg(QFileInfo(path).fileName()));
    m_upload = m_api->upload(
        QStringLiteral("/workplace/workflows/%1/deliveries").arg(m_workflowId), QStringLiteral("data"), path, fields, this,
        [this](const ApiReply &reply) {
            m_upload.clear();
            m_cancel->setEnabled(false);
            if (!reply.ok()) {
                m_status->setText(reply.status == 0 && reply.networkError.contains(QLatin1String("cancel"), Qt::CaseInsensitive)
                                      ? tr("Cancelled; nothing was sent.")
                                      : tr("Not sent: %1").arg(reply.errorMessage()));
                return done(QStringLiteral("failed"));
            }
            m_deliveryId = reply.object().value(QStringLiteral("id")).toInteger();
            m_status->setText(tr("Taken; delivering…"));
            m_progress->setRange(0, 0); // busy until the delivery ends
            m_progress->setFormat(tr("Delivering"));
            m_poll.start();
        },
        [this](qint64 sent, qint64 total) {
            if (total > 0)
                m_progress->setValue(int(sent * 100 / total));
        });
}

void SendFileDialog::poll()
{
    m_api->get(QStringLiteral("/workplace/deliveries/%1").arg(m_deliveryId), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_status->setText(tr("Cannot follow the delivery: %1").arg(reply.errorMessage()));
            m_poll.start();
            return;
        }
        const QJsonObject d = reply.object();
        const QString state = d.value(QStringLiteral("state")).toString();
        m_trace->setTrace(d.value(QStringLiteral("trace")).toArray());
        const QString error = d.value(QStringLiteral("lastError")).toString();
        if (state == QLatin1String("delivered")) {
            m_status->setText(tr("Delivered."));
            return done(state);
        }
        if (state == QLatin1String("failed")) {
            m_status->setText(tr("Failed: %1").arg(error));
            return done(state);
        }
        m_status->setText(error.isEmpty() ? tr("Delivering…") : tr("An attempt failed (%1); the server tries again.").arg(error));
        m_poll.start();
    });
}

void SendFileDialog::done(const QString &state)
{
    m_state = state;
    m_progress->setRange(0, 100);
    m_progress->setValue(state == QLatin1String("delivered") ? 100 : 0);
    m_progress->setFormat(state == QLatin1String("delivered") ? tr("Delivered") : tr("Not delivered"));
    m_send->setEnabled(true);
    emit finished(state);
}

} // namespace scanflow
