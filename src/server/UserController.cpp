#include "UserController.h"

#include "Authenticator.h"
#include "FormParams.h"
#include "GroupController.h"
#include "GroupRepository.h"
#include "Roles.h"
#include "TokenRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace scanflow::UserController {

namespace {

std::variant<qint64, ApiError> providerOf(Database &db, const FormParams &p, const QString &name = QStringLiteral("providerid"))
{
    SF_TRY(id, p.integer(name, UserRepository::LocalProvider, 0, std::numeric_limits<qint64>::max()));
    if (id == 0)
        return qint64(UserRepository::LocalProvider);
    QSqlQuery q = db.query(QStringLiteral("SELECT id FROM auth_providers WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = db.exec(q, QStringLiteral("looking up an authentication provider")); !s)
        return ApiError::internal(s.error());
    if (!q.next())
        return ApiError::notFound(QStringLiteral("%1: no authentication provider %2").arg(name).arg(id));
    return id;
}

// The user a path names (/users/<username>/…), in the provider the parameters name.
std::variant<User, ApiError> pathUser(Database &db, const ApiRequest &r, const FormParams &p)
{
    SF_TRY(provider, providerOf(db, p));
    const QString name = r.params.value(QStringLiteral("username"));
    const auto user = UserRepository(db).byName(provider, name);
    if (!user)
        return ApiError::internal(user.error());
    if (!user->has_value())
        return ApiError::notFound(QStringLiteral("username: no user \"%1\" in provider %2").arg(name).arg(provider));
    return **user;
}

// "groupid" values: primary keys or textual group IDs, each one known.
std::variant<QList<qint64>, ApiError> groupIds(Database &db, const FormParams &p, bool required)
{
    const QStringList given = p.values(QStringLiteral("groupid"));
    if (required && given.isEmpty())
        return ApiError::badRequest(QStringLiteral("groupid: at least one group is needed"));
    QList<qint64> ids;
    GroupRepository groups(db);
    for (const QString &g : given) {
        const auto found = groups.resolve(g);
        if (!found)
            return ApiError::internal(found.error());
        if (!found->has_value())
            return ApiError::badRequest(QStringLiteral("groupid: no group \"%1\"").arg(g));
        ids.append((*found)->id);
    }
    return ids;
}

// The permission a detail needs beyond ModifyUser: the reference names three, for "the Short
// ID, One time password, or Card number". Its detail types have no one-time password; the PIN
// is the remaining secret a user types at a terminal, so GenerateOTP guards it (docs/api.md).
std::optional<ApiError> detailPermission(const ApiRequest &r, UserDetail detail)
{
    if (detail == UserDetail::CardId)
        return Authenticator::require(r, QStringLiteral("CardManagement"));
    if (detail == UserDetail::ShortId)
        return Authenticator::require(r, QStringLiteral("GenerateShortID"));
    if (detail == UserDetail::Pin)
        return Authenticator::require(r, QStringLiteral("GenerateOTP"));
    return std::nullopt;
}

std::variant<UserDetail, ApiError> detailOf(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    const auto detail = ok ? userDetailOf(n) : std::nullopt;
    if (!detail) {
        return ApiError::badRequest(QStringLiteral("detailtype: \"%1\" is not one of 0 (full name), 1 (email), 2 (homefolder), "
                                                   "3 (password), 4 (cardid), 5 (shortid), 6 (pin), 7 (alias), "
                                                   "11 (department), 12 (expiration), 14 (externalid)").arg(text));
    }
    return *detail;
}

ApiResult groupChange(Database &db, const ApiRequest &r, bool required, bool grants,
                      const std::function<Status(GroupRepository &, qint64, const QList<qint64> &)> &change)
{
    SF_TRY(p, FormParams::parse(r));
    SF_TRY(user, pathUser(db, r, p));
    SF_TRY(ids, groupIds(db, p, required));
    if (const auto denied = Roles::mayManage(db, *r.caller, user))
        return *denied;
    if (grants) {
        if (const auto denied = Roles::mayGrant(db, *r.caller, ids))
            return *denied;
    }
    GroupRepository groups(db);
    if (const Status s = change(groups, user.id, ids); !s)
        return ApiError::internal(s.error());
    return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("the groups of %1 were changed").arg(user.userName)));
}

QStringList splitCsvLine(const QString &line, QChar separator)
{
    // RFC 4180 quoting: "a;b" is one field, "" inside quotes is one quote.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

} // namespace

std::variant<User, ApiError> named(Database &db, const QString &name, qint64 provider)
{
    UserRepository users(db);
    // A user is also found by an alias, in the provider the alias names ("name#PID").
    const auto byAlias = [&]() -> std::variant<User, ApiError> {
        const auto aliased = users.byAlias(name, provider);
        if (!aliased)
            return ApiError::internal(aliased.error());
        if (aliased->size() > 1)
            return ApiError::badRequest(QStringLiteral("username: %1 users have the alias \"%2\"; say which provider").arg(aliased->size()).arg(name));
        if (aliased->isEmpty()) {
            return provider != 0 ? ApiError::notFound(QStringLiteral("username: no user \"%1\" in provider %2").arg(name).arg(provider))
                                 : ApiError::notFound(QStringLiteral("username: no user \"%1\"").arg(name));
        }
        return aliased->first();
    };
    if (provider != 0) {
        const auto user = users.byName(provider, name);
        if (!user)
            return ApiError::internal(user.error());
        if (!user->has_value())
            return byAlias();
        return **user;
    }
    // "If not provided or zero, the server will attempt to guess it."
    const auto all = users.allNamed(name);
    if (!all)
        return ApiError::internal(all.error());
    if (all->isEmpty())
        return byAlias();
    if (all->size() > 1)
        return ApiError::badRequest(QStringLiteral("providerid: %1 providers have a user \"%2\"; say which").arg(all->size()).arg(name));
    return all->first();
}

QJsonObject userInfo(const User &u, const Caller *caller)
{
    const bool cards = caller && caller->mayDo(QStringLiteral("CardManagement"));
    const bool shortId = caller && caller->mayDo(QStringLiteral("GenerateShortID"));
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("providerId"), u.providerId},
            {QStringLiteral("userName"), u.userName},
            {QStringLiteral("fullName"), u.fullName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("homeFolder"), u.homeFolder},
            {QStringLiteral("shortId"), shortId ? u.shortId : QString()},
            {QStringLiteral("alias"), u.alias},
            {QStringLiteral("aliasProviderId"), u.aliasProviderId},
            {QStringLiteral("department"), u.department},
            {QStringLiteral("expiration"), u.expiration},
            {QStringLiteral("externalId"), u.externalId},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("hasPassword"), u.hasPassword},
            {QStringLiteral("hasPin"), u.hasPin},
            {QStringLiteral("cards"), cards ? QJsonArray::fromStringList(u.cards) : QJsonArray()},
            {QStringLiteral("hasCards"), !u.cards.isEmpty()}};
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(name, p.required(QStringLiteral("username")));
        SF_TRY(provider, p.integer(QStringLiteral("providerid"), 0, 0, std::numeric_limits<qint64>::max()));
        SF_TRY(user, named(db, name, provider));
        return ApiResponse::json(200, userInfo(user, r.caller.get()));
    };
}

