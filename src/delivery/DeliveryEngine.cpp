#include "DeliveryEngine.h"

#include "FileDelivery.h"
#include "HttpClient.h"
#include "OAuthSession.h"
#include "TokenStore.h"
#include "TransportSettings.h"

#include <QTimer>

namespace scanflow {

DeliveryEngine::DeliveryEngine(TokenStore *tokens, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_http(new HttpClient(this))
{
    qRegisterMetaType<scanflow::DeliveryResult>();
}

DeliveryEngine::~DeliveryEngine() = default;

quint64 DeliveryEngine::submit(const Workflow &workflow, const DeliveryJob &job)
{
    return submit(std::make_shared<const Workflow>(workflow), job);
}

quint64 DeliveryEngine::submit(std::shared_ptr<const Workflow> workflow, const DeliveryJob &job)
{
    const quint64 id = m_nextId++;
    m_queue.enqueue({id, std::move(workflow), job});
    // Start from the event loop, so a caller connects to the signals before anything ends.
    QTimer::singleShot(0, this, &DeliveryEngine::pump);
    return id;
}

OAuthSession *DeliveryEngine::sessionFor(const Workflow &workflow, const QString &user,
                                         std::shared_ptr<const TransportSettings> transport)
{
    const Auth &a = workflow.destination.auth;
    const QString account = workflow.hasUserSpecificAuth() ? user : QString();
    const QString key = QStringList{a.tokenUrl, a.clientId, workflow.key(), account}.join(QChar(0));
    OAuthSession *&session = m_sessions[key];
    if (!session) {
        if (a.token && account.isEmpty() && !m_tokens->token(workflow.key(), {}))
            m_tokens->saveToken(workflow.key(), {}, *a.token); // a token given inline, once
        session = new OAuthSession(a, workflow.key(), account, m_tokens, m_http, m_timeoutMs, this);
    }
    session->setAuth(a);
    session->setTransport(transport);
    return session;
}

std::shared_ptr<const TransportSettings> DeliveryEngine::transportFor(const Connection &connection)
{
    // Made once per setting, not per file: with its own CAs a workflow's bundle is the
    // system's 200 KB and more.
    const QByteArray identity = TransportSettings::identityOf(connection);
    if (const auto it = m_transports.constFind(identity); it != m_transports.cend())
        return *it;
    if (m_transports.size() >= 64)
        m_transports.clear();
    auto transport = TransportSettings::from(connection);
    m_transports.insert(identity, transport);
    return transport;
}

void DeliveryEngine::pump()
{
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        Pending next = m_queue.dequeue();
        FileDelivery::Environment env;
        env.http = m_http;
        env.requestTimeoutMs = m_timeoutMs;
        env.transport = transportFor(next.workflow->destination.connection);
        if (next.workflow->destination.auth.type == AuthType::OAuth2)
            env.oauth = sessionFor(*next.workflow, next.job.user.identity.isEmpty() ? next.job.user.name : next.job.user.identity,
                                   env.transport);
        auto *delivery = new FileDelivery(next.id, next.workflow, next.job, env, this);
        m_running.insert(next.id, delivery);
        connect(delivery, &FileDelivery::uploadProgress, this, &DeliveryEngine::uploadProgress);
        connect(delivery, &FileDelivery::finished, this, [this, delivery](const DeliveryResult &result) {
            m_running.remove(result.id);
            delivery->deleteLater();
            emit finished(result);
            pump();
            if (m_running.isEmpty() && m_queue.isEmpty())
                emit idle();
        }, Qt::QueuedConnection);
        emit started(next.id, next.job.filePath);
        delivery->start();
    }
}

} // namespace scanflow
