#pragma once

#include "Database.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// An authentication provider (local, LDAP, Microsoft Entra ID, Okta). Its configuration is the
// reference's typeConfiguration JSON text, without secrets: those are sealed apart.
struct AuthProvider
{
    qint64 id = 0;
    QString name;
    int providerType = 0;
    QString typeConfiguration = QStringLiteral("{}");
    int priority = 0;
    bool active = true;
    QStringList domainNames;
};

class AuthProviderRepository
{
public:
    explicit AuthProviderRepository(Database &db) : m_db(db) {}

    Result<QList<AuthProvider>> list();
    Result<std::optional<AuthProvider>> get(qint64 id);
    Result<qint64> create(const AuthProvider &provider);
    Status update(const AuthProvider &provider);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace scanflow
