#pragma once

#include <atomic>

#include "SecretStore.h"
#include "TokenStore.h"
#include "WorkflowRepository.h"

namespace scanflow {

// Workflows as the server keeps them: the definition in the workflows table, every secret of
// it (Basic password, client secret, a shared token) sealed in the secret store under
// "workflow:<id>", and put back together on load. Saving applies the save rules (R14).
class WorkflowService
{
public:
    WorkflowService(Database &db, SecretStore &secrets) : m_db(db), m_workflows(db), m_secrets(secrets) {}

    // Refuses connection settings that cannot work (a CA alias never imported, a client key
    // that is not the certificate's, a password that does not open it), naming the field.
    Result<qint64> create(Workflow workflow);
    // The whole workflow, secrets included; nothing when unknown.
    Result<std::optional<Workflow>> load(qint64 id);
    // The same, for the delivery engine: the imported CAs it trusts added to its trustedCas.
    Result<std::optional<Workflow>> loadForDelivery(qint64 id);
    // R14: turning User-specific off drops user-specific parameters; switching it off (or
    // `revokeUserAuthorizations`) deletes every user's saved private data for the workflow.
    // Secrets stay with their destination: when the update sends requests to an origin the
    // workflow did not use before (delivery URL, a step URL, the token URL), the stored shared
    // secrets and token and every user's private data are dropped; only secrets the update
    // itself carries are kept. Returns whether that happened.
    Result<bool> update(qint64 id, Workflow workflow, bool revokeUserAuthorizations);
    Status remove(qint64 id);
    // A draft from the designer, ready to try without saving (Run up to this step): the
    // secrets it does not carry are taken from stored workflow `id` under the save rules —
    // only while the draft sends to the places the stored one does, and the same kind of
    // authentication — and its CAs resolved. `id` 0: a workflow never saved, with what it has.
    // A draft that goes elsewhere is tried under a key of its own, so the stored shared token
    // is never sent there either.
    Result<Workflow> trialWorkflow(qint64 id, Workflow draft);
    // Workflows saved before parameters could be secret keep such values in their definition:
    // sealed now, and the definition rewritten without them. Once per start; nothing to do
    // after the first.
    Status sealLegacySecrets();

    static QString owner(qint64 id) { return QStringLiteral("workflow:%1").arg(id); }
    // A user's private data for the workflow, kept under the user's id: a user is (provider,
    // name), and the same name in two providers is two people.
    static QString userOwner(qint64 id, qint64 userId) { return usersPrefix(id) + QString::number(userId); }
    static QString usersPrefix(qint64 id) { return owner(id) + QStringLiteral("/uid:"); }

private:
    // Every secret of the workflow as it is now, replacing what was stored: an empty one is
    // taken from `kept` (what the client never saw), or dropped when there is none.
    Status saveSecrets(qint64 id, const Workflow &workflow, const Workflow *kept);
    // The connection's secrets completed from `before`, then checked as a whole.
    Status prepareConnection(Workflow &workflow, const Connection *before);
    // The connector a workflow names must exist.
    Status checkConnector(const Workflow &workflow);
    // The PEM of each trusted CA alias (certificates imported through /certificate/ca) added.
    Status resolveTrustedCas(Connection &connection);

    Database &m_db;
    WorkflowRepository m_workflows;
    SecretStore &m_secrets;
};

// OAuth tokens sealed in the secret store: the shared one under "workflow:<id>", a user's under
// "workflow:<id>/uid:<user id>" (the engine's user identity). The delivery engine refreshes
// through it.
class SecretTokenStore : public TokenStore
{
public:
    SecretTokenStore(Database &db, SecretStore &secrets) : m_db(db), m_secrets(secrets) {}
    std::optional<OAuthToken> token(const QString &workflowKey, const QString &user) const override;
    void saveToken(const QString &workflowKey, const QString &user, const OAuthToken &token) override;
    void markNeedsRenewal(const QString &workflowKey, const QString &user, const QString &reason) override;
    std::optional<QString> renewalReason(const QString &workflowKey, const QString &user) const;
    // On PostgreSQL, a session advisory lock per authorization: every server on the database
    // takes turns, and a server that dies lets go with its connection. SQLite has one server.
    bool tryLockRefresh(const QString &workflowKey, const QString &user) override;
    void unlockRefresh(const QString &workflowKey, const QString &user) override;
    // Refreshes under way: a draining server waits for them, or the pair a provider has just
    // rotated to would be lost with the process.
    int refreshing() const { return m_refreshing; }

private:
    static QString ownerOf(const QString &workflowKey, const QString &user);
    Database &m_db;
    SecretStore &m_secrets;
    std::atomic<int> m_refreshing{0};
};

} // namespace scanflow
