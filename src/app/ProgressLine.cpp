#include "ProgressLine.h"

#include <QString>

#include <cstdio>

namespace scanflow {

ProgressLine::ProgressLine(int total, bool enabled) : m_total(total), m_enabled(enabled)
{
    m_clock.start();
}

void ProgressLine::bytesSent(quint64 id, qint64 sent)
{
    m_inFlight.insert(id, sent);
    draw();
}

void ProgressLine::fileDone(quint64 id, qint64 size, bool ok)
{
    m_inFlight.remove(id);
    ++m_done;
    if (!ok)
        ++m_failed;
    else
        m_bytesDone += size;
    draw(m_done == m_total);
}

void ProgressLine::draw(bool force)
{
    if (!m_enabled || (!force && m_clock.elapsed() - m_lastDraw < 100))
        return;
    m_lastDraw = m_clock.elapsed();
    qint64 bytes = m_bytesDone;
    for (qint64 b : m_inFlight)
        bytes += b;
    const int width = 30;
    const int filled = m_total ? width * m_done / m_total : width;
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    const QString line = QStringLiteral("\r[%1%2] %3/%4 files%5  %6 MB/s ")
                             .arg(QString(filled, u'#'), QString(width - filled, u'-'))
                             .arg(m_done).arg(m_total)
                             .arg(m_failed ? QStringLiteral(", %1 failed").arg(m_failed) : QString())
                             .arg(bytes / seconds / 1e6, 0, 'f', 1);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::clear()
{
    if (!m_drawn)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}

} // namespace scanflow