ApiHandler all(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(provider, providerOf(db, p));
        SF_TRY(max, p.integer(QStringLiteral("maxrecords"), 50, 1, 1000));
        SF_TRY(after, p.integer(QStringLiteral("pagetoken"), 0, 0, std::numeric_limits<qint64>::max()));
        // ScanFlow's own filter for the admin app's search box: a part of the name, full name or email.
        const QString search = p.value(QStringLiteral("search")).trimmed();
        // One more than asked tells whether another page follows.
        const auto page = search.isEmpty() ? UserRepository(db).page(provider, after, int(max) + 1)
                                           : UserRepository(db).search(provider, search, after, int(max) + 1);
        if (!page)
            return ApiError::internal(page.error());
        QJsonArray users;
        for (qsizetype i = 0; i < std::min<qsizetype>(page->size(), max); ++i)
            users.append(userInfo(page->at(i), r.caller.get()));
        const bool more = page->size() > max;
        return ApiResponse::json(200, QJsonObject{
            {QStringLiteral("users"), users},
            {QStringLiteral("recordsOnPage"), users.size()},
            {QStringLiteral("nextPageToken"), more ? QString::number(page->at(max - 1).id) : QString()}});
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(name, p.required(QStringLiteral("username")));
        SF_TRY(provider, providerOf(db, p));
        const QStringList types = p.values(QStringLiteral("detailtype"));
        const QStringList data = p.values(QStringLiteral("detaildata"));
        if (types.size() != data.size())
            return ApiError::badRequest(QStringLiteral("detaildata: %1 detailtype but %2 detaildata; give them in pairs")
                                            .arg(types.size()).arg(data.size()));
        QList<UserDetail> details;
        for (const QString &t : types) {
            SF_TRY(detail, detailOf(t));
            if (const auto denied = detailPermission(r, detail))
                return *denied;
            details.append(detail);
        }
        UserRepository users(db);
        Result<qint64> id = Result<qint64>::failure({});
        bool conflict = false;
        const Status s = db.transaction([&]() -> Status {
            id = users.create(provider, name);
            if (!id) {
                conflict = id.error().startsWith(QLatin1String("username:"));
                return Status::failure(id.error());
            }
            for (qsizetype i = 0; i < details.size(); ++i) {
                if (const Status set = users.setDetail(*id, details.at(i), data.at(i)); !set)
                    return set;
            }
            return Status::success();
        });
        if (!s) {
            if (conflict)
                return ApiError::conflict(s.error());
            return s.error().startsWith(QLatin1String("detaildata:")) || s.error().startsWith(QLatin1String("cardid:"))
                ? ApiError::badRequest(s.error()) : ApiError::internal(s.error());
        }
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("user %1 created").arg(name), *id));
    };
}

