#include "DeliveryActions.h"

#include "DeliveryQueue.h"
#include "QueueWorker.h"
#include "Spool.h"
#include "trust/Caller.h"

#include <QDir>
#include <QFileInfo>

namespace scanflow {

namespace {

QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

ApiResponse answerWith(const QueuedDelivery &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id}, {QStringLiteral("state"), d.state}, {QStringLiteral("attempts"), d.attempts}};
    if (!d.lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), d.lastError);
    if (d.state == QLatin1String("queued"))
        o.insert(QStringLiteral("nextAttemptAt"), iso(d.nextAttemptAt));
    return ApiResponse::json(200, o);
}

} // namespace

DeliveryActions::DeliveryActions(DeliveryQueue &queue, QueueWorker &worker, Spool &spool, PostWork spoolWork, QObject *parent)
    : QObject(parent), m_queue(queue), m_worker(worker), m_spool(spool), m_spoolWork(std::move(spoolWork))
{
}

ApiHandler DeliveryActions::retry()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const auto id = idParameter(r, QStringLiteral("deliveryId"), QStringLiteral("delivery"));
        if (const auto *e = std::get_if<ApiError>(&id))
            return *e;
        auto later = LaterAnswer::make();
        QMetaObject::invokeMethod(this, [this, id = std::get<qint64>(id), later] { retryHere(id, later); }, Qt::QueuedConnection);
        return later;
    };
}

ApiHandler DeliveryActions::cancel()
{
    return [this](const ApiRequest &r) -> ApiResult {
        const auto id = idParameter(r, QStringLiteral("deliveryId"), QStringLiteral("delivery"));
        if (const auto *e = std::get_if<ApiError>(&id))
            return *e;
        const QString who = r.caller && r.caller->hasUser() ? r.caller->user->userName
                            : r.caller                     ? QStringLiteral("API key \"%1\"").arg(r.caller->key.name)
                                                           : QString();
        auto later = LaterAnswer::make();
        QMetaObject::invokeMethod(this, [this, id = std::get<qint64>(id), who, later] { cancelHere(id, who, later); }, Qt::QueuedConnection);
        return later;
    };
}

void DeliveryActions::retryHere(qint64 id, const std::shared_ptr<LaterAnswer> &later)
{
    const auto found = m_queue.get(id);
    if (!found)
        return later->answer(ApiError::internal(found.error()));
    if (!found->has_value())
        return later->answer(ApiError::notFound(QStringLiteral("deliveryId: no delivery %1").arg(id)));
    const QueuedDelivery d = **found;
    if (d.state != QLatin1String("failed"))
        return void(queueAgain(id, std::nullopt, later)); // queued: due now; running, delivered: refused there
    // A file that stays where it came from (an inbox's) lost its shared copy when it failed:
    // it gets a new one, made from where it is kept, before it moves back. Until then it stays
    // in failed/, where the inbox leaves it alone.
    if (m_spool.shared() && !d.spoolRef.isEmpty()) {
        const QString kept = d.keptPath;
        if (kept.isEmpty() || !QFileInfo::exists(kept))
            return later->answer(ApiError::conflict(
                QStringLiteral("delivery %1: its file \"%2\" is not on this server (%3); retry it there").arg(id).arg(d.fileName, d.nodeId)));
        if (m_retrying.contains(id))
            return later->answer(ApiError::conflict(QStringLiteral("delivery %1 is being queued again already").arg(id)));
        m_retrying.insert(id);
        m_spoolWork([this, id, d, kept, later] {
            const Result<QString> ref = m_spool.keep(kept, d.fileName);
            QMetaObject::invokeMethod(this, [this, id, d, ref, later] {
                m_retrying.remove(id);
                if (!ref)
                    return later->answer(ApiError::internal(ref.error()));
                if (const QString why = bringBack(d); !why.isEmpty()) {
                    m_spool.remove(*ref);
                    return later->answer(ApiError::conflict(why));
                }
                if (!queueAgain(id, *ref, later))
                    m_spool.remove(*ref); // claimed or changed meanwhile: its new copy has no use
            }, Qt::QueuedConnection);
        });
        return;
    }
    if (const QString why = bringBack(d); !why.isEmpty())
        return later->answer(ApiError::conflict(why));
    if (!queueAgain(id, std::nullopt, later) && !d.keptPath.isEmpty() && QFileInfo::exists(d.filePath))
        QFile::rename(d.filePath, d.keptPath); // claimed or changed meanwhile: the file goes back where it was kept
}

bool DeliveryActions::queueAgain(qint64 id, const std::optional<QString> &spoolRef, const std::shared_ptr<LaterAnswer> &later)
{
    const auto now = m_queue.retryNow(id, spoolRef);
    if (!now) {
        later->answer(ApiError::conflict(now.error()));
        return false;
    }
    m_worker.kick();
    later->answer(answerWith(*now));
    return true;
}

QString DeliveryActions::bringBack(const QueuedDelivery &d) const
{
    if (Spool::inDatabase(d.filePath)) { // kept in the shared spool when it failed
        const auto size = m_spool.size(d.filePath);
        return size && *size >= 0 ? QString() : QStringLiteral("delivery %1: its file is no longer in the spool").arg(d.id);
    }
    if (QFileInfo::exists(d.filePath))
        return {}; // kept where it was (a shared folder spool)
    // Exactly where it was kept when it failed (recorded then): never a file of the same name.
    const QString kept = d.keptPath;
    if (kept.isEmpty() || !QFileInfo::exists(kept))
        return QStringLiteral("delivery %1: its file \"%2\" is no longer on this server").arg(d.id).arg(d.fileName);
    QDir().mkpath(QFileInfo(d.filePath).path());
    if (!QFile::rename(kept, d.filePath))
        return QStringLiteral("delivery %1: cannot move \"%2\" back for its delivery").arg(d.id).arg(kept);
    QFile::remove(kept + QStringLiteral(".reason.txt"));
    if (QFileInfo::exists(kept + QStringLiteral(".json")))
        QFile::rename(kept + QStringLiteral(".json"), d.filePath + QStringLiteral(".json"));
    return {};
}

void DeliveryActions::cancelHere(qint64 id, const QString &who, const std::shared_ptr<LaterAnswer> &later)
{
    const QString reason = who.isEmpty() ? QStringLiteral("cancelled") : QStringLiteral("cancelled by %1").arg(who);
    const auto cancelled = m_queue.cancel(id, reason);
    if (!cancelled) {
        const auto found = m_queue.get(id);
        if (found && !found->has_value())
            return later->answer(ApiError::notFound(QStringLiteral("deliveryId: no delivery %1").arg(id)));
        return later->answer(ApiError::conflict(cancelled.error()));
    }
    // As a failure: the file is kept with its reason (failed/), never removed.
    emit m_worker.settled(*cancelled, false, reason);
    later->answer(answerWith(*cancelled));
}

} // namespace scanflow
