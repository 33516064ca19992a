#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace scanflow {

// A certificate chain the server made itself: a root authority and a server certificate it
// signed (EC P-256, SHA-256), for the hosts and addresses given as subject alternative names.
struct GeneratedChain
{
    QByteArray rootPem;
    QByteArray serverPem;
    QByteArray serverKeyPem;  // PKCS#8, unencrypted: the caller seals it
};

// Made with OpenSSL's libcrypto: Qt can read certificates but cannot make them.
namespace CertificateAuthority {

Result<GeneratedChain> generate(const QString &organisation, const QStringList &dnsNames, const QStringList &ipAddresses,
                                int validDays);

} // namespace CertificateAuthority

} // namespace scanflow
