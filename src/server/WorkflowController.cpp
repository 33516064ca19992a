#include "WorkflowController.h"

#include "WorkflowJson.h"
#include "WorkflowService.h"

#include <QJsonArray>

namespace scanflow::WorkflowController {

namespace {

QJsonObject info(const StoredWorkflow &s)
{
    QJsonObject o = workflowToJson(s.workflow, SecretHandling::Omit);
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("createdAt"), s.createdAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("updatedAt"), s.updatedAt.toString(Qt::ISODateWithMs));
    return o;
}

std::variant<qint64, ApiError> idOf(const ApiRequest &r)
{
    return idParameter(r, QStringLiteral("scanWorkflowId"), QStringLiteral("workflow"));
}

// The workflow a body describes. An update keeps what its body leaves out: the reference's
// {"name", "connectorId"} renames and relinks a workflow, it does not drop its destination.
std::variant<Workflow, ApiError> body(const ApiRequest &r, const Workflow *stored = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::badRequest(QStringLiteral("scanWorkflow: the body is not a JSON object (%1)").arg(error.errorString()));
    QJsonObject o = doc.object();
    if (stored) {
        const QJsonObject before = workflowToJson(*stored, SecretHandling::Omit);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!o.contains(it.key()))
                o.insert(it.key(), it.value());
        }
    }
    if (!o.contains(QStringLiteral("format")))
        o.insert(QStringLiteral("format"), Workflow::CurrentFormat);
    const auto w = workflowFromJson(withSaveRules(o));
    if (!w)
        return ApiError::badRequest(QStringLiteral("scanWorkflow: ") + w.error());
    return *w;
}

ApiResult stored(WorkflowRepository &repository, qint64 id)
{
    const auto s = repository.get(id);
    if (!s)
        return ApiError::internal(s.error());
    if (!s->has_value())
        return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(id));
    return ApiResponse::json(200, info(**s));
}

} // namespace

ApiHandler list(WorkflowRepository &repository)
{
    return [&repository](const ApiRequest &) -> ApiResult {
        const auto all = repository.list();
        if (!all)
            return ApiError::internal(all.error());
        QJsonArray out;
        for (const StoredWorkflow &s : *all)
            out.append(info(s));
        return ApiResponse{200, {{"Content-Type", "application/json"}}, QJsonDocument(out).toJson(QJsonDocument::Compact)};
    };
}

ApiHandler get(WorkflowRepository &repository)
{
    return [&repository](const ApiRequest &r) -> ApiResult {
        const auto id = idOf(r);
        if (const auto *e = std::get_if<ApiError>(&id))
            return *e;
        return stored(repository, std::get<qint64>(id));
    };
}

ApiHandler create(WorkflowService &service, WorkflowRepository &repository)
{
    return [&service, &repository](const ApiRequest &r) -> ApiResult {
        const auto w = body(r);
        if (const auto *e = std::get_if<ApiError>(&w))
            return *e;
        const auto id = service.create(std::get<Workflow>(w));
        if (!id)
            return ApiError::badRequest(QStringLiteral("scanWorkflow: ") + id.error());
        return stored(repository, *id);
    };
}

ApiHandler update(WorkflowService &service, WorkflowRepository &repository)
{
    return [&service, &repository](const ApiRequest &r) -> ApiResult {
        const auto id = idOf(r);
        if (const auto *e = std::get_if<ApiError>(&id))
            return *e;
        const auto existing = repository.get(std::get<qint64>(id));
        if (!existing)
            return ApiError::internal(existing.error());
        if (!existing->has_value())
            return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(std::get<qint64>(id)));
        const auto w = body(r, &(*existing)->workflow);
        if (const auto *e = std::get_if<ApiError>(&w))
            return *e;
        // R14: "Revoke user-specific authorization on save".
        const QString revoke = r.query.queryItemValue(QStringLiteral("revokeUserAuthorizations"));
        if (!revoke.isEmpty() && revoke != QLatin1String("true") && revoke != QLatin1String("false"))
            return ApiError::badRequest(QStringLiteral("revokeUserAuthorizations: \"%1\" is not true or false").arg(revoke));
        const auto retargeted = service.update(std::get<qint64>(id), std::get<Workflow>(w), revoke == QLatin1String("true"));
        if (!retargeted)
            return ApiError::badRequest(QStringLiteral("scanWorkflow: ") + retargeted.error());
        ApiResult answer = stored(repository, std::get<qint64>(id));
        // Said in the answer, so a client can tell the person what the new place cost.
        if (auto *ok = std::get_if<ApiResponse>(&answer); ok && *retargeted) {
            QJsonObject o = QJsonDocument::fromJson(ok->body).object();
            o.insert(QStringLiteral("secretsDropped"), true);
            *ok = ApiResponse::json(200, o);
        }
        return answer;
    };
}

ApiHandler remove(WorkflowService &service)
{
    return [&service](const ApiRequest &r) -> ApiResult {
        const auto id = idOf(r);
        if (const auto *e = std::get_if<ApiError>(&id))
            return *e;
        const Status s = service.remove(std::get<qint64>(id));
        if (!s) {
            if (s.error().endsWith(QLatin1String("does not exist")))
                return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(std::get<qint64>(id)));
            return ApiError::badRequest(QStringLiteral("scanWorkflowId: ") + s.error());
        }
        return ApiResponse{204, {}, {}};
    };
}

} // namespace scanflow::WorkflowController
