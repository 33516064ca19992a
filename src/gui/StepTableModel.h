#pragma once

#include <QAbstractTableModel>

namespace scanflow {

class WorkflowDocument;

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

    WorkflowDocument *m_doc;
    int m_step;

private:
    void refresh();

    int m_rows = 0;
};

} // namespace scanflow
