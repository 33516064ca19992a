#include "UserRepository.h"

#include "PasswordHash.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

const QString Columns = QStringLiteral(
    "id, provider_id, username, full_name, email, home_folder, short_id, alias, department, expiration, external_id,"
    " active, password_hash <> '', pin_hash <> '', alias_provider_id");

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.providerId = q.value(1).toLongLong();
    u.userName = q.value(2).toString();
    u.fullName = q.value(3).toString();
    u.email = q.value(4).toString();
    u.homeFolder = q.value(5).toString();
    u.shortId = q.value(6).toString();
    u.alias = q.value(7).toString();
    u.department = q.value(8).toString();
    u.expiration = q.value(9).toString();
    u.externalId = q.value(10).toString();
    u.active = q.value(11).toInt() != 0;
    u.hasPassword = q.value(12).toBool();
    u.hasPin = q.value(13).toBool();
    u.aliasProviderId = q.value(14).toLongLong();
    return u;
}

QString key(const QString &userName)
{
    return userName.toLower();
}

} // namespace

std::optional<UserDetail> userDetailOf(int type)
{
    switch (type) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 11: case 12: case 14:
        return UserDetail(type);
    default:
        return std::nullopt;
    }
}

Result<qint64> UserRepository::create(qint64 providerId, const QString &userName)
{
    using R = Result<qint64>;
    if (const auto existing = byName(providerId, userName); !existing)
        return R::failure(existing.error());
    else if (existing->has_value())
        return R::failure(QStringLiteral("username: \"%1\" already exists").arg(userName));
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO users (provider_id, username, username_key, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(providerId);
    q.addBindValue(userName);
    q.addBindValue(key(userName));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db.insert(q, QStringLiteral("creating user \"%1\"").arg(userName));
}

Result<std::optional<User>> UserRepository::one(const QString &where, const QVariant &value)
{
    using R = Result<std::optional<User>>;
    auto found = many(where, {value});
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R(std::nullopt);
    return R(std::optional<User>(found->first()));
}

Result<QList<User>> UserRepository::many(const QString &whereAndOrder, const QVariantList &values)
{
    using R = Result<QList<User>>;
    // Kept prepared: a user lookup is a route clients call in bulk, and preparing was half its cost.
    auto q = m_db.reused(QStringLiteral("SELECT %1 FROM users %2").arg(Columns, whereAndOrder));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (const Status s = m_db.exec(*q, QStringLiteral("reading users")); !s)
        return R::failure(s.error());
    QList<User> users;
    while (q->next())
        users.append(fromRow(*q));
    if (const Status s = fillCards(&users); !s)
        return R::failure(s.error());
    return users;
}

Status UserRepository::fillCards(QList<User> *users)
{
    if (users->isEmpty())
        return Status::success();
    QStringList marks;
    QHash<qint64, User *> byId;
    for (User &u : *users) {
        marks.append(QStringLiteral("?"));
        byId.insert(u.id, &u);
    }
    auto q = m_db.reused(QStringLiteral("SELECT user_id, card_id FROM user_cards WHERE user_id IN (%1) ORDER BY card_id")
                             .arg(marks.join(u',')));
    for (const User &u : *users)
        q->addBindValue(u.id);
    if (const Status s = m_db.exec(*q, QStringLiteral("reading users' cards")); !s)
        return s;
    while (q->next())
        byId.value(q->value(0).toLongLong())->cards.append(q->value(1).toString());
    return Status::success();
}

Result<std::optional<User>> UserRepository::byId(qint64 id)
{
    return one(QStringLiteral("WHERE id = ?"), id);
}

Result<std::optional<User>> UserRepository::byName(qint64 providerId, const QString &userName)
{
    using R = Result<std::optional<User>>;
    auto found = many(QStringLiteral("WHERE username_key = ? AND provider_id = ?"), {key(userName), providerId});
    if (!found)
        return R::failure(found.error());
    return found->isEmpty() ? R(std::nullopt) : R(std::optional<User>(found->first()));
}

Result<QList<User>> UserRepository::allNamed(const QString &userName)
{
    return many(QStringLiteral("WHERE username_key = ? ORDER BY provider_id"), {key(userName)});
}

Result<QList<User>> UserRepository::byAlias(const QString &alias, qint64 providerId)
{
    if (alias.isEmpty())
        return QList<User>();
    if (providerId == 0)
        return many(QStringLiteral("WHERE lower(alias) = ? AND alias <> '' ORDER BY id"), {alias.toLower()});
    // An alias names its provider ("#PID"), or, without one, belongs to its user's own provider.
    return many(QStringLiteral("WHERE lower(alias) = ? AND (alias_provider_id = ? OR (alias_provider_id = 0 AND provider_id = ?)) ORDER BY id"),
                {alias.toLower(), providerId, providerId});
}

Result<std::optional<User>> UserRepository::byCard(const QString &cardId)
{
    return one(QStringLiteral("WHERE id = (SELECT user_id FROM user_cards WHERE card_id = ?)"), cardId);
}

Result<std::optional<User>> UserRepository::byShortId(const QString &shortId)
{
    if (shortId.isEmpty())
        return Result<std::optional<User>>(std::nullopt);
    return one(QStringLiteral("WHERE short_id = ?"), shortId);
}

Result<std::optional<User>> UserRepository::byEmail(const QString &email)
{
    if (email.isEmpty())
        return Result<std::optional<User>>(std::nullopt);
    return one(QStringLiteral("WHERE email = ? ORDER BY id"), email);
}

Result<QList<User>> UserRepository::page(qint64 providerId, qint64 afterId, int limit)
{
    return many(QStringLiteral("WHERE provider_id = ? AND id > ? ORDER BY id LIMIT %1").arg(limit), {providerId, afterId});
}

Result<QList<User>> UserRepository::search(qint64 providerId, const QString &text, qint64 afterId, int limit)
{
    QString pattern = text.toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    return many(QStringLiteral("WHERE provider_id = ? AND id > ? AND (username_key LIKE ? ESCAPE '\\' OR lower(full_name) LIKE ? ESCAPE '\\'"
                               " OR lower(email) LIKE ? ESCAPE '\\') ORDER BY id LIMIT %1").arg(limit),
                {providerId, afterId, pattern, pattern, pattern});
}

Status UserRepository::remove(qint64 id)
{
    QSqlQuery rules = m_db.query(QStringLiteral("DELETE FROM scan_access WHERE identity_type = 'User' AND identity_id = ?"));
    rules.addBindValue(id);
    if (const Status s = m_db.exec(rules, QStringLiteral("deleting the access rules of user %1").arg(id)); !s)
        return s;
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM users WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("deleting user %1").arg(id));
}

