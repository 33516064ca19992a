#include "RequestsArea.h"

#include "Actions.h"
#include "Icons.h"

#include "CurlImportDialog.h"
#include "Dialogs.h"
#include "SequenceStrip.h"
#include "StepTrialDialog.h"
#include "StepEditor.h"
#include "WorkflowDocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace scanflow {

namespace {

// Each tab page scrolls, so a step with many parameters never squeezes the window.
QWidget *scrolled(StepEditor *editor)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(editor);
    return area;
}

} // namespace

RequestsArea::RequestsArea(ApiClient *api, WorkflowDocument *doc, QWidget *parent)
    : QWidget(parent), m_api(api), m_doc(doc), m_strip(new SequenceStrip(doc, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("requestsArea"));
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);

    const auto action = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *add = action(QStringLiteral("addRequest"), tr("Add request"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          [this] { addRequest(); });
    QAction *curl = action(QStringLiteral("importCurl"), tr("Import from curl…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                           [this] { importCurl(); });
    QAction *trial = action(QStringLiteral("runUpToStep"), tr("Run up to this step…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                            [this] { runUpToCurrent(); });
    trial->setIcon(Icons::named(QStringLiteral("media-playback-start"), QStringLiteral("action-test")));
    add->setIcon(Icons::named(QStringLiteral("list-add"), QStringLiteral("action-add")));
    curl->setIcon(Icons::named(QStringLiteral("utilities-terminal"), QStringLiteral("action-curl")));
    QAction *remove = action(QStringLiteral("removeRequest"), tr("Remove request"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { removeCurrent(); });
    remove->setIcon(Icons::named(QStringLiteral("list-remove"), QStringLiteral("action-remove")));
    // F2 also edits a table cell, so it renames only while the tab bar has the focus.
    QAction *rename = action(QStringLiteral("renameRequest"), tr("Rename…"), QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    removeAction(rename);
    rename->setShortcutContext(Qt::WidgetShortcut);
    m_tabs->tabBar()->addAction(rename);
    QAction *left = action(QStringLiteral("moveRequestLeft"), tr("Move earlier"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp),
                           [this] { moveCurrent(-1); });
    QAction *right = action(QStringLiteral("moveRequestRight"), tr("Move later"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown),
                            [this] { moveCurrent(+1); });

    rename->setIcon(Icons::named(QStringLiteral("edit-rename"), QStringLiteral("action-edit")));
    left->setIcon(Icons::named(QStringLiteral("go-previous"), QStringLiteral("action-earlier")));
    right->setIcon(Icons::named(QStringLiteral("go-next"), QStringLiteral("action-later")));
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("requestsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({add, curl, remove, rename});
    bar->addSeparator();
    bar->addActions({left, right});
    bar->addSeparator();
    bar->addAction(trial);
    // Renaming and moving say what they do in their tips; their icons alone keep the bar short.
    for (QAction *a : {rename, left, right}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    Actions::showShortcutsInTips(bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_strip);
    layout->addWidget(m_tabs, 1);
    connect(m_strip, &SequenceStrip::stepChosen, m_tabs, &QTabWidget::setCurrentIndex);
    connect(m_tabs, &QTabWidget::currentChanged, m_strip, &SequenceStrip::setCurrent);

    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, [this](int from, int to) {
        if (!m_syncing)
            moveStep(from, to);
    });
    connect(m_tabs->tabBar(), &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0) {
            m_tabs->setCurrentIndex(index);
            renameCurrent();
        }
    });
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, [=](const QPoint &at) {
        const int index = m_tabs->tabBar()->tabAt(at);
        if (index < 0)
            return;
        m_tabs->setCurrentIndex(index);
        QMenu menu;
        menu.addActions({trial, add, curl, rename, left, right, remove});
        menu.exec(m_tabs->tabBar()->mapToGlobal(at));
    });
    connect(doc, &WorkflowDocument::changed, this, &RequestsArea::sync);
    sync();
}

StepEditor *RequestsArea::stepEditor(int index) const
{
    auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(index));
    return area ? qobject_cast<StepEditor *>(area->widget()) : nullptr;
}

// Makes tab i show step i: pages follow their tab when dragged, so mostly only the indexes and
// titles change; a page is made anew only where the kind of step at its place changed.
void RequestsArea::sync()
{
    m_syncing = true;
    const QList<Step> &steps = m_doc->workflow().destination.steps;
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > steps.size()) {
        QWidget *page = m_tabs->widget(m_tabs->count() - 1);
        m_tabs->removeTab(m_tabs->count() - 1);
        page->deleteLater();
    }
    for (int i = 0; i < steps.size(); ++i) {
        StepEditor *editor = stepEditor(i);
        if (editor && editor->kind() == steps.at(i).kind) {
            editor->setIndex(i);
            editor->refresh();
        } else {
            if (editor) {
                QWidget *page = m_tabs->widget(i);
                m_tabs->removeTab(i);
                page->deleteLater();
            }
            m_tabs->insertTab(i, scrolled(new StepEditor(m_doc, i)), QString());
        }
        const Step &s = steps.at(i);
        m_tabs->setTabText(i, s.displayName(i));
        const QStringList problems = m_doc->issuesAt(QStringLiteral("destination.steps[%1]").arg(i));
        m_tabs->setTabIcon(i, problems.isEmpty() ? QIcon() : Icons::warning());
        m_tabs->setTabToolTip(i, problems.isEmpty() ? QString() : problems.join(u'\n'));
    }
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    m_strip->setCurrent(m_tabs->currentIndex());
    m_syncing = false;
}

void RequestsArea::addRequest()
{
    const QList<Step> &steps = m_doc->workflow().destination.steps;
    QStringList names;
    for (int i = 0; i < steps.size(); ++i)
        names.append(steps.at(i).displayName(i));
    int n = 1;
    while (names.contains(tr("Request %1").arg(n)))
        ++n;
    Step request;
    request.kind = StepKind::Request;
    request.name = tr("Request %1").arg(n);
    request.method = HttpMethod::Post;
    request.body = BodyType::Json;
    // A new request goes before the Delivery tab: "Delivery usually starts as the last step".
    const int at = m_doc->workflow().deliveryIndex() >= 0 ? int(m_doc->workflow().deliveryIndex()) : int(steps.size());
    m_doc->edit(tr("Add request"), [request, at](Workflow &w) { w.destination.steps.insert(at, request); });
    m_tabs->setCurrentIndex(at);
}

CurlImportDialog *RequestsArea::importCurl()
{
    auto *dialog = new CurlImportDialog(m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_tabs->setCurrentIndex(dialog->importedIndex()); });
    dialog->open();
    return dialog;
}

StepTrialDialog *RequestsArea::runUpToCurrent()
{
    const int step = m_tabs->currentIndex();
    if (step < 0 || step >= m_doc->workflow().destination.steps.size())
        return nullptr;
    auto *dialog = new StepTrialDialog(m_api, m_doc, step, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void RequestsArea::removeCurrent()
{
    const int i = m_tabs->currentIndex();
    const QList<Step> &steps = m_doc->workflow().destination.steps;
    if (i < 0 || i >= steps.size())
        return;
    if (steps.at(i).kind == StepKind::Delivery) {
        Dialogs::warning(this, tr("Remove request"), tr("The Delivery step sends the file and cannot be removed; move it instead."));
        return;
    }
    m_doc->edit(tr("Remove %1").arg(steps.at(i).displayName(i)), [i](Workflow &w) { w.destination.steps.removeAt(i); });
}

void RequestsArea::renameCurrent()
{
    const int i = m_tabs->currentIndex();
    const QList<Step> &steps = m_doc->workflow().destination.steps;
    if (i < 0 || i >= steps.size())
        return;
    const auto name = Dialogs::text(this, tr("Rename step"), tr("Name:"), steps.at(i).displayName(i));
    if (!name || name->trimmed().isEmpty() || *name == steps.at(i).name)
        return;
    const QString trimmed = name->trimmed();
    m_doc->edit(tr("Rename step"), [i, trimmed](Workflow &w) { w.destination.steps[i].name = trimmed; });
}

void RequestsArea::moveCurrent(int delta)
{
    const int from = m_tabs->currentIndex();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_tabs->count())
        return;
    // Moving the tab itself emits tabMoved, which makes the edit, as a drag does.
    m_tabs->tabBar()->moveTab(from, to);
    m_tabs->setCurrentIndex(to);
}

void RequestsArea::moveStep(int from, int to)
{
    m_doc->edit(tr("Move step"), [from, to](Workflow &w) { w.destination.steps.move(from, to); });
}

} // namespace scanflow
