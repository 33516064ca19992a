#pragma once

#include "Database.h"

#include <QStringList>

#include <optional>

namespace scanflow {

// A user as the reference's UserInfo shows it; password and PIN only as "is set".
struct User
{
    qint64 id = 0;
    qint64 providerId = 1;
    QString userName;
    QString fullName;
    QString email;
    QString homeFolder;
    QString shortId;
    QString alias;
    qint64 aliasProviderId = 0; // the provider the alias names ("user@domain.com#1234"); 0: none
    QString department;
    QString expiration;   // yyyy-MM-dd, or empty for never
    QString externalId;
    bool active = true;
    bool hasPassword = false;
    bool hasPin = false;
    QStringList cards;
};

// The reference's detailtype numbers (PUT /users, POST /users/<username>).
enum class UserDetail {
    FullName = 0, Email = 1, HomeFolder = 2, Password = 3, CardId = 4, ShortId = 5, Pin = 6, Alias = 7,
    Department = 11, Expiration = 12, ExternalId = 14,
};
// The detail for a detailtype number, or nothing when the reference has no such type.
std::optional<UserDetail> userDetailOf(int type);

// Users of every authentication provider; names are unique per provider, case insensitive.
class UserRepository
{
public:
    static constexpr qint64 LocalProvider = 1;

    explicit UserRepository(Database &db) : m_db(db) {}

    Result<qint64> create(qint64 providerId, const QString &userName);
    Result<std::optional<User>> byId(qint64 id);
    Result<std::optional<User>> byName(qint64 providerId, const QString &userName);
    // Every provider's user of that name (for "providerid not given: guess it").
    Result<QList<User>> allNamed(const QString &userName);
    // The users known by this alias in that provider (0: in any), case insensitive.
    Result<QList<User>> byAlias(const QString &alias, qint64 providerId);
    Result<std::optional<User>> byCard(const QString &cardId);
    Result<std::optional<User>> byShortId(const QString &shortId);
    Result<std::optional<User>> byEmail(const QString &email);
    // One page of a provider's users in id order, starting after `afterId`.
    Result<QList<User>> page(qint64 providerId, qint64 afterId, int limit);
    // The same, only users whose name, full name or email contains `text` (case insensitive).
    Result<QList<User>> search(qint64 providerId, const QString &text, qint64 afterId, int limit);
    Status remove(qint64 id);
    Result<int> count();

    // Sets one detail (an empty value clears it); passwords and PINs are stored as Argon2id.
    // A card or short id another user already has is refused, naming it.
    Status setDetail(qint64 id, UserDetail detail, const QString &value);
    Status addCard(qint64 id, const QString &cardId);
    Status setActive(qint64 id, bool active);
    bool checkPassword(qint64 id, const QString &password);
    bool checkPin(qint64 id, const QString &pin);
    // The stored Argon2id strings, for a check made on another thread (PasswordHash::verify).
    QString passwordHash(qint64 id) { return storedHash(id, QStringLiteral("password_hash")); }
    QString pinHash(qint64 id) { return storedHash(id, QStringLiteral("pin_hash")); }

private:
    Result<std::optional<User>> one(const QString &where, const QVariant &value);
    Result<QList<User>> many(const QString &whereAndOrder, const QVariantList &values);
    Status fillCards(QList<User> *users);
    QString storedHash(qint64 id, const QString &column);

    Database &m_db;
};

} // namespace scanflow
