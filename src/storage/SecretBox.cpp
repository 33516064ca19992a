#include "SecretBox.h"

#include <sodium.h>

namespace scanflow {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const auto *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }
auto *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }

} // namespace

Result<SecretBox> SecretBox::withKey(const QByteArray &key)
{
    if (!sodiumReady())
        return Result<SecretBox>::failure(QStringLiteral("libsodium cannot start"));
    if (key.size() != KeyBytes)
        return Result<SecretBox>::failure(QStringLiteral("the secrets key has %1 bytes; it needs %2").arg(key.size()).arg(KeyBytes));
    return SecretBox(key);
}

QByteArray SecretBox::randomKey()
{
    sodiumReady();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    return key;
}

QByteArray SecretBox::seal(const QByteArray &plaintext, const QByteArray &context) const
{
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    unsigned char *nonce = bytes(out);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                               bytes(plaintext), quint64(plaintext.size()),
                                               bytes(context), quint64(context.size()), nullptr, nonce, bytes(m_key));
    return out.toBase64();
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &context) const
{
    const QByteArray raw = QByteArray::fromBase64(sealed);
    const qsizetype overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (raw.size() < overhead)
        return std::nullopt;
    QByteArray plain(raw.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *nonce = bytes(raw);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &length, nullptr,
                                                   nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   quint64(raw.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
                                                   bytes(context), quint64(context.size()), nonce, bytes(m_key)) != 0) {
        return std::nullopt;
    }
    plain.resize(qsizetype(length));
    return plain;
}

namespace {

std::optional<SecretBox> passphraseBox(const QString &passphrase, const QByteArray &salt)
{
    if (!sodiumReady() || salt.size() != crypto_pwhash_SALTBYTES)
        return std::nullopt;
    QByteArray key(SecretBox::KeyBytes, Qt::Uninitialized);
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(bytes(key), quint64(key.size()), utf8.constData(), quint64(utf8.size()), bytes(salt),
                      crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt; // out of memory
    auto box = SecretBox::withKey(key);
    sodium_memzero(key.data(), size_t(key.size()));
    return box ? std::optional<SecretBox>(*box) : std::nullopt;
}

} // namespace

QByteArray SecretBox::sealWithPassphrase(const QByteArray &plaintext, const QString &passphrase, const QByteArray &context)
{
    sodiumReady();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(bytes(salt), size_t(salt.size()));
    const auto box = passphraseBox(passphrase, salt);
    return box ? salt.toBase64() + '.' + box->seal(plaintext, context) : QByteArray();
}

std::optional<QByteArray> SecretBox::openWithPassphrase(const QByteArray &sealed, const QString &passphrase, const QByteArray &context)
{
    const qsizetype dot = sealed.indexOf('.');
    if (dot < 0)
        return std::nullopt;
    const auto box = passphraseBox(passphrase, QByteArray::fromBase64(sealed.left(dot)));
    return box ? box->open(sealed.mid(dot + 1), context) : std::nullopt;
}

} // namespace scanflow
