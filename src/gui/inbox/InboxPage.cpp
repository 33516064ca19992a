#include "InboxPage.h"

#include "ApiClient.h"
#include "Colors.h"
#include "DeliveryFeed.h"
#include "DeliveryList.h"
#include "DeliveryListModel.h"
#include "Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace scanflow {

namespace {
enum Column { Name, Folder, Waiting, InFlight, Delivered, Failed, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int FolderRole = Qt::UserRole + 1;
} // namespace

InboxPage::InboxPage(ApiClient *api, DeliveryFeed *feed, QWidget *parent)
    : QWidget(parent), m_api(api), m_feed(feed), m_workflows(new QTableWidget(0, ColumnCount, this)),
      m_openFolder(new QPushButton(tr("&Open folder"), this)), m_copyPath(new QPushButton(tr("Copy &path"), this)),
      m_sendFiles(new QPushButton(tr("&Send files…"), this)), m_hint(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancelSending(new QPushButton(tr("Cancel"), this)), m_list(new DeliveryList(api, feed, this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    setAcceptDrops(true);
    m_workflows->setObjectName(QStringLiteral("inboxWorkflows"));
    m_workflows->setHorizontalHeaderLabels({tr("Workflow"), tr("Inbox folder"), tr("Waiting"), tr("In flight"), tr("Delivered today"),
                                            tr("Failed today")});
    m_workflows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workflows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workflows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workflows->verticalHeader()->hide();
    m_workflows->horizontalHeader()->setSectionResizeMode(Folder, QHeaderView::Stretch);
    for (int column : {Waiting, InFlight, Delivered, Failed})
        m_workflows->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_workflows->setAcceptDrops(true);
    m_workflows->viewport()->setAcceptDrops(true);
    m_workflows->viewport()->installEventFilter(this);
    m_workflows->setToolTip(tr("Drop files on a workflow to deliver them through it"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setIcon(Icons::named(QStringLiteral("folder-open"), QStringLiteral("action-open")));
    m_sendFiles->setIcon(Icons::named(QStringLiteral("document-send"), QStringLiteral("action-send")));
    m_copyPath->setObjectName(QStringLiteral("copyPath"));
    m_sendFiles->setObjectName(QStringLiteral("sendFiles"));
    m_hint->setObjectName(QStringLiteral("inboxHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Copy scans into a workflow's folder, or drop them on its row: each is delivered and shows below."));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->hide();
    m_cancelSending->setObjectName(QStringLiteral("cancelSending"));
    m_cancelSending->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_copyPath);
    buttons->addWidget(m_sendFiles);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelSending);
    buttons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_workflows, 1);
    topLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("inboxSplit"));
    split->addWidget(top);
    split->addWidget(m_list);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_workflows, &QTableWidget::currentCellChanged, this, &InboxPage::updateButtons);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(selectedFolder())); });
    connect(m_copyPath, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(selectedFolder());
        emit message(tr("Copied %1").arg(selectedFolder()));
    });
    connect(m_sendFiles, &QPushButton::clicked, this, [this] {
        const int row = m_workflows->currentRow();
        if (row < 0)
            return;
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Send files through %1").arg(m_workflows->item(row, Name)->text()));
        if (!files.isEmpty())
            send(m_workflows->item(row, Name)->data(IdRole).toLongLong(), files);
    });
    connect(m_cancelSending, &QPushButton::clicked, this, [this] {
        m_toSend.clear();
        if (m_upload)
            m_upload->abort();
    });
    connect(m_list, &DeliveryList::message, this, &InboxPage::message);
    // The counts follow the deliveries (a change, then at most one look a second), and the
    // folders every few seconds while the page shows: a file waits there before it is taken.
    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, this, &InboxPage::loadSummary);
    connect(feed, &DeliveryFeed::changed, this, [this] {
        if (!m_summaryPending) {
            m_summaryPending = true;
            QTimer::singleShot(500, this, [this] {
                m_summaryPending = false;
                loadSummary();
            });
        }
    });
    updateButtons();
}

void InboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->start();
}

void InboxPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop();
}

void InboxPage::reload()
{
    ++m_generation;
    m_list->model()->clear();
    loadSummary();
    loadRecent();
}

void InboxPage::loadSummary()
{
    m_api->get(QStringLiteral("/inbox"), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_hint->setText(tr("Cannot read the inbox: %1").arg(reply.errorMessage()));
            return;
        }
        const qint64 selected = m_workflows->currentRow() >= 0 ? m_workflows->item(m_workflows->currentRow(), Name)->data(IdRole).toLongLong() : 0;
        const QJsonArray all = reply.object().value(QStringLiteral("workflows")).toArray();
        QHash<qint64, QString> names;
        m_workflows->setRowCount(int(all.size()));
        for (int row = 0; row < all.size(); ++row) {
            const QJsonObject w = all.at(row).toObject();
            const qint64 id = w.value(QStringLiteral("workflowId")).toInteger();
            names.insert(id, w.value(QStringLiteral("name")).toString());
            const auto cell = [&](int column, const QString &text) {
                QTableWidgetItem *item = m_workflows->item(row, column);
                if (!item) {
                    item = new QTableWidgetItem;
                    m_workflows->setItem(row, column, item);
                }
                item->setText(text);
                if (column >= Waiting)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                return item;
            };
            cell(Name, w.value(QStringLiteral("name")).toString())->setData(IdRole, id);
            const QString folder = w.value(QStringLiteral("folder")).toString();
            cell(Folder, folder.isEmpty() ? tr("(none: the name cannot be a folder)") : folder)->setData(FolderRole, folder);
            const int waiting = w.value(QStringLiteral("waiting")).toInt() + w.value(QStringLiteral("queued")).toInt();
            cell(Waiting, QString::number(waiting));
            cell(InFlight, QString::number(w.value(QStringLiteral("running")).toInt()));
            cell(Delivered, QString::number(w.value(QStringLiteral("delivered")).toInt()));
            QTableWidgetItem *failed = cell(Failed, QString::number(w.value(QStringLiteral("failed")).toInt()));
            failed->setForeground(w.value(QStringLiteral("failed")).toInt() > 0 ? QBrush(Colors::problem()) : QBrush());
            if (id == selected)
                m_workflows->setCurrentCell(row, Name);
        }
        if (m_workflows->currentRow() < 0 && m_workflows->rowCount() > 0)
            m_workflows->setCurrentCell(0, Name);
        m_list->model()->setWorkflowNames(names);
        emit workflowNames(names);
        updateButtons();
        emit loaded();
    });
}