ApiHandler remove(Database &db, std::function<void(qint64)> removed)
{
    return [&db, removed](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(user, pathUser(db, r, p));
        if (const auto denied = Roles::mayManage(db, *r.caller, user))
            return *denied;
        if (const Status s = UserRepository(db).remove(user.id); !s)
            return ApiError::internal(s.error());
        removed(user.id);
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("user %1 deleted").arg(user.userName)));
    };
}

ApiHandler updateDetail(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(user, pathUser(db, r, p));
        if (!p.has(QStringLiteral("detailtype")))
            return ApiError::badRequest(QStringLiteral("detailtype: the parameter is missing"));
        // "This API call can update only one user detail": the first pair.
        SF_TRY(detail, detailOf(p.value(QStringLiteral("detailtype"))));
        if (const auto denied = detailPermission(r, detail))
            return *denied;
        if (const auto denied = Roles::mayManage(db, *r.caller, user))
            return *denied;
        const Status s = db.transaction([&] { return UserRepository(db).setDetail(user.id, detail, p.value(QStringLiteral("detaildata"))); });
        if (!s)
            return s.error().startsWith(QLatin1String("detaildata:")) || s.error().startsWith(QLatin1String("cardid:"))
                ? ApiError::badRequest(s.error()) : ApiError::internal(s.error());
        // A new secret ends the sessions the old one opened; so does an expiry date.
        if (detail == UserDetail::Password || detail == UserDetail::Pin || detail == UserDetail::CardId
            || detail == UserDetail::ShortId || detail == UserDetail::Expiration)
            TokenRepository::users(db).revokeHolder(user.id);
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("user %1 updated").arg(user.userName)));
    };
}

