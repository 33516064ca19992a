#pragma once

#include <QByteArray>
#include <QString>

namespace scanflow::PasswordHash {

// Argon2id through libsodium's crypto_pwhash_str (salt and parameters inside the string), at
// the "interactive" limits: a guess costs an attacker about as much as a login costs us.
QString hash(const QString &password);
bool verify(const QString &stored, const QString &password);

} // namespace scanflow::PasswordHash
