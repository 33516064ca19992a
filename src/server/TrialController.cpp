#include "TrialController.h"

#include "DeliveryEngine.h"
#include "FormParams.h"
#include "WorkflowJson.h"
#include "WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace scanflow::TrialController {

namespace {
constexpr int TrialTimeoutMs = 60000; // each request's, as a delivery's default
} // namespace

ApiHandler run(WorkflowService &workflows, TokenStore &tokens, QString tmpDir)
{
    return [&workflows, &tokens, tmpDir](const ApiRequest &r) -> ApiResult {
        bool ok = false;
        const qint64 id = r.params.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id < 0)
            return ApiError::badRequest(QStringLiteral("scanWorkflowId: \"%1\" is not a workflow id (0 for one never saved)").arg(r.params.value(QStringLiteral("id"))));
        if (!r.header("Content-Type").startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("the body must be multipart/form-data with \"workflow\", \"uptostep\" and the file in \"data\""));
        SF_TRY(p, FormParams::parse(r));
        const MultipartPart *workflowPart = p.file(QStringLiteral("workflow"));
        const QByteArray json = workflowPart ? workflowPart->body : p.value(QStringLiteral("workflow")).toUtf8();
        if (json.isEmpty())
            return ApiError::badRequest(QStringLiteral("workflow: the draft is missing"));
        auto parsed = workflowFromJson(json);
        if (!parsed)
            return ApiError::badRequest(QStringLiteral("workflow: ") + parsed.error());
        SF_TRY(upTo, p.requiredInteger(QStringLiteral("uptostep"), 0, 999));
        if (upTo >= parsed->destination.steps.size())
            return ApiError::badRequest(QStringLiteral("uptostep: %1, and the workflow has %2 steps (counted from 0)").arg(upTo).arg(parsed->destination.steps.size()));
        const MultipartPart *data = p.file(QStringLiteral("data"));
        if (!data || data->fileName.isEmpty())
            return ApiError::badRequest(QStringLiteral("data: the file part is missing"));
        const auto prepared = workflows.trialWorkflow(id, *parsed);
        if (!prepared)
            return ApiError::badRequest(prepared.error());
        Workflow trial = *prepared;
        trial.destination.steps = trial.destination.steps.mid(0, int(upTo) + 1); // the steps after it do not run

        QDir().mkpath(tmpDir);
        const QString fileName = QFileInfo(QString::fromUtf8(data->fileName)).fileName();
        const QString local = QDir(tmpDir).filePath(QStringLiteral("trial-") + QUuid::createUuid().toString(QUuid::Id128).left(12) + u'-'
                                                    + (fileName.isEmpty() ? QStringLiteral("file") : fileName.left(120)));
        if (const Status saved = p.saveFile(*data, local); !saved)
            return ApiError::internal(saved.error());
        DeliveryJob job;
        job.filePath = local;
        job.fileName = fileName;
        for (const auto &[name, value] : p.items()) {
            if (name.startsWith(QLatin1String("terminal.")))
                job.terminalValues.insert(name.mid(9), value);
        }
        // Its own engine on this handler thread (whose event loop runs it), gone with the answer.
        auto *engine = new DeliveryEngine(&tokens);
        engine->setRequestTimeout(TrialTimeoutMs);
        auto later = LaterAnswer::make();
        QObject::connect(engine, &DeliveryEngine::finished, engine, [engine, later, local](const DeliveryResult &result) {
            QFile::remove(local);
            QJsonArray trace;
            for (const TraceEntry &e : result.trace) // redacted as every trace is
                trace.append(e.toJson());
            QJsonObject out{{QStringLiteral("ok"), result.ok}, {QStringLiteral("trace"), trace}, {QStringLiteral("elapsedMs"), result.elapsedMs}};
            if (!result.ok) {
                out.insert(QStringLiteral("error"), result.error);
                out.insert(QStringLiteral("failedStep"), result.failedStep);
            }
            later->answer(ApiResponse::json(200, out));
            engine->deleteLater();
        });
        engine->submit(trial, job);
        return later;
    };
}

} // namespace scanflow::TrialController
