#include "TestDeliveryDialog.h"
#include "ui_TestDeliveryDialog.h"

#include "ApiClient.h"
#include "Colors.h"
#include "Dialogs.h"
#include "Icons.h"
#include "TraceView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

namespace scanflow {

QString TestDeliveryDialog::sampleFile()
{
    // In this user's own cache, not the shared temporary folder, where another user could
    // have put a file of that name first.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("sample-scan.pdf"));
    Icons::loadResources();
    QDir().mkpath(folder);
    if (!QFile::exists(path))
        QFile::copy(QStringLiteral(":/samples/sample-scan.pdf"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

TestDeliveryDialog::TestDeliveryDialog(ApiClient *api, const QString &workflowId, const QString &workflowName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TestDeliveryDialog>()), m_api(api), m_workflowId(workflowId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("testDeliveryDialog"));
    setWindowTitle(tr("Test delivery — %1").arg(workflowName));
    m_file = m_ui->file;
    m_user = m_ui->user;
    m_terminal = m_ui->terminalValues;
    m_progress = m_ui->progress;
    m_status = m_ui->status;
    m_trace = m_ui->trace;
    m_file->setText(sampleFile());
    connect(m_ui->browseFile, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, tr("File to deliver"), tr("Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_ui->useSample, &QPushButton::clicked, this, [this] { m_file->setText(sampleFile()); });
    connect(m_ui->addTerminalRow, &QPushButton::clicked, this, [this] { m_terminal->insertRow(m_terminal->rowCount()); });

    // Deliver goes into the .ui's button box, so it is made here.
    m_start = new QPushButton(tr("&Deliver"), this);
    m_start->setObjectName(QStringLiteral("deliver"));
    m_start->setDefault(true);
    m_ui->testDeliveryButtons->addButton(m_start, QDialogButtonBox::ActionRole);
    connect(m_ui->testDeliveryButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &TestDeliveryDialog::start);

    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &TestDeliveryDialog::poll);
}

TestDeliveryDialog::~TestDeliveryDialog() = default;

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
