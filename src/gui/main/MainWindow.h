#pragma once

#include "ConnectionStore.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace scanflow {

class ApiClient;
class WorkflowEditor;
class WorkflowListPage;
struct Workflow;

// The admin window: a page per area on the left (workflows, delivery history, …); the
// Workflows page holds the list and, when one is opened, its designer. It talks to the server
// only through ApiClient.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *api, QWidget *parent = nullptr);

    // Points the ApiClient at the chosen server (starting the embedded one when needed); says
    // why it could not. The app provides it; without one, File › Connect is not offered.
    using Connector = std::function<std::optional<QString>(const ConnectionStore::Choice &, const QString &apiKey)>;
    void setConnector(Connector connector);
    // Opens File › Connect to server (not modal; returned for tests).
    class ConnectDialog *connectDialog();
    // Everything shown came from the previous server: load it again from the current one.
    void reloadAll();

    WorkflowListPage *workflowList() const { return m_list; }
    WorkflowEditor *editor() const { return m_editor; }
    void showWorkflows();
    // Shows the page with this object name ("usersPage", "certificatesPage", …).
    bool showPage(const QString &objectName);
    void openWorkflow(const Workflow &workflow);
    // File › Open Workplace: the user's window on the same server (returned for tests).
    class WorkplaceWindow *openWorkplace();
    // Opens the key icon's dialog of a listed workflow (not modal; returned for tests).
    class AuthorizationDialog *authorize(const QString &workflowId);
    // Opens the test delivery dialog for the workflow in the editor (not modal; returned for tests).
    class TestDeliveryDialog *testDelivery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void pageShown(QWidget *page);

    ApiClient *m_api;
    Connector m_connector;
    QAction *m_connect = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStackedWidget *m_workflowPages;
    WorkflowListPage *m_list;
    WorkflowEditor *m_editor;
    class StartPage *m_start;
    class DeliveryFeed *m_feed;
    bool m_inboxLoaded = false;
    bool m_historyLoaded = false;
    bool m_layoutRestored = false;
};

} // namespace scanflow
