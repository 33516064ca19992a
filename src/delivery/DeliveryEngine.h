#pragma once

#include "DeliveryJob.h"
#include "Workflow.h"

#include <QHash>
#include <QObject>
#include <QQueue>

#include <memory>


namespace scanflow {

class HttpClient;
struct TransportSettings;

class FileDelivery;
class OAuthSession;
class TokenStore;

// Delivers files through workflows, several at once (R2: each file its own sequence).
// Submit files; each one ends in exactly one finished() signal, delivered or failed with a
// reason. Files wait in submission order while maxConcurrent are in flight.
class DeliveryEngine : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryEngine(TokenStore *tokens, QObject *parent = nullptr);
    ~DeliveryEngine() override;

    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setRequestTimeout(int ms) { m_timeoutMs = std::max(1, ms); }
    int requestTimeout() const { return m_timeoutMs; }

    quint64 submit(const Workflow &workflow, const DeliveryJob &job);
    quint64 submit(std::shared_ptr<const Workflow> workflow, const DeliveryJob &job);
    int inFlight() const { return int(m_running.size()); }
    int waiting() const { return int(m_queue.size()); }

signals:
    void started(quint64 id, const QString &filePath);
    void uploadProgress(quint64 id, qint64 sent, qint64 total);
    void finished(const scanflow::DeliveryResult &result);
    void idle(); // nothing in flight and nothing waiting

private:
    struct Pending
    {
        quint64 id;
        std::shared_ptr<const Workflow> workflow;
        DeliveryJob job;
    };
    void pump();
    OAuthSession *sessionFor(const Workflow &workflow, const QString &user, std::shared_ptr<const TransportSettings> transport);
    std::shared_ptr<const TransportSettings> transportFor(const Connection &connection);

    TokenStore *m_tokens;
    HttpClient *m_http;
    int m_maxConcurrent = 4;
    int m_timeoutMs = 60000;
    quint64 m_nextId = 1;
    QQueue<Pending> m_queue;
    QHash<quint64, FileDelivery *> m_running;
    QHash<QString, OAuthSession *> m_sessions; // by token URL, client, workflow and user
    QHash<QByteArray, std::shared_ptr<const TransportSettings>> m_transports; // by identity
};

} // namespace scanflow
