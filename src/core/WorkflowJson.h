#pragma once

#include "Result.h"
#include "Workflow.h"
#include "WorkflowValidation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scanflow {

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

} // namespace scanflow
