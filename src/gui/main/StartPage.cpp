#include "StartPage.h"

#include "ApiClient.h"
#include "Dialogs.h"
#include "Icons.h"
#include "TestDeliveryDialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanflow {

StartPage::StartPage(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_templates(UseCaseTemplates::all()), m_useCases(new QListWidget(this)), m_when(new QLabel(this)),
      m_open(new QPushButton(tr("&Open as a new workflow"), this)), m_try(new QPushButton(tr("&Try it"), this)),
      m_tryNote(new QLabel(this)), m_dropZone(new QLabel(this)), m_sample(new QPushButton(tr("Send the &sample scan"), this)),
      m_chooseFiles(new QPushButton(tr("&Choose files…"), this))
{
    setObjectName(QStringLiteral("startPage"));
    setAcceptDrops(true);
    auto *title = new QLabel(tr("<h2>Welcome to ScanFlow</h2>"
                                "<p>A workflow delivers each scanned file to an HTTP API, through the requests that API asks "
                                "for. Three ways in:</p>"),
                             this);
    title->setWordWrap(true);

    auto *start = new QGroupBox(tr("1. Start from a use case"), this);
    m_useCases->setObjectName(QStringLiteral("useCases"));
    for (const UseCaseTemplate &t : std::as_const(m_templates))
        m_useCases->addItem(tr("%1. %2").arg(t.number).arg(t.title));
    m_when->setObjectName(QStringLiteral("useCaseWhen"));
    m_when->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openTemplate"));
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_useCases, 1);
    startLayout->addWidget(m_when);
    startLayout->addWidget(m_open);

    auto *tryBox = new QGroupBox(tr("2. Try it against the test destination"), this);
    auto *tryText = new QLabel(tr("The server has a destination of its own that answers like a small records API and keeps "
                                  "what it receives. Try it saves the chosen use case as a workflow aimed there."),
                               tryBox);
    tryText->setWordWrap(true);
    m_try->setObjectName(QStringLiteral("tryTemplate"));
    m_try->setIcon(Icons::named(QStringLiteral("media-playback-start"), QStringLiteral("action-test")));
    m_tryNote->setObjectName(QStringLiteral("tryNote"));
    m_tryNote->setWordWrap(true);
    auto *tryLayout = new QVBoxLayout(tryBox);
    tryLayout->addWidget(tryText);
    tryLayout->addWidget(m_try);
    tryLayout->addWidget(m_tryNote);
    tryLayout->addStretch();

    auto *dropBox = new QGroupBox(tr("3. Drop a file into its inbox"), this);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setMinimumHeight(120);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setFrameShadow(QFrame::Sunken);
    m_sample->setObjectName(QStringLiteral("sendSample"));
    m_chooseFiles->setObjectName(QStringLiteral("chooseFiles"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sample);
    buttons->addWidget(m_chooseFiles);
    auto *dropLayout = new QVBoxLayout(dropBox);
    dropLayout->addWidget(m_dropZone, 1);
    dropLayout->addLayout(buttons);

    auto *grid = new QGridLayout;
    grid->addWidget(start, 0, 0);
    grid->addWidget(tryBox, 0, 1);
    grid->addWidget(dropBox, 0, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(grid, 1);

    connect(m_useCases, &QListWidget::currentRowChanged, this, &StartPage::chosenChanged);
    connect(m_useCases, &QListWidget::itemActivated, this, [this] {
        if (chosen().number > 0)
            emit openRequested(chosen().workflow);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(chosen().workflow); });
    connect(m_try, &QPushButton::clicked, this, [this] {
        Workflow w = UseCaseTemplates::forTestDestination(chosen().workflow, m_api->baseUrl());
        w.name = tr("%1 (test)").arg(chosen().title);
        m_try->setEnabled(false);
        m_tryNote->setText(tr("Saving…"));
        emit tryRequested(w);
    });
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sendSample);
    connect(m_chooseFiles, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Deliver a file"), tr("All files (*)"));
        if (!path.isEmpty())
            emit filesDropped(m_triedId, {path});
    });
    m_useCases->setCurrentRow(7); // the manual's richest: a record first, then the upload
    setTried(0, {});
}

const UseCaseTemplate &StartPage::chosen() const
{
    static const UseCaseTemplate none; // no template read: nothing to open or try
    const int row = m_useCases->currentRow();
    return row >= 0 && row < m_templates.size() ? m_templates.at(row) : none;
}

void StartPage::chosenChanged()
{
    const UseCaseTemplate &t = chosen();
    m_when->setText(t.number > 0 ? tr("Use this when: %1").arg(t.when) : QString());
    QString why = t.needsFirst;
    if (why.isEmpty() && m_testDestination == TestDestination::Missing)
        why = tr("This server has no test destination (\"testDestination\": true in its configuration turns it on).");
    m_open->setEnabled(t.number > 0);
    m_try->setEnabled(t.number > 0 && why.isEmpty() && m_testDestination == TestDestination::There);
    m_try->setToolTip(why);
    if (m_triedId == 0 || !why.isEmpty())
        m_tryNote->setText(why);
}

void StartPage::setTried(qint64 workflowId, const QString &name)
{
    m_triedId = workflowId;
    m_triedName = name;
    const bool ready = workflowId > 0;
    m_dropZone->setText(ready ? tr("Drop scanned files here to deliver them through \"%1\".").arg(name)
                              : tr("Try a use case first; then drop scanned files here."));
    m_dropZone->setEnabled(ready);
    m_sample->setEnabled(ready);
    m_chooseFiles->setEnabled(ready);
    m_tryNote->setText(ready ? tr("Saved as \"%1\", aimed at the test destination.").arg(name) : QString());
    chosenChanged();
}

void StartPage::tryFailed()
{
    m_tryNote->setText(m_triedId > 0 ? tr("Saved as \"%1\", aimed at the test destination.").arg(m_triedName) : QString());
    chosenChanged();
}

void StartPage::forget()
{
    m_testDestination = TestDestination::Unknown;
    setTried(0, {});
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_testDestination != TestDestination::Unknown)
        return;
    // Only a server with the test destination switched on has it (the app's own always does).
    m_testDestination = TestDestination::Asking;
    m_api->get(QStringLiteral("/testdestination"), {}, this, [this](const ApiReply &reply) {
        // Only a 404 says it is not there; another failure is asked again when next shown.
        m_testDestination = reply.ok() ? TestDestination::There : reply.status == 404 ? TestDestination::Missing : TestDestination::Unknown;
        chosenChanged();
        if (m_testDestination == TestDestination::Unknown)
            m_tryNote->setText(tr("Could not ask the server for its test destination: %1").arg(reply.errorMessage()));
    });
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_triedId > 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    if (m_triedId == 0 || files.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(m_triedId, files);
}

// The sample scan in the app's resources, as a file the inbox can send.
void StartPage::sendSample()
{
    const QString path = TestDeliveryDialog::sampleFile();
    if (!QFile::exists(path)) {
        Dialogs::warning(this, tr("Send the sample scan"), tr("Cannot write \"%1\"").arg(path));
        return;
    }
    emit filesDropped(m_triedId, {path});
}

} // namespace scanflow
