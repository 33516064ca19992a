#include "DeliveryHistoryPage.h"

#include "ApiClient.h"
#include "DeliveryChart.h"
#include "TraceView.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scanflow {

namespace {
enum Column { Id, Created, Workflow, File, User, State, Attempts, Error, ColumnCount };
} // namespace

DeliveryHistoryPage::DeliveryHistoryPage(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_state(new QComboBox(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_more(new QPushButton(tr("Load &more"), this)), m_count(new QLabel(this)), m_chart(new DeliveryChart(this)),
      m_trace(new TraceView(this))
{
    setObjectName(QStringLiteral("deliveryHistory"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Delivered"), QStringLiteral("delivered"));
    m_state->addItem(tr("Failed"), QStringLiteral("failed"));
    m_state->addItem(tr("Queued"), QStringLiteral("queued"));
    m_state->addItem(tr("Delivering"), QStringLiteral("running"));
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_state);
    top->addWidget(reloadButton);
    top->addStretch();
    top->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("deliveryTable"));
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Created"), tr("Workflow"), tr("File"), tr("User"), tr("State"), tr("Attempts"), tr("Error")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_more->setObjectName(QStringLiteral("loadMore"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_chart);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_more);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(reloadButton, &QPushButton::clicked, this, &DeliveryHistoryPage::reload);
    connect(m_state, &QComboBox::activated, this, &DeliveryHistoryPage::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(m_nextPage); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showTrace(row); });
}

void DeliveryHistoryPage::reload()
{
    m_table->setRowCount(0);
    m_trace->setTrace({});
    loadPage(QString());
}

void DeliveryHistoryPage::loadPage(const QString &pageToken)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxrecords"), QStringLiteral("100"));
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pagetoken"), pageToken);
    m_more->setEnabled(false);
    m_api->get(QStringLiteral("/deliveries"), query, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_count->setText(tr("Cannot read the history: %1").arg(reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.object();
        for (const QJsonValue &v : page.value(QStringLiteral("deliveries")).toArray()) {
            const QJsonObject d = v.toObject();
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const auto cell = [&](int column, const QString &text) { m_table->setItem(row, column, new QTableWidgetItem(text)); };
            cell(Id, QString::number(d.value(QStringLiteral("id")).toInteger()));
            const QDateTime created = QDateTime::fromString(d.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
            cell(Created, QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
            m_table->item(row, Created)->setData(Qt::UserRole, created);
            cell(Workflow, QString::number(d.value(QStringLiteral("workflowId")).toInteger()));
            cell(File, d.value(QStringLiteral("fileName")).toString());
            cell(User, d.value(QStringLiteral("userName")).toString());
            cell(State, d.value(QStringLiteral("state")).toString());
            cell(Attempts, QString::number(d.value(QStringLiteral("attempts")).toInt()));
            cell(Error, d.value(QStringLiteral("lastError")).toString());
            if (d.value(QStringLiteral("state")).toString() == QLatin1String("failed"))
                m_table->item(row, State)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_nextPage = page.value(QStringLiteral("nextPageToken")).toString();
        m_more->setEnabled(!m_nextPage.isEmpty());
        m_count->setText(tr("%n deliveries shown", nullptr, m_table->rowCount()));
        updateChart();
        emit loaded();
    });
}

void DeliveryHistoryPage::updateChart()
{
    QMap<QDate, DeliveryChart::Day> days;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QDate day = m_table->item(row, Created)->data(Qt::UserRole).toDateTime().toLocalTime().date();
        const QString state = m_table->item(row, State)->text();
        DeliveryChart::Day &d = days[day];
        if (state == QLatin1String("delivered"))
            ++d.delivered;
        else if (state == QLatin1String("failed"))
            ++d.failed;
        else
            ++d.waiting;
    }
    m_chart->setDays(days);
}

void DeliveryHistoryPage::showTrace(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_api->get(QStringLiteral("/deliveries/%1").arg(m_table->item(row, Id)->text()), {}, this, [this](const ApiReply &reply) {
        if (reply.ok())
            m_trace->setTrace(reply.object().value(QStringLiteral("trace")).toArray());
    });
}

} // namespace scanflow
