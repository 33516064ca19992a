#include "TestDeliveryDialog.h"

#include "ApiClient.h"
#include "Colors.h"
#include "Dialogs.h"
#include "Icons.h"
#include "TraceView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scanflow {

QString TestDeliveryDialog::sampleFile()
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("scanflow-sample-scan.pdf"));
    Icons::loadResources();
    if (!QFile::exists(path))
        QFile::copy(QStringLiteral(":/samples/sample-scan.pdf"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

TestDeliveryDialog::TestDeliveryDialog(ApiClient *api, const QString &workflowId, const QString &workflowName, QWidget *parent)
    : QDialog(parent), m_api(api), m_workflowId(workflowId), m_file(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_terminal(new QTableWidget(0, 2, this)), m_start(new QPushButton(tr("&Deliver"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_trace(new TraceView(this))
{
    setObjectName(QStringLiteral("testDeliveryDialog"));
    setWindowTitle(tr("Test delivery — %1").arg(workflowName));
    resize(900, 640);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setText(sampleFile());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *sample = new QPushButton(tr("Use &sample"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, tr("File to deliver"), tr("Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(sample, &QPushButton::clicked, this, [this] { m_file->setText(sampleFile()); });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(sample);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("optional: the user whose private values and credentials are used"));
    m_terminal->setObjectName(QStringLiteral("terminalValues"));
    m_terminal->setHorizontalHeaderLabels({tr("Terminal key"), tr("Value")});
    m_terminal->horizontalHeader()->setStretchLastSection(true);
    m_terminal->setMaximumHeight(110);
    auto *addTerminal = new QPushButton(tr("Add terminal value"), this);
    connect(addTerminal, &QPushButton::clicked, this, [this] { m_terminal->insertRow(m_terminal->rowCount()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Terminal values:"), m_terminal);
    form->addRow(QString(), addTerminal);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("deliver"));
    m_start->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &TestDeliveryDialog::start);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_trace, 1);
    layout->addWidget(buttons);

    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &TestDeliveryDialog::poll);
}

void TestDeliveryDialog::setFile(const QString &path) { m_file->setText(path); }
void TestDeliveryDialog::setUser(const QString &user) { m_user->setText(user); }

void TestDeliveryDialog::addTerminalValue(const QString &key, const QString &value)
{
    const int row = m_terminal->rowCount();
    m_terminal->insertRow(row);
    m_terminal->setItem(row, 0, new QTableWidgetItem(key));
    m_terminal->setItem(row, 1, new QTableWidgetItem(value));
}

void TestDeliveryDialog::start()
{
    ApiClient::Fields fields;
    if (!m_user->text().trimmed().isEmpty())
        fields.append({QStringLiteral("username"), m_user->text().trimmed()});
    for (int row = 0; row < m_terminal->rowCount(); ++row) {
        const QString key = m_terminal->item(row, 0) ? m_terminal->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            fields.append({QStringLiteral("terminal.") + key, m_terminal->item(row, 1) ? m_terminal->item(row, 1)->text() : QString()});
    }
    m_start->setEnabled(false);
    m_trace->setTrace({});
    m_state.clear();
    m_status->setText(tr("Uploading…"));
    m_status->setStyleSheet(QString());
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_api->upload(QStringLiteral("/scan/workflows/%1/deliveries").arg(m_workflowId), QStringLiteral("data"), m_file->text(), fields, this,
                  [this](const ApiReply &reply) {
                      if (!reply.ok()) {
                          m_start->setEnabled(true);
                          m_progress->setRange(0, 100);
                          m_status->setText(tr("The server did not take the file: %1").arg(reply.errorMessage()));
                          m_status->setStyleSheet(Colors::problemStyle());
                          m_state = QStringLiteral("failed");
                          emit finished(m_state);
                          return;
                      }
                      m_deliveryId = QString::number(reply.object().value(QStringLiteral("id")).toInteger());
                      m_status->setText(tr("Queued; delivering…"));
                      m_progress->setRange(0, 0); // busy until the server says how it went
                      m_poll.start();
                  },
                  [this](qint64 sent, qint64 total) {
                      if (total > 0)
                          m_progress->setValue(int(sent * 100 / total));
                  });
}

void TestDeliveryDialog::poll()
{
    m_poll.stop();
    m_api->get(QStringLiteral("/deliveries/%1").arg(m_deliveryId), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_status->setText(tr("Cannot follow the delivery: %1").arg(reply.errorMessage()));
            m_poll.start();
            return;
        }
        const QJsonObject d = reply.object();
        m_state = d.value(QStringLiteral("state")).toString();
        m_trace->setTrace(d.value(QStringLiteral("trace")).toArray());
        const QString error = d.value(QStringLiteral("lastError")).toString();
        const int attempts = d.value(QStringLiteral("attempts")).toInt();
        if (m_state == QLatin1String("delivered")) {
            m_status->setText(tr("Delivered in %n attempt(s).", nullptr, attempts));
            m_status->setStyleSheet(Colors::successStyle());
        } else if (m_state == QLatin1String("failed")) {
            m_status->setText(tr("Failed: %1").arg(error));
            m_status->setStyleSheet(Colors::problemStyle());
        } else if (attempts > 0 && !error.isEmpty()) {
            m_status->setText(tr("Attempt %1 failed (%2); the server tries again at %3.")
                                  .arg(attempts).arg(error, d.value(QStringLiteral("nextAttemptAt")).toString()));
        } else {
            m_status->setText(m_state == QLatin1String("running") ? tr("Delivering…") : tr("Queued; delivering…"));
        }
        if (m_state == QLatin1String("delivered") || m_state == QLatin1String("failed")) {
            m_progress->setRange(0, 100);
            m_progress->setValue(100);
            m_start->setEnabled(true);
            emit finished(m_state);
            return;
        }
        m_poll.start();
    });
}

} // namespace scanflow
