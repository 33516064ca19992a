#include "StepTrialDialog.h"

#include "ApiClient.h"
#include "Colors.h"
#include "ResponseTree.h"
#include "TestDeliveryDialog.h"
#include "WorkflowDocument.h"
#include "WorkflowJson.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace scanflow {

StepTrialDialog::StepTrialDialog(ApiClient *api, WorkflowDocument *doc, int upToStep, QWidget *parent)
    : QDialog(parent), m_api(api), m_doc(doc), m_upTo(upToStep), m_file(new QLineEdit(this)), m_run(new QPushButton(tr("&Run"), this)),
      m_add(new QPushButton(tr("&Add as response parameter"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_requests(new QListWidget(this)), m_tree(new ResponseTree(this)), m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("stepTrial"));
    const Workflow &w = doc->workflow();
    setWindowTitle(tr("Run up to \"%1\"").arg(w.destination.steps.value(upToStep).displayName(upToStep)));
    resize(980, 640);
    m_file->setObjectName(QStringLiteral("trialFile"));
    m_file->setText(TestDeliveryDialog::sampleFile());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_run);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_run->setObjectName(QStringLiteral("runTrial"));
    m_run->setDefault(true);
    m_add->setObjectName(QStringLiteral("addResponseParameter"));
    m_add->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("trialStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Runs the steps up to this one against the real API, as the designer has them now; nothing is saved. "
                         "Then double-click a value in a response to parse it."));
    m_requests->setObjectName(QStringLiteral("trialRequests"));
    m_raw->setObjectName(QStringLiteral("responseRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *right = new QSplitter(Qt::Horizontal, this);
    right->addWidget(m_tree);
    right->addWidget(m_raw);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("trialSplit"));
    split->addWidget(m_requests);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the file to run with"), QFileInfo(m_file->text()).path());
        if (!chosen.isEmpty())
            setFile(chosen);
    });
    connect(m_run, &QPushButton::clicked, this, &StepTrialDialog::run);
    connect(m_add, &QPushButton::clicked, this, &StepTrialDialog::addSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_requests, &QListWidget::currentRowChanged, this, &StepTrialDialog::showEntry);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_add->setEnabled(item && !item->data(ResponseTree::Name, ResponseTree::SelectorRole).toString().isEmpty());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { addSelected(); });
}

void StepTrialDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

void StepTrialDialog::run()
{
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_status->setText(tr("File: \"%1\" is not a file to run with").arg(path));
        return;
    }
    const Workflow &w = m_doc->workflow();
    bool isNumber = false;
    const qint64 id = w.id.toLongLong(&isNumber);
    ApiClient::Fields fields{{QStringLiteral("workflow"), QString::fromUtf8(QJsonDocument(workflowToJson(w)).toJson(QJsonDocument::Compact))},
                             {QStringLiteral("uptostep"), QString::number(m_upTo)}};
    m_run->setEnabled(false);
    m_requests->clear();
    m_tree->clear();
    m_raw->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setStyleSheet({});
    m_status->setText(tr("Running…"));
    m_api->upload(QStringLiteral("/scan/workflows/%1/trial").arg(isNumber ? id : 0), QStringLiteral("data"), path, fields, this,
                  [this](const ApiReply &reply) {
                      m_run->setEnabled(true);
                      m_progress->hide();
                      if (!reply.ok()) {
                          m_status->setText(tr("Not run: %1").arg(reply.errorMessage()));
                          m_status->setStyleSheet(Colors::problemStyle());
                          emit finished(false);
                          return;
                      }
                      const QJsonObject result = reply.object();
                      m_trace = result.value(QStringLiteral("trace")).toArray();
                      for (int i = 0; i < m_trace.size(); ++i) {
                          const QJsonObject e = m_trace.at(i).toObject();
                          m_requests->addItem(QStringLiteral("%1. %2 — %3 %4 → %5").arg(i + 1).arg(e.value(QStringLiteral("step")).toString(),
                                                  e.value(QStringLiteral("method")).toString(), e.value(QStringLiteral("url")).toString())
                                                  .arg(e.value(QStringLiteral("status")).toInt()));
                      }
                      const bool ok = result.value(QStringLiteral("ok")).toBool();
                      m_status->setText(ok ? tr("Every step up to this one answered. Double-click a value to parse it into a response parameter.")
                                           : tr("Failed: %1").arg(result.value(QStringLiteral("error")).toString()));
                      m_status->setStyleSheet(ok ? QString() : Colors::problemStyle());
                      if (!m_trace.isEmpty())
                          m_requests->setCurrentRow(int(m_trace.size()) - 1);
                      emit finished(ok);
                  });
}

void StepTrialDialog::showEntry(int row)
{
    m_tree->clear();
    m_raw->clear();
    if (row < 0 || row >= m_trace.size())
        return;
    const QByteArray body = m_trace.at(row)[QStringLiteral("responseBody")].toString().toUtf8();
    m_raw->setPlainText(QString::fromUtf8(body));
    m_tree->setBody(body);
}

QString StepTrialDialog::addSelected()
{
    const int row = m_requests->currentRow();
    QTreeWidgetItem *item = m_tree->currentItem();
    if (row < 0 || row >= m_trace.size() || !item)
        return {};
    const QString selector = item->data(ResponseTree::Name, ResponseTree::SelectorRole).toString();
    const int step = m_trace.at(row)[QStringLiteral("stepIndex")].toInt(-1);
    if (selector.isEmpty() || step < 0 || step >= m_doc->workflow().destination.steps.size())
        return {};
    // Named after the value, and unlike any response key the workflow has.
    QString base = item->data(ResponseTree::Name, ResponseTree::SuggestedKeyRole).toString();
    if (base.isEmpty())
        base = QStringLiteral("value");
    QStringList taken;
    for (const Step &s : m_doc->workflow().destination.steps) {
        for (const ResponseParameter &r : s.response)
            taken << r.key;
    }
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = base + QString::number(n);
    m_doc->edit(tr("Add response parameter"), [step, key, selector](Workflow &w) { w.destination.steps[step].response.append({key, selector}); });
    m_status->setText(tr("\"%1\" is parsed from the response of step %2 with %3; use it as [%1].").arg(key).arg(step + 1).arg(selector));
    emit parameterAdded(step, key);
    return key;
}

} // namespace scanflow
