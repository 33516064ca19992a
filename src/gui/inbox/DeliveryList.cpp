#include "DeliveryList.h"

#include "ApiClient.h"
#include "DeliveryFeed.h"
#include "DeliveryListModel.h"
#include "Icons.h"
#include "TraceView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scanflow {

DeliveryList::DeliveryList(ApiClient *api, DeliveryFeed *feed, QWidget *parent)
    : QWidget(parent), m_api(api), m_model(new DeliveryListModel(this)), m_view(new QTableView(this)), m_trace(new TraceView(this)),
      m_retry(new QPushButton(tr("Retry &now"), this)), m_cancel(new QPushButton(tr("Ca&ncel delivery"), this)),
      m_split(new QSplitter(Qt::Horizontal, this))
{
    m_view->setObjectName(QStringLiteral("deliveryTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Rows of one height, not measured one by one: ten thousand rows paint at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Widths from samples in the view's font, not from the rows (measuring ten thousand rows
    // would stall the first paint).
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf = [&](int column, const QStringList &samples) {
        int widest = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        m_view->setColumnWidth(column, widest + 16);
    };
    widthOf(DeliveryListModel::Id, {QStringLiteral("000000")});
    widthOf(DeliveryListModel::Created, {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)});
    widthOf(DeliveryListModel::Workflow, {QStringLiteral("Invoices")});
    widthOf(DeliveryListModel::File, {QStringLiteral("scan-0001.pdf")});
    widthOf(DeliveryListModel::User, {QStringLiteral("j.doe")});
    QStringList states;
    for (const char *state : {"queued", "running", "delivered", "failed"})
        states << DeliveryListModel::stateLabel(QString::fromLatin1(state));
    widthOf(DeliveryListModel::State, states);
    widthOf(DeliveryListModel::Attempts, {QStringLiteral("00")});
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->setToolTip(tr("Deliver the selected file now (a failed file is queued again)"));
    m_cancel->setObjectName(QStringLiteral("cancelDelivery"));
    m_cancel->setToolTip(tr("Keep the selected queued file as failed, without delivering it"));
    m_retry->setIcon(Icons::named(QStringLiteral("view-refresh"), QStringLiteral("action-retry")));
    m_cancel->setIcon(Icons::named(QStringLiteral("process-stop"), QStringLiteral("action-cancel")));
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    m_trace->setObjectName(QStringLiteral("deliveryTrace"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    m_split->setObjectName(QStringLiteral("deliverySplit"));
    m_split->addWidget(left);
    m_split->addWidget(m_trace);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({640, 320});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveryList::selectionChanged);
    connect(m_retry, &QPushButton::clicked, this, &DeliveryList::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &DeliveryList::cancelSelected);
    connect(feed, &DeliveryFeed::changed, this, [this](const QJsonArray &changes) {
        m_model->take(changes);
        // The selected delivery changed: its buttons and its trace follow.
        for (const QJsonValue &v : changes) {
            if (v[QStringLiteral("id")].toInteger() == selectedId()) {
                selectionChanged();
                break;
            }
        }
    });
    // A new row on top moves the selected one down: keep it in view when it was.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && m_view->currentIndex().isValid() && m_view->verticalScrollBar()->value() > 0)
            m_view->scrollTo(m_view->currentIndex());
    });
}

qint64 DeliveryList::selectedId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void DeliveryList::selectionChanged()
{
    const int row = m_view->currentIndex().row();
    const QString state = m_model->stateAt(row);
    m_retry->setEnabled(state == QLatin1String("queued") || state == QLatin1String("failed"));
    m_cancel->setEnabled(state == QLatin1String("queued"));
    const qint64 id = m_model->idAt(row);
    if (id > 0)
        loadTrace(id);
    else
        m_trace->setTrace({});
}

void DeliveryList::loadTrace(qint64 id)
{
    m_traced = id;
    m_api->get(QStringLiteral("/deliveries/%1").arg(id), {}, this, [this, id](const ApiReply &reply) {
        if (reply.ok() && id == m_traced)
            m_trace->setTrace(reply.object().value(QStringLiteral("trace")).toArray());
    });
}

void DeliveryList::retrySelected()
{
    if (const qint64 id = selectedId(); id > 0 && m_retry->isEnabled())
        act(QStringLiteral("retry"), id);
}

void DeliveryList::cancelSelected()
{
    if (const qint64 id = selectedId(); id > 0 && m_cancel->isEnabled())
        act(QStringLiteral("cancel"), id);
}

void DeliveryList::act(const QString &what, qint64 id)
{
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    m_api->sendForm("POST", QStringLiteral("/deliveries/%1/%2").arg(id).arg(what), {}, this, [this, what, id](const ApiReply &reply) {
        if (!reply.ok()) {
            emit message(tr("Delivery %1: %2").arg(id).arg(reply.errorMessage()));
            selectionChanged();
            return;
        }
        // The row changes when the feed brings the new state, within a second: the answer
        // itself may already be older than what the feed has shown.
        emit message(what == QLatin1String("retry") ? tr("Delivery %1 is queued to be delivered now").arg(id)
                                                    : tr("Delivery %1 is cancelled and kept as failed").arg(id));
    });
}

} // namespace scanflow
