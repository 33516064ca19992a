#include "EntityPage.h"

#include "Actions.h"

#include "Dialogs.h"
#include "FieldForm.h"
#include "Icons.h"
#include "RememberedState.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scanflow {

EntityPage::EntityPage(ApiClient *api, const QString &name, QWidget *parent)
    : QWidget(parent), m_api(api), m_model(new JsonTableModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_toolBar(new QToolBar(this)), m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_details(new QTreeWidget(this))
{
    setObjectName(name);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(find);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this, searchDelay](const QString &text) {
        if (m_serverSearch)
            searchDelay->start(); // one request when typing pauses, not one per key
        else
            m_filter->setFilterFixedString(text);
    });
    connect(searchDelay, &QTimer::timeout, this, [this] { searchChanged(); });

    // Each with the theme's icon where the desktop has one, else ours; every tip names its key,
    // the page's own actions added later too.
    m_toolBar->setObjectName(QStringLiteral("entityToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Actions::showShortcutsInTips(m_toolBar);
    const auto action = [this](const QString &text, const QString &objectName, const char *theme, const char *ours,
                               const QKeySequence &key, void (EntityPage::*slot)()) {
        auto *a = m_toolBar->addAction(Icons::named(QLatin1String(theme), QLatin1String(ours)), text, this, slot);
        a->setObjectName(objectName);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_add = action(tr("Add…"), QStringLiteral("add"), "list-add", "action-add", QKeySequence(Qt::Key_Insert), &EntityPage::addItem);
    m_edit = action(tr("Edit…"), QStringLiteral("edit"), "document-edit", "action-edit", QKeySequence(Qt::CTRL | Qt::Key_E),
                    &EntityPage::editItem);
    m_delete = action(tr("Delete"), QStringLiteral("delete"), "edit-delete", "action-remove", QKeySequence::Delete, &EntityPage::deleteItem);
    action(tr("Refresh"), QStringLiteral("refresh"), "view-refresh", "action-reload", QKeySequence::Refresh, &EntityPage::reload);
    m_toolBar->addSeparator();

    m_view->setObjectName(QStringLiteral("entityTable")); // its column widths are remembered by this name
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so long lists scroll smoothly.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_canEdit)
            editItem();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails(selected());
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showDetails(selected());
    });

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setHeaderLabels({tr("Field"), tr("Value")});
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_search);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    updateActions();
}

void EntityPage::setColumns(const QList<JsonTableModel::Column> &columns)
{
    m_model->setColumns(columns);
}

void EntityPage::setCanAddEdit(bool canAdd, bool canEdit)
{
    m_canAdd = canAdd;
    m_canEdit = canEdit;
    m_add->setVisible(canAdd);
    m_edit->setVisible(canEdit);
    updateActions();
}

void EntityPage::setServerSideSearch(bool serverSide)
{
    m_serverSearch = serverSide;
    m_view->setSortingEnabled(!serverSide); // the server's order is the only one a paged list has
}

QString EntityPage::searchText() const
{
    return m_search->text().trimmed();
}

QAction *EntityPage::addPageAction(const QString &text, const QString &objectName, const char *theme, const char *ours, bool needsRow,
                                   std::function<void()> run)
{
    QAction *a = m_toolBar->addAction(Icons::named(QLatin1String(theme), QLatin1String(ours)), text, this, std::move(run));
    a->setObjectName(objectName);
    if (needsRow)
        m_rowActions.append(a);
    updateActions();
    return a;
}

void EntityPage::updateActions()
{
    const bool hasRow = !selected().isEmpty();
    m_add->setEnabled(m_canAdd);
    m_edit->setEnabled(m_canEdit && hasRow);
    m_delete->setEnabled(hasRow);
    for (QAction *a : std::as_const(m_rowActions))
        a->setEnabled(hasRow);
}

QJsonObject EntityPage::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_filter->data(current, JsonTableModel::ObjectRole).toJsonObject();
}

bool EntityPage::select(const QString &field, const QJsonValue &value)
{
    const int row = m_model->findRow(field, value);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

ApiClient::Callback EntityPage::tracked(ApiClient::Callback done)
{
    ++m_busy;
    return [this, done = std::move(done)](const ApiReply &reply) {
        --m_busy;
        done(reply);
    };
}

ApiReply EntityPage::refusal(const QString &message)
{
    ApiReply reply;
    reply.networkError = message; // status 0: errorMessage() is this text
    return reply;
}

QList<QJsonObject> EntityPage::rowsOf(const ApiReply &reply) const
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : reply.array())
        rows.append(v.toObject());
    return rows;
}

QString EntityPage::nameOf(const QJsonObject &entity) const
{
    for (const char *key : {"name", "userName", "portName", "subject", "alias"}) {
        const QString v = entity.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v;
    }
    return entity.value(QStringLiteral("id")).toVariant().toString();
}

