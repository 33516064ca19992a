#include "Icons.h"
#include "ParameterModel.h"

#include "ChoiceDelegate.h"
#include "Labels.h"
#include "WorkflowDocument.h"

#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace scanflow {

ParameterModel::ParameterModel(WorkflowDocument *doc, int step, QObject *parent)
    : StepTableModel(doc, step, parent)
{
}

int ParameterModel::rowsInStep() const
{
    return int(m_doc->workflow().destination.steps.at(m_step).params.size());
}

int ParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParameterModel::problem(int row) const
{
    return m_doc->issuesAt(QStringLiteral("destination.steps[%1].params[%2]").arg(m_step).arg(row)).join(QLatin1String("; "));
}

QString ParameterModel::ignoredReason(int row) const
{
    const Step &s = m_doc->workflow().destination.steps.at(m_step);
    switch (s.ignores(s.params.at(row))) {
    case Step::Ignored::RawBody: return tr("Ignored: a raw body sends only the file (headers still apply)");
    case Step::Ignored::JsonTemplate: return tr("Ignored: the JSON editor's template is the whole body (headers still apply)");
    case Step::Ignored::No: break;
    }
    return {};
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Workflow &w = m_doc->workflow();
    const Parameter &p = w.destination.steps.at(m_step).params.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Key: return p.key;
        case Value:
            if (role == Qt::DisplayRole && p.secret)
                return p.value.isEmpty() ? tr("(kept on the server)") : QString(p.value.size(), QChar(0x2022));
            return p.value;
        case Type: return role == Qt::EditRole ? QVariant(toString(p.type)) : QVariant(Labels::paramType(p.type));
        case Location: return role == Qt::EditRole ? QVariant(toString(p.location)) : QVariant(Labels::location(p.location));
        case Problem: {
            const QString why = problem(index.row());
            return why.isEmpty() ? ignoredReason(index.row()) : why;
        }
        }
    }
    if (role == Qt::CheckStateRole && column == Secret && p.type == ParamType::Custom)
        return p.secret ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (column == Secret || (column == Value && p.secret))
            return tr("A secret value is sealed on the server and never shown again or exported; leave it empty to keep the stored one.");
        if (column == Value && p.type == ParamType::User)
            return tr("The label the user sees in Workplace; the value comes from each user's private data.");
        const QString why = problem(index.row());
        return why.isEmpty() ? ignoredReason(index.row()) : why;
    }
    if (role == Qt::DecorationRole && column == Key && !problem(index.row()).isEmpty())
        return Icons::warning();
    if (role == Qt::ForegroundRole && column == Value && p.secret && p.value.isEmpty())
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    if (role == Qt::ForegroundRole && column == Problem)
        return problem(index.row()).isEmpty() ? QBrush(QPalette().color(QPalette::PlaceholderText)) : QBrush(Qt::red);
    if (role == Qt::FontRole && !ignoredReason(index.row()).isEmpty()) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == ChoiceDelegate::ChoicesRole) {
        QVariantList choices;
        const auto add = [&](const QString &text, const QString &value) {
            choices.append(QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("value"), value}});
        };
        if (column == Type) {
            for (ParamType t : {ParamType::System, ParamType::Custom, ParamType::Terminal, ParamType::Response, ParamType::User}) {
                // The reference: User-specific is offered only on user-specific workflows.
                if (t != ParamType::User || w.userSpecific || p.type == ParamType::User)
                    add(Labels::paramType(t), toString(t));
            }
        } else if (column == Location) {
            for (ParamLocation l : {ParamLocation::Header, ParamLocation::Form})
                add(Labels::location(l), toString(l));
        }
        return choices;
    }
    return {};
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Type: return tr("Type");
    case Location: return tr("Location");
    case Secret: return tr("Secret");
    case Problem: return tr("Problem");
    }
    return {};
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Secret) {
        const Parameter &p = m_doc->workflow().destination.steps.at(m_step).params.at(index.row());
        return p.type == ParamType::Custom ? f | Qt::ItemIsUserCheckable : f & ~Qt::ItemIsEnabled;
    }
    if (index.column() != Problem)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const int row = index.row();
    const int step = m_step;
    const Parameter &current = m_doc->workflow().destination.steps.at(step).params.at(row);
    if (role == Qt::CheckStateRole && index.column() == Secret) {
        const bool secret = value.toInt() == Qt::Checked;
        if (secret == current.secret || current.type != ParamType::Custom)
            return false;
        m_doc->edit(secret ? tr("Make parameter secret") : tr("Make parameter plain"),
                    [=](Workflow &w) { w.destination.steps[step].params[row].secret = secret; });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (index.column()) {
    case Key: {
        if (text == current.key)
            return false;
        // A row that follows its name's default goes on following it: "X-Api-Key" is secret.
        const bool follows = current.type == ParamType::Custom && current.secret == looksSecret(current.key);
        m_doc->edit(tr("Change parameter key"), [=](Workflow &w) {
            Parameter &p = w.destination.steps[step].params[row];
            p.key = text;
            if (follows)
                p.secret = looksSecret(text);
        });
        return true;
    }
    case Value:
        if (text == current.value)
            return false;
        m_doc->edit(tr("Change parameter value"), [=](Workflow &w) { w.destination.steps[step].params[row].value = text; });
        return true;
    case Type: {
        const auto type = paramTypeFromString(text);
        if (!type || *type == current.type)
            return false;
        m_doc->edit(tr("Change parameter type"), [=](Workflow &w) {
            Parameter &p = w.destination.steps[step].params[row];
            p.type = *type;
            p.secret = *type == ParamType::Custom && looksSecret(p.key); // only a literal can be a credential
        });
        return true;
    }
    case Location: {
        const auto location = locationFromString(text);
        if (!location || *location == current.location)
            return false;
        m_doc->edit(tr("Change parameter location"), [=](Workflow &w) { w.destination.steps[step].params[row].location = *location; });
        return true;
    }
    }
    return false;
}

int ParameterModel::addRow()
{
    Parameter p;
    p.type = ParamType::Custom;
    p.location = ParamLocation::Form;
    return appendRowTo(tr("Add parameter"), &Step::params, p);
}

void ParameterModel::removeRow(int row)
{
    removeRowFrom(tr("Remove parameter"), &Step::params, row);
}

int ParameterModel::moveRow(int row, int delta)
{
    return moveRowIn(tr("Move parameter"), &Step::params, row, delta);
}

} // namespace scanflow
