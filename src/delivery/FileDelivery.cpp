#include "FileDelivery.h"

#include "MetadataExport.h"

#include "HttpClient.h"
#include "Logging.h"
#include "OAuthSession.h"
#include "Selector.h"
#include "UploadBody.h"

#include <QFile>
#include <QJsonArray>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace scanflow {

namespace {

// Enough to parse any sensible API answer; a larger body is kept only in part.
constexpr qsizetype MaxResponseBytes = 16 * 1024 * 1024;

bool isTransientStatus(int status) { return status == 408 || status == 429 || status >= 500; }

// Retry-After: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

QJsonObject DeliveryResult::toJson(bool withTrace) const
{
    QJsonObject o{{QStringLiteral("file"), filePath},
                  {QStringLiteral("status"), ok ? QStringLiteral("delivered") : QStringLiteral("failed")},
                  {QStringLiteral("elapsedMs"), elapsedMs},
                  {QStringLiteral("bytes"), fileSize}};
    QJsonArray steps;
    for (const TraceEntry &t : trace) {
        steps.append(QJsonObject{{QStringLiteral("step"), t.step},
                                 {QStringLiteral("method"), t.method},
                                 {QStringLiteral("url"), t.url},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("elapsedMs"), t.elapsedMs}});
    }
    o.insert(QStringLiteral("steps"), steps);
    if (!ok) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("transient"), transient);
        if (needsReauthorization)
            o.insert(QStringLiteral("needsReauthorization"), true);
        if (retryAfterSeconds >= 0)
            o.insert(QStringLiteral("retryAfterSeconds"), retryAfterSeconds);
    }
    if (withTrace) {
        QJsonArray full;
        for (const TraceEntry &t : trace)
            full.append(t.toJson());
        o.insert(QStringLiteral("trace"), full);
    }
    return o;
}

FileDelivery::FileDelivery(quint64 id, std::shared_ptr<const Workflow> workflow, DeliveryJob job,
                           Environment env, QObject *parent)
    : QObject(parent), m_id(id), m_workflow(std::move(workflow)), m_job(std::move(job)), m_env(env)
{
    m_result.id = m_id;
    m_result.filePath = m_job.filePath;
}

FileDelivery::~FileDelivery() = default;

void FileDelivery::start()
{
    m_total.start();
    if (!m_workflow->active) {
        fail(QStringLiteral("workflow \"%1\" is not active").arg(m_workflow->name));
        return;
    }
    if (!prepareFile() || !checkUserData())
        return;
    buildRedactor();
    m_context.setSystemValues(systemValues(*m_workflow, m_doc));
    m_context.setTerminalValues(m_job.terminalValues);
    m_context.setUserValues(m_job.user.values);
    if (usesMetadataPlaceholder(*m_workflow)) {
        const auto meta = renderMetadata(*m_workflow, m_context);
        if (!meta) {
            fail(meta.error());
            return;
        }
        QHash<QString, QString> system = m_context.systemValues();
        system.insert(MetadataPlaceholder, QString::fromUtf8(meta->content));
        m_context.setSystemValues(std::move(system));
    }
    runStep();
}

bool FileDelivery::prepareFile()
{
    const QFileInfo info(m_job.filePath);
    if (!info.exists()) {
        fail(QStringLiteral("file \"%1\" does not exist").arg(m_job.filePath));
        return false;
    }
    if (!info.isFile()) {
        fail(QStringLiteral("\"%1\" is not a file").arg(m_job.filePath));
        return false;
    }
    QFile probe(m_job.filePath);
    if (!probe.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("file \"%1\" cannot be read: %2").arg(m_job.filePath, probe.errorString()));
        return false;
    }
    m_doc.filePath = info.absoluteFilePath();
    m_doc.fileName = m_job.fileName;
    m_doc.documentName = m_job.documentName;
    m_doc.fileSize = info.size();
    static const QMimeDatabase mimeTypes; // by content and name; one database for every file
    m_doc.mimeType = m_job.fileName.isEmpty() ? mimeTypes.mimeTypeForFile(info).name()
                                              : mimeTypes.mimeTypeForFileNameAndData(m_job.fileName, &probe).name();
    m_doc.userName = m_job.user.name;
    m_doc.userEmail = m_job.user.email;
    m_doc.startedAt = QDateTime::currentDateTime();
    m_doc.deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_result.fileSize = m_doc.fileSize;
    return true;
}

