#include "WorkplaceWindow.h"

#include "Actions.h"
#include "ApiClient.h"
#include "Dialogs.h"
#include "Labels.h"
#include "Icons.h"
#include "PrivateDestinationDialog.h"
#include "SendFileDialog.h"
#include "WorkplaceSession.h"

#include <QAction>
#include <QDropEvent>
#include <QMimeData>
#include <QTabWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scanflow {

WorkplaceWindow::WorkplaceWindow(const QUrl &server, const QByteArray &apiKey, const QString &keychainName, QWidget *parent)
    : QMainWindow(parent), m_api(new ApiClient(this)), m_session(new WorkplaceSession(m_api, keychainName, this)),
      m_pages(new QStackedWidget(this))
{
    Icons::loadResources();
    setObjectName(QStringLiteral("workplaceWindow"));
    setWindowTitle(tr("ScanFlow Workplace"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scanflow.svg")));
    resize(720, 480);
    m_api->setBaseUrl(server);
    m_api->setApiKey(apiKey);
    m_pages->addWidget(signInPage());
    m_pages->addWidget(destinationsPage());
    setCentralWidget(m_pages);

    connect(m_session, &WorkplaceSession::signedIn, this, [this](const QString &user) {
        m_password->clear();
        m_signIn->setEnabled(true);
        m_signInMessage->clear();
        m_who->setText(tr("Signed in as <b>%1</b>").arg(user.toHtmlEscaped()));
        m_pages->setCurrentIndex(1);
        reload();
    });
    connect(m_session, &WorkplaceSession::signedOut, this, [this] {
        m_signIn->setEnabled(true);
        m_items = {};
        m_list->clear();
        m_workflowItems = {};
        m_workflows->clear();
        m_pages->setCurrentIndex(0);
        m_user->setFocus();
    });
    connect(m_session, &WorkplaceSession::failed, this, [this](const QString &message) {
        m_signIn->setEnabled(true);
        m_signInMessage->setText(message);
        if (m_session->isSignedIn())
            m_status->setText(message);
    });
}

WorkplaceWindow::~WorkplaceWindow() = default;

QWidget *WorkplaceWindow::signInPage()
{
    auto *page = new QWidget(this);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("workplaceUser"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("workplacePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn = new QPushButton(tr("&Sign in"), page);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_signInMessage = new QLabel(page);
    m_signInMessage->setObjectName(QStringLiteral("signInMessage"));
    m_signInMessage->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *title = new QLabel(tr("<h2>Workplace</h2><p>Sign in to send files and to authorize your private destinations.</p>"), page);
    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addLayout(form);
    box->addWidget(m_signIn, 0, Qt::AlignRight);
    box->addWidget(m_signInMessage);
    auto *center = new QHBoxLayout(page);
    center->addStretch(1);
    center->addLayout(box, 2);
    center->addStretch(1);
    const auto go = [this] { signIn(m_user->text().trimmed(), m_password->text()); };
    connect(m_signIn, &QPushButton::clicked, this, go);
    connect(m_password, &QLineEdit::returnPressed, this, go);
    return page;
}

QWidget *WorkplaceWindow::destinationsPage()
{
    auto *page = new QWidget(this);
    m_who = new QLabel(page);
    m_who->setObjectName(QStringLiteral("signedInAs"));
    auto *signOutButton = new QPushButton(tr("Sign &out"), page);
    signOutButton->setObjectName(QStringLiteral("signOut"));
    connect(signOutButton, &QPushButton::clicked, this, &WorkplaceWindow::signOut);
    auto *top = new QHBoxLayout;
    top->addWidget(m_who, 1);
    top->addWidget(signOutButton);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("workplaceTabs"));
    m_tabs->addTab(workflowsTab(), tr("Send &files"));
    m_tabs->addTab(destinationsTab(), tr("&Private destinations"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("workplaceStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    return page;
}

QWidget *WorkplaceWindow::workflowsTab()
{
    auto *page = new QWidget(this);
    auto *bar = new QToolBar(page);
    QAction *send = bar->addAction(tr("&Send file…"), this, [this] {
        sendFile(m_workflows->currentItem() ? m_workflows->indexOfTopLevelItem(m_workflows->currentItem()) : -1);
    });
    send->setObjectName(QStringLiteral("sendFileAction"));
    send->setIcon(Icons::named(QStringLiteral("document-send"), QStringLiteral("action-send")));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Actions::showShortcutsInTips(bar);
    send->setShortcut(QKeySequence::Open);
    send->setToolTip(tr("Send a file through the selected workflow (%1); or drop files on it").arg(send->shortcut().toString(QKeySequence::NativeText)));
    QAction *again = bar->addAction(Icons::named(QStringLiteral("view-refresh"), QStringLiteral("action-reload")), tr("Re&load"), this, [this] { reload(); });
    again->setShortcut(QKeySequence::Refresh);
    m_workflows = new QTreeWidget(page);
    m_workflows->setObjectName(QStringLiteral("workplaceWorkflows"));
    m_workflows->setHeaderLabels({tr("Workflow"), tr("Asks for"), tr("Still needed")});
    m_workflows->setRootIsDecorated(false);
    m_workflows->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workflows->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_workflows->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_workflows->setAcceptDrops(true);
    m_workflows->viewport()->setAcceptDrops(true);
    m_workflows->viewport()->installEventFilter(this);
    connect(m_workflows, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        sendFile(m_workflows->indexOfTopLevelItem(item));
    });
    auto *title = new QLabel(tr("<b>Send files</b> — the workflows you may use. Choose one and a file, "
                                "or drop files on it, and enter what it asks for."), page);
    title->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(bar);
    layout->addWidget(m_workflows, 1);
    return page;
}

QWidget *WorkplaceWindow::destinationsTab()
{
    auto *page = new QWidget(this);
    auto *bar = new QToolBar(page);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Actions::showShortcutsInTips(bar);
    const auto action = [&](const QString &name, const QString &text, const QIcon &icon, const QKeySequence &key, auto slot) {
        QAction *a = bar->addAction(icon, text, this, slot);
        a->setObjectName(name);
        a->setShortcut(key);
        return a;
    };
    action(QStringLiteral("authorizeDestination"), tr("&Authorize…"), Icons::named({}, QStringLiteral("key")),
           QKeySequence(Qt::CTRL | Qt::Key_E), [this] { openDestination(selectedRow()); });
    action(QStringLiteral("revokeDestination"), tr("&Revoke"), Icons::named(QStringLiteral("edit-delete"), QStringLiteral("action-remove")),
           QKeySequence::Delete, [this] { revoke(selectedRow()); });
    action(QStringLiteral("reloadDestinations"), tr("Re&load"), Icons::named(QStringLiteral("view-refresh"), QStringLiteral("action-reload")),
           QKeySequence(), [this] { reload(); });

    m_list = new QTreeWidget(page);
    m_list->setObjectName(QStringLiteral("privateDestinations"));
    m_list->setHeaderLabels({tr("Private destination"), tr("State"), tr("Still needed")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openDestination(m_list->indexOfTopLevelItem(item));
    });
    auto *title = new QLabel(tr("<b>Private destinations</b> — workflows that deliver with your own account or values. "
                                "Open one to authorize it."), page);
    title->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(bar);
    layout->addWidget(m_list, 1);
    return page;
}

void WorkplaceWindow::start()
{
    m_signIn->setEnabled(false);
    m_signInMessage->setText(tr("Signing in…"));
    m_session->resume();
}

void WorkplaceWindow::signIn(const QString &user, const QString &password)
{
    if (user.isEmpty() || password.isEmpty()) {
        m_signInMessage->setText(tr("Enter your user name and password."));
        return;
    }
    m_signIn->setEnabled(false);
    m_signInMessage->setText(tr("Signing in…"));
    m_session->signIn(user, password);
}

void WorkplaceWindow::signOut()
{
    m_session->signOut();
}

void WorkplaceWindow::reload()
{
    m_status->setText(tr("Loading…"));
    m_loading = 2;
    const auto oneDone = [this] {
        if (--m_loading == 0)
            emit loaded();
    };
    m_api->get(QStringLiteral("/workplace/destinations"), {}, this, [this, oneDone](const ApiReply &r) {
        if (!r.ok()) {
            m_status->setText(tr("Cannot list your private destinations: %1").arg(r.errorMessage()));
            return;
        }
        showDestinations(r.array());
        oneDone();
    });
    m_api->get(QStringLiteral("/workplace/workflows"), {}, this, [this, oneDone](const ApiReply &r) {
        if (!r.ok()) {
            m_status->setText(tr("Cannot list the workflows you may use: %1").arg(r.errorMessage()));
            return;
        }
        showWorkflows(r.array());
        oneDone();
    });
}

void WorkplaceWindow::showWorkflows(const QJsonArray &items)
{
    const int selected = m_workflows->currentItem() ? m_workflows->indexOfTopLevelItem(m_workflows->currentItem()) : 0;
    m_workflowItems = items;
    m_workflows->clear();
    for (const QJsonValue &v : items) {
        QStringList asks;
        for (const QJsonValue &t : v[QStringLiteral("terminal")].toArray())
            asks << (t[QStringLiteral("label")].toString().isEmpty() ? t[QStringLiteral("key")].toString() : t[QStringLiteral("label")].toString());
        const QJsonObject destination = v[QStringLiteral("privateDestination")].toObject();
        auto *item = new QTreeWidgetItem(m_workflows, {v[QStringLiteral("name")].toString(), asks.join(QLatin1String(", ")),
                                                       destination.isEmpty() ? QString() : stillNeeded(destination)});
        if (!item->text(2).isEmpty())
            item->setIcon(2, Icons::warning());
    }
    if (!items.isEmpty())
        m_workflows->setCurrentItem(m_workflows->topLevelItem(std::min(selected, int(items.size()) - 1)));
}

SendFileDialog *WorkplaceWindow::sendFile(int row, const QString &file)
{
    if (row < 0 || row >= m_workflowItems.size())
        return nullptr;
    const QJsonObject workflow = m_workflowItems.at(row).toObject();
    const QJsonObject destination = workflow.value(QStringLiteral("privateDestination")).toObject();
    auto *dialog = new SendFileDialog(m_api, workflow, destination.isEmpty() ? QString() : stillNeeded(destination), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        dialog->setFile(file);
    dialog->open();
    return dialog;
}

bool WorkplaceWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_workflows || watched != m_workflows->viewport())
        return QMainWindow::eventFilter(watched, event);
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove && event->type() != QEvent::Drop)
        return QMainWindow::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QTreeWidgetItem *item = m_workflows->itemAt(drop->position().toPoint());
    const QList<QUrl> urls = drop->mimeData()->urls();
    if (!item || urls.isEmpty() || !urls.first().isLocalFile()) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    m_workflows->setCurrentItem(item);
    if (event->type() == QEvent::Drop) // one file a dialog: its values may differ from file to file
        sendFile(m_workflows->indexOfTopLevelItem(item), urls.first().toLocalFile());
    return true;
}

// What the server says is not saved yet ("values.customerCode", "login", "token"), in the
// words the user knows: the parameters' labels, the login, the account.
QString WorkplaceWindow::stillNeeded(const QJsonObject &destination)
{
    QStringList out;
    for (const QJsonValue &m : destination.value(QStringLiteral("missing")).toArray()) {
        const QString what = m.toString();
        if (what.startsWith(QLatin1String("values."))) {
            QString label = what.mid(7);
            for (const QJsonValue &p : destination.value(QStringLiteral("parameters")).toArray()) {
                if (p[QStringLiteral("key")].toString() == label)
                    label = p[QStringLiteral("label")].toString();
            }
            out.append(label);
        } else if (what == QLatin1String("login")) {
            out.append(tr("login"));
        } else if (what == QLatin1String("password")) {
            out.append(tr("password"));
        } else if (what == QLatin1String("token")) {
            out.append(tr("authorization with your account"));
        } else {
            out.append(what);
        }
    }
    return out.join(QLatin1String(", "));
}

void WorkplaceWindow::showDestinations(const QJsonArray &items)
{
    const int selected = std::max(0, selectedRow());
    m_items = items;
    m_list->clear();
    for (const QJsonValue &v : items) {
        const QString state = v[QStringLiteral("state")].toString();
        auto *item = new QTreeWidgetItem(m_list, {v[QStringLiteral("name")].toString(), Labels::authorizationState(state)});
        item->setData(1, Qt::UserRole, state);
        item->setIcon(1, QIcon(state == QLatin1String("Authorized") ? QStringLiteral(":/icons/key-ok.svg")
                               : state == QLatin1String("NeedsRenewal") ? QStringLiteral(":/icons/key-renew.svg")
                                                                        : QStringLiteral(":/icons/key.svg")));
        const QString reason = v[QStringLiteral("reason")].toString();
        item->setToolTip(1, reason.isEmpty() ? tr("Open to authorize") : reason);
        item->setText(2, stillNeeded(v.toObject()));
    }
    if (!items.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::min(selected, int(items.size()) - 1)));
    m_status->setText(items.isEmpty() ? tr("No workflow needs your private data.")
                                      : tr("%n private destination(s)", nullptr, int(items.size())));
}

int WorkplaceWindow::selectedRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

PrivateDestinationDialog *WorkplaceWindow::openDestination(int row)
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    auto *dialog = new PrivateDestinationDialog(m_api, m_items.at(row).toObject(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrivateDestinationDialog::saved, this, [this](const QJsonObject &item) {
        m_status->setText(tr("\"%1\" is %2.").arg(item.value(QStringLiteral("name")).toString(),
                                                 Labels::authorizationState(item.value(QStringLiteral("state")).toString()).toLower()));
        reload();
    });
    dialog->open();
    return dialog;
}

void WorkplaceWindow::revoke(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const QJsonObject item = m_items.at(row).toObject();
    if (Dialogs::question(this, tr("Revoke"), tr("Forget what you saved for \"%1\"? Its deliveries of your files stop until you authorize it again.")
                                                  .arg(item.value(QStringLiteral("name")).toString()),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_api->remove(QStringLiteral("/workplace/destinations/%1").arg(item.value(QStringLiteral("workflowId")).toInteger()), {}, this,
                  [this](const ApiReply &r) {
        if (!r.ok())
            m_status->setText(tr("Not revoked: %1").arg(r.errorMessage()));
        reload();
    });
}

} // namespace scanflow
