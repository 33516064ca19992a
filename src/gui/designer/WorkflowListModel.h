#pragma once

#include "Workflow.h"

#include <QAbstractTableModel>

namespace scanflow {

// The workflow list: name, destination URL, authentication, user-specific flag, the last
// delivery's status and, for OAuth workflows, the shared authorization state (the key icon).
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Authorization, Name, Url, Auth, UserSpecific, LastDelivery, ColumnCount };
    struct Row
    {
        Workflow workflow;
        QString lastDelivery;  // delivered, failed, queued, running, or empty
        QString authorization; // Authorized, NotAuthorized, NeedsRenewal, or empty (not OAuth)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    const Row &row(int i) const { return m_rows.at(i); }
    int rowOf(const QString &id) const;
    void setLastDelivery(const QString &id, const QString &state);
    void setAuthorization(const QString &id, const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace scanflow
