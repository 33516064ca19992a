#pragma once

#include "ApiClient.h"
#include "JsonTableModel.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QTreeWidget;

namespace scanflow {

class FieldForm;

// One managed entity kind (users, groups, ports, …) as a page of the admin window: a search
// field, a table, the details of the selected row, and Add / Edit / Delete / Refresh with
// their keys (Insert, Return, Delete, F5). A page says how to list, show, add, edit and delete
// its kind; loading, confirming, error lines and keeping the selection are done here.
class EntityPage : public QWidget
{
    Q_OBJECT

public:
    EntityPage(ApiClient *api, const QString &name, QWidget *parent);

    QTableView *view() const { return m_view; }
    JsonTableModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *details() const { return m_details; }
    // The entity of the selected row, or an empty object.
    QJsonObject selected() const;
    // Selects the first row whose field has this value; false when none has.
    bool select(const QString &field, const QJsonValue &value);
    bool isLoaded() const { return m_loaded; }
    // Sizes the columns (or one) to their contents, unless their widths were remembered.
    void fitColumns(int column = -1);
    // Forgets what was loaded (another server was connected); the page loads again when shown.
    void forget();
    // Whether a call of this page waits for its answer (tests wait on it).
    bool isBusy() const { return m_busy > 0; }

public slots:
    virtual void reload();
    // The actions, also for the keyboard and tests: they work on the selected row.
    void addItem();
    void editItem();
    void deleteItem();

signals:
    void message(const QString &text);
    void loaded();
    // The form a page opened (tests fill it).
    void formOpened(FieldForm *form);

protected:
    // What a page says about its kind.
    virtual QString listPath() const = 0;
    virtual QUrlQuery listQuery() const { return {}; }
    virtual QList<QJsonObject> rowsOf(const ApiReply &reply) const;
    virtual QString nameOf(const QJsonObject &entity) const;
    // The path DELETE goes to.
    virtual QString deletePath(const QJsonObject &entity) const = 0;
    // Why this entity cannot be deleted, or empty when it can.
    virtual QString cannotDelete(const QJsonObject &) const { return {}; }
    virtual QUrlQuery deleteQuery(const QJsonObject &) const { return {}; }
    // A form for a new entity (entity empty) or for editing one; null when this kind cannot.
    virtual FieldForm *makeForm(const QJsonObject &entity) { Q_UNUSED(entity) return nullptr; }
    // Sends the filled form; `done` gets the server's answer.
    virtual void send(FieldForm *form, const QJsonObject &entity, ApiClient::Callback done) { Q_UNUSED(form) Q_UNUSED(entity) Q_UNUSED(done) }
    // The details pane: every field by default; pages add what needs another call.
    virtual void showDetails(const QJsonObject &entity);

    void setColumns(const QList<JsonTableModel::Column> &columns);
    // The fields the details pane shows, in this order, with their labels; without a list it
    // shows every field under its JSON name.
    void setDetailFields(const QList<QPair<QString, QString>> &fields) { m_detailFields = fields; }
    // Which of Add and Edit this kind has (Delete: see deletePath).
    void setCanAddEdit(bool canAdd, bool canEdit);
    void addDetail(const QString &field, const QString &value);
    // An extra toolbar action that needs a selected row when `needsRow`.
    // `ours`: the icon in resources/icons, where the theme has no `theme` icon.
    QAction *addPageAction(const QString &text, const QString &objectName, const char *theme, const char *ours, bool needsRow,
                           std::function<void()> run);
    // Opens a form; OK sends it with `sendForm` and, once the server accepts, closes it, reloads
    // and says `done`.
    void runForm(FieldForm *form, std::function<void(ApiClient::Callback)> sendForm, const QString &done);
    // A page that loads its own way says so when its list is shown.
    void markLoaded();
    // An answer for `send` to give when it finds the form wrong before asking the server.
    static ApiReply refusal(const QString &message);
    // Calls made through these count as the page's own (busy, error to the status bar).
    ApiClient::Callback tracked(ApiClient::Callback done);
    // Filtering: by default the loaded rows are filtered locally as typed; a page whose list is
    // too long to hold (users) filters on the server instead: searchChanged() runs once typing
    // pauses (by default it reloads).
    void setServerSideSearch(bool serverSide);
    virtual void searchChanged() { reload(); }
    QString searchText() const;
    // The server's root account (GET /account), fetched once per server: its id and first
    // domain name are what several endpoints take. Runs `then` once it is known.
    void withAccount(std::function<void()> then);
    qint64 accountId() const;
    QString accountDomain() const;

    ApiClient *m_api;

private:
    void loadList();
    void updateActions();

    JsonTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QTableView *m_view;
    QTreeWidget *m_details;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QList<QAction *> m_rowActions;
    QList<QPair<QString, QString>> m_detailFields;
    QJsonObject m_account;
    bool m_loaded = false;
    bool m_serverSearch = false;
    bool m_canAdd = true;
    bool m_canEdit = true;
    int m_busy = 0;
};

} // namespace scanflow
