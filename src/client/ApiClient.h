#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QIODevice;

namespace scanflow {

// What the server answered: its status and body, or why there was no answer.
struct ApiReply
{
    int status = 0;       // 0: no HTTP answer (refused, TLS, timeout)
    QByteArray body;
    QString networkError; // set when status is 0

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    // A line a person can read: the ErrorCodeInfo message, the network error, or "HTTP <status>".
    QString errorMessage() const;
};

// The typed face of the server's REST API (/api/v1) for the windows: every call is asynchronous
// and answers through a callback that runs on the caller's thread, and only while `context`
// lives, so a closed window never receives a late answer. The API key and the user token are
// added here, in one place.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiReply &)>;
    using Fields = QList<QPair<QString, QString>>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // The server's root, e.g. http://127.0.0.1:7300; paths below are relative to /api/v1.
    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QByteArray apiKey() const { return m_apiKey; }
    // How the OS keychain names this server (its URL unless set: the embedded server's port
    // changes between starts, so the app names it by its data folder).
    void setKeychainName(const QString &name) { m_keychainName = name; }
    QString keychainName() const { return m_keychainName.isEmpty() ? m_base.toString() : m_keychainName; }
    void setUserToken(const QByteArray &token) { m_userToken = token; }
    QByteArray userToken() const { return m_userToken; }
    // Certificates to trust beside the system's: a server's own root, for HTTPS to scanflowd.
    // Connections open with other trust are closed: Qt reuses a connection with the TLS
    // settings it was opened with.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    // Gives up on a call that sends or receives nothing for this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body, QObject *context,
                  Callback done, const QUrlQuery &query = {});
    void sendForm(const QByteArray &method, const QString &path, const QUrlQuery &form, QObject *context, Callback done);
    // A raw body, e.g. a certificate file as application/octet-stream.
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   QObject *context, Callback done);
    void remove(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    // A multipart/form-data POST with text fields and one file part, streamed from disk.
    // progress(sent, total) reports the upload; aborting the reply it gives cancels it (none
    // when the file cannot be read: `done` has been called with why).
    QNetworkReply *upload(const QString &path, const QString &fileField, const QString &filePath, const Fields &fields,
                QObject *context, Callback done, std::function<void(qint64, qint64)> progress = {});

    // A GET the server holds until it has something to say (GET /deliveries/changes): given
    // `waitMs` beyond the usual timeout, not counted in pendingCalls() (one is always waiting),
    // and cancelled by aborting the reply it gives (`done` then sees status 0).
    QNetworkReply *longPoll(const QString &path, const QUrlQuery &query, int waitMs, QObject *context, Callback done);

    // Calls still waiting for their answer (tests wait on it; a window can show it busy).
    int pendingCalls() const { return m_pending; }

signals:
    void pendingCallsChanged(int pending);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    void track(QNetworkReply *reply, QObject *context, Callback done, bool counted = true);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QByteArray m_apiKey;
    QByteArray m_userToken;
    QString m_keychainName;
    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs = 60000;
    int m_pending = 0;
};

} // namespace scanflow
