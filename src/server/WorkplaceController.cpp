#include "WorkplaceController.h"

#include "DeliveryController.h"
#include "DeliveryQueue.h"

#include "ActingUser.h"
#include "Caller.h"
#include "FormParams.h"
#include "HttpClient.h"
#include "JsonBody.h"
#include "WorkflowService.h"

#include <QJsonArray>
#include <QThreadStorage>
#include <QRegularExpression>

namespace scanflow {

namespace {

std::variant<OAuthToken, ApiError> tokenFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError::badRequest(QStringLiteral("token: must be an object with accessToken, refreshToken and expiresIn"));
    const QJsonObject o = value.toObject();
    OAuthToken t;
    t.accessToken = o.value(QStringLiteral("accessToken")).toString();
    t.refreshToken = o.value(QStringLiteral("refreshToken")).toString();
    const QJsonValue expiresIn = o.value(QStringLiteral("expiresIn"));
    if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
        if (!expiresIn.isDouble() || expiresIn.toDouble() < 0)
            return ApiError::badRequest(QStringLiteral("token.expiresIn: must be a number of seconds"));
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn.toInteger());
    }
    if (t.accessToken.isEmpty() && t.refreshToken.isEmpty())
        return ApiError::badRequest(QStringLiteral("token: needs an accessToken or a refreshToken"));
    return t;
}

// {"code", "codeVerifier", "redirectUri"}: what the app's browser flow brought back.
std::variant<AuthorizationCode, ApiError> codeFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError::badRequest(QStringLiteral("authorization: must be an object with code, codeVerifier and redirectUri"));
    const QJsonObject o = value.toObject();
    AuthorizationCode c{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("codeVerifier")).toString(),
                        o.value(QStringLiteral("redirectUri")).toString()};
    if (c.code.isEmpty())
        return ApiError::badRequest(QStringLiteral("authorization.code: required"));
    const QUrl redirect(c.redirectUri);
    if (!redirect.isValid() || (redirect.scheme() != QLatin1String("http") && redirect.scheme() != QLatin1String("https")))
        return ApiError::badRequest(QStringLiteral("authorization.redirectUri: \"%1\" is not the http(s) redirect URI of the request").arg(c.redirectUri));
    // RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
    static const QRegularExpression verifier(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!c.codeVerifier.isEmpty() && !verifier.match(c.codeVerifier).hasMatch())
        return ApiError::badRequest(QStringLiteral("authorization.codeVerifier: must be 43 to 128 characters of A-Z, a-z, 0-9, \"-._~\""));
    return c;
}

QJsonObject stateJson(const AuthorizationStatus &s)
{
    QJsonObject o{{QStringLiteral("state"), toString(s.state)}, {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing)}};
    if (!s.reason.isEmpty())
        o.insert(QStringLiteral("reason"), s.reason);
    return o;
}

} // namespace

std::variant<WorkplaceController::Found, ApiError> WorkplaceController::workflowOf(const ApiRequest &r)
{
    SF_TRY(id, idParameter(r, QStringLiteral("scanWorkflowId"), QStringLiteral("workflow")));
    const auto w = m_workflows.load(id);
    if (!w)
        return ApiError::internal(w.error());
    if (!w->has_value())
        return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(id));
    return Found{id, **w};
}

bool WorkplaceController::mayUse(const ApiRequest &r, qint64 workflowId)
{
    return !mayScanWith(m_db, *r.caller->user, workflowId);
}

std::variant<WorkplaceController::Found, ApiError> WorkplaceController::visibleTo(const ApiRequest &r)
{
    SF_TRY(found, workflowOf(r));
    const Workflow &w = found.workflow;
    if (!w.active || !w.userSpecific || !w.needsPrivateUserData() || !mayUse(r, found.id))
        return ApiError::notFound(QStringLiteral("scanWorkflowId: workflow %1 is not one of your private destinations").arg(found.id));
    return found;
}

