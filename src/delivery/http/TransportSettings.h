#pragma once

#include "Workflow.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace scanflow {

// A workflow's connection settings (Connection) as the HTTP client applies them to each
// request: made once per delivery, shared by its requests. Defaults reach servers as curl
// does: the system's CAs, certificates checked, the environment's proxy.
struct TransportSettings
{
    QByteArray caBundle;              // PEM: the system's CAs and the workflow's; empty: the system's
    bool verify = true;
    TlsVersion minTlsVersion = TlsVersion::Default;
    bool http2 = true;
    QByteArray certificate;           // the client's, PEM or PKCS#12 bytes; empty: none
    QByteArray certificateType;       // "PEM" or "P12"
    QByteArray key;                   // PEM; empty for PKCS#12
    QByteArray keyPassword;
    std::optional<QByteArray> proxy;  // nothing: the environment's; empty: none
    QByteArray proxyLogin, proxyPassword;
    ProxyAuth proxyAuth = ProxyAuth::Any;
    std::optional<QByteArray> noProxy;
    int connectTimeoutMs = 0;         // 0: the request's stall timeout
    int stallTimeoutMs = 0;           // 0: the engine's
    // Who the requests are and whom they trust (a hash of every setting, secrets and timeouts
    // included): connections are reused only among requests of the same identity, so one
    // workflow never rides another's authenticated proxy tunnel or client-certificate connection.
    QByteArray identity;

    // From the workflow's settings. Certificates a server resolved (trusted CA aliases) are
    // in its trustedCas already.
    static std::shared_ptr<const TransportSettings> from(const Connection &connection);
    static QByteArray identityOf(const Connection &connection);
    // What a trace says of how requests went: "through proxy http://proxy:3128", and that
    // certificate checks are off. Never a login or password.
    QString describe() const;
    // Secrets of the transport a trace must never show (the proxy's password, its Basic
    // credentials, the key's password).
    QStringList secrets() const;
};

} // namespace scanflow
