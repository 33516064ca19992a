#pragma once

#include "DeliveryJob.h"
#include "Placeholders.h"
#include "StepRequest.h"
#include "SystemValues.h"
#include "Workflow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace scanflow {

class HttpClient;
struct TransportSettings;
class HttpTransfer;
struct HttpResponse;
class OAuthSession;
class UploadBody;

// Runs one workflow's request sequence for one file (R1, R2): each step in order with a fresh
// placeholder context, auth on every step (R3), values parsed from responses handed to later
// steps (R10), and the first failure ending the sequence (R17) with the reason and the trace.
class FileDelivery : public QObject
{
    Q_OBJECT

public:
    struct Environment
    {
        HttpClient *http = nullptr;
        OAuthSession *oauth = nullptr; // when the workflow uses OAuth 2.0
        int requestTimeoutMs = 60000;
        std::shared_ptr<const TransportSettings> transport; // the workflow's connection settings
    };

    FileDelivery(quint64 id, std::shared_ptr<const Workflow> workflow, DeliveryJob job,
                 Environment env, QObject *parent = nullptr);
    ~FileDelivery() override;

    void start();

signals:
    void uploadProgress(quint64 id, qint64 sent, qint64 total);
    void finished(const scanflow::DeliveryResult &result);

private:
    bool prepareFile();
    bool checkUserData();
    void buildRedactor();
    void runStep();
    void send(const StepRequest &request, const QString &bearer);
    void onAnswer(const HttpResponse &response, const StepRequest &request, const QString &bearer);
    bool parseResponse(const QByteArray &body, TraceEntry &trace);
    void fail(const QString &error, bool transient = false);
    void succeed();
    QString stepLabel() const;

    quint64 m_id;
    std::shared_ptr<const Workflow> m_workflow;
    DeliveryJob m_job;
    Environment m_env;
    DocumentInfo m_doc;
    PlaceholderContext m_context;
    Redactor m_redactor;
    DeliveryResult m_result;
    QElapsedTimer m_total;
    QElapsedTimer m_stepTimer;
    int m_step = 0;
    bool m_retriedAfter401 = false;
    QString m_rejectedToken;
    std::unique_ptr<UploadBody> m_body;       // what the step's request reads its body from
    std::unique_ptr<HttpTransfer> m_transfer; // the step's request in flight (goes first)
    bool m_inSteps = false;
    bool m_done = false;
};

} // namespace scanflow