Result<int> UserRepository::count()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (const Status s = m_db.exec(q, QStringLiteral("counting users")); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}

Status UserRepository::setDetail(qint64 id, UserDetail detail, const QString &value)
{
    QString column;
    QString stored = value;
    switch (detail) {
    case UserDetail::FullName: column = QStringLiteral("full_name"); break;
    case UserDetail::Email:
        if (!value.isEmpty() && (!value.contains(u'@') || value.contains(u' ')))
            return Status::failure(QStringLiteral("detaildata: \"%1\" is not an email address").arg(value));
        column = QStringLiteral("email");
        break;
    case UserDetail::HomeFolder: column = QStringLiteral("home_folder"); break;
    case UserDetail::Password:
        column = QStringLiteral("password_hash");
        stored = value.isEmpty() ? QString() : PasswordHash::hash(value);
        break;
    case UserDetail::Pin:
        column = QStringLiteral("pin_hash");
        stored = value.isEmpty() ? QString() : PasswordHash::hash(value);
        break;
    case UserDetail::ShortId:
        if (!value.isEmpty()) {
            const auto other = byShortId(value);
            if (!other)
                return Status::failure(other.error());
            if (other->has_value() && (*other)->id != id)
                return Status::failure(QStringLiteral("detaildata: short id \"%1\" belongs to another user").arg(value));
        }
        column = QStringLiteral("short_id");
        break;
    case UserDetail::Alias: {
        // "An alias can be specified with "#PID" suffix where PID is a provider ID, for example:
        // "user@domain.com#1234"": the alias and the provider it names, kept apart.
        static const QRegularExpression withProvider(QStringLiteral("^(.+)#([0-9]+)$"));
        const QRegularExpressionMatch m = withProvider.match(value);
        qint64 provider = 0;
        QString alias = value;
        if (m.hasMatch()) {
            alias = m.captured(1);
            provider = m.captured(2).toLongLong();
            bool known = false;
            const Status found = m_db.eachRow(QStringLiteral("SELECT id FROM auth_providers WHERE id = ?"), {provider},
                                              QStringLiteral("reading provider %1").arg(provider), [&](const Database::Row &) { known = true; });
            if (!found)
                return found;
            if (!known)
                return Status::failure(QStringLiteral("detaildata: the alias \"%1\" names provider %2, and there is none").arg(value).arg(provider));
        }
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE users SET alias = ?, alias_provider_id = ? WHERE id = ?"));
        q.addBindValue(alias);
        q.addBindValue(provider);
        q.addBindValue(id);
        return m_db.exec(q, QStringLiteral("updating user %1").arg(id));
    }
    case UserDetail::Department: column = QStringLiteral("department"); break;
    case UserDetail::Expiration:
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            return Status::failure(QStringLiteral("detaildata: \"%1\" is not a date (yyyy-MM-dd)").arg(value));
        column = QStringLiteral("expiration");
        break;
    case UserDetail::ExternalId: column = QStringLiteral("external_id"); break;
    case UserDetail::CardId:
        // The detail is "the" card: it replaces the user's cards (the cards endpoint adds one).
        return m_db.transaction([&]() -> Status {
            QSqlQuery clear = m_db.query(QStringLiteral("DELETE FROM user_cards WHERE user_id = ?"));
            clear.addBindValue(id);
            if (const Status s = m_db.exec(clear, QStringLiteral("clearing the user's cards")); !s)
                return s;
            return value.isEmpty() ? Status::success() : addCard(id, value);
        });
    }
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE users SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(stored.isNull() ? QStringLiteral("") : stored); // a null QString would bind as NULL
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("updating user %1").arg(id));
}

