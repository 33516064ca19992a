#pragma once

#include "Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace scanflow {

// The ten "Recommended Setup Patterns" of the API Delivery manual as workflows to start from
// (resources/templates/use-case-NN.json, set up as the manual says, aimed at api.example.com).
struct UseCaseTemplate
{
    int number = 0;
    QString title;  // "Create a record, then upload"
    QString when;   // the manual's "Use this when …"
    Workflow workflow;
    // Empty when it delivers unchanged to the test destination; else what it needs first.
    QString needsFirst;
};

class UseCaseTemplates
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseTemplates)

public:
    static QList<UseCaseTemplate> all();
    // The same workflow aimed at a server's built-in test destination: every URL of
    // api.example.com becomes <server>/api/v1/testdestination/receive/<its path>.
    static Workflow forTestDestination(const Workflow &workflow, const QUrl &server);
};

} // namespace scanflow