QJsonObject WorkplaceController::item(const Found &f, qint64 userId)
{
    const Workflow &w = f.workflow;
    QJsonArray parameters;
    for (const Parameter &p : w.userSpecificParameters())
        parameters.append(QJsonObject{{QStringLiteral("key"), p.key}, {QStringLiteral("label"), p.value}});
    const Auth &auth = w.destination.auth;
    QJsonObject o{{QStringLiteral("workflowId"), f.id},
                  {QStringLiteral("name"), w.name},
                  {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("basicLogin"), w.hasUserSpecificAuth() && auth.type == AuthType::Basic},
                  {QStringLiteral("oauth"), w.hasUserSpecificAuth() && auth.type == AuthType::OAuth2}};
    if (w.hasUserSpecificAuth() && auth.type == AuthType::OAuth2) {
        // What a browser flow needs; never the client secret.
        o.insert(QStringLiteral("authorizationUrl"), auth.authorizationUrl);
        o.insert(QStringLiteral("tokenUrl"), auth.tokenUrl);
        o.insert(QStringLiteral("clientId"), auth.clientId);
        o.insert(QStringLiteral("scopes"), auth.scopes);
    }
    const QJsonObject state = stateJson(m_data.ofUser(w, f.id, userId));
    for (auto it = state.constBegin(); it != state.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Each handler thread's own HTTP client (its sockets belong to the thread's event loop); it
// goes when the thread ends. The exchange's answer then comes back on the same thread, with
// its own database connection.
static HttpClient *httpOfThisThread()
{
    static QThreadStorage<HttpClient *> clients;
    if (!clients.hasLocalData())
        clients.setLocalData(new HttpClient);
    return clients.localData();
}

std::shared_ptr<LaterAnswer> WorkplaceController::exchangeThen(qint64 workflowId, const AuthorizationCode &code,
                                                               std::function<ApiResult(const OAuthToken &)> save)
{
    const auto later = LaterAnswer::make();
    const auto workflow = m_workflows.loadForDelivery(workflowId);
    if (!workflow || !workflow->has_value()) {
        later->answer(workflow ? ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(workflowId))
                               : ApiError::internal(workflow.error()));
        return later;
    }
    const Destination &d = (*workflow)->destination;
    HttpClient *http = httpOfThisThread();
    exchangeAuthorizationCode(http, d.auth, d.connection, code, ExchangeTimeoutMs, http,
                              [later, save = std::move(save)](const Result<OAuthToken> &token) {
        if (!token)
            return later->answer(ApiError::badRequest(QStringLiteral("authorization: ") + token.error()));
        const ApiResult saved = save(*token);
        if (const auto *error = std::get_if<ApiError>(&saved))
            return later->answer(*error);
        later->answer(std::get<ApiResponse>(saved));
    });
    return later;
}

QJsonObject WorkplaceController::sharedJson(qint64 workflowId)
{
    QJsonObject o = stateJson(m_data.shared(workflowId));
    o.insert(QStringLiteral("workflowId"), workflowId);
    return o;
}

ApiHandler WorkplaceController::sharedState()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, workflowOf(r));
        return ApiResponse::json(200, sharedJson(found.id));
    };
}

ApiHandler WorkplaceController::authorizeShared()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, workflowOf(r));
        SF_TRY(body, jsonBody(r, QStringLiteral("authorization")));
        if (!body.contains(QStringLiteral("authorization"))) { // tokens obtained elsewhere
            SF_TRY(token, tokenFrom(body.value(QStringLiteral("token"))));
            if (const Status s = m_data.saveShared(found.workflow, found.id, token); !s)
                return ApiError::badRequest(s.error());
            return ApiResponse::json(200, sharedJson(found.id));
        }
        SF_TRY(code, codeFrom(body.value(QStringLiteral("authorization"))));
        if (const Status s = m_data.checkShared(found.workflow); !s)
            return ApiError::badRequest(s.error());
        return exchangeThen(found.id, code, [this, found](const OAuthToken &token) -> ApiResult {
            if (const Status s = m_data.saveShared(found.workflow, found.id, token); !s)
                return ApiError::badRequest(s.error());
            return ApiResponse::json(200, sharedJson(found.id));
        });
    };
}

ApiHandler WorkplaceController::revokeShared()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, workflowOf(r));
        if (const Status s = m_data.revokeShared(found.id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, sharedJson(found.id));
    };
}

