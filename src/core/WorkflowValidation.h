#pragma once

#include "Workflow.h"

#include <QList>
#include <QString>

namespace scanflow {

// One problem in a workflow, at a JSON path such as "destination.steps[1].method".
struct WorkflowIssue
{
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
};

// The rules a well-formed workflow must also follow (R1, R4, R6, R8–R12); empty when valid.
QList<WorkflowIssue> validateWorkflow(const Workflow &workflow);

// Letters, digits, ".", "_" and "-" only (R8's file field name; also the metadata field name).
bool isValidFieldName(const QString &name);
// An HTTP header name (RFC 9110 token).
bool isValidHeaderName(const QString &name);
// A placeholder key: a letter or "_" first, then letters, digits, "_", "-" or ".".
bool isValidKey(const QString &key);

} // namespace scanflow
