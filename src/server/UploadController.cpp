#include "UploadController.h"

#include "ActingUser.h"
#include "DeliveryQueue.h"
#include "FormParams.h"
#include "Multipart.h"
#include "Spool.h"
#include "WorkflowRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace scanflow::UploadController {

namespace {

// The name an upload waits under: a unique id and as much of its own name as a file system
// takes (255 bytes a name), its extension kept. The delivery sends the name as it came.
QString storedName(const QString &fileName)
{
    const QFileInfo info(fileName);
    QString base = info.completeBaseName();
    const QString extension = info.suffix().size() <= 16 ? info.suffix() : QString();
    const auto name = [&]() -> QString { return extension.isEmpty() ? base : base + u'.' + extension; };
    while (!base.isEmpty() && name().toUtf8().size() > 200)
        base.chop(1);
    return QUuid::createUuid().toString(QUuid::Id128).left(12) + u'-' + name();
}

} // namespace

ApiHandler deliver(Database &db, WorkflowRepository &workflows, DeliveryQueue &queue, Spool &spool, const QString &uploadsDir,
                   std::function<void()> queued)
{
    return [&db, &workflows, &queue, &spool, uploadsDir, queued](const ApiRequest &r) -> ApiResult {
        const auto idOrError = idParameter(r, QStringLiteral("scanWorkflowId"), QStringLiteral("workflow"));
        if (const auto *e = std::get_if<ApiError>(&idOrError))
            return *e;
        const qint64 id = std::get<qint64>(idOrError);
        const auto workflow = workflows.get(id);
        if (!workflow)
            return ApiError::internal(workflow.error());
        if (!workflow->has_value())
            return ApiError::notFound(QStringLiteral("scanWorkflowId: no workflow %1").arg(id));
        if ((*workflow)->workflow.isDraft()) {
            return ApiError::badRequest(QStringLiteral("scanWorkflowId: workflow %1 is a draft with no destination yet; finish it in the designer")
                                            .arg(id));
        }
        if (!(*workflow)->workflow.active)
            return ApiError::conflict(QStringLiteral("scanWorkflowId: workflow %1 is not active; activate it in the designer").arg(id));
        const QByteArray type = r.header("Content-Type");
        if (!type.startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("the body must be multipart/form-data with the file in \"data\""));

        SF_TRY(p, FormParams::parse(r));
        NewDelivery d;
        d.workflowId = id;
        d.connectorId = (*workflow)->workflow.connectorId;
        const MultipartPart *data = p.file(QStringLiteral("data"));
        if (!data)
            return ApiError::badRequest(QStringLiteral("data: the file part is missing"));
        // Only the last path element: a client's "../x" never leaves the uploads folder.
        d.fileName = QFileInfo(QString::fromUtf8(data->fileName)).fileName();
        // It runs as its caller, or as the user a trusted device names; and only where the scan
        // access rules let that user (R15): nobody borrows another's private data (R4).
        SF_TRY(user, actingUser(db, r, p));
        if (user) {
            if (const auto denied = mayScanWith(db, *user, id))
                return *denied;
            d.userName = user->userName;
            d.providerId = user->providerId;
        }
        d.documentName = p.value(QStringLiteral("title"));
        for (const auto &[name, value] : p.items()) {
            if (name.startsWith(QLatin1String("terminal.")))
                d.terminalValues.insert(name.mid(9), value);
        }
        if (d.fileName.isEmpty() || d.fileName == QLatin1String(".") || d.fileName == QLatin1String(".."))
            return ApiError::badRequest(QStringLiteral("data: the file part needs a filename"));
        if (std::any_of(d.fileName.cbegin(), d.fileName.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
            return ApiError::badRequest(QStringLiteral("data: the file name holds control characters"));
        if (!QDir().mkpath(uploadsDir))
            return ApiError::internal(QStringLiteral("cannot create the uploads folder"));
        const QString local = QDir(uploadsDir).filePath(storedName(d.fileName));
        if (const Status saved = p.saveFile(*data, local); !saved)
            return ApiError::internal(saved.error());
        d.fileSize = QFileInfo(local).size();
        const auto kept = spool.takeIn(local, d.fileName); // shared: for whichever server delivers it
        if (!kept)
            return ApiError::internal(kept.error());
        d.filePath = *kept;
        if (d.documentName.isEmpty())
            d.documentName = QFileInfo(d.fileName).completeBaseName();
        const auto queuedId = queue.enqueue(d);
        if (!queuedId) {
            spool.remove(d.filePath);
            return ApiError::internal(queuedId.error());
        }
        queued();
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("queued"), *queuedId));
    };
}

} // namespace scanflow::UploadController
