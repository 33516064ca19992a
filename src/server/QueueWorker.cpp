#include "QueueWorker.h"

#include "UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcQueue, "scanflow.server.queue", QtInfoMsg)

namespace scanflow {

QueueWorker::QueueWorker(Database &db, WorkflowService &workflows, SecretStore &secrets, TokenStore &tokens,
                         QueueSettings settings, QObject *parent)
    : QObject(parent), m_db(db), m_queue(db), m_workflows(workflows), m_secrets(secrets),
      m_settings(settings), m_engine(&tokens)
{
    m_engine.setMaxConcurrent(m_settings.maxConcurrent);
    m_engine.setRequestTimeout(m_settings.requestTimeoutMs);
    connect(&m_engine, &DeliveryEngine::finished, this, &QueueWorker::onFinished);
    connect(&m_timer, &QTimer::timeout, this, &QueueWorker::poll);
}

void QueueWorker::setNodeId(const QString &id)
{
    m_nodeId = id;
    m_queue.setNodeId(id);
}

void QueueWorker::start()
{
    // Whatever this server ran when it last stopped runs no longer: queued again at once.
    if (const auto handedBack = m_queue.releaseNode(m_nodeId); !handedBack)
        qCWarning(lcQueue).noquote() << handedBack.error();
    else if (*handedBack > 0)
        qCInfo(lcQueue).noquote() << QStringLiteral("%1 deliveries this server ran when it stopped are queued again").arg(*handedBack);
    m_timer.start(m_settings.pollMs);
    kick();
}

void QueueWorker::kick()
{
    QTimer::singleShot(0, this, &QueueWorker::poll);
}

void QueueWorker::poll()
{
    QList<qint64> running;
    for (const QueuedDelivery &d : std::as_const(m_running))
        running.append(d.id);
    running.append(m_fetching.keys());
    if (const Status s = m_queue.renew(running, m_settings.leaseMs); !s)
        qCWarning(lcQueue).noquote() << s.error();
    const int free = m_settings.maxConcurrent - int(m_running.size() + m_fetching.size());
    if (free <= 0 || m_draining)
        return;
    const auto claimed = m_queue.claim(free, m_settings.leaseMs);
    if (!claimed) {
        qCWarning(lcQueue).noquote() << claimed.error();
        return;
    }
    for (const QueuedDelivery &d : *claimed)
        run(d);
}

UserData QueueWorker::userData(qint64 workflowId, const QueuedDelivery &d)
{
    UserData u;
    u.name = d.userName;
    if (d.userName.isEmpty())
        return u;
    // A user is (provider, name): the details are the user's record (Z2: [user_email] and the
    // metadata's e-mail come from it, with or without a secrets key), the data is kept under
    // their id.
    const auto user = UserRepository(m_db).byName(d.providerId, d.userName);
    if (!user || !user->has_value())
        return u; // gone since it was queued: the delivery then says what is missing
    u.email = (*user)->email;
    u.identity = QString::number((*user)->id);
    if (!m_secrets.canStore())
        return u;
    const QString owner = WorkflowService::userOwner(workflowId, (*user)->id);
    // Private values are stored as "value:<parameter key>"; a user-specific login as basic.*.
    const auto names = m_secrets.names(owner);
    if (!names) {
        qCWarning(lcQueue).noquote() << names.error(); // the delivery then says what is missing
        return u;
    }
    for (const QString &name : *names) {
        const auto value = m_secrets.get(owner, name);
        if (!value || !value->has_value())
            continue;
        const QString text = QString::fromUtf8(**value);
        if (name.startsWith(QLatin1String("value:")))
            u.values.insert(name.mid(6), text);
        else if (name == QLatin1String("basic.login")) {
            u.hasBasicLogin = true;
            u.login = text;
        } else if (name == QLatin1String("basic.password")) {
            u.password = text;
        }
    }
    return u;
}

void QueueWorker::run(const QueuedDelivery &d)
{
    const auto workflow = m_workflows.loadForDelivery(d.workflowId);
    if (!workflow || !workflow->has_value()) {
        const QString reason = workflow ? QStringLiteral("workflow %1 no longer exists").arg(d.workflowId) : workflow.error();
        m_queue.fail(d.id, reason, "[]", false, 0, m_settings.retry, 0.0);
        emit settled(d, false, reason);
        return;
    }
    const QString source = d.spoolRef.isEmpty() ? d.filePath : d.spoolRef;
    if (!Spool::inDatabase(source) || !m_spool) {
        submit(d, **workflow, source, false);
        return;
    }
    m_fetching.insert(d.id, {d, **workflow});
    m_post([this, spool = m_spool, source, id = d.id] {
        auto copy = spool->checkout(source);
        QMetaObject::invokeMethod(this, [this, id, copy = std::move(copy)] { fetched(id, copy); }, Qt::QueuedConnection);
    });
}

void QueueWorker::fetched(qint64 id, const Result<Spool::Checkout> &copy)
{
    const Fetching f = m_fetching.take(id);
    const QueuedDelivery &d = f.delivery;
    if (m_draining) { // handed back, as what still runs will be
        if (copy)
            QFile::remove(copy->path);
        if (const Status s = m_queue.release({id}); !s)
            qCWarning(lcQueue).noquote() << s.error();
        if (m_fetching.isEmpty() && m_running.isEmpty())
            drained();
        return;
    }
    if (!copy) {
        // A spool that cannot be read now (the database went away) is tried again.
        m_queue.fail(d.id, copy.error(), "[]", true, 0, m_settings.retry, QRandomGenerator::global()->generateDouble());
        if (const auto now = m_queue.get(d.id); now && now->has_value() && (*now)->state == QLatin1String("failed"))
            emit settled(**now, false, (*now)->lastError);
        kick();
        return;
    }
    submit(d, f.workflow, copy->path, copy->copy);
}

void QueueWorker::submit(const QueuedDelivery &d, const Workflow &workflow, const QString &path, bool copy)
{
    DeliveryJob job;
    job.filePath = path;
    job.fileName = d.fileName;
    job.documentName = d.documentName;
    job.terminalValues = d.terminalValues;
    job.user = userData(d.workflowId, d);
    const quint64 engineId = m_engine.submit(workflow, job);
    m_running.insert(engineId, d);
    if (copy)
        m_copies.insert(engineId, path);
}

void QueueWorker::onFinished(const DeliveryResult &result)
{
    const QueuedDelivery d = m_running.take(result.id);
    if (const QString copy = m_copies.take(result.id); !copy.isEmpty())
        QFile::remove(copy);
    QJsonArray trace;
    for (const TraceEntry &t : result.trace)
        trace.append(t.toJson());
    const QByteArray traceJson = QJsonDocument(trace).toJson(QJsonDocument::Compact);
    if (result.ok) {
        if (const Status s = m_queue.complete(d.id, traceJson); !s)
            qCWarning(lcQueue).noquote() << s.error(); // the lease runs out and it is delivered again
        else
            emit settled(d, true, {});
    } else {
        const Status s = m_queue.fail(d.id, result.error, traceJson, result.transient, result.retryAfterSeconds,
                                      m_settings.retry, QRandomGenerator::global()->generateDouble());
        const auto now = m_queue.get(d.id);
        if (!s)
            qCWarning(lcQueue).noquote() << s.error();
        else if (now && now->has_value() && (*now)->state == QLatin1String("failed"))
            emit settled(**now, false, (*now)->lastError);
    }
    if (m_draining && m_running.isEmpty() && m_fetching.isEmpty())
        drained();
    else
        kick();
}

QList<qint64> QueueWorker::running() const
{
    QList<qint64> ids;
    for (const QueuedDelivery &d : std::as_const(m_running))
        ids.append(d.id);
    ids.append(m_fetching.keys());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void QueueWorker::drain(int timeoutMs, std::function<void()> done)
{
    m_draining = true;
    m_drained = std::move(done);
    if (m_running.isEmpty() && m_fetching.isEmpty()) {
        drained();
        return;
    }
    qCInfo(lcQueue).noquote() << QStringLiteral("draining: %1 deliveries running, at most %2 s").arg(m_running.size()).arg(timeoutMs / 1000);
    QTimer::singleShot(timeoutMs, this, &QueueWorker::drained);
}

void QueueWorker::drained()
{
    if (!m_drained)
        return;
    QList<qint64> unfinished;
    for (const QueuedDelivery &d : std::as_const(m_running))
        unfinished.append(d.id);
    unfinished.append(m_fetching.keys());
    if (!unfinished.isEmpty()) {
        qCInfo(lcQueue).noquote() << QStringLiteral("draining: handing back %1 unfinished deliveries").arg(unfinished.size());
        if (const Status s = m_queue.release(unfinished); !s)
            qCWarning(lcQueue).noquote() << s.error(); // their leases run out instead
    }
    m_timer.stop();
    std::exchange(m_drained, {})();
}

} // namespace scanflow
