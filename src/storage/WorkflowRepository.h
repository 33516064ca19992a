#pragma once

#include "Database.h"
#include "Workflow.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace scanflow {

struct StoredWorkflow
{
    qint64 id = 0;
    Workflow workflow;   // its id set to the stored id; secrets are kept apart
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Workflows as the server stores them: one JSON document each (secrets left out), unique names.
class WorkflowRepository
{
public:
    explicit WorkflowRepository(Database &db) : m_db(db) {}

    Result<qint64> create(const Workflow &workflow);
    Result<std::optional<StoredWorkflow>> get(qint64 id);
    Result<QList<StoredWorkflow>> list();
    Result<std::optional<qint64>> idByName(const QString &name);
    Status update(qint64 id, const Workflow &workflow);
    Status remove(qint64 id);

private:
    Status checkNameFree(const QString &name, qint64 exceptId);
    Database &m_db;
};

} // namespace scanflow
