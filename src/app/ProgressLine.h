#pragma once

#include <QElapsedTimer>
#include <QHash>

namespace scanflow {

// A one-line progress bar on stderr: files done, failures, throughput. Draws at most ten
// times a second, and nothing at all when stderr is not a terminal.
class ProgressLine
{
public:
    ProgressLine(int total, bool enabled);
    void bytesSent(quint64 id, qint64 sent);
    void fileDone(quint64 id, qint64 size, bool ok);
    void clear(); // erases the line, so other output can be written

private:
    void draw(bool force = false);

    int m_total;
    bool m_enabled;
    int m_done = 0;
    int m_failed = 0;
    qint64 m_bytesDone = 0;
    QHash<quint64, qint64> m_inFlight;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
    bool m_drawn = false;
};

} // namespace scanflow
