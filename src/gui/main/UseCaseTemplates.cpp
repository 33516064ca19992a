#include "UseCaseTemplates.h"

#include "Icons.h"
#include "WorkflowJson.h"

#include <QFile>

namespace scanflow {

namespace {

const QString ExampleApi = QStringLiteral("https://api.example.com");

QString aimedAt(const QString &url, const QString &receiver)
{
    return url.startsWith(ExampleApi) ? receiver + url.mid(ExampleApi.size()) : url;
}

} // namespace

QList<UseCaseTemplate> UseCaseTemplates::all()
{
    Icons::loadResources();
    const QString oauth = tr("It needs an OAuth provider: open it as a new workflow, fill in the provider's endpoints and "
                             "client ID, save it and authorize it.");
    const QString perUser = tr("Each user gives their own part in Workplace: open it as a new workflow, save it, and "
                               "authorize it there.");
    const struct
    {
        QString title, when, needsFirst;
    } texts[] = {
        {tr("Simple file upload"), tr("The endpoint only needs a file upload."), {}},
        {tr("Upload with a static API key header"), tr("The endpoint expects a header such as X-API-Key."), {}},
        {tr("Shared Basic authentication"), tr("One shared account is enough for the whole workflow."),
         tr("It needs the shared login and password: open it as a new workflow and fill them in.")},
        {tr("Shared OAuth 2.0"), tr("One shared OAuth authorization is used for all of the workflow's users."), oauth},
        {tr("User-specific OAuth 2.0"), tr("Each user must deliver with their own OAuth account."), oauth},
        {tr("User-specific Basic authentication"), tr("Each user has their own Basic credentials."), perUser},
        {tr("Shared authentication plus a user's value"),
         tr("All users share the technical authentication, but each sends a business value of their own, such as a customer code."),
         tr("It needs the shared login and password, and each user's customer code in Workplace: open it as a new "
            "workflow, fill in the login and password, save it, and let users authorize it there.")},
        {tr("Create a record, then upload"), tr("The API needs a record ID before the upload: the first request's answer gives jobId."), {}},
        {tr("Upload, then confirm"), tr("The upload's answer gives uploadId, which a later request uses to finish the upload."), {}},
        {tr("Raw binary upload"), tr("The endpoint takes the file as the whole request body."), {}},
    };
    QList<UseCaseTemplate> out;
    for (int i = 0; i < 10; ++i) {
        QFile file(QStringLiteral(":/templates/use-case-%1.json").arg(i + 1, 2, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto workflow = workflowFromJson(file.readAll());
        if (!workflow) { // a resource of ours: tst_look lists all ten
            qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(workflow.error()));
            continue;
        }
        UseCaseTemplate t{i + 1, texts[i].title, texts[i].when, *workflow, texts[i].needsFirst};
        t.workflow.name = texts[i].title;
        t.workflow.active = true;
        out.append(t);
    }
    return out;
}

Workflow UseCaseTemplates::forTestDestination(const Workflow &workflow, const QUrl &server)
{
    QUrl receiver = server;
    receiver.setPath(server.path() + QStringLiteral("/api/v1/testdestination/receive")); // behind a proxy's prefix too
    receiver.setQuery(QString());
    const QString base = receiver.toString(QUrl::FullyEncoded);
    Workflow w = workflow;
    w.destination.url = aimedAt(w.destination.url, base);
    for (Step &s : w.destination.steps)
        s.url = aimedAt(s.url, base);
    return w;
}

} // namespace scanflow
