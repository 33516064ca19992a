#pragma once

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

namespace scanflow {

class WorkflowDocument;

// The request sequence at a glance, above the request tabs: "1 POST Create record → 2 PUT
// Delivery → 3 PATCH Confirm", in execution order, with a step that has a problem marked.
// Each entry is a button: clicking it (or Space on it) shows that step's tab.
class SequenceStrip : public QWidget
{
    Q_OBJECT

public:
    explicit SequenceStrip(WorkflowDocument *doc, QWidget *parent = nullptr);

    // "1 POST Create record", one per step, in order (tests, screen readers).
    QStringList entries() const;
    void setCurrent(int step);

signals:
    void stepChosen(int step);

private:
    void sync();

    WorkflowDocument *m_doc;
    QHBoxLayout *m_row;
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
    QList<QWidget *> m_arrows;
};

} // namespace scanflow
