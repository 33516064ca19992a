#pragma once

#include "Database.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// The settings of an API key, as the reference names them.
struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString prefix;                 // "sf_AbC1…": enough to recognise, not to use
    bool advancedPermissions = false;
    QStringList permissions;        // checked when advancedPermissions is on
    bool allowUnauthenticated = false;
    bool allowUntrustedEndpoints = false;
    // ScanFlow's own: the key of a terminal integration, which may name the user a delivery or
    // a job record is for (docs/api.md, "Who a delivery runs as").
    bool onBehalfOfUsers = false;

    // A key that can do everything (the bootstrap key, an admin's integration key).
    static ApiKey fullAccess(const QString &name);
    // What calls made with this key alone may do: its permissions when they are checked, every
    // permission when they are not (a key without advanced permissions skips the checks of
    // plain endpoints).
    QStringList reach() const;
    // The reference's "insecure API key", which some document calls refuse: one whose calls
    // need neither a user nor a permission — it allows unauthenticated requests and has no
    // advanced permissions, so holding it is all it takes (docs/api.md, "Security").
    bool insecure() const { return allowUnauthenticated && !advancedPermissions; }
};

// API keys: only a SHA-256 of each key is stored, so a stolen database yields no usable key.
// The keys are 256-bit random strings, which is why a fast hash is enough.
class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(Database &db) : m_db(db) {}

    // Creates a key and returns it in the clear, the only time it is ever shown.
    Result<QString> create(const ApiKey &settings);
    // The key's settings, or nothing when no such key exists.
    Result<std::optional<ApiKey>> find(const QByteArray &key);
    Result<int> count();
    Result<QList<ApiKey>> list();
    // False when there was no such key.
    Result<bool> remove(qint64 id);

    static QByteArray hash(const QByteArray &key);

private:
    Database &m_db;
};

} // namespace scanflow
