#pragma once

#include "PrivateData.h"
#include "Router.h"
#include "TokenExchange.h"


namespace scanflow {

class DeliveryQueue;
class WorkflowService;

// Shared authorization of a workflow (R16) for admins, and each user's private destinations
// (R15) for Workplace. Tokens and values go in; only states come out. An OAuth 2.0
// authorization arrives as the code the browser brought back (with its PKCE verifier), which
// the server trades for tokens with the client secret only it knows.
class WorkplaceController
{
public:
    static constexpr int ExchangeTimeoutMs = 30000;

    WorkplaceController(Database &db, WorkflowService &workflows, PrivateData &data)
        : m_db(db), m_workflows(workflows), m_data(data) {}

    ApiHandler sharedState();     // GET    /scan/workflows/{id}/authorization
    ApiHandler authorizeShared(); // PUT    /scan/workflows/{id}/authorization
    ApiHandler revokeShared();    // DELETE /scan/workflows/{id}/authorization
    ApiHandler users();           // GET    /scan/workflows/{id}/authorizations

    ApiHandler destinations();    // GET    /workplace/destinations
    ApiHandler destination();     // GET    /workplace/destinations/{id}
    ApiHandler authorize();       // PUT    /workplace/destinations/{id}
    ApiHandler revoke();          // DELETE /workplace/destinations/{id}
    // What a user sends files through: every active workflow the scan access rules give the
    // caller, with the terminal values it asks for each file and, where it needs the user's
    // private data, that destination's state.
    ApiHandler workflows();       // GET    /workplace/workflows
    // One of the caller's own deliveries with its trace (anyone else's: 404).
    ApiHandler delivery(DeliveryQueue &queue); // GET /workplace/deliveries/{id}

private:
    struct Found
    {
        qint64 id = 0;
        Workflow workflow;
    };
    std::variant<Found, ApiError> workflowOf(const ApiRequest &r);
    // The workflow, if R15 shows it to the calling user (404 otherwise: not theirs to see).
    std::variant<Found, ApiError> visibleTo(const ApiRequest &r);
    bool mayUse(const ApiRequest &r, qint64 workflowId);
    QJsonObject item(const Found &f, qint64 userId);
    QJsonObject sharedJson(qint64 workflowId);
    // Trades the code at the provider, then answers what `save` makes of the tokens (a refusal
    // answers 400 naming the provider's error, and nothing is saved). The request goes the way
    // the workflow's deliveries go (its CAs, proxy, client certificate).
    std::shared_ptr<LaterAnswer> exchangeThen(qint64 workflowId, const AuthorizationCode &code,
                                              std::function<ApiResult(const OAuthToken &)> save);

    Database &m_db;
    WorkflowService &m_workflows;
    PrivateData &m_data;
};

} // namespace scanflow
