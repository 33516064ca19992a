#include "AccessControlController.h"

#include "AccessControlRepository.h"
#include "Entities.h"
#include "FormParams.h"
#include "GroupRepository.h"
#include "JsonBody.h"
#include "Permissions.h"

#include <QJsonArray>

namespace scanflow::AccessControlController {

namespace {

QJsonObject info(const AccessControl &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("accountDomain"), c.accountDomain},
            {QStringLiteral("authProviderId"), c.authProviderId}, {QStringLiteral("roleName"), c.roleName},
            {QStringLiteral("userName"), c.userName}, {QStringLiteral("groupName"), c.groupName},
            {QStringLiteral("groupDn"), c.groupDn}};
}

std::variant<QString, ApiError> accountDomain(const ApiRequest &r)
{
    const QString domain = r.query.queryItemValue(QStringLiteral("accountdomain"), QUrl::FullyDecoded);
    if (domain.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("accountdomain: the query parameter is missing"));
    return domain;
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(domain, accountDomain(r));
        // "permissionsdomain: … you will get access controls for the account domain, but defined
        // at the parent domain level": those stored for that ancestor, which the account inherits.
        QStringList definedAt{domain.toLower()};
        const QString parent = r.query.queryItemValue(QStringLiteral("permissionsdomain"), QUrl::FullyDecoded).trimmed();
        if (!parent.isEmpty()) {
            SF_TRY(account, Entities::requireAccount(db, QStringLiteral("accountdomain"), domain));
            SF_TRY(ancestor, Entities::requireAccount(db, QStringLiteral("permissionsdomain"), parent));
            SF_TRY(below, Entities::accountSubtree(db, ancestor.value(QStringLiteral("id")).toInteger()));
            const bool above = std::any_of(below.cbegin(), below.cend(), [&](const QJsonObject &a) {
                return a.value(QStringLiteral("id")) == account.value(QStringLiteral("id"));
            });
            if (!above)
                return ApiError::badRequest(QStringLiteral("permissionsdomain: \"%1\" is not a parent of \"%2\"").arg(parent, domain));
            definedAt = Entities::domainsOf({ancestor});
        }
        const auto all = AccessControlRepository(db).list();
        if (!all)
            return ApiError::internal(all.error());
        QJsonArray controls;
        for (const AccessControl &c : *all) {
            if (definedAt.contains(c.accountDomain.toLower()))
                controls.append(info(c));
        }
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("accountDomain"), domain},
                                                  {QStringLiteral("accessControls"), controls}});
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(domain, accountDomain(r));
        SF_TRY(body, jsonBody(r, QStringLiteral("access control")));
        AccessControl c;
        c.accountDomain = domain;
        c.authProviderId = body.value(QStringLiteral("authProviderId")).toInteger(1);
        c.roleName = body.value(QStringLiteral("roleName")).toString();
        c.userName = body.value(QStringLiteral("userName")).toString().trimmed();
        c.groupName = body.value(QStringLiteral("groupName")).toString().trimmed();
        c.groupDn = body.value(QStringLiteral("groupDn")).toString().trimmed();
        if (!Permissions::roles().contains(c.roleName))
            return ApiError::badRequest(QStringLiteral("roleName: \"%1\" is not one of %2").arg(c.roleName, Permissions::roles().join(QLatin1String(", "))));
        if (c.userName.isEmpty() == c.groupName.isEmpty() && c.groupDn.isEmpty())
            return ApiError::badRequest(QStringLiteral("userName, groupName: give exactly one of them"));
        if (!c.userName.isEmpty() && !c.groupName.isEmpty())
            return ApiError::badRequest(QStringLiteral("userName, groupName: give one of them, not both"));
        // A group is matched by its DN, never by its display name, which need not be unique:
        // a name alone must name exactly one group, whose DN is then kept.
        if (c.userName.isEmpty() && c.groupDn.isEmpty()) {
            const auto groups = GroupRepository(db).list();
            if (!groups)
                return ApiError::internal(groups.error());
            QStringList dns;
            for (const Group &g : *groups) {
                if (g.name == c.groupName)
                    dns.append(g.groupDn);
            }
            if (dns.size() != 1) {
                return ApiError::badRequest(dns.isEmpty()
                    ? QStringLiteral("groupName: no group \"%1\"; give its groupDn").arg(c.groupName)
                    : QStringLiteral("groupName: %1 groups are named \"%2\"; give the groupDn of one").arg(dns.size()).arg(c.groupName));
            }
            c.groupDn = dns.first();
        }
        const auto id = AccessControlRepository(db).create(c);
        if (!id)
            return ApiError::internal(id.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("access control created"), *id));
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(domain, accountDomain(r));
        SF_TRY(id, idParameter(r, QStringLiteral("id"), QStringLiteral("access control")));
        AccessControlRepository controls(db);
        const auto all = controls.list();
        if (!all)
            return ApiError::internal(all.error());
        const bool known = std::any_of(all->cbegin(), all->cend(), [&](const AccessControl &c) {
            return c.id == id && c.accountDomain.compare(domain, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            return ApiError::notFound(QStringLiteral("id: no access control %1 in %2").arg(id).arg(domain));
        if (const Status s = controls.remove(id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("access control %1 deleted").arg(id)));
    };
}

} // namespace scanflow::AccessControlController
