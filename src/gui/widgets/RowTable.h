#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace scanflow {

class StepTableModel;

// A step's table with its row buttons: Add (Insert), Remove (Delete), Move up/down
// (Alt+Up/Down). Cells edit in place; Type and Location cells offer combo boxes.
class RowTable : public QWidget
{
    Q_OBJECT

public:
    RowTable(StepTableModel *model, const QString &name, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    StepTableModel *model() const { return m_model; }

private:
    void select(int row);
    int currentRow() const;

    StepTableModel *m_model;
    QTableView *m_view;
};

} // namespace scanflow
