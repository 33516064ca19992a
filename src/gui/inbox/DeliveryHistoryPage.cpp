#include "DeliveryHistoryPage.h"

#include "ApiClient.h"
#include "DeliveryChart.h"
#include "DeliveryFeed.h"
#include "DeliveryList.h"
#include "DeliveryListModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace scanflow {

DeliveryHistoryPage::DeliveryHistoryPage(ApiClient *api, DeliveryFeed *feed, QWidget *parent)
    : QWidget(parent), m_api(api), m_feed(feed), m_state(new QComboBox(this)), m_list(new DeliveryList(api, feed, this)),
      m_more(new QPushButton(tr("Load &more"), this)), m_count(new QLabel(this)), m_chart(new DeliveryChart(this))
{
    setObjectName(QStringLiteral("deliveryHistory"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (const char *state : {"delivered", "failed", "queued", "running"})
        m_state->addItem(DeliveryListModel::stateLabel(QString::fromLatin1(state)), QString::fromLatin1(state));
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    reloadButton->setToolTip(tr("Read the history again from the server (F5); it also changes by itself"));
    reloadButton->setShortcut(QKeySequence::Refresh);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_state);
    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_state);
    top->addWidget(reloadButton);
    top->addStretch();
    top->addWidget(m_count);
    m_more->setObjectName(QStringLiteral("loadMore"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);

    // New deliveries go on top when they pass the filter; those shown change in place.
    m_list->model()->setAccepts([this](const QJsonObject &d) {
        const QString state = m_state->currentData().toString();
        return state.isEmpty() || d.value(QStringLiteral("state")).toString() == state;
    });
    connect(reloadButton, &QPushButton::clicked, this, &DeliveryHistoryPage::reload);
    connect(m_state, &QComboBox::activated, this, &DeliveryHistoryPage::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(m_nextPage); });
    connect(m_list, &DeliveryList::message, this, &DeliveryHistoryPage::message);
    // The chart and the count follow the changes, at most a few times a second.
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(300);
    connect(recount, &QTimer::timeout, this, &DeliveryHistoryPage::updateChart);
    connect(feed, &DeliveryFeed::changed, recount, qOverload<>(&QTimer::start));
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this,
            [this] { m_count->setText(tr("%n deliveries shown", nullptr, m_list->model()->rowCount())); });
}

void DeliveryHistoryPage::setWorkflowNames(const QHash<qint64, QString> &names)
{
    m_list->model()->setWorkflowNames(names);
}

void DeliveryHistoryPage::reload()
{
    ++m_generation;
    m_list->model()->clear();
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
    m_api->get(QStringLiteral("/deliveries"), query, this, [this, generation = m_generation, first = pageToken.isEmpty()](const ApiReply &reply) {
        if (generation != m_generation)
            return; // a reload came meanwhile
        if (!reply.ok()) {
            m_count->setText(tr("Cannot read the history: %1").arg(reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.object();
        m_list->model()->appendOlder(page.value(QStringLiteral("deliveries")).toArray());
        if (first) // what changes from here on comes through the feed
            m_feed->follow(page.value(QStringLiteral("cursor")).toString());
        m_nextPage = page.value(QStringLiteral("nextPageToken")).toString();
        m_more->setEnabled(!m_nextPage.isEmpty());
        updateChart();
        emit loaded();
    });
}

void DeliveryHistoryPage::updateChart()
{
    const DeliveryListModel *model = m_list->model();
    QMap<QDate, DeliveryChart::Day> days;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate day = model->index(row, 0).data(DeliveryListModel::CreatedRole).toDateTime().date();
        const QString state = model->stateAt(row);
        DeliveryChart::Day &d = days[day];
        if (state == QLatin1String("delivered"))
            ++d.delivered;
        else if (state == QLatin1String("failed"))
            ++d.failed;
        else
            ++d.waiting;
    }
    m_chart->setDays(days);
    m_count->setText(tr("%n deliveries shown", nullptr, model->rowCount()));
}

} // namespace scanflow
