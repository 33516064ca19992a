#pragma once

#include "Database.h"
#include "SecretBox.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// Secrets at rest: Basic passwords, client secrets, OAuth tokens and users' private values,
// sealed with the server's key. Without a key it stores nothing: it never falls back to
// plain text. `owner` groups what belongs together ("workflow:7", "workflow:7/user:alice").
class SecretStore
{
public:
    SecretStore(Database &db, std::optional<SecretBox> box) : m_db(db), m_box(std::move(box)) {}

    bool canStore() const { return m_box.has_value(); }
    // Success when secrets can be stored, else the reason.
    Status writable() const;
    Status put(const QString &owner, const QString &name, const QByteArray &value);
    Result<std::optional<QByteArray>> get(const QString &owner, const QString &name);
    // The names of the owner's secrets (never their values).
    Result<QStringList> names(const QString &owner);
    Status remove(const QString &owner, const QString &name);
    // The owner's secrets and those of every owner below it ("workflow:7" and "workflow:7/…").
    Status removeOwner(const QString &owner);
    // Every owner whose name starts with prefix, exactly (no wildcards).
    Status removeOwnersStartingWith(const QString &prefix);
    // The owners whose name starts with prefix (names only, nothing unsealed).
    Result<QStringList> ownersStartingWith(const QString &prefix);

    // What a secret's seal is bound to: it opens only as this owner's secret of this name.
    static QByteArray context(const QString &owner, const QString &name);

private:
    Database &m_db;
    std::optional<SecretBox> m_box;
};

} // namespace scanflow
