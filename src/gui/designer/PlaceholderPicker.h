#pragma once

#include <QToolButton>

#include <functional>

namespace scanflow {

class WorkflowDocument;

// "Insert placeholder": a menu of every name available at a step (system, custom, terminal,
// response and user-specific values, from namesAvailableAt), worked out when it opens.
class PlaceholderPicker : public QToolButton
{
    Q_OBJECT

public:
    // step(): the step whose names to offer, asked each time the menu opens.
    PlaceholderPicker(WorkflowDocument *doc, std::function<int()> step, QWidget *parent = nullptr);

    // The names the menu would list now, "[name]" each, in menu order (tests, tooltips).
    QStringList names() const;

signals:
    void picked(const QString &placeholder); // "[name]"

private:
    void fill();

    WorkflowDocument *m_doc;
    std::function<int()> m_step;
};

} // namespace scanflow
