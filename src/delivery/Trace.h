#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace scanflow {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request and its response in a file's delivery (R13), already redacted.
struct TraceEntry
{
    int stepIndex = -1;     // -1 for requests outside the workflow's steps (token refresh)
    QString step;
    QString method;
    QString url;
    HeaderList requestHeaders;
    QString requestBody;    // an excerpt, or a description of the parts / the streamed file
    int status = 0;         // 0 when no response came
    HeaderList responseHeaders;
    QString responseBody;   // an excerpt
    qint64 elapsedMs = 0;
    QString protocol;       // "HTTP/1.1", "HTTP/2"; empty when no response came
    QString note;           // how the request went: through a proxy, certificate checks off
    QString error;
    QHash<QString, QString> parsed; // response values this step published (R10)

    QJsonObject toJson() const;
};

// Keeps secrets out of traces and logs: known secret values are replaced wherever they occur,
// credentials in Authorization-like headers are hidden, and secret-looking JSON and form
// members (access_token, password, client_secret, …) are masked.
class Redactor
{
public:
    static constexpr int ExcerptBytes = 4096;

    void addSecret(const QString &secret);
    QString text(const QString &input) const;
    QString excerpt(const QByteArray &body) const; // text() of the first ExcerptBytes as UTF-8
    HeaderList headers(const HeaderList &input) const;

    static bool isSecretName(const QByteArray &name);

private:
    QStringList m_secrets;
};

} // namespace scanflow
