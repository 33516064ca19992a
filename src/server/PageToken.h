#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scanflow {

class SecretStore;

// A page token the client carries and cannot change (L4): the query's scope as JSON with an
// HMAC-SHA256 over it. The key is kept sealed in the secret store, so every server on one
// database accepts the others' tokens; without a secret store it lives as long as the process.
class PageToken
{
public:
    explicit PageToken(QByteArray key) : m_key(std::move(key)) {}
    static PageToken fromSecrets(SecretStore &secrets);

    QString seal(const QJsonObject &scope) const;
    // The scope, or nothing when the token was not made here or was changed.
    std::optional<QJsonObject> open(const QString &token) const;

private:
    QByteArray m_key;
};

} // namespace scanflow
