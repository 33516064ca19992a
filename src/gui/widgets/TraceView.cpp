#include "TraceView.h"

#include "Colors.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scanflow {

namespace {

constexpr int FullTextRole = Qt::UserRole + 1;

QString headersText(const QJsonArray &headers)
{
    QStringList lines;
    for (const QJsonValue &h : headers)
        lines.append(h.toArray().at(0).toString() + QLatin1String(": ") + h.toArray().at(1).toString());
    return lines.join(u'\n');
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &label, const QString &text)
{
    auto *item = new QTreeWidgetItem(parent);
    const QString firstLine = text.section(u'\n', 0, 0);
    item->setText(0, label);
    item->setText(1, text.contains(u'\n') ? firstLine + QStringLiteral(" …") : firstLine);
    item->setData(0, FullTextRole, text);
    return item;
}

} // namespace

TraceView::TraceView(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_details(new QPlainTextEdit(this))
{
    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Request"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_details->setObjectName(QStringLiteral("traceDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setPlainText(item ? item->data(0, FullTextRole).toString() : QString());
    });
}

void TraceView::setTrace(const QJsonArray &trace)
{
    m_tree->clear();
    m_failing = -1;
    for (int i = 0; i < trace.size(); ++i) {
        const QJsonObject e = trace.at(i).toObject();
        const int status = e.value(QStringLiteral("status")).toInt();
        const QString error = e.value(QStringLiteral("error")).toString();
        const bool failed = !error.isEmpty() || status < 200 || status >= 300;
        const QString outcome = status ? QString::number(status) : tr("no response");
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1. %2").arg(i + 1).arg(e.value(QStringLiteral("step")).toString()));
        item->setText(1, tr("%1 %2 → %3 (%4 ms)")
                             .arg(e.value(QStringLiteral("method")).toString(), e.value(QStringLiteral("url")).toString(), outcome)
                             .arg(e.value(QStringLiteral("elapsedMs")).toInteger()));
        QString summary = item->text(0) + u'\n' + item->text(1);
        if (!error.isEmpty())
            summary += u'\n' + tr("Error: %1").arg(error);
        // How it went: the protocol, a proxy, certificate checks off (that one in red).
        const QString protocol = e.value(QStringLiteral("protocol")).toString();
        const QString note = e.value(QStringLiteral("note")).toString();
        QStringList how;
        for (const QString &part : {protocol, note}) {
            if (!part.isEmpty())
                how.append(part);
        }
        const QString connection = how.join(QLatin1String("; "));
        if (!note.isEmpty())
            summary += u'\n' + note;
        item->setData(0, FullTextRole, summary);
        if (!connection.isEmpty()) {
            auto *line = child(item, tr("Connection"), connection);
            if (note.contains(QLatin1String("certificate checks are off")))
                line->setForeground(1, Colors::problem());
        }

        auto *request = child(item, tr("Request"), e.value(QStringLiteral("method")).toString() + u' ' + e.value(QStringLiteral("url")).toString());
        child(request, tr("Headers"), headersText(e.value(QStringLiteral("requestHeaders")).toArray()));
        child(request, tr("Body"), e.value(QStringLiteral("requestBody")).toString());
        auto *response = child(item, tr("Response"), outcome);
        child(response, tr("Headers"), headersText(e.value(QStringLiteral("responseHeaders")).toArray()));
        child(response, tr("Body"), e.value(QStringLiteral("responseBody")).toString());
        const QJsonObject parsed = e.value(QStringLiteral("parsed")).toObject();
        if (!parsed.isEmpty()) {
            QStringList values;
            for (auto it = parsed.begin(); it != parsed.end(); ++it)
                values.append(it.key() + QLatin1String(" = ") + it.value().toString());
            child(item, tr("Parsed values"), values.join(u'\n'));
        }
        if (!error.isEmpty())
            child(item, tr("Error"), error);
        if (failed && m_failing < 0) {
            m_failing = i;
            for (int c = 0; c < 2; ++c) {
                item->setBackground(c, Colors::problemBackground());
                item->setForeground(c, Colors::problem());
            }
            item->setExpanded(true);
            response->setExpanded(true);
        }
    }
    if (m_failing >= 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(m_failing));
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1));
}

} // namespace scanflow