void InboxPage::loadRecent(const QString &pageToken)
{
    // A page at a time, each shown as it comes: the first rows paint at once, the rest follow
    // without holding up the window.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxrecords"), QString::number(RecentPageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pagetoken"), pageToken);
    m_api->get(QStringLiteral("/deliveries"), query, this, [this, generation = m_generation, first = pageToken.isEmpty()](const ApiReply &reply) {
        if (!reply.ok() || generation != m_generation)
            return;
        const QJsonObject page = reply.object();
        m_list->model()->appendOlder(page.value(QStringLiteral("deliveries")).toArray());
        if (first) // what changes from here on comes through the feed
            m_feed->follow(page.value(QStringLiteral("cursor")).toString());
        const QString next = page.value(QStringLiteral("nextPageToken")).toString();
        if (!next.isEmpty() && m_list->model()->rowCount() < RecentLimit)
            loadRecent(next);
        else
            emit recentLoaded();
    });
}

int InboxPage::rowOf(qint64 workflowId) const
{
    for (int row = 0; row < m_workflows->rowCount(); ++row) {
        if (m_workflows->item(row, Name)->data(IdRole).toLongLong() == workflowId)
            return row;
    }
    return -1;
}

QString InboxPage::selectedFolder() const
{
    const int row = m_workflows->currentRow();
    return row < 0 ? QString() : m_workflows->item(row, Folder)->data(FolderRole).toString();
}

void InboxPage::updateButtons()
{
    const QString folder = selectedFolder();
    // A remote server's folder is on its machine, not this one: it can be copied, not opened.
    m_openFolder->setEnabled(!folder.isEmpty() && QFileInfo(folder).isDir());
    m_copyPath->setEnabled(!folder.isEmpty());
    m_sendFiles->setEnabled(m_workflows->currentRow() >= 0 && !m_upload);
}

bool InboxPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_workflows->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const int row = m_workflows->indexAt(drag->position().toPoint()).row();
        if (drag->mimeData()->hasUrls() && row >= 0) {
            m_workflows->setCurrentCell(row, Name);
            drag->acceptProposedAction();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const int row = m_workflows->indexAt(drop->position().toPoint()).row();
        if (!drop->mimeData()->hasUrls() || row < 0)
            return false;
        drop->acceptProposedAction();
        dropped(drop->mimeData()->urls(), row);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void InboxPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_workflows->rowCount() > 0)
        event->acceptProposedAction();
}

void InboxPage::dropEvent(QDropEvent *event)
{
    // Dropped beside the table: which workflow?
    if (!event->mimeData()->hasUrls() || m_workflows->rowCount() == 0)
        return;
    event->acceptProposedAction();
    QStringList names;
    for (int row = 0; row < m_workflows->rowCount(); ++row)
        names << m_workflows->item(row, Name)->text();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Deliver files"), tr("Deliver through the workflow:"), names,
                                                 std::max(0, m_workflows->currentRow()), false, &ok);
    if (ok)
        dropped(event->mimeData()->urls(), int(names.indexOf(chosen)));
}

void InboxPage::dropped(const QList<QUrl> &urls, int row)
{
    QStringList files;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty()) {
        emit message(tr("Only files can be delivered, not folders or links to the web"));
        return;
    }
    send(m_workflows->item(row, Name)->data(IdRole).toLongLong(), files);
}

void InboxPage::send(qint64 workflowId, const QStringList &files)
{
    if (m_upload || !m_toSend.isEmpty()) {
        emit message(tr("Still sending the files before; try again when they are on their way"));
        return;
    }
    m_sendingTo = workflowId;
    m_toSend = files;
    m_sendTotal = int(files.size());
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelSending->show();
    sendNext();
}

void InboxPage::sendNext()
{
    if (m_toSend.isEmpty()) {
        m_progress->hide();
        m_cancelSending->hide();
        updateButtons();
        return;
    }
    const QString file = m_toSend.takeFirst();
    const int number = m_sendTotal - int(m_toSend.size());
    m_progress->setFormat(tr("Sending %1 of %2: %3 (%p%)").arg(number).arg(m_sendTotal).arg(QFileInfo(file).fileName()));
    m_upload = m_api->upload(
        QStringLiteral("/scan/workflows/%1/deliveries").arg(m_sendingTo), QStringLiteral("data"), file, {}, this,
        [this, file](const ApiReply &reply) {
            m_upload.clear();
            if (!reply.ok()) // sent: the feed shows it on top within a second
                emit message(tr("%1 was not sent: %2").arg(QFileInfo(file).fileName(), reply.errorMessage()));
            sendNext();
        },
        [this, number](qint64 sent, qint64 total) {
            if (total > 0)
                m_progress->setValue(int((number - 1) * 1000 / m_sendTotal + sent * 1000 / total / m_sendTotal));
        });
    updateButtons();
}

} // namespace scanflow
