#include "CertificateAuthority.h"

#include "OpenSslHandles.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace scanflow::CertificateAuthority {

namespace {

using OpenSsl::Bio;
using OpenSsl::Cert;
using OpenSsl::Key;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCertificate(EVP_PKEY *key, const QString &commonName, const QString &organisation, int days)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    // A random 128-bit serial (RFC 5280: positive, at most 20 octets).
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // a clock a little behind still accepts it
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    const QByteArray org = organisation.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(org.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

} // namespace

Result<GeneratedChain> generate(const QString &organisation, const QStringList &dnsNames, const QStringList &ipAddresses, int validDays)
{
    using R = Result<GeneratedChain>;
    Key rootKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    if (!rootKey || !serverKey)
        return R::failure(QStringLiteral("cannot make an EC P-256 key"));

    Cert root = makeCertificate(rootKey.get(), organisation + QStringLiteral(" Root CA"), organisation, validDays + 365);
    X509_set_issuer_name(root.get(), X509_get_subject_name(root.get()));
    bool ok = addExtension(root.get(), root.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(root.get(), root.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(root.get(), root.get(), NID_subject_key_identifier, "hash");
    ok = ok && X509_sign(root.get(), rootKey.get(), EVP_sha256()) > 0;

    const QString commonName = dnsNames.isEmpty() ? ipAddresses.value(0) : dnsNames.first();
    Cert server = makeCertificate(serverKey.get(), commonName, organisation, validDays);
    X509_set_issuer_name(server.get(), X509_get_subject_name(root.get()));
    QStringList alt;
    for (const QString &dns : dnsNames)
        alt.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : ipAddresses)
        alt.append(QStringLiteral("IP:") + ip);
    ok = ok && addExtension(server.get(), root.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(server.get(), root.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        && addExtension(server.get(), root.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(server.get(), root.get(), NID_authority_key_identifier, "keyid:always")
        && (alt.isEmpty() || addExtension(server.get(), root.get(), NID_subject_alt_name, alt.join(u',').toUtf8()));
    ok = ok && X509_sign(server.get(), rootKey.get(), EVP_sha256()) > 0;
    if (!ok)
        return R::failure(QStringLiteral("cannot make the server's certificates"));

    GeneratedChain chain;
    Bio rootBio(BIO_new(BIO_s_mem())), serverBio(BIO_new(BIO_s_mem())), keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(rootBio.get(), root.get());
    PEM_write_bio_X509(serverBio.get(), server.get());
    PEM_write_bio_PrivateKey(keyBio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    chain.rootPem = drain(rootBio.get());
    chain.serverPem = drain(serverBio.get());
    chain.serverKeyPem = drain(keyBio.get());
    return chain;
}

} // namespace scanflow::CertificateAuthority
