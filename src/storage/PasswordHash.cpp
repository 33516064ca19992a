#include "PasswordHash.h"

#include <sodium.h>

namespace scanflow::PasswordHash {

QString hash(const QString &password)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {}; // out of memory: an empty hash matches no password
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    if (stored.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray s = stored.toLatin1();
    return crypto_pwhash_str_verify(s.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace scanflow::PasswordHash
