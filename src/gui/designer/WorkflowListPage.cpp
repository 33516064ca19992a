#include "WorkflowListPage.h"

#include "Actions.h"
#include "Icons.h"

#include "ApiClient.h"
#include "Dialogs.h"
#include "WorkflowJson.h"
#include "WorkflowListModel.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace scanflow {

Workflow WorkflowListPage::blankWorkflow(const QString &name)
{
    Workflow w;
    w.name = name;
    Step delivery;
    delivery.kind = StepKind::Delivery;
    delivery.method = HttpMethod::Post;
    delivery.body = BodyType::Multipart;
    w.destination.steps.append(delivery);
    return w;
}

WorkflowListPage::WorkflowListPage(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_model(new WorkflowListModel(this)), m_view(new QTableView(this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("workflowList"));
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("workflowToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Each with the theme's icon where the desktop has one, else ours.
    const auto action = [&](const QString &name, const QString &text, const char *theme, const char *ours, const QKeySequence &key,
                            auto slot) {
        QAction *a = bar->addAction(Icons::named(QLatin1String(theme), QLatin1String(ours)), text, this, slot);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    action(QStringLiteral("newWorkflow"), tr("&New"), "document-new", "action-add", QKeySequence::New, [this] { newWorkflow(); });
    action(QStringLiteral("openWorkflow"), tr("&Open"), "document-open", "action-open", QKeySequence(Qt::Key_Return), [this] { openSelected(); });
    action(QStringLiteral("duplicateWorkflow"), tr("D&uplicate"), "edit-copy", "action-copy", QKeySequence(Qt::CTRL | Qt::Key_D),
           [this] { duplicateSelected(); });
    action(QStringLiteral("deleteWorkflow"), tr("&Delete"), "edit-delete", "action-remove", QKeySequence::Delete, [this] { deleteSelected(); });
    bar->addSeparator();
    action(QStringLiteral("importWorkflow"), tr("&Import…"), "document-import", "action-import", QKeySequence(Qt::CTRL | Qt::Key_I),
           [this] { importFile(); });
    action(QStringLiteral("exportWorkflow"), tr("&Export…"), "document-export", "action-export", QKeySequence(Qt::CTRL | Qt::Key_E),
           [this] { exportSelected(); });
    bar->addSeparator();
    action(QStringLiteral("reloadWorkflows"), tr("&Reload"), "view-refresh", "action-reload", QKeySequence::Refresh, [this] { reload(); });
    Actions::showShortcutsInTips(bar);

    m_view->setObjectName(QStringLiteral("workflowTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Authorization, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Url, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == WorkflowListModel::Authorization && !index.data(Qt::DecorationRole).isNull())
            emit authorizeRequested(m_model->row(index.row()).workflow.id);
        else
            openSelected();
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == WorkflowListModel::Authorization && !index.data(Qt::DecorationRole).isNull())
            emit authorizeRequested(m_model->row(index.row()).workflow.id);
    });
    m_state->setObjectName(QStringLiteral("listState"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);
}

void WorkflowListPage::reload()
{
    m_state->setText(tr("Loading…"));
    const QString selected = selectedId();
    m_api->get(QStringLiteral("/scan/workflows"), {}, this, [this, selected](const ApiReply &reply) {
        if (!reply.ok()) {
            m_state->setText(tr("Cannot list the workflows: %1").arg(reply.errorMessage()));
            return;
        }
        QList<WorkflowListModel::Row> rows;
        QStringList unreadable;
        for (const QJsonValue &v : reply.array()) {
            const auto w = workflowFromJson(v.toObject());
            if (w)
                rows.append({*w, {}, {}});
            else
                unreadable.append(v.toObject().value(QStringLiteral("name")).toString());
        }
        m_model->setRows(rows);
        m_state->setText(unreadable.isEmpty() ? tr("%n workflow(s)", nullptr, int(rows.size()))
                                              : tr("%n workflow(s); unreadable: %1", nullptr, int(rows.size())).arg(unreadable.join(QLatin1String(", "))));
        for (const auto &row : std::as_const(rows)) {
            const QString id = row.workflow.id;
            QUrlQuery last;
            last.addQueryItem(QStringLiteral("workflowid"), id);
            last.addQueryItem(QStringLiteral("maxrecords"), QStringLiteral("1"));
            m_api->get(QStringLiteral("/deliveries"), last, this, [this, id](const ApiReply &r) {
                const QJsonArray d = r.object().value(QStringLiteral("deliveries")).toArray();
                if (r.ok() && !d.isEmpty())
                    m_model->setLastDelivery(id, d.first().toObject().value(QStringLiteral("state")).toString());
            });
            if (row.workflow.destination.auth.type == AuthType::OAuth2) {
                m_api->get(QStringLiteral("/scan/workflows/%1/authorization").arg(id), {}, this, [this, id](const ApiReply &r) {
                    if (r.ok())
                        m_model->setAuthorization(id, r.object().value(QStringLiteral("state")).toString());
                });
            }
        }
        select(selected);
        emit loaded();
    });
}

void WorkflowListPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

QString WorkflowListPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->row(current.row()).workflow.id : QString();
}

void WorkflowListPage::newWorkflow()
{
    emit openRequested(blankWorkflow(tr("New workflow")));
}

void WorkflowListPage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Workflow w = m_model->row(current.row()).workflow;
    // A draft (made through the API with a name and a connector) is finished here: it opens
    // with the Delivery request a new workflow has, and active, as the admin means to use it.
    if (w.isDraft()) {
        w.destination.steps = blankWorkflow(w.name).destination.steps;
        w.active = true;
    }
    emit openRequested(w);
}

void WorkflowListPage::create(const Workflow &workflow, const QString &what, Created done)
{
    QJsonObject json = workflowToJson(workflow, SecretHandling::Include);
    json.remove(QStringLiteral("id"));
    // Names are unique on the server: a second import or try of the same one is numbered.
    QSet<QString> taken;
    for (int i = 0; i < m_model->rowCount(); ++i)
        taken.insert(m_model->row(i).workflow.name);
    QString name = workflow.name;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(workflow.name).arg(n);
    json.insert(QStringLiteral("name"), name);
    m_api->sendJson("POST", QStringLiteral("/scan/workflows"), QJsonDocument(json), this, [this, what, done](const ApiReply &reply) {
        if (!reply.ok()) {
            Dialogs::warning(this, what, tr("The server did not save the workflow: %1").arg(reply.errorMessage()));
            if (done)
                done({}, {});
            return;
        }
        const QString id = QString::number(reply.object().value(QStringLiteral("id")).toInteger());
        emit message(tr("%1: \"%2\" saved.").arg(what, reply.object().value(QStringLiteral("name")).toString()));
        m_view->setCurrentIndex({});
        connect(this, &WorkflowListPage::loaded, this, [this, id] { select(id); }, Qt::SingleShotConnection);
        reload();
        if (done)
            done(id, reply.object().value(QStringLiteral("name")).toString());
    });
}

void WorkflowListPage::duplicateSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Workflow copy = m_model->row(current.row()).workflow;
    copy.id.clear();
    copy.name = tr("Copy of %1").arg(copy.name);
    // Stored secrets are never answered by the server, so the copy asks for them again. A
    // client certificate is only whole with its key, which the copy does not have: it goes.
    Connection &c = copy.destination.connection;
    if (c.clientCertFormat != ClientCertFormat::None) {
        c.clientCertFormat = ClientCertFormat::None;
        c.clientCertificate.clear();
        c.clientKey.clear();
        c.clientKeyPassword.clear();
        emit message(tr("The copy has no client certificate: load it in the copy's Connection settings."));
    }
    create(copy, tr("Duplicate"));
}

