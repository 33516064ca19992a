#pragma once

#include "Database.h"

#include <optional>

namespace scanflow {

// A scan workflow access rule (ScanWorkflowAccessInfo): Allow or Deny one user or one group.
struct ScanAccessRule
{
    enum class Identity { User, Group };
    qint64 id = 0;
    qint64 workflowId = 0;
    Identity identityType = Identity::User;
    qint64 identityId = 0;
    bool allow = true;
};

class ScanAccessRepository
{
public:
    explicit ScanAccessRepository(Database &db) : m_db(db) {}

    Result<qint64> create(const ScanAccessRule &rule);
    Result<std::optional<ScanAccessRule>> get(qint64 id);
    Result<QList<ScanAccessRule>> list();
    Result<QList<ScanAccessRule>> forWorkflow(qint64 workflowId);
    Status update(const ScanAccessRule &rule);
    // False when there was no such rule.
    Result<bool> remove(qint64 id);

    // Whether the rules let this user use the workflow: nobody by default; a rule naming the user
    // beats any group rule; at the same level Deny beats Allow.
    static bool allows(const QList<ScanAccessRule> &rules, qint64 userId, const QList<qint64> &groupIds);

private:
    Result<QList<ScanAccessRule>> select(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace scanflow
