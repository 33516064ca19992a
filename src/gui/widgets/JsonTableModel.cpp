#include "JsonTableModel.h"

#include <QJsonArray>

namespace scanflow {

void JsonTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void JsonTableModel::setRows(const QList<QJsonObject> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_hasMore = false;
    m_fetching = false;
    endResetModel();
}

void JsonTableModel::appendRows(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int JsonTableModel::findRow(const QString &field, const QJsonValue &value) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(field) == value)
            return i;
    }
    return -1;
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == ObjectRole)
        return m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columns.at(index.column()).text(m_rows.at(index.row()));
    return {};
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).title;
    return {};
}

bool JsonTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch && m_hasMore && !m_fetching;
}

void JsonTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_fetch();
}

namespace Columns {

JsonTableModel::Column field(const QString &title, const QString &key)
{
    return {title, [key](const QJsonObject &o) { return o.value(key).toVariant(); }};
}

JsonTableModel::Column list(const QString &title, const QString &key)
{
    return {title, [key](const QJsonObject &o) {
                QStringList parts;
                for (const QJsonValue &v : o.value(key).toArray())
                    parts.append(v.toVariant().toString());
                return QVariant(parts.join(QStringLiteral(", ")));
            }};
}

JsonTableModel::Column yesNo(const QString &title, const QString &key)
{
    return {title, [key](const QJsonObject &o) {
                return QVariant(o.value(key).toBool() ? JsonTableModel::tr("Yes") : JsonTableModel::tr("No"));
            }};
}

JsonTableModel::Column named(const QString &title, const QString &key, const QMap<int, QString> &names)
{
    return {title, [key, names](const QJsonObject &o) {
                const int v = o.value(key).toInt();
                return QVariant(names.value(v, QString::number(v)));
            }};
}

} // namespace Columns

} // namespace scanflow
