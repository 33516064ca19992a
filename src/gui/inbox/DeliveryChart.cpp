#include "DeliveryChart.h"

#include <QPainter>

#include <algorithm>

namespace scanflow {

DeliveryChart::DeliveryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deliveryChart"));
    setMinimumHeight(140);
}

void DeliveryChart::setDays(QMap<QDate, Day> days)
{
    m_days = std::move(days);
    QStringList parts;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        parts.append(tr("%1: %2 delivered, %3 failed, %4 waiting")
                         .arg(QLocale().toString(it.key(), QLocale::ShortFormat))
                         .arg(it->delivered).arg(it->failed).arg(it->waiting));
    }
    setAccessibleDescription(parts.join(QLatin1String("; ")));
    setToolTip(parts.join(u'\n'));
    update();
}

void DeliveryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(36, 18, -8, -22);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect().adjusted(4, 0, 0, 0), Qt::AlignTop | Qt::AlignLeft, tr("Deliveries per day"));
    if (m_days.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, tr("No deliveries yet."));
        return;
    }
    int top = 1;
    for (const Day &d : m_days)
        top = std::max(top, d.delivered + d.failed + d.waiting);
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawText(QRect(0, area.top() - 6, 32, 14), Qt::AlignRight, QString::number(top));
    p.drawText(QRect(0, area.bottom() - 8, 32, 14), Qt::AlignRight, QStringLiteral("0"));
    const int n = int(m_days.size());
    const double slot = double(area.width()) / n;
    const double barWidth = std::max(4.0, slot * 0.6);
    int i = 0;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it, ++i) {
        const double x = area.left() + i * slot + (slot - barWidth) / 2;
        double y = area.bottom();
        for (const auto &[count, color] : {std::pair{it->delivered, QColor(0x2e, 0x7d, 0x32)},
                                           std::pair{it->failed, QColor(0xc6, 0x28, 0x28)},
                                           std::pair{it->waiting, QColor(0x9e, 0x9e, 0x9e)}}) {
            const double h = double(area.height()) * count / top;
            p.fillRect(QRectF(x, y - h, barWidth, h), color);
            y -= h;
        }
        if (n <= 14 || i % (n / 7 + 1) == 0)
            p.drawText(QRectF(x - 20, area.bottom() + 3, barWidth + 40, 16), Qt::AlignHCenter, it.key().toString(QStringLiteral("dd.MM.")));
    }
}

} // namespace scanflow
