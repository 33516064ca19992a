#pragma once

#include "PrivateData.h"
#include "Router.h"

namespace scanflow {

class WorkflowService;

// Shared authorization of a workflow (R16) for admins, and each user's private destinations
// (R15) for Workplace. Tokens and values go in; only states come out.
class WorkplaceController
{
public:
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
    QJsonObject item(const Found &f, const QString &user);

    Database &m_db;
    WorkflowService &m_workflows;
    PrivateData &m_data;
};

} // namespace scanflow