bool FileDelivery::checkUserData()
{
    // R4: user-specific data comes from the delivering user only; never borrowed.
    const Workflow &w = *m_workflow;
    if (!w.needsPrivateUserData())
        return true;
    const QString user = m_job.user.name;
    QString missing;
    if (user.isEmpty()) {
        missing = QStringLiteral("workflow \"%1\" is user-specific and no user was given").arg(w.name);
    } else if (w.hasUserSpecificAuth() && w.destination.auth.type == AuthType::Basic && !m_job.user.hasBasicLogin) {
        missing = QStringLiteral("user \"%1\" has not entered a login for workflow \"%2\"").arg(user, w.name);
    } else {
        for (const Parameter &p : w.userSpecificParameters()) {
            if (!m_job.user.values.contains(p.key)) {
                missing = QStringLiteral("user \"%1\" has not entered \"%2\" for workflow \"%3\"").arg(user, p.value, w.name);
                break;
            }
        }
    }
    if (missing.isEmpty())
        return true;
    m_result.needsReauthorization = true;
    fail(QStringLiteral("not authorized: ") + missing);
    return false;
}

void FileDelivery::buildRedactor()
{
    const Auth &a = m_workflow->destination.auth;
    m_redactor.addSecret(a.password);
    m_redactor.addSecret(a.clientSecret);
    if (a.token) {
        m_redactor.addSecret(a.token->accessToken);
        m_redactor.addSecret(a.token->refreshToken);
    }
    m_redactor.addSecret(m_job.user.password);
    if (m_env.transport) {
        for (const QString &s : m_env.transport->secrets())
            m_redactor.addSecret(s);
    }
    for (const QString &v : m_job.user.values) // private data stays out of traces too
        m_redactor.addSecret(v);
    for (const Step &s : m_workflow->destination.steps) {
        for (const Parameter &p : s.params) {
            if (p.secret || (p.location == ParamLocation::Header && p.type == ParamType::Custom
                             && Redactor::isSecretName(p.key.toLatin1()))) {
                m_redactor.addSecret(p.value);
            }
        }
    }
}

QString FileDelivery::stepLabel() const
{
    return QStringLiteral("step \"%1\" (%2/%3)")
        .arg(m_workflow->destination.steps.at(m_step).displayName(m_step))
        .arg(m_step + 1).arg(m_workflow->destination.steps.size());
}

void FileDelivery::runStep()
{
    m_inSteps = true;
    const auto &steps = m_workflow->destination.steps;
    if (m_step >= steps.size()) {
        succeed();
        return;
    }
    publishCustomValues(steps.at(m_step), m_context);
    const auto request = prepareStep(*m_workflow, m_step, m_context, m_doc);
    if (!request) {
        fail(stepLabel() + QLatin1String(": ") + m_redactor.text(request.error()));
        return;
    }
    if (m_workflow->destination.auth.type != AuthType::OAuth2) {
        send(*request, {});
        return;
    }
    const StepRequest prepared = *request;
    QPointer<FileDelivery> self(this);
    m_env.oauth->withToken([self, prepared](const OAuthSession::Outcome &outcome) {
        if (!self)
            return;
        if (outcome.refreshTrace)
            self->m_result.trace.append(*outcome.refreshTrace);
        if (!outcome.accessToken) {
            self->m_result.needsReauthorization = outcome.needsReauthorization;
            self->fail(self->stepLabel() + QLatin1String(": ") + outcome.accessToken.error(), outcome.transient);
            return;
        }
        self->m_redactor.addSecret(*outcome.accessToken);
        self->send(prepared, *outcome.accessToken);
    }, std::exchange(m_rejectedToken, {}));
}

