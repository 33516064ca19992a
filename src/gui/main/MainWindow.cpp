#include "MainWindow.h"

#include "ApiClient.h"
#include "Actions.h"
#include "AccessControlsPage.h"
#include "ApiKeysPage.h"
#include "DevicesPage.h"
#include "AuthorizationDialog.h"
#include "AuthProvidersPage.h"
#include "CertificatesPage.h"
#include "ConnectDialog.h"
#include "DeliveryFeed.h"
#include "DeliveryHistoryPage.h"
#include "InboxPage.h"
#include "Dialogs.h"
#include "Icons.h"
#include "GroupsPage.h"
#include "LocationsPage.h"
#include "PortsPages.h"
#include "RememberedState.h"
#include "ScanAccessPage.h"
#include "StartPage.h"
#include "TestDeliveryDialog.h"
#include "UsersPage.h"
#include "WorkflowDocument.h"
#include "WorkflowEditor.h"
#include "WorkflowListModel.h"
#include "WorkflowListPage.h"
#include "WorkplaceWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace scanflow {

MainWindow::MainWindow(ApiClient *api, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_workflowPages(new QStackedWidget(this)), m_list(new WorkflowListPage(api, this)), m_editor(new WorkflowEditor(api, this))
{
    Icons::loadResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ScanFlow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scanflow.svg")));
    resize(1280, 800);

    m_start = new StartPage(api, this);
    m_workflowPages->setObjectName(QStringLiteral("workflowsPage"));
    m_workflowPages->addWidget(m_list);
    m_workflowPages->addWidget(m_editor);
    // One feed for every live view: one waiting call to the server, whatever is shown.
    m_feed = new DeliveryFeed(api, this);
    auto *inbox = new InboxPage(api, m_feed, this);
    auto *history = new DeliveryHistoryPage(api, m_feed, this);
    connect(inbox, &InboxPage::workflowNames, history, &DeliveryHistoryPage::setWorkflowNames);
    connect(inbox, &InboxPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(history, &DeliveryHistoryPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    const auto page = [this](const QString &name, const QIcon &icon, QWidget *widget) {
        m_nav->addItem(new QListWidgetItem(icon, name));
        m_pages->addWidget(widget);
    };
    // Each entry with the theme's icon where the desktop has one (freedesktop names), else ours.
    page(tr("Start"), Icons::named(QStringLiteral("go-home"), QStringLiteral("action-start")), m_start);
    page(tr("Workflows"), Icons::named({}, QStringLiteral("nav-workflows")), m_workflowPages);
    page(tr("Scan inbox"), Icons::named(QStringLiteral("mail-inbox"), QStringLiteral("nav-inbox")), inbox);
    page(tr("Delivery history"), Icons::named(QStringLiteral("document-open-recent"), QStringLiteral("nav-history")), history);
    page(tr("Users"), Icons::named(QStringLiteral("system-users"), QStringLiteral("nav-users")), new UsersPage(api, this));
    page(tr("Groups"), Icons::named({}, QStringLiteral("nav-groups")), new GroupsPage(api, this));
    page(tr("Output ports"), Icons::named(QStringLiteral("printer"), QStringLiteral("nav-output-ports")), new OutputPortsPage(api, this));
    page(tr("Input ports"), Icons::named(QStringLiteral("scanner"), QStringLiteral("nav-input-ports")), new InputPortsPage(api, this));
    page(tr("Locations"), Icons::named({}, QStringLiteral("nav-locations")), new LocationsPage(api, this));
    page(tr("Authentication providers"), Icons::named({}, QStringLiteral("nav-auth-providers")), new AuthProvidersPage(api, this));
    page(tr("Access controls"), Icons::named({}, QStringLiteral("nav-access-controls")), new AccessControlsPage(api, this));
    page(tr("Scan access rules"), Icons::named({}, QStringLiteral("nav-scan-access")), new ScanAccessPage(api, this));
    page(tr("Certificates"), Icons::named({}, QStringLiteral("nav-certificates")), new CertificatesPage(api, this));
    page(tr("API keys"), Icons::named({}, QStringLiteral("nav-api-keys")), new ApiKeysPage(api, this));
    page(tr("Trusted devices"), Icons::named({}, QStringLiteral("nav-devices")), new DevicesPage(api, this));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) { pageShown(m_pages->widget(row)); });
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *entities = qobject_cast<EntityPage *>(m_pages->widget(i)))
            connect(entities, &EntityPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    }

    // The navigation as wide as its entries, the page the rest; no gap between them.
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplit"));
    split->addWidget(m_nav);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    split->setSizes({m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 24, 1000});
    setCentralWidget(split);
    m_nav->setCurrentRow(0); // the start page, on the first start; the last page shown after that
    statusBar()->showMessage(tr("Server: %1").arg(api->baseUrl().toString()));

    connect(m_list, &WorkflowListPage::openRequested, this, &MainWindow::openWorkflow);
    connect(m_list, &WorkflowListPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_list, &WorkflowListPage::authorizeRequested, this, &MainWindow::authorize);
    connect(m_editor, &WorkflowEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &WorkflowEditor::closeRequested, this, &MainWindow::showWorkflows);
    connect(m_editor, &WorkflowEditor::saved, this, [this](const QString &id) {
        connect(m_list, &WorkflowListPage::loaded, this, [this, id] { m_list->select(id); }, Qt::SingleShotConnection);
        m_list->reload();
    });
    connect(m_editor, &WorkflowEditor::testDeliveryRequested, this, [this] { testDelivery(); });
    // The start page's three ways in: a template in the designer, a try saved on the server,
    // files for that try's inbox.
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openWorkflow);
    connect(m_start, &StartPage::tryRequested, this, [this](const Workflow &w) {
        m_list->create(w, tr("Try it"), [this](const QString &id, const QString &name) {
            if (id.isEmpty())
                m_start->tryFailed(); // the server's reason is on screen; what was tried before stays
            else
                m_start->setTried(id.toLongLong(), name);
        });
    });
    connect(m_start, &StartPage::filesDropped, this, [this, inbox](qint64 workflowId, const QStringList &files) {
        showPage(inbox->objectName());
        inbox->send(workflowId, files);
    });
    connect(api, &ApiClient::pendingCallsChanged, this, [this](int pending) {
        if (pending > 0)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            while (QApplication::overrideCursor())
                QApplication::restoreOverrideCursor();
    });
    buildMenus();
    m_list->reload();
    // As it was left: the window, the panes, the columns, the page.
    RememberedState::restore(this);
    if (const QString last = QSettings().value(QStringLiteral("mainWindow/page")).toString(); !last.isEmpty())
        showPage(last);
}