Status UserRepository::addCard(qint64 id, const QString &cardId)
{
    if (cardId.trimmed().isEmpty())
        return Status::failure(QStringLiteral("cardid: must not be empty"));
    const auto owner = byCard(cardId);
    if (!owner)
        return Status::failure(owner.error());
    if (owner->has_value())
        return (*owner)->id == id ? Status::success()
                                  : Status::failure(QStringLiteral("cardid: card \"%1\" belongs to another user").arg(cardId));
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO user_cards (card_id, user_id) VALUES (?, ?)"));
    q.addBindValue(cardId);
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("registering card for user %1").arg(id));
}

Status UserRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("updating user %1").arg(id));
}

QString UserRepository::storedHash(qint64 id, const QString &column)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(column));
    q.addBindValue(id);
    if (!m_db.exec(q, QStringLiteral("reading a user's credentials")) || !q.next())
        return {};
    return q.value(0).toString();
}

bool UserRepository::checkPassword(qint64 id, const QString &password)
{
    return PasswordHash::verify(storedHash(id, QStringLiteral("password_hash")), password);
}

bool UserRepository::checkPin(qint64 id, const QString &pin)
{
    return PasswordHash::verify(storedHash(id, QStringLiteral("pin_hash")), pin);
}

} // namespace scanflow