void FileDelivery::send(const StepRequest &r, const QString &bearer)
{
    HttpRequest request;
    request.method = r.method;
    request.url = r.url;
    request.headers = r.headers;
    // R3: one auth for every step, added in this one place.
    const Auth &auth = m_workflow->destination.auth;
    if (auth.type == AuthType::Basic) {
        const bool perUser = m_workflow->hasUserSpecificAuth();
        const QString login = perUser ? m_job.user.login : auth.login;
        const QString password = perUser ? m_job.user.password : auth.password;
        const QByteArray credentials = (login + u':' + password).toUtf8().toBase64();
        m_redactor.addSecret(QString::fromLatin1(credentials));
        request.headers.append({"Authorization", "Basic " + credentials});
    } else if (auth.type == AuthType::OAuth2) {
        request.headers.append({"Authorization", "Bearer " + bearer.toUtf8()});
    }
    if (!r.contentType.isEmpty() && !hasHeader(r.headers, "Content-Type"))
        request.headers.append({"Content-Type", r.contentType});
    if (!hasHeader(r.headers, "User-Agent"))
        request.headers.append({"User-Agent", QByteArray("ScanFlow/" SCANFLOW_VERSION)});
    request.stallTimeoutMs = m_env.transport && m_env.transport->stallTimeoutMs > 0 ? m_env.transport->stallTimeoutMs
                                                                                   : m_env.requestTimeoutMs;
    request.transport = m_env.transport;
    request.maxResponseBytes = MaxResponseBytes;
    // Redirects: to the same origin only (the client's rule), so credentials stay with their host.

    m_body.reset();
    switch (r.bodyKind) {
    case StepRequest::BodyKind::None:
        break; // a GET, or another method with Content-Length: 0
    case StepRequest::BodyKind::Bytes:
        request.body = r.bytes;
        break;
    case StepRequest::BodyKind::RawFile:
    case StepRequest::BodyKind::Multipart: {
        m_body = std::make_unique<UploadBody>();
        QString error;
        bool opened = true;
        if (r.bodyKind == StepRequest::BodyKind::RawFile) {
            opened = m_body->setRawFile(m_doc.filePath, &error);
        } else {
            for (const StepRequest::Part &p : r.parts) {
                if (p.isScannedFile)
                    opened = opened && m_body->addFilePart(p.name, p.fileName, p.contentType, m_doc.filePath, &error);
                else if (!p.fileName.isEmpty())
                    m_body->addBytesPart(p.name, p.fileName, p.contentType, p.bytes);
                else
                    m_body->addTextPart(p.name, p.bytes);
            }
            m_body->finishMultipart();
            if (!hasHeader(request.headers, "Content-Type"))
                request.headers.append({"Content-Type", m_body->contentType()});
        }
        if (!opened || !m_body->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_body.reset();
            fail(stepLabel() + QLatin1String(": ") + error);
            return;
        }
        request.bodyDevice = m_body.get(); // read from disk as the socket drains (R8)
        break;
    }
    }

    m_stepTimer.start();
    qCDebug(lcDelivery) << "file" << m_id << "step" << m_step << r.method << m_redactor.text(r.url.toString());
    m_transfer.reset(m_env.http->start(std::move(request)));
    connect(m_transfer.get(), &HttpTransfer::uploadProgress, this, [this](qint64 sent, qint64 total) {
        emit uploadProgress(m_id, sent, total);
    });
    connect(m_transfer.get(), &HttpTransfer::finished, this, [this, r, bearer] {
        // Its answer is ours now; the transfer goes once this call returns.
        const HttpResponse response = m_transfer->response();
        m_transfer.release()->deleteLater();
        onAnswer(response, r, bearer);
    });
}