void MainWindow::pageShown(QWidget *shown)
{
    // Live pages load once; from then on they follow the feed (Reload or F5 reads again).
    if (auto *history = qobject_cast<DeliveryHistoryPage *>(shown); history && !m_historyLoaded) {
        m_historyLoaded = true;
        history->reload();
    }
    if (auto *inbox = qobject_cast<InboxPage *>(shown); inbox && !m_inboxLoaded) {
        m_inboxLoaded = true;
        inbox->reload();
    }
    // An entity list loads when first shown; F5 loads it again.
    if (auto *entities = qobject_cast<EntityPage *>(shown); entities && !entities->isLoaded())
        entities->reload();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workflow"), this, [this] {
        showPage(m_workflowPages->objectName());
        if (m_workflowPages->currentWidget() == m_list)
            m_list->newWorkflow();
    });
    m_connect = file->addAction(tr("&Connect to server…"), this, [this] { connectDialog(); });
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_connect->setVisible(false);
    QAction *workplace = file->addAction(tr("Open &Workplace…"), this, [this] { openWorkplace(); });
    workplace->setObjectName(QStringLiteral("openWorkplace"));
    workplace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    file->addAction(tr("&Import workflow…"), this, [this] { m_list->importFile(); });
    file->addAction(tr("&Export workflow…"), this, [this] { m_list->exportSelected(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->document()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    undo->setIcon(Icons::named(QStringLiteral("edit-undo"), QStringLiteral("action-undo")));
    redo->setIcon(Icons::named(QStringLiteral("edit-redo"), QStringLiteral("action-redo")));
    workplace->setIcon(Icons::named({}, QStringLiteral("action-workplace")));
    m_connect->setIcon(Icons::named(QStringLiteral("network-server"), QStringLiteral("action-connect")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *start = help->addAction(tr("&Start page"), this, [this] { showPage(m_start->objectName()); });
    start->setObjectName(QStringLiteral("showStartPage"));
    start->setIcon(Icons::named(QStringLiteral("go-home"), QStringLiteral("action-start")));

    // What every page shares; each page has its own toolbar for what it holds.
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    Actions::showShortcutsInTips(bar);
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({workplace, m_connect});
}

WorkplaceWindow *MainWindow::openWorkplace()
{
    // A window of its own, signed in as a user, on the server this window manages.
    auto *window = new WorkplaceWindow(m_api->baseUrl(), m_api->apiKey(), m_api->keychainName(), this);
    window->api()->setExtraCaCertificates(m_api->extraCaCertificates()); // the server's own root, where trusted
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->start();
    return window;
}

AuthorizationDialog *MainWindow::authorize(const QString &workflowId)
{
    const int row = m_list->model()->rowOf(workflowId);
    if (row < 0)
        return nullptr;
    auto *dialog = new AuthorizationDialog(m_api, m_list->model()->row(row).workflow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuthorizationDialog::stateChanged, m_list->model(), &WorkflowListModel::setAuthorization);
    dialog->open();
    return dialog;
}

void MainWindow::setConnector(Connector connector)
{
    m_connector = std::move(connector);
    m_connect->setVisible(bool(m_connector));
}

ConnectDialog *MainWindow::connectDialog()
{
    if (!m_connector)
        return nullptr;
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::chosen, this, [this](const ConnectionStore::Choice &choice, const QString &key) {
        if (m_workflowPages->currentWidget() == m_editor && !m_editor->maybeClose())
            return;
        if (const auto problem = m_connector(choice, key)) {
            Dialogs::warning(this, tr("Connect to server"), tr("Not connected: %1").arg(*problem));
            return;
        }
        showWorkflows();
        reloadAll();
    });
    dialog->open();
    return dialog;
}

void MainWindow::reloadAll()
{
    statusBar()->showMessage(tr("Server: %1").arg(m_api->baseUrl().toString()));
    m_feed->stop(); // the live pages read the new server when shown next
    m_historyLoaded = m_inboxLoaded = false;
    m_start->forget();
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *entities = qobject_cast<EntityPage *>(m_pages->widget(i)))
            entities->forget();
    }
    m_list->reload();
    pageShown(m_pages->currentWidget());
}

bool MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showWorkflows()
{
    showPage(m_workflowPages->objectName());
    m_workflowPages->setCurrentWidget(m_list);
    m_list->view()->setFocus();
}

void MainWindow::openWorkflow(const Workflow &workflow)
{
    if (m_workflowPages->currentWidget() == m_editor && !m_editor->maybeClose())
        return;
    m_editor->open(workflow);
    showPage(m_workflowPages->objectName());
    m_workflowPages->setCurrentWidget(m_editor);
}

TestDeliveryDialog *MainWindow::testDelivery()
{
    const Workflow &w = m_editor->document()->workflow();
    auto *dialog = new TestDeliveryDialog(m_api, w.id, w.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TestDeliveryDialog::finished, this, [this, id = w.id](const QString &state) {
        m_list->model()->setLastDelivery(id, state);
    });
    dialog->show();
    return dialog;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) { // once the layouts have given every pane its size
        m_layoutRestored = true;
        QTimer::singleShot(0, this, [this] { RememberedState::restoreLayout(this); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workflowPages->currentWidget() == m_editor && !m_editor->maybeClose()) {
        event->ignore();
        return;
    }
    RememberedState::save(this);
    QSettings().setValue(QStringLiteral("mainWindow/page"), m_pages->currentWidget()->objectName());
    event->accept();
}

} // namespace scanflow