ApiHandler addCard(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(user, pathUser(db, r, p));
        SF_TRY(card, p.required(QStringLiteral("cardid")));
        if (const auto denied = Roles::mayManage(db, *r.caller, user))
            return *denied;
        if (const Status s = UserRepository(db).addCard(user.id, card); !s)
            return s.error().startsWith(QLatin1String("cardid:")) ? ApiError::badRequest(s.error()) : ApiError::internal(s.error());
        TokenRepository::users(db).revokeHolder(user.id);
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("card registered for %1").arg(user.userName)));
    };
}

ApiHandler groups(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(user, pathUser(db, r, p));
        const auto groups = GroupRepository(db).groupsOf(user.id);
        if (!groups)
            return ApiError::internal(groups.error());
        QJsonArray out;
        for (const Group &g : *groups)
            out.append(GroupController::groupInfo(g));
        return ApiResponse::json(200, out);
    };
}

ApiHandler addGroups(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        return groupChange(db, r, true, true, [](GroupRepository &g, qint64 user, const QList<qint64> &ids) { return g.add(user, ids); });
    };
}

ApiHandler setGroups(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        return groupChange(db, r, false, true, [](GroupRepository &g, qint64 user, const QList<qint64> &ids) { return g.set(user, ids); });
    };
}

ApiHandler removeGroups(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        return groupChange(db, r, true, false,
                           [](GroupRepository &g, qint64 user, const QList<qint64> &ids) { return g.removeFrom(user, ids); });
    };
}

