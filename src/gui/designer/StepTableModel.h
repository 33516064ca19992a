#pragma once

#include "WorkflowDocument.h"

#include <QAbstractTableModel>

namespace scanflow {

// A table of one step's rows over the workflow document (request or response parameters).
// Rows are added, removed and moved as undoable document edits; the table follows every
// change of the document, undo and redo included, keeping its selection when only values change.
class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    StepTableModel(WorkflowDocument *doc, int step, QObject *parent = nullptr);

    void setStep(int step);
    int step() const { return m_step; }
    int rowCount(const QModelIndex &parent = {}) const override;

    // Each is one undoable edit; they return the row that now holds the added or moved row.
    virtual int addRow() = 0;
    virtual void removeRow(int row) = 0;
    virtual int moveRow(int row, int delta) = 0;

protected:
    // The number of rows the step holds in the document.
    virtual int rowsInStep() const = 0;

    // The row edits both tables make, on the step's list `rows` (&Step::params, &Step::response):
    // each one undoable document edit named `text`; they return the row that now holds the row.
    template <typename T>
    int appendRowTo(const QString &text, QList<T> Step::*rows, const T &row)
    {
        const int step = m_step;
        const int at = rowCount();
        m_doc->edit(text, [=](Workflow &w) { (w.destination.steps[step].*rows).append(row); });
        return at;
    }
    template <typename T>
    void removeRowFrom(const QString &text, QList<T> Step::*rows, int row)
    {
        if (row < 0 || row >= rowCount())
            return;
        const int step = m_step;
        m_doc->edit(text, [=](Workflow &w) { (w.destination.steps[step].*rows).removeAt(row); });
    }
    template <typename T>
    int moveRowIn(const QString &text, QList<T> Step::*rows, int row, int delta)
    {
        const int to = row + delta;
        if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount())
            return row;
        const int step = m_step;
        m_doc->edit(text, [=](Workflow &w) { (w.destination.steps[step].*rows).move(row, to); });
        return to;
    }

    WorkflowDocument *m_doc;
    int m_step;

private:
    void refresh();

    int m_rows = 0;
};

} // namespace scanflow
