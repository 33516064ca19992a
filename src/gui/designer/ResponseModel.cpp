#include "Icons.h"
#include "ResponseModel.h"

#include "WorkflowDocument.h"

#include <QBrush>
#include <QIcon>

namespace scanflow {

ResponseModel::ResponseModel(WorkflowDocument *doc, int step, QObject *parent)
    : StepTableModel(doc, step, parent)
{
}

int ResponseModel::rowsInStep() const
{
    return int(m_doc->workflow().destination.steps.at(m_step).response.size());
}

int ResponseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResponseModel::problem(int row) const
{
    return m_doc->issuesAt(QStringLiteral("destination.steps[%1].response[%2]").arg(m_step).arg(row)).join(QLatin1String("; "));
}

QVariant ResponseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ResponseParameter &r = m_doc->workflow().destination.steps.at(m_step).response.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Key: return r.key;
        case Selector: return r.selector;
        case Problem: return problem(index.row());
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Selector)
            return tr("A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.");
        return problem(index.row());
    }
    if (role == Qt::DecorationRole && index.column() == Key && !problem(index.row()).isEmpty())
        return Icons::warning();
    if (role == Qt::ForegroundRole && index.column() == Problem)
        return QBrush(Qt::red);
    return {};
}

QVariant ResponseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key: return tr("Key");
    case Selector: return tr("Value (selector)");
    case Problem: return tr("Problem");
    }
    return {};
}

Qt::ItemFlags ResponseModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Problem)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResponseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() || index.column() == Problem)
        return false;
    const int row = index.row();
    const int step = m_step;
    const QString text = value.toString();
    const ResponseParameter &current = m_doc->workflow().destination.steps.at(step).response.at(row);
    if (index.column() == Key) {
        if (text == current.key)
            return false;
        m_doc->edit(tr("Change response key"), [=](Workflow &w) { w.destination.steps[step].response[row].key = text; });
    } else {
        if (text == current.selector)
            return false;
        m_doc->edit(tr("Change response selector"), [=](Workflow &w) { w.destination.steps[step].response[row].selector = text; });
    }
    return true;
}

int ResponseModel::addRow()
{
    return appendRowTo(tr("Add response parameter"), &Step::response, ResponseParameter());
}

void ResponseModel::removeRow(int row)
{
    removeRowFrom(tr("Remove response parameter"), &Step::response, row);
}

int ResponseModel::moveRow(int row, int delta)
{
    return moveRowIn(tr("Move response parameter"), &Step::response, row, delta);
}

} // namespace scanflow
