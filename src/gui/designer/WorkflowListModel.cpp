#include "WorkflowListModel.h"

#include "Colors.h"
#include "Icons.h"
#include "Labels.h"

#include <QIcon>

namespace scanflow {

void WorkflowListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int WorkflowListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).workflow.id == id)
            return i;
    }
    return -1;
}

void WorkflowListModel::setLastDelivery(const QString &id, const QString &state)
{
    if (const int i = rowOf(id); i >= 0) {
        m_rows[i].lastDelivery = state;
        emit dataChanged(index(i, LastDelivery), index(i, LastDelivery));
    }
}

void WorkflowListModel::setAuthorization(const QString &id, const QString &state)
{
    if (const int i = rowOf(id); i >= 0) {
        m_rows[i].authorization = state;
        emit dataChanged(index(i, Authorization), index(i, Authorization));
    }
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString deliveryText(const QString &state)
{
    if (state == QLatin1String("delivered"))
        return QObject::tr("Delivered");
    if (state == QLatin1String("failed"))
        return QObject::tr("Failed");
    if (state == QLatin1String("queued"))
        return QObject::tr("Queued");
    if (state == QLatin1String("running"))
        return QObject::tr("Delivering");
    return QObject::tr("Never delivered");
}

} // namespace

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Workflow &w = r.workflow;
    const bool oauth = w.destination.auth.type == AuthType::OAuth2;
    // Shared OAuth is authorized from the list (R16); user-specific OAuth from Workplace.
    const bool sharedOAuth = oauth && !(w.userSpecific && w.destination.auth.userSpecific);
    // A user-specific workflow's key shows who has authorized it in Workplace (R15).
    const bool privateData = w.userSpecific && w.needsPrivateUserData();
    switch (index.column()) {
    case Authorization:
        if (!sharedOAuth && privateData) {
            if (role == Qt::DecorationRole)
                return QIcon(QStringLiteral(":/icons/key.svg"));
            if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
                return tr("Each user authorizes this workflow in Workplace. Click to see who has.");
            break;
        }
        if (!sharedOAuth)
            break;
        if (role == Qt::DecorationRole) {
            if (r.authorization == QLatin1String("Authorized"))
                return QIcon(QStringLiteral(":/icons/key-ok.svg"));
            if (r.authorization == QLatin1String("NeedsRenewal"))
                return QIcon(QStringLiteral(":/icons/key-renew.svg"));
            return QIcon(QStringLiteral(":/icons/key.svg"));
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Shared OAuth 2.0 authorization: %1. Click to authorize.").arg(Labels::authorizationState(r.authorization));
        if (role == Qt::UserRole)
            return r.authorization;
        break;
    case Name:
        if (role == Qt::DisplayRole)
            return w.isDraft() ? tr("%1 (draft)").arg(w.name) : w.name;
        // Certificate checks off: anyone on the way can read and change what it sends.
        if (role == Qt::DecorationRole && !w.destination.connection.verifyCertificates)
            return Icons::warning();
        if (role == Qt::ToolTipRole || (role == Qt::AccessibleDescriptionRole && !w.destination.connection.verifyCertificates)) {
            QStringList tips;
            if (w.isDraft())
                tips.append(tr("A draft: it has no destination yet. Open it in the designer to finish it."));
            else if (!w.active)
                tips.append(tr("Inactive"));
            if (!w.destination.connection.verifyCertificates)
                tips.append(tr("Certificate checks are off: servers are not verified"));
            return tips.join(u'\n');
        }
        if (role == Qt::ForegroundRole && !w.active)
            return QColor(Qt::gray);
        break;
    case Url:
        if (role == Qt::DisplayRole)
            return w.isDraft() ? tr("(none yet)") : w.destination.url;
        break;
    case Auth:
        if (role == Qt::DisplayRole) {
            QString text = Labels::authType(w.destination.auth.type);
            if (w.hasUserSpecificAuth())
                text += tr(" (per user)");
            return text;
        }
        break;
    case UserSpecific:
        if (role == Qt::DisplayRole)
            return w.userSpecific ? tr("Yes") : tr("No");
        break;
    case LastDelivery:
        if (role == Qt::DisplayRole)
            return deliveryText(r.lastDelivery);
        if (role == Qt::ForegroundRole && r.lastDelivery == QLatin1String("failed"))
            return Colors::problem();
        break;
    }
    return {};
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Authorization: return QString();
    case Name: return tr("Name");
    case Url: return tr("Destination URL");
    case Auth: return tr("Authentication");
    case UserSpecific: return tr("User specific");
    case LastDelivery: return tr("Last delivery");
    }
    return {};
}

} // namespace scanflow
