#pragma once

#include <QMainWindow>

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

    WorkflowListPage *workflowList() const { return m_list; }
    WorkflowEditor *editor() const { return m_editor; }
    void showWorkflows();
    // Shows the page with this object name ("usersPage", "certificatesPage", …).
    bool showPage(const QString &objectName);
    void openWorkflow(const Workflow &workflow);
    // Opens the test delivery dialog for the workflow in the editor (not modal; returned for tests).
    class TestDeliveryDialog *testDelivery();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();

    ApiClient *m_api;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStackedWidget *m_workflowPages;
    WorkflowListPage *m_list;
    WorkflowEditor *m_editor;
};

} // namespace scanflow
