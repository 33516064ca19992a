#pragma once

#include <QWidget>

#include <functional>

class QTableView;
class QLabel;

namespace scanflow {

class ApiClient;
class WorkflowListModel;
struct Workflow;

// Every workflow on the server, with New, Open, Duplicate, Delete (confirmed), Import and
// Export as JSON files, and the key icon of each shared OAuth workflow.
class WorkflowListPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowListPage(ApiClient *api, QWidget *parent = nullptr);

    WorkflowListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    void select(const QString &id);

    void newWorkflow();
    void openSelected();
    void duplicateSelected();
    void deleteSelected();
    void importFile();
    void exportSelected();

    // Saves a new workflow on the server (`what` names the action in messages), under a name
    // of its own ("Name 2" when Name is taken), lists and selects it; then done(id, name), or
    // done({}, {}) when the server refused it (the reason is shown).
    using Created = std::function<void(const QString &id, const QString &name)>;
    void create(const Workflow &workflow, const QString &what, Created done = {});

    // A workflow as the designer starts it: one Delivery step, multipart POST.
    static Workflow blankWorkflow(const QString &name);

signals:
    void openRequested(const Workflow &workflow);
    void authorizeRequested(const QString &id);
    void message(const QString &text);
    void loaded();

private:
    QString selectedId() const;

    ApiClient *m_api;
    WorkflowListModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
};

} // namespace scanflow
