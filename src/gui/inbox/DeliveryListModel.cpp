#include "DeliveryListModel.h"

#include "Colors.h"

#include <QColor>
#include <QLocale>

namespace scanflow {

DeliveryListModel::DeliveryListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString DeliveryListModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("running"))
        return tr("Delivering");
    if (state == QLatin1String("delivered"))
        return tr("Delivered");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    return state;
}

DeliveryListModel::Row DeliveryListModel::fromJson(const QJsonObject &o)
{
    Row r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.workflowId = o.value(QStringLiteral("workflowId")).toInteger();
    r.fileName = o.value(QStringLiteral("fileName")).toString();
    r.userName = o.value(QStringLiteral("userName")).toString();
    r.state = o.value(QStringLiteral("state")).toString();
    r.lastError = o.value(QStringLiteral("lastError")).toString();
    r.attempts = o.value(QStringLiteral("attempts")).toInt();
    r.created = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs).toLocalTime();
    r.createdText = QLocale().toString(r.created, QLocale::ShortFormat);
    return r;
}

void DeliveryListModel::clear()
{
    beginResetModel();
    m_newer.clear();
    m_older.clear();
    m_places.clear();
    endResetModel();
}

void DeliveryListModel::appendOlder(const QJsonArray &deliveries)
{
    std::vector<Row> rows;
    rows.reserve(size_t(deliveries.size()));
    for (const QJsonValue &v : deliveries) {
        Row r = fromJson(v.toObject());
        if (!m_places.contains(r.id))
            rows.push_back(std::move(r));
    }
    if (rows.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &r : rows) {
        m_places.insert(r.id, {false, int(m_older.size())});
        m_older.push_back(std::move(r));
    }
    endInsertRows();
}

void DeliveryListModel::take(const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        Row r = fromJson(o);
        if (const auto it = m_places.constFind(r.id); it != m_places.cend()) {
            Row &shown = it->newer ? m_newer[size_t(it->index)] : m_older[size_t(it->index)];
            if (o.contains(QStringLiteral("fileName"))) {
                shown = std::move(r);
            } else { // what Retry now or Cancel answered: the state only
                shown.state = r.state;
                shown.attempts = r.attempts;
                shown.lastError = r.lastError;
            }
            const int row = rowFor(*it);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        if (!o.contains(QStringLiteral("fileName")) || (m_accepts && !m_accepts(o)))
            continue; // a state alone is for a row that is shown
        beginInsertRows({}, 0, 0);
        m_places.insert(r.id, {true, int(m_newer.size())});
        m_newer.push_back(std::move(r));
        endInsertRows();
    }
}

void DeliveryListModel::setWorkflowNames(const QHash<qint64, QString> &names)
{
    m_workflowNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, Workflow), index(rowCount() - 1, Workflow));
}

int DeliveryListModel::rowFor(const Place &p) const
{
    return p.newer ? int(m_newer.size()) - 1 - p.index : int(m_newer.size()) + p.index;
}

const DeliveryListModel::Row &DeliveryListModel::at(int row) const
{
    const int newer = int(m_newer.size());
    return row < newer ? m_newer[size_t(newer - 1 - row)] : m_older[size_t(row - newer)];
}

int DeliveryListModel::rowOf(qint64 id) const
{
    const auto it = m_places.constFind(id);
    return it == m_places.cend() ? -1 : rowFor(*it);
}

qint64 DeliveryListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? at(row).id : 0;
}

QString DeliveryListModel::stateAt(int row) const
{
    return row >= 0 && row < rowCount() ? at(row).state : QString();
}

int DeliveryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_newer.size() + m_older.size());
}

int DeliveryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StateRole:
        return r.state;
    case CreatedRole:
        return r.created;
    case Qt::ToolTipRole:
        return index.column() == Reason || index.column() == State ? QVariant(r.lastError) : QVariant();
    case Qt::ForegroundRole: {
        if (index.column() != State || r.state != QLatin1String("failed"))
            return {};
        return Colors::problem(); // readable on a light and on a dark palette alike
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case Created:
            return r.createdText;
        case Workflow:
            return m_workflowNames.value(r.workflowId, QString::number(r.workflowId));
        case File:
            return r.fileName;
        case User:
            return r.userName;
        case State:
            return stateLabel(r.state);
        case Attempts:
            return r.attempts;
        case Reason:
            return r.lastError;
        }
        return {};
    default:
        return {};
    }
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Created:
        return tr("Created");
    case Workflow:
        return tr("Workflow");
    case File:
        return tr("File");
    case User:
        return tr("User");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace scanflow
