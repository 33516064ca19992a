#include "UploadController.h"

#include "DeliveryQueue.h"
#include "Multipart.h"
#include "WorkflowRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace scanflow::UploadController {

ApiHandler deliver(WorkflowRepository &workflows, DeliveryQueue &queue, const QString &uploadsDir,
                   std::function<void()> queued)
{
    return [&workflows, &queue, uploadsDir, queued](const ApiRequest &r) -> ApiResult {
        const auto idOrError = idParameter(r, QStringLiteral("scanWorkflowId"), QStringLiteral("workflow"));
        if (const auto *e = std::get_if<ApiError>(&idOrError))
            return *e;
        const qint64 id = std::get<qint64>(idOrError);
        const auto workflow = workflows.get(id);
        if (!workflow)
            return ApiError::internal(workflow.error());
        if (!workflow->has_value())
            return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(id));
        const QByteArray type = r.header("Content-Type");
        if (!type.startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("the body must be multipart/form-data with the file in \"data\""));

        NewDelivery d;
        d.workflowId = id;
        QByteArray content;
        bool haveFile = false;
        for (const MultipartPart &p : parseMultipart(r.body, type)) {
            if (p.name == "data") {
                haveFile = true;
                content = p.body;
                // Only the last path element: a client's "../x" never leaves the uploads folder.
                d.fileName = QFileInfo(QString::fromUtf8(p.fileName)).fileName();
            } else if (p.name == "username") {
                d.userName = QString::fromUtf8(p.body);
            } else if (p.name == "title") {
                d.documentName = QString::fromUtf8(p.body);
            } else if (p.name.startsWith("terminal.")) {
                d.terminalValues.insert(QString::fromUtf8(p.name.mid(9)), QString::fromUtf8(p.body));
            }
        }
        if (!haveFile)
            return ApiError::badRequest(QStringLiteral("data: the file part is missing"));
        if (d.fileName.isEmpty() || d.fileName == QLatin1String(".") || d.fileName == QLatin1String(".."))
            return ApiError::badRequest(QStringLiteral("data: the file part needs a filename"));
        if (!QDir().mkpath(uploadsDir))
            return ApiError::internal(QStringLiteral("cannot create the uploads folder"));
        d.filePath = QDir(uploadsDir).filePath(QUuid::createUuid().toString(QUuid::Id128).left(12) + u'-' + d.fileName);
        QSaveFile file(d.filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            return ApiError::internal(QStringLiteral("cannot store the uploaded file: %1").arg(file.errorString()));
        if (d.documentName.isEmpty())
            d.documentName = QFileInfo(d.fileName).completeBaseName();
        const auto queuedId = queue.enqueue(d);
        if (!queuedId) {
            QFile::remove(d.filePath);
            return ApiError::internal(queuedId.error());
        }
        queued();
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("queued"), *queuedId));
    };
}

} // namespace scanflow::UploadController