void EntityPage::withAccount(std::function<void()> then)
{
    if (!m_account.isEmpty()) {
        then();
        return;
    }
    m_api->get(QStringLiteral("/account"), {}, this, tracked([this, then = std::move(then)](const ApiReply &reply) {
        if (reply.ok())
            m_account = reply.object();
        else
            emit message(tr("Cannot read the account: %1").arg(reply.errorMessage()));
        then();
    }));
}

qint64 EntityPage::accountId() const
{
    return m_account.value(QStringLiteral("id")).toInteger(1);
}

QString EntityPage::accountDomain() const
{
    const QJsonArray names = m_account.value(QStringLiteral("domainNames")).toArray();
    return names.isEmpty() ? QStringLiteral("localhost") : names.first().toString();
}

void EntityPage::reload()
{
    withAccount([this] { loadList(); });
}

void EntityPage::loadList()
{
    const QJsonValue keep = selected().value(QStringLiteral("id"));
    m_api->get(listPath(), listQuery(), this, tracked([this, keep](const ApiReply &reply) {
        if (!reply.ok()) {
            emit message(tr("Cannot load the list: %1").arg(reply.errorMessage()));
            return;
        }
        m_model->setRows(rowsOf(reply));
        fitColumns();
        if (!keep.isUndefined())
            select(QStringLiteral("id"), keep);
        markLoaded();
    }));
}

void EntityPage::forget()
{
    m_loaded = false;
    m_account = {};
    m_model->setRows({});
}

void EntityPage::markLoaded()
{
    m_loaded = true;
    emit loaded();
}

void EntityPage::addItem()
{
    if (!m_canAdd)
        return;
    if (FieldForm *form = makeForm({}))
        runForm(form, [this, form](ApiClient::Callback done) { send(form, {}, std::move(done)); }, tr("Added."));
}

void EntityPage::editItem()
{
    const QJsonObject entity = selected();
    if (!m_canEdit || entity.isEmpty())
        return;
    if (FieldForm *form = makeForm(entity))
        runForm(form, [this, form, entity](ApiClient::Callback done) { send(form, entity, std::move(done)); },
                tr("\"%1\" saved.").arg(nameOf(entity)));
}

void EntityPage::deleteItem()
{
    const QJsonObject entity = selected();
    if (entity.isEmpty())
        return;
    if (const QString reason = cannotDelete(entity); !reason.isEmpty()) {
        Dialogs::warning(this, tr("Delete"), reason);
        return;
    }
    const QString path = deletePath(entity);
    if (Dialogs::question(this, tr("Delete"), tr("Delete \"%1\"? This cannot be undone.").arg(nameOf(entity)),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_api->remove(path, deleteQuery(entity), this, tracked([this, name = nameOf(entity)](const ApiReply &reply) {
        if (!reply.ok()) {
            Dialogs::warning(this, tr("Delete"), tr("\"%1\" was not deleted: %2").arg(name, reply.errorMessage()));
            return;
        }
        emit message(tr("\"%1\" deleted.").arg(name));
        reload();
    }));
}

void EntityPage::runForm(FieldForm *form, std::function<void(ApiClient::Callback)> sendForm, const QString &done)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FieldForm> alive(form);
    connect(form, &FieldForm::submitted, this, [this, alive, sendForm, done] {
        sendForm(tracked([this, alive, done](const ApiReply &reply) {
            if (!alive)
                return;
            if (!reply.ok()) {
                alive->showError(reply.errorMessage());
                return;
            }
            alive->accept();
            emit message(done);
            reload();
        }));
    });
    emit formOpened(form);
    form->open();
}

void EntityPage::showDetails(const QJsonObject &entity)
{
    m_details->clear();
    if (entity.isEmpty())
        return;
    const auto text = [this](const QJsonValue &v) -> QString {
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : v.toArray())
                parts.append(item.isObject() ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
                                             : item.toVariant().toString());
            return parts.join(QStringLiteral(", "));
        }
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isBool())
            return v.toBool() ? tr("Yes") : tr("No");
        return v.toVariant().toString();
    };
    if (m_detailFields.isEmpty()) {
        for (auto it = entity.begin(); it != entity.end(); ++it)
            addDetail(it.key(), text(it.value()));
        return;
    }
    for (const auto &[key, label] : std::as_const(m_detailFields)) {
        if (entity.contains(key))
            addDetail(label, text(entity.value(key)));
    }
}

void EntityPage::addDetail(const QString &field, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_details, {field, value});
    item->setToolTip(1, value);
}

void EntityPage::fitColumns(int column)
{
    // Widths the person left, brought back by RememberedState, stay as they were.
    if (m_view->horizontalHeader()->property(RememberedState::ColumnsRestored).toBool())
        return;
    if (column < 0)
        m_view->resizeColumnsToContents();
    else
        m_view->resizeColumnToContents(column);
}

} // namespace scanflow
