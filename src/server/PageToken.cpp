#include "PageToken.h"

#include "SecretStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace scanflow {

namespace {

constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

} // namespace

PageToken PageToken::fromSecrets(SecretStore &secrets)
{
    const QString owner = QStringLiteral("server");
    const QString name = QStringLiteral("page-token-key");
    if (secrets.canStore()) {
        if (const auto stored = secrets.get(owner, name); stored && stored->has_value() && (*stored)->size() == 32)
            return PageToken(**stored);
        const QByteArray key = randomKey();
        if (secrets.put(owner, name, key))
            return PageToken(key);
    }
    return PageToken(randomKey());
}

QString PageToken::seal(const QJsonObject &scope) const
{
    const QByteArray body = QJsonDocument(scope).toJson(QJsonDocument::Compact).toBase64(Base64);
    const QByteArray mac = QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256).toBase64(Base64);
    return QString::fromLatin1(body + '.' + mac);
}

std::optional<QJsonObject> PageToken::open(const QString &token) const
{
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0)
        return std::nullopt;
    const QByteArray body = text.left(dot);
    const QByteArray mac = QByteArray::fromBase64(text.mid(dot + 1), QByteArray::Base64UrlEncoding);
    const QByteArray expected = QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256);
    // Compared in constant time: how much matched says nothing.
    if (mac.size() != expected.size())
        return std::nullopt;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < mac.size(); ++i)
        diff |= static_cast<unsigned char>(mac.at(i) ^ expected.at(i));
    if (diff != 0)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(body, QByteArray::Base64UrlEncoding), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace scanflow
