#include "ScanAccessController.h"

#include "FormParams.h"
#include "GroupRepository.h"
#include "JsonBody.h"
#include "ScanAccessRepository.h"
#include "WorkflowRepository.h"

#include <QJsonArray>

namespace scanflow::ScanAccessController {

namespace {

// The reference's ScanWorkflowAccessInfo, plus (ScanFlow's own) the name of the user or group,
// so a list of rules can be read without a lookup per row.
QJsonObject info(Database &db, const ScanAccessRule &r)
{
    QString name;
    if (r.identityType == ScanAccessRule::Identity::User) {
        if (const auto user = UserRepository(db).byId(r.identityId); user && user->has_value())
            name = (*user)->userName;
    } else if (const auto group = GroupRepository(db).resolve(QString::number(r.identityId)); group && group->has_value()) {
        name = (*group)->name;
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("identityName"), name},
            {QStringLiteral("workflowId"), r.workflowId},
            {QStringLiteral("identityId"), r.identityId},
            {QStringLiteral("identityType"), r.identityType == ScanAccessRule::Identity::User ? QStringLiteral("User") : QStringLiteral("Group")},
            {QStringLiteral("access"), r.allow ? QStringLiteral("Allow") : QStringLiteral("Deny")}};
}

// A number that may come as 100 or "100" (the reference's example quotes workflowId).
std::variant<qint64, ApiError> idField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    bool ok = v.isDouble();
    qint64 id = v.toInteger();
    if (v.isString())
        id = v.toString().toLongLong(&ok);
    if (!ok || id <= 0)
        return ApiError::badRequest(QStringLiteral("%1: must be a positive id").arg(name));
    return id;
}

std::variant<ScanAccessRule, ApiError> ruleFrom(Database &db, const ApiRequest &r)
{
    SF_TRY(body, jsonBody(r, QStringLiteral("accessInfo")));
    ScanAccessRule rule;
    SF_TRY(workflowId, idField(body, QStringLiteral("workflowId")));
    SF_TRY(identityId, idField(body, QStringLiteral("identityId")));
    rule.workflowId = workflowId;
    rule.identityId = identityId;
    const QString type = body.value(QStringLiteral("identityType")).toString();
    if (type.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0)
        rule.identityType = ScanAccessRule::Identity::User;
    else if (type.compare(QLatin1String("Group"), Qt::CaseInsensitive) == 0)
        rule.identityType = ScanAccessRule::Identity::Group;
    else
        return ApiError::badRequest(QStringLiteral("identityType: \"%1\" is not User or Group").arg(type));
    const QString access = body.value(QStringLiteral("access")).toString(QStringLiteral("Allow"));
    if (access.compare(QLatin1String("Allow"), Qt::CaseInsensitive) != 0 && access.compare(QLatin1String("Deny"), Qt::CaseInsensitive) != 0)
        return ApiError::badRequest(QStringLiteral("access: \"%1\" is not Allow or Deny").arg(access));
    rule.allow = access.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0;

    const auto workflow = WorkflowRepository(db).get(rule.workflowId);
    if (!workflow)
        return ApiError::internal(workflow.error());
    if (!workflow->has_value())
        return ApiError::badRequest(QStringLiteral("workflowId: no workflow %1").arg(rule.workflowId));
    if (rule.identityType == ScanAccessRule::Identity::User) {
        const auto user = UserRepository(db).byId(rule.identityId);
        if (!user)
            return ApiError::internal(user.error());
        if (!user->has_value())
            return ApiError::badRequest(QStringLiteral("identityId: no user %1").arg(rule.identityId));
    } else {
        const auto group = GroupRepository(db).resolve(QString::number(rule.identityId));
        if (!group)
            return ApiError::internal(group.error());
        if (!group->has_value() || (*group)->id != rule.identityId)
            return ApiError::badRequest(QStringLiteral("identityId: no group %1").arg(rule.identityId));
    }
    return rule;
}

std::variant<ScanAccessRule, ApiError> existing(Database &db, const ApiRequest &r)
{
    SF_TRY(id, idParameter(r, QStringLiteral("accessId"), QStringLiteral("workflow access")));
    const auto rule = ScanAccessRepository(db).get(id);
    if (!rule)
        return ApiError::internal(rule.error());
    if (!rule->has_value())
        return ApiError::notFound(QStringLiteral("accessId: no workflow access %1").arg(id));
    return **rule;
}

} // namespace

ApiHandler list(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        const auto all = ScanAccessRepository(db).list();
        if (!all)
            return ApiError::internal(all.error());
        QJsonArray out;
        for (const ScanAccessRule &rule : *all)
            out.append(info(db, rule));
        return ApiResponse::json(200, out);
    };
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(rule, existing(db, r));
        return ApiResponse::json(200, info(db, rule));
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(rule, ruleFrom(db, r));
        const auto id = ScanAccessRepository(db).create(rule);
        if (!id)
            return ApiError::internal(id.error());
        rule.id = *id;
        return ApiResponse::json(200, info(db, rule));
    };
}

ApiHandler update(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(old, existing(db, r));
        SF_TRY(rule, ruleFrom(db, r));
        rule.id = old.id;
        if (const Status s = ScanAccessRepository(db).update(rule); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, info(db, rule));
    };
}

ApiHandler remove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(rule, existing(db, r));
        const auto removed = ScanAccessRepository(db).remove(rule.id);
        if (!removed)
            return ApiError::internal(removed.error());
        return ApiResponse::empty(204);
    };
}

} // namespace scanflow::ScanAccessController
