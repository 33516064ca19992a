#pragma once

#include "Result.h"
#include "Workflow.h"

#include <QByteArray>
#include <QJsonObject>
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

// Reads a workflow document (docs/workflow-format.md) and validates it. The error names the
// first bad field(s): "destination.steps[1].method: "DELETE" is not one of POST, GET, PUT, PATCH".
Result<Workflow> workflowFromJson(const QByteArray &json);
Result<Workflow> workflowFromJson(const QJsonObject &object);

enum class SecretHandling { Include, Omit };
// Writes the document; with Omit, passwords, client secrets and tokens are left out.
QJsonObject workflowToJson(const Workflow &workflow, SecretHandling secrets = SecretHandling::Include);

// R14 on a document about to be saved: a workflow that is not user-specific keeps no
// user-specific parameters and no user-specific authentication (reference 001: "all API
// parameters of type User-specific parameter are removed").
QJsonObject withSaveRules(QJsonObject workflow);

// The rules a well-formed workflow must also follow (R1, R4, R6, R8–R12); empty when valid.
QList<WorkflowIssue> validateWorkflow(const Workflow &workflow);

// Letters, digits, ".", "_" and "-" only (R8's file field name; also the metadata field name).
bool isValidFieldName(const QString &name);
// An HTTP header name (RFC 9110 token).
bool isValidHeaderName(const QString &name);
// A placeholder key: a letter or "_" first, then letters, digits, "_", "-" or ".".
bool isValidKey(const QString &key);

} // namespace scanflow
