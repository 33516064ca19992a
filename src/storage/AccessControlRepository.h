#pragma once

#include "Database.h"

#include <QStringList>

namespace scanflow {

// An access control of the reference: a role given to a user or to a group.
struct AccessControl
{
    qint64 id = 0;
    QString accountDomain;
    qint64 authProviderId = 1;
    QString roleName;   // Administrators, Users, Reporting, Support
    QString userName;   // one of userName and groupName
    QString groupName;
    QString groupDn;
};

class AccessControlRepository
{
public:
    explicit AccessControlRepository(Database &db) : m_db(db) {}

    Result<qint64> create(const AccessControl &control);
    Result<QList<AccessControl>> list();
    Status remove(qint64 id);
    // Every control of an authentication provider (it goes with the provider).
    Status removeOfProvider(qint64 providerId);
    // The roles that reach a user directly (by name and provider) or through a group, which is
    // matched by its DN only: display names are not unique, and anyone who may create a group
    // could otherwise borrow the name of an administrators' group.
    Result<QStringList> rolesOf(qint64 providerId, const QString &userName, const QStringList &groupDns);

private:
    Database &m_db;
};

} // namespace scanflow
