#pragma once

#include "SecretStore.h"
#include "Workflow.h"

#include <QHash>

namespace scanflow {

// Whether a workflow (shared) or a user (private) has everything a delivery needs.
enum class AuthorizationState { Authorized, NotAuthorized, NeedsRenewal };
QString toString(AuthorizationState state);

struct AuthorizationStatus
{
    AuthorizationState state = AuthorizationState::NotAuthorized;
    QStringList missing;   // what is not saved yet: "values.customerCode", "login", "token"
    QString reason;        // why renewal is needed (the provider's invalid_grant)
};

// What one user gives for one workflow in Workplace (R15): every user-specific parameter's
// value, the Basic login, and the OAuth token; whatever the workflow asks for.
struct PrivateValues
{
    QHash<QString, QString> values;
    QString login;
    QString password;
    std::optional<OAuthToken> token;
};

// Shared authorization (R16) and each user's private data (R15), sealed in the secret store
// under "workflow:<id>" and "workflow:<id>/uid:<user id>". Nothing here ever returns a secret.
class PrivateData
{
public:
    PrivateData(Database &db, SecretStore &secrets) : m_db(db), m_secrets(secrets) {}

    AuthorizationStatus shared(qint64 workflowId);
    // Whether the workflow is one an admin authorizes (shared OAuth 2.0).
    static Status checkShared(const Workflow &workflow);
    Status saveShared(const Workflow &workflow, qint64 workflowId, const OAuthToken &token);
    Status revokeShared(qint64 workflowId);

    AuthorizationStatus ofUser(const Workflow &workflow, qint64 workflowId, qint64 userId);
    // Whether `values` has everything the workflow needs from a user; with TokenToCome, all
    // but the OAuth token (checked before an authorization code is traded for one).
    enum TokenCheck { TokenRequired, TokenToCome };
    static Status checkUser(const Workflow &workflow, const PrivateValues &values, TokenCheck token = TokenRequired);
    // All or nothing: every required value must be there, else nothing is saved and the
    // error names the first one missing. What was saved before is replaced.
    Status saveUser(const Workflow &workflow, qint64 workflowId, qint64 userId, const PrivateValues &values);
    Status revokeUser(qint64 workflowId, qint64 userId);
    // The ids of the users who have saved anything for the workflow.
    Result<QList<qint64>> usersOf(qint64 workflowId);
    // Private data saved before users were told apart by provider ("workflow:<id>/user:<name>")
    // moves to the local provider's user of that name, sealed anew for the new owner; data of
    // a name nobody has any more is deleted. Once per start; nothing to do after the first.
    Status adoptLegacyOwners();
    // Every workflow's private data of a user who is deleted.
    Status forgetUser(qint64 userId);

private:
    Database &m_db;
    SecretStore &m_secrets;
};

} // namespace scanflow