ApiHandler WorkplaceController::users()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, workflowOf(r));
        const auto ids = m_data.usersOf(found.id);
        if (!ids)
            return ApiError::internal(ids.error());
        QJsonArray out;
        for (const qint64 id : *ids) {
            const auto user = UserRepository(m_db).byId(id);
            if (!user || !user->has_value())
                continue; // deleted since: nobody to name
            QJsonObject o = stateJson(m_data.ofUser(found.workflow, found.id, id));
            o.insert(QStringLiteral("userName"), (*user)->userName);
            o.insert(QStringLiteral("providerId"), (*user)->providerId);
            out.append(o);
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler WorkplaceController::destinations()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const auto all = WorkflowRepository(m_db).list();
        if (!all)
            return ApiError::internal(all.error());
        QJsonArray out;
        for (const StoredWorkflow &s : *all) {
            if (!s.workflow.active || !s.workflow.userSpecific || !s.workflow.needsPrivateUserData() || !mayUse(r, s.id))
                continue;
            const auto full = m_workflows.load(s.id);
            if (full && full->has_value())
                out.append(item({s.id, **full}, r.caller->user->id));
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler WorkplaceController::workflows()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const auto all = WorkflowRepository(m_db).list();
        if (!all)
            return ApiError::internal(all.error());
        QJsonArray out;
        for (const StoredWorkflow &s : *all) {
            if (!s.workflow.active || s.workflow.isDraft() || !mayUse(r, s.id))
                continue;
            QJsonArray terminal;
            for (const QString &name : s.workflow.terminalNames())
                terminal.append(QJsonObject{{QStringLiteral("key"), name}});
            QJsonObject o{{QStringLiteral("workflowId"), s.id}, {QStringLiteral("name"), s.workflow.name},
                          {QStringLiteral("terminal"), terminal}};
            if (s.workflow.userSpecific && s.workflow.needsPrivateUserData()) {
                const auto full = m_workflows.load(s.id);
                if (full && full->has_value())
                    o.insert(QStringLiteral("privateDestination"), item({s.id, **full}, r.caller->user->id));
            }
            out.append(o);
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler WorkplaceController::delivery(DeliveryQueue &queue)
{
    return [&queue](const ApiRequest &r) -> ApiResult {
        const auto idOrError = idParameter(r, QStringLiteral("deliveryId"), QStringLiteral("delivery"));
        if (const auto *e = std::get_if<ApiError>(&idOrError))
            return *e;
        const qint64 id = std::get<qint64>(idOrError);
        const auto found = queue.record(id);
        if (!found)
            return ApiError::internal(found.error());
        const User &me = *r.caller->user;
        // Another user's delivery answers as one that does not exist: nobody learns of it.
        if (!found->has_value() || (*found)->delivery.userName != me.userName || (*found)->delivery.providerId != me.providerId)
            return ApiError::notFound(QStringLiteral("deliveryId: no delivery %1 of yours").arg(id));
        return ApiResponse::json(200, DeliveryController::deliveryInfo(**found, true));
    };
}

ApiHandler WorkplaceController::destination()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, visibleTo(r));
        return ApiResponse::json(200, item(found, r.caller->user->id));
    };
}

ApiHandler WorkplaceController::authorize()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, visibleTo(r));
        SF_TRY(body, jsonBody(r, QStringLiteral("destination")));
        PrivateValues given;
        const QJsonValue values = body.value(QStringLiteral("values"));
        if (!values.isUndefined() && !values.isObject())
            return ApiError::badRequest(QStringLiteral("values: must be an object of parameter key → value"));
        const QJsonObject valueObject = values.toObject();
        for (auto it = valueObject.constBegin(); it != valueObject.constEnd(); ++it) {
            if (!it.value().isString())
                return ApiError::badRequest(QStringLiteral("values.%1: must be a string").arg(it.key()));
            given.values.insert(it.key(), it.value().toString());
        }
        given.login = body.value(QStringLiteral("login")).toString();
        given.password = body.value(QStringLiteral("password")).toString();
        if (body.contains(QStringLiteral("token"))) {
            SF_TRY(token, tokenFrom(body.value(QStringLiteral("token"))));
            given.token = token;
        }
        const qint64 user = r.caller->user->id;
        if (!body.contains(QStringLiteral("authorization"))) {
            if (const Status s = m_data.saveUser(found.workflow, found.id, user, given); !s)
                return ApiError::badRequest(s.error());
            return ApiResponse::json(200, item(found, user));
        }
        // Everything else is checked before the code is spent, and nothing is saved unless
        // the provider gives tokens for it (R15: all or nothing).
        SF_TRY(code, codeFrom(body.value(QStringLiteral("authorization"))));
        if (const Status s = m_data.checkUser(found.workflow, given, PrivateData::TokenToCome); !s)
            return ApiError::badRequest(s.error());
        return exchangeThen(found.id, code, [this, found, given, user](const OAuthToken &token) mutable -> ApiResult {
            given.token = token;
            if (const Status s = m_data.saveUser(found.workflow, found.id, user, given); !s)
                return ApiError::badRequest(s.error());
            return ApiResponse::json(200, item(found, user));
        });
    };
}

ApiHandler WorkplaceController::revoke()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(found, visibleTo(r));
        if (const Status s = m_data.revokeUser(found.id, r.caller->user->id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, item(found, r.caller->user->id));
    };
}

} // namespace scanflow
