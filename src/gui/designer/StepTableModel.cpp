#include "StepTableModel.h"

#include "WorkflowDocument.h"

namespace scanflow {

StepTableModel::StepTableModel(WorkflowDocument *doc, int step, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_step(step)
{
    connect(doc, &WorkflowDocument::changed, this, &StepTableModel::refresh);
}

void StepTableModel::setStep(int step)
{
    beginResetModel();
    m_step = step;
    m_rows = rowCount();
    endResetModel();
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_step < 0 || m_step >= m_doc->workflow().destination.steps.size())
        return 0;
    return rowsInStep();
}

void StepTableModel::refresh()
{
    const int rows = rowCount();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

} // namespace scanflow
