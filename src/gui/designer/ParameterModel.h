#pragma once

#include "StepTableModel.h"

namespace scanflow {

// The request parameters of one step (Key, Value, Type, Location, Secret) as a table over the
// document. A secret custom value (an API key header) is sealed by the server and never comes
// back: the table shows it masked, and an empty one as kept on the server.
// Each edit is one undoable document edit; the last column says why a row cannot work (from
// validateWorkflow) or why it is ignored (raw body, JSON editor).
class ParameterModel : public StepTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Value, Type, Location, Secret, Problem, ColumnCount };

    ParameterModel(WorkflowDocument *doc, int step, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Row edits, each one undoable step. Return the row that now holds the moved/added row.
    int addRow() override;
    void removeRow(int row) override;
    int moveRow(int row, int delta) override;

    // Why the row cannot work, or empty.
    QString problem(int row) const;
    // Why the row is not sent as it stands (raw body, JSON editor), or empty.
    QString ignoredReason(int row) const;

protected:
    int rowsInStep() const override;
};

} // namespace scanflow
