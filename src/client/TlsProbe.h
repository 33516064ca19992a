#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace scanflow {

// The certificate chain an HTTPS server presents, read without trusting it (nothing is sent
// over the connection): what Connect to server shows an admin, who decides whether to trust
// its root. `done` runs once, on this thread, while `context` lives: the chain, or why none.
void fetchCertificateChain(const QUrl &url, QObject *context,
                           std::function<void(const QList<QSslCertificate> &chain, const QString &error)> done);

// "AB:CD:…": the SHA-256 of a certificate as people compare it.
QString sha256Fingerprint(const QSslCertificate &certificate);

} // namespace scanflow
