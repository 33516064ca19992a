#pragma once

#include "Result.h"

#include <QByteArray>

#include <optional>

namespace scanflow {

// Authenticated encryption of stored secrets (libsodium, XChaCha20-Poly1305). The context
// (say "workflow:7/basic.password") is bound to each sealed value, so a value copied into
// another row fails to open instead of becoming that row's secret.
class SecretBox
{
public:
    static constexpr int KeyBytes = 32;

    static Result<SecretBox> withKey(const QByteArray &key);
    static QByteArray randomKey();

    // A box whose key comes from a passphrase (Argon2id, libsodium's moderate limits) and a
    // random salt, written as "salt.sealed" in base64: how a backup carries the secrets key.
    static QByteArray sealWithPassphrase(const QByteArray &plaintext, const QString &passphrase, const QByteArray &context);
    static std::optional<QByteArray> openWithPassphrase(const QByteArray &sealed, const QString &passphrase, const QByteArray &context);

    QByteArray seal(const QByteArray &plaintext, const QByteArray &context) const;         // base64
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &context) const;

private:
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace scanflow
