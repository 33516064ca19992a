#include "Entities.h"

#include <QJsonArray>

namespace scanflow::Entities {

std::variant<QJsonObject, ApiError> find(Database &db, const QString &kind, qint64 id, const QString &label)
{
    const auto e = EntityRepository(db, kind).get(id);
    if (!e)
        return ApiError::internal(e.error());
    if (!e->has_value())
        return ApiError::notFound(QStringLiteral("%1: no %2 %3").arg(label, kind).arg(id));
    return **e;
}

std::variant<QJsonObject, ApiError> fromPath(Database &db, const QString &kind, const ApiRequest &r, const QString &label)
{
    SF_TRY(id, idParameter(r, label, kind));
    return find(db, kind, id, label);
}

std::variant<QList<QJsonObject>, ApiError> all(Database &db, const QString &kind)
{
    const auto list = EntityRepository(db, kind).list();
    if (!list)
        return ApiError::internal(list.error());
    return *list;
}

std::variant<std::optional<QJsonObject>, ApiError> accountByDomain(Database &db, const QString &domain)
{
    SF_TRY(accounts, all(db, Account));
    for (const QJsonObject &a : accounts) {
        for (const QJsonValue &d : a.value(QStringLiteral("domainNames")).toArray()) {
            if (d.toString().compare(domain, Qt::CaseInsensitive) == 0)
                return std::optional<QJsonObject>(a);
        }
    }
    return std::optional<QJsonObject>();
}

std::variant<QJsonObject, ApiError> requireAccount(Database &db, const QString &param, const QString &domain)
{
    SF_TRY(account, accountByDomain(db, domain));
    if (!account)
        return ApiError::badRequest(QStringLiteral("%1: no account has the domain \"%2\"").arg(param, domain));
    return *account;
}

std::variant<QList<QJsonObject>, ApiError> accountSubtree(Database &db, qint64 accountId)
{
    SF_TRY(accounts, all(db, Account));
    QList<QJsonObject> subtree;
    QList<qint64> ids{accountId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const QJsonObject &a : accounts) {
            const qint64 id = a.value(QStringLiteral("id")).toInteger();
            if (id == ids.at(i))
                subtree.append(a);
            else if (a.value(QStringLiteral("parentId")).toInteger() == ids.at(i) && !ids.contains(id))
                ids.append(id);
        }
    }
    return subtree;
}

QStringList domainsOf(const QList<QJsonObject> &accounts)
{
    QStringList out;
    for (const QJsonObject &a : accounts) {
        for (const QJsonValue &d : a.value(QStringLiteral("domainNames")).toArray())
            out.append(d.toString().toLower());
    }
    return out;
}

} // namespace scanflow::Entities
