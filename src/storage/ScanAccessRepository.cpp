#include "ScanAccessRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

QString identityName(ScanAccessRule::Identity i)
{
    return i == ScanAccessRule::Identity::User ? QStringLiteral("User") : QStringLiteral("Group");
}

} // namespace

Result<qint64> ScanAccessRepository::create(const ScanAccessRule &r)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO scan_access (workflow_id, identity_type, identity_id, access, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.workflowId);
    q.addBindValue(identityName(r.identityType));
    q.addBindValue(r.identityId);
    q.addBindValue(r.allow ? QStringLiteral("Allow") : QStringLiteral("Deny"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db.insert(q, QStringLiteral("creating a scan workflow access rule"));
}

Result<QList<ScanAccessRule>> ScanAccessRepository::select(const QString &where, const QVariantList &values)
{
    using R = Result<QList<ScanAccessRule>>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, workflow_id, identity_type, identity_id, access FROM scan_access %1 ORDER BY id").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (const Status s = m_db.exec(q, QStringLiteral("reading scan workflow access rules")); !s)
        return R::failure(s.error());
    QList<ScanAccessRule> out;
    while (q.next()) {
        ScanAccessRule r;
        r.id = q.value(0).toLongLong();
        r.workflowId = q.value(1).toLongLong();
        r.identityType = q.value(2).toString() == QLatin1String("User") ? ScanAccessRule::Identity::User
                                                                         : ScanAccessRule::Identity::Group;
        r.identityId = q.value(3).toLongLong();
        r.allow = q.value(4).toString() == QLatin1String("Allow");
        out.append(r);
    }
    return out;
}

Result<std::optional<ScanAccessRule>> ScanAccessRepository::get(qint64 id)
{
    using R = Result<std::optional<ScanAccessRule>>;
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return R::failure(found.error());
    return found->isEmpty() ? R(std::nullopt) : R(std::optional<ScanAccessRule>(found->first()));
}

Result<QList<ScanAccessRule>> ScanAccessRepository::list()
{
    return select({}, {});
}

Result<QList<ScanAccessRule>> ScanAccessRepository::forWorkflow(qint64 workflowId)
{
    return select(QStringLiteral("WHERE workflow_id = ?"), {workflowId});
}

Status ScanAccessRepository::update(const ScanAccessRule &r)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE scan_access SET workflow_id = ?, identity_type = ?, identity_id = ?, access = ? WHERE id = ?"));
    q.addBindValue(r.workflowId);
    q.addBindValue(identityName(r.identityType));
    q.addBindValue(r.identityId);
    q.addBindValue(r.allow ? QStringLiteral("Allow") : QStringLiteral("Deny"));
    q.addBindValue(r.id);
    return m_db.exec(q, QStringLiteral("updating scan workflow access rule %1").arg(r.id));
}

Result<bool> ScanAccessRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM scan_access WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("deleting scan workflow access rule %1").arg(id)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

bool ScanAccessRepository::allows(const QList<ScanAccessRule> &rules, qint64 userId, const QList<qint64> &groupIds)
{
    bool userAllow = false, userDeny = false, groupAllow = false, groupDeny = false;
    for (const ScanAccessRule &r : rules) {
        if (r.identityType == ScanAccessRule::Identity::User && r.identityId == userId)
            (r.allow ? userAllow : userDeny) = true;
        else if (r.identityType == ScanAccessRule::Identity::Group && groupIds.contains(r.identityId))
            (r.allow ? groupAllow : groupDeny) = true;
    }
    if (userAllow || userDeny)
        return !userDeny;
    return groupAllow && !groupDeny;
}

} // namespace scanflow