ApiHandler importCsv(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        const MultipartPart *data = p.file(QStringLiteral("data"));
        if (!data)
            return ApiError::badRequest(QStringLiteral("data: the CSV file part is missing"));
        SF_TRY(groupName, p.required(QStringLiteral("group")));
        SF_TRY(mappingText, p.required(QStringLiteral("mapping")));
        SF_TRY(hasHeader, p.boolean(QStringLiteral("hasheader"), false));
        SF_TRY(async, p.boolean(QStringLiteral("async"), false));
        Q_UNUSED(async) // the import is done before the answer either way
        const QString separatorText = p.has(QStringLiteral("separator")) ? p.value(QStringLiteral("separator")) : QStringLiteral(",");
        if (separatorText.size() != 1)
            return ApiError::badRequest(QStringLiteral("separator: \"%1\" is not one character").arg(separatorText));

        // mapping: "userName:0,firstName:1,lastName:2,email:3,group:4".
        static const QStringList fields{QStringLiteral("userName"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                                        QStringLiteral("email"), QStringLiteral("group")};
        QHash<QString, int> column;
        for (const QString &entry : mappingText.split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = entry.split(u':');
            bool ok = false;
            const int index = kv.size() == 2 ? kv.at(1).trimmed().toInt(&ok) : -1;
            if (!ok || index < 0 || !fields.contains(kv.at(0).trimmed()))
                return ApiError::badRequest(QStringLiteral("mapping: \"%1\" is not <field>:<column> with a field of %2")
                                                .arg(entry, fields.join(QLatin1String(", "))));
            column.insert(kv.at(0).trimmed(), index);
        }
        if (!column.contains(QStringLiteral("userName")))
            return ApiError::badRequest(QStringLiteral("mapping: userName:<column> is required"));

        const QStringList lines = QString::fromUtf8(data->body).split(QRegularExpression(QStringLiteral("\r?\n")));
        UserRepository users(db);
        GroupRepository groups(db);
        int created = 0, updated = 0, deactivated = 0;
        QString problem;
        const Status s = db.transaction([&]() -> Status {
            const auto ensureGroup = [&](const QString &name) -> Result<qint64> {
                const auto g = groups.byName(name);
                if (!g)
                    return Result<qint64>::failure(g.error());
                return g->has_value() ? Result<qint64>((*g)->id) : groups.create(name, {});
            };
            const auto target = ensureGroup(groupName);
            if (!target)
                return Status::failure(target.error());
            // Nobody climbs through an import: the groups it fills grant nothing the caller
            // lacks, and the users it changes hold nothing the caller lacks.
            const auto grantable = [&](qint64 group) -> Status {
                if (const auto denied = Roles::mayGrant(db, *r.caller, {group})) {
                    problem = denied->message;
                    return Status::failure(problem);
                }
                return Status::success();
            };
            const auto manageable = [&](const User &u) -> Status {
                if (const auto denied = Roles::mayManage(db, *r.caller, u)) {
                    problem = denied->message;
                    return Status::failure(problem);
                }
                return Status::success();
            };
            if (const Status g = grantable(*target); !g)
                return g;
            QSet<qint64> seen;
            for (qsizetype n = hasHeader ? 1 : 0; n < lines.size(); ++n) {
                if (lines.at(n).trimmed().isEmpty())
                    continue;
                const QStringList cells = splitCsvLine(lines.at(n), separatorText.at(0));
                const auto cell = [&](const QString &field) {
                    const int i = column.value(field, -1);
                    return i >= 0 && i < cells.size() ? cells.at(i) : QString();
                };
                const QString name = cell(QStringLiteral("userName"));
                if (name.isEmpty()) {
                    problem = QStringLiteral("data: line %1 has no user name in column %2").arg(n + 1).arg(column.value(QStringLiteral("userName")));
                    return Status::failure(problem);
                }
                const auto existing = users.byName(UserRepository::LocalProvider, name);
                if (!existing)
                    return Status::failure(existing.error());
                qint64 id = 0;
                if (existing->has_value()) {
                    if (const Status m = manageable(**existing); !m)
                        return m;
                    id = (*existing)->id;
                    ++updated;
                } else {
                    const auto made = users.create(UserRepository::LocalProvider, name);
                    if (!made)
                        return Status::failure(made.error());
                    id = *made;
                    ++created;
                }
                seen.insert(id);
                const QString fullName = QString(cell(QStringLiteral("firstName")) + u' ' + cell(QStringLiteral("lastName"))).trimmed();
                if (!fullName.isEmpty())
                    users.setDetail(id, UserDetail::FullName, fullName);
                if (const QString email = cell(QStringLiteral("email")); !email.isEmpty()) {
                    if (const Status e = users.setDetail(id, UserDetail::Email, email); !e) {
                        problem = QStringLiteral("data: line %1: %2").arg(n + 1).arg(e.error());
                        return Status::failure(problem);
                    }
                }
                users.setActive(id, true);
                QList<qint64> into{*target};
                if (const QString own = cell(QStringLiteral("group")); !own.isEmpty()) {
                    const auto g = ensureGroup(own);
                    if (!g)
                        return Status::failure(g.error());
                    if (const Status ok = grantable(*g); !ok)
                        return ok;
                    into.append(*g);
                }
                if (const Status a = groups.add(id, into); !a)
                    return a;
            }
            // "Only users part of the group sent in the request will be deactivated."
            const auto members = groups.members(*target);
            if (!members)
                return Status::failure(members.error());
            for (const User &m : *members) {
                if (!seen.contains(m.id) && m.active) {
                    if (const Status ok = manageable(m); !ok)
                        return ok;
                    users.setActive(m.id, false);
                    // A deactivated account ends now, not when its tokens do.
                    if (const Status revoked = TokenRepository::users(db).revokeHolder(m.id); !revoked)
                        return revoked;
                    ++deactivated;
                }
            }
            return Status::success();
        });
        if (!s) {
            if (problem.contains(QLatin1String("which this caller lacks")))
                return ApiError::forbidden(problem);
            return problem.isEmpty() ? ApiError::internal(s.error()) : ApiError::badRequest(problem);
        }
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("%1 users created, %2 updated, %3 deactivated")
                                                           .arg(created).arg(updated).arg(deactivated)));
    };
}

} // namespace scanflow::UserController
