#include "ConnectionCheck.h"

#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace scanflow {

namespace {

const QString Path = QStringLiteral("destination.connection.");

using OpenSsl::Bio;
using OpenSsl::Cert;
using OpenSsl::Key;
using P12 = OpenSsl::Pkcs12;

Bio memory(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// OpenSSL's reason for the last failure, for a message ("bad decrypt").
QString lastError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    return reason ? QString::fromLatin1(reason) : QStringLiteral("unreadable");
}

// The PEM certificates in `pem`, counted; -1 when one of them does not parse.
int countCertificates(const QByteArray &pem)
{
    const Bio bio = memory(pem);
    int n = 0;
    while (Cert c{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)})
        ++n;
    // The loop ends at the end of the text (no start line), or at a certificate that is broken.
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code && ERR_GET_REASON(code) != PEM_R_NO_START_LINE)
        return -1;
    return n;
}

QString checkPem(const Connection &c)
{
    const QByteArray certPem = c.clientCertificate.toUtf8();
    const Bio certBio = memory(certPem);
    const Cert cert{PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr)};
    if (!cert)
        return Path + QStringLiteral("clientCertificate.certificate: not a PEM certificate (%1)").arg(lastError());
    if (c.clientKey.isEmpty())
        return Path + QStringLiteral("clientCertificate.key: is required with a PEM client certificate");
    const QByteArray keyPem = c.clientKey.toUtf8();
    QByteArray password = c.clientKeyPassword.toUtf8();
    const Bio keyBio = memory(keyPem);
    // With no callback, OpenSSL takes the last argument as the passphrase.
    const Key key{PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, password.data())};
    if (!key) {
        const QString why = lastError();
        return c.clientKeyPassword.isEmpty() && keyPem.contains("ENCRYPTED")
            ? Path + QStringLiteral("clientCertificate.password: the key is encrypted; its password is required")
            : Path + QStringLiteral("clientCertificate.key: cannot be read (%1; a wrong password?)").arg(why);
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return Path + QStringLiteral("clientCertificate.key: is not the key of the certificate");
    }
    return {};
}

QString checkP12(const Connection &c)
{
    const QByteArray bytes = QByteArray::fromBase64(c.clientCertificate.toLatin1());
    if (bytes.isEmpty())
        return Path + QStringLiteral("clientCertificate.certificate: the PKCS#12 file is required");
    const Bio bio = memory(bytes);
    const P12 p12{d2i_PKCS12_bio(bio.get(), nullptr)};
    if (!p12)
        return Path + QStringLiteral("clientCertificate.certificate: not a PKCS#12 file (%1)").arg(lastError());
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const QByteArray password = c.clientKeyPassword.toUtf8();
    const int ok = PKCS12_parse(p12.get(), password.constData(), &key, &cert, &chain);
    const Key keyOwner(key);
    const Cert certOwner(cert);
    sk_X509_pop_free(chain, X509_free);
    if (!ok) {
        ERR_clear_error();
        return Path + QStringLiteral("clientCertificate.password: does not open the PKCS#12 file");
    }
    if (!key || !cert)
        return Path + QStringLiteral("clientCertificate.certificate: the PKCS#12 file holds no certificate with its key");
    return {};
}

} // namespace

QString checkConnection(const Connection &c)
{
    if (!c.trustedCas.trimmed().isEmpty()) {
        const int n = countCertificates(c.trustedCas.toUtf8());
        if (n <= 0)
            return Path + QStringLiteral("trustedCas: a certificate in it cannot be read");
    }
    switch (c.clientCertFormat) {
    case ClientCertFormat::None:
        return {};
    case ClientCertFormat::Pem:
        return checkPem(c);
    case ClientCertFormat::P12:
        return checkP12(c);
    }
    return {};
}

} // namespace scanflow
