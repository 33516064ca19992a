#pragma once

#include <QJsonArray>
#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace scanflow {

// A file's delivery trace (R13) as a person reads it: one row per request, "2. Upload —
// POST https://… → 201 Created (12 ms)", opening to its request (headers, body or parts) and
// response (headers, body), the values it parsed and its error. The failing request is
// highlighted, opened and selected; the pane below shows the selected part whole. The trace
// comes from the server already redacted.
class TraceView : public QWidget
{
    Q_OBJECT

public:
    explicit TraceView(QWidget *parent = nullptr);

    void setTrace(const QJsonArray &trace);
    QTreeWidget *tree() const { return m_tree; }
    // The index of the highlighted (failing) request, or -1.
    int failingIndex() const { return m_failing; }

private:
    QTreeWidget *m_tree;
    QPlainTextEdit *m_details;
    int m_failing = -1;
};

} // namespace scanflow