void WorkflowListPage::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Workflow &w = m_model->row(current.row()).workflow;
    const QString id = w.id;
    const auto answer = Dialogs::question(this, tr("Delete workflow"),
                                          tr("Delete \"%1\"? Its stored secrets and every user's saved authorization go with it.").arg(w.name),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_api->remove(QStringLiteral("/scan/workflows/%1").arg(id), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            Dialogs::warning(this, tr("Delete workflow"), tr("The server did not delete the workflow: %1").arg(reply.errorMessage()));
            return;
        }
        emit message(tr("Workflow deleted."));
        reload();
    });
}

void WorkflowListPage::importFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import workflow"), tr("Workflows (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warning(this, tr("Import workflow"), tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        return;
    }
    auto w = workflowFromJson(file.readAll());
    if (!w) {
        Dialogs::warning(this, tr("Import workflow"), tr("\"%1\" is not a workflow: %2").arg(path, w.error()));
        return;
    }
    w.value().id.clear();
    create(*w, tr("Import"));
}

void WorkflowListPage::exportSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Workflow &w = m_model->row(current.row()).workflow;
    const QString path = Dialogs::saveFileName(this, tr("Export workflow"), w.name + QLatin1String(".json"), tr("Workflows (*.json)"));
    if (path.isEmpty())
        return;
    QJsonObject json = workflowToJson(w, SecretHandling::Omit);
    json.remove(QStringLiteral("id"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        Dialogs::warning(this, tr("Export workflow"), tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Exported \"%1\" to %2 (without secrets).").arg(w.name, path));
}

} // namespace scanflow
