#include "ApiClient.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace scanflow {

Q_LOGGING_CATEGORY(lcClient, "scanflow.client", QtInfoMsg)

QString ApiReply::errorMessage() const
{
    if (status == 0)
        return networkError.isEmpty() ? QObject::tr("no answer from the server") : networkError;
    const QString message = object().value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    return QObject::tr("the server answered HTTP %1").arg(status);
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_extraCas)
        return;
    m_extraCas = certificates;
    m_network->clearConnectionCache();
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QLatin1String("/api/v1") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest r(url);
    if (!m_apiKey.isEmpty())
        r.setRawHeader("X-Api-Key", m_apiKey);
    if (!m_userToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_userToken);
    r.setTransferTimeout(m_timeoutMs);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        r.setSslConfiguration(tls);
    }
    return r;
}

void ApiClient::track(QNetworkReply *reply, QObject *context, Callback done, bool counted)
{
    if (counted)
        emit pendingCallsChanged(++m_pending);
    QPointer<QObject> alive(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, alive, hadContext = context != nullptr, done = std::move(done), counted] {
        reply->deleteLater();
        ApiReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen()) // an aborted call (a long-poll stopped) has nothing to read
            answer.body = reply->readAll();
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        qCDebug(lcClient) << reply->operation() << reply->url().path() << answer.status;
        if (counted)
            emit pendingCallsChanged(--m_pending);
        if (done && (!hadContext || alive))
            done(answer);
    });
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    track(m_network->get(request(path, query)), context, std::move(done));
}

QNetworkReply *ApiClient::longPoll(const QString &path, const QUrlQuery &query, int waitMs, QObject *context, Callback done)
{
    QNetworkRequest r = request(path, query);
    r.setTransferTimeout(m_timeoutMs + waitMs);
    QNetworkReply *reply = m_network->get(r);
    track(reply, context, std::move(done), false);
    return reply;
}

void ApiClient::sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body, QObject *context,
                         Callback done, const QUrlQuery &query)
{
    QNetworkRequest r = request(path, query);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    track(m_network->sendCustomRequest(r, method, body.toJson(QJsonDocument::Compact)), context, std::move(done));
}

void ApiClient::sendForm(const QByteArray &method, const QString &path, const QUrlQuery &form, QObject *context, Callback done)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    track(m_network->sendCustomRequest(r, method, form.toString(QUrl::FullyEncoded).toUtf8()), context, std::move(done));
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                          QObject *context, Callback done)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    track(m_network->sendCustomRequest(r, method, body), context, std::move(done));
}

void ApiClient::remove(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    track(m_network->deleteResource(request(path, query)), context, std::move(done));
}

QNetworkReply *ApiClient::upload(const QString &path, const QString &fileField, const QString &filePath, const Fields &fields,
                       QObject *context, Callback done, std::function<void(qint64, qint64)> progress)
{
    auto *file = new QFile(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        ApiReply failed;
        failed.networkError = tr("cannot read \"%1\": %2").arg(filePath, file->errorString());
        delete file;
        if (done)
            done(failed);
        return nullptr;
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(name));
        part.setBody(value.toUtf8());
        multipart->append(part);
    }
    QHttpPart filePart;
    QString fileName = QFileInfo(filePath).fileName();
    fileName.replace(u'"', u'_');
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(fileField, fileName));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QMimeDatabase().mimeTypeForFile(filePath).name());
    filePart.setBodyDevice(file); // read as the socket asks for it: the file is never held whole
    file->setParent(multipart);
    multipart->append(filePart);
    QNetworkReply *reply = m_network->post(request(path, {}), multipart);
    multipart->setParent(reply);
    if (progress)
        connect(reply, &QNetworkReply::uploadProgress, context ? context : this, std::move(progress));
    track(reply, context, std::move(done));
    return reply;
}

} // namespace scanflow