void FileDelivery::onAnswer(const HttpResponse &response, const StepRequest &r, const QString &bearer)
{
    m_body.reset();
    const int status = response.status;
    TraceEntry trace;
    trace.stepIndex = m_step;
    trace.step = m_workflow->destination.steps.at(m_step).displayName(m_step);
    trace.method = QString::fromLatin1(r.method);
    trace.url = m_redactor.text(r.url.toString(QUrl::FullyEncoded));
    trace.requestHeaders = m_redactor.headers(response.sentHeaders);
    trace.requestBody = m_redactor.text(r.describeBody(m_doc).left(Redactor::ExcerptBytes));
    trace.status = status;
    trace.responseHeaders = m_redactor.headers(response.headers);
    trace.responseBody = m_redactor.excerpt(response.body);
    trace.elapsedMs = m_stepTimer.elapsed();
    trace.protocol = QString::fromLatin1(response.protocol);
    if (m_env.transport)
        trace.note = m_env.transport->describe();

    const auto record = [&](const QString &error) {
        trace.error = error;
        m_result.trace.append(trace);
    };

    if (status == 0) {
        const QString message = stepLabel() + QStringLiteral(": %1 %2 failed: %3").arg(trace.method, trace.url, m_redactor.text(response.error));
        record(message);
        fail(message, response.transient);
        return;
    }
    if (status == 401 && m_workflow->destination.auth.type == AuthType::OAuth2 && !m_retriedAfter401) {
        // R3: refresh the token and retry this step once.
        record(QStringLiteral("401: refreshing the OAuth token and retrying once"));
        m_retriedAfter401 = true;
        m_rejectedToken = bearer;
        runStep();
        return;
    }
    if (status < 200 || status >= 300) {
        QString message = stepLabel() + QStringLiteral(": %1 %2 returned HTTP %3").arg(trace.method, trace.url).arg(status);
        if (!response.reason.isEmpty())
            message += u' ' + QString::fromLatin1(response.reason);
        const QString excerpt = trace.responseBody.left(200).simplified();
        if (!excerpt.isEmpty())
            message += QStringLiteral(": ") + excerpt;
        record(message);
        m_result.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
        fail(message, isTransientStatus(status));
        return;
    }
    if (!parseResponse(response.body, trace))
        return;
    m_result.trace.append(trace);
    ++m_step;
    m_retriedAfter401 = false;
    runStep();
}

bool FileDelivery::parseResponse(const QByteArray &body, TraceEntry &trace)
{
    for (const ResponseParameter &rp : m_workflow->destination.steps.at(m_step).response) {
        auto selector = Selector::parse(rp.selector);
        auto value = selector ? selector->select(body) : Result<QString>::failure(selector.error());
        if (!value) {
            const QString message = stepLabel() + QStringLiteral(": response value \"%1\": %2").arg(rp.key, value.error());
            trace.error = message;
            m_result.trace.append(trace);
            fail(message);
            return false;
        }
        m_context.setResponseValue(rp.key, *value);
        trace.parsed.insert(rp.key, m_redactor.text(*value));
    }
    return true;
}

void FileDelivery::fail(const QString &error, bool transient)
{
    if (m_done)
        return;
    m_done = true;
    m_result.ok = false;
    m_result.error = error;
    m_result.transient = transient;
    m_result.failedStep = m_inSteps ? m_step : -1;
    m_result.elapsedMs = m_total.elapsed();
    qCDebug(lcDelivery).noquote() << "file" << m_job.filePath << "failed:" << error;
    emit finished(m_result);
}

void FileDelivery::succeed()
{
    m_done = true;
    m_result.ok = true;
    m_result.elapsedMs = m_total.elapsed();
    emit finished(m_result);
}

} // namespace scanflow
