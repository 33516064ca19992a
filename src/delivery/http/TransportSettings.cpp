#include "TransportSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

#include <curl/curl.h>

namespace scanflow {

namespace {

// The CA bundle curl trusts by default (Debian: /etc/ssl/certs/ca-certificates.crt), read
// once. A workflow's own CAs are added to it: curl's in-memory bundle replaces the file, and
// a workflow that trusts its DMS's private CA still reaches a public OAuth provider.
const QByteArray &systemBundle()
{
    static const QByteArray bundle = [] {
        QByteArray pem;
        CURL *easy = curl_easy_init();
        char *path = nullptr;
        if (easy && curl_easy_getinfo(easy, CURLINFO_CAINFO, &path) == CURLE_OK && path) {
            QFile file(QString::fromLocal8Bit(path));
            if (file.open(QIODevice::ReadOnly))
                pem = file.readAll();
        }
        curl_easy_cleanup(easy);
        return pem;
    }();
    return bundle;
}

} // namespace

std::shared_ptr<const TransportSettings> TransportSettings::from(const Connection &c)
{
    auto t = std::make_shared<TransportSettings>();
    if (!c.trustedCas.trimmed().isEmpty()) {
        t->caBundle = systemBundle();
        if (!t->caBundle.isEmpty() && !t->caBundle.endsWith('\n'))
            t->caBundle += '\n';
        t->caBundle += c.trustedCas.toUtf8();
    }
    t->verify = c.verifyCertificates;
    t->minTlsVersion = c.minTlsVersion;
    t->http2 = c.http2;
    if (c.clientCertFormat == ClientCertFormat::Pem) {
        t->certificate = c.clientCertificate.toUtf8();
        t->certificateType = "PEM";
        t->key = c.clientKey.toUtf8();
    } else if (c.clientCertFormat == ClientCertFormat::P12) {
        t->certificate = QByteArray::fromBase64(c.clientCertificate.toLatin1());
        t->certificateType = "P12";
    }
    t->keyPassword = c.clientKeyPassword.toUtf8();
    switch (c.proxyMode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        t->proxy = QByteArray(""); // curl's "no proxy, not even the environment's"
        break;
    case ProxyMode::Url:
        t->proxy = c.proxyUrl.trimmed().toUtf8();
        t->proxyLogin = c.proxyLogin.toUtf8();
        t->proxyPassword = c.proxyPassword.toUtf8();
        t->proxyAuth = c.proxyAuth;
        break;
    }
    if (c.proxyMode != ProxyMode::None && !c.noProxy.trimmed().isEmpty())
        t->noProxy = c.noProxy.simplified().remove(u' ').toUtf8();
    t->connectTimeoutMs = c.connectTimeoutSeconds * 1000;
    t->stallTimeoutMs = c.transferTimeoutSeconds * 1000;
    t->identity = identityOf(c);
    return t;
}

QByteArray TransportSettings::identityOf(const Connection &c)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Each field with its length, so that no two settings run together into the same bytes.
    const auto add = [&h](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    };
    add(c.trustedCas);
    add(QString::number(int(c.verifyCertificates)) + u',' + QString::number(int(c.minTlsVersion)) + u','
        + QString::number(int(c.http2)) + u',' + QString::number(int(c.clientCertFormat)) + u',' + QString::number(int(c.proxyMode))
        + u',' + QString::number(int(c.proxyAuth)) + u',' + QString::number(c.connectTimeoutSeconds) + u','
        + QString::number(c.transferTimeoutSeconds));
    for (const QString *field : {&c.clientCertificate, &c.clientKey, &c.clientKeyPassword, &c.proxyUrl, &c.proxyLogin,
                                 &c.proxyPassword, &c.noProxy})
        add(*field);
    return h.result();
}

QString TransportSettings::describe() const
{
    QStringList parts;
    if (proxy && !proxy->isEmpty())
        parts.append(QStringLiteral("through proxy %1").arg(QUrl::fromEncoded(*proxy).toString(QUrl::RemoveUserInfo)));
    if (!certificate.isEmpty())
        parts.append(QStringLiteral("with the workflow's client certificate"));
    if (!verify)
        parts.append(QStringLiteral("WARNING: certificate checks are off for this workflow"));
    return parts.join(QLatin1String("; "));
}

QStringList TransportSettings::secrets() const
{
    QStringList out;
    if (!proxyPassword.isEmpty()) {
        out.append(QString::fromUtf8(proxyPassword));
        out.append(QString::fromLatin1(QByteArray(proxyLogin + ':' + proxyPassword).toBase64()));
    }
    if (!keyPassword.isEmpty())
        out.append(QString::fromUtf8(keyPassword));
    return out;
}

} // namespace scanflow
