#pragma once

#include "StepTableModel.h"

namespace scanflow {

// The response parameters of one step (Key and its selector: a JSON path or an XPath), over
// the document; the last column says why a row cannot work.
class ResponseModel : public StepTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Selector, Problem, ColumnCount };

    ResponseModel(WorkflowDocument *doc, int step, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addRow() override;
    void removeRow(int row) override;
    int moveRow(int row, int delta) override;
    QString problem(int row) const;

protected:
    int rowsInStep() const override;
};

} // namespace scanflow
