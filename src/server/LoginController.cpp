#include "LoginController.h"

#include "Authenticator.h"
#include "Caller.h"
#include "FormParams.h"
#include "UserController.h"
#include "UserTokenRepository.h"

#include <QDate>
#include <QJsonArray>

namespace scanflow {

namespace {

constexpr int FreeFailures = 5;
constexpr qint64 MaxLockSeconds = 300;

// "Unknown user" and "wrong password" answer alike, so the answer does not tell which names exist.
ApiError refused()
{
    return ApiError::unauthorized(QStringLiteral("userid: the user id or the secret is not correct"));
}

} // namespace

std::optional<ApiError> LoginController::throttled(const QString &who) const
{
    const auto it = m_failures.constFind(who);
    if (it == m_failures.cend() || !it->lockedUntil.isValid())
        return std::nullopt;
    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(it->lockedUntil);
    if (waitMs <= 0)
        return std::nullopt;
    return ApiError::tooManyRequests(QStringLiteral("userid: too many failed logins; try again in %1 s").arg((waitMs + 999) / 1000));
}

void LoginController::failed(const QString &who)
{
    Failures &f = m_failures[who];
    ++f.count;
    if (f.count >= FreeFailures) {
        const qint64 wait = std::min<qint64>(MaxLockSeconds, qint64(2) << std::min(f.count - FreeFailures, 9)); // 2, 4, 8 … s
        f.lockedUntil = QDateTime::currentDateTimeUtc().addSecs(wait);
    }
    if (m_failures.size() > 10000) // a flood of made-up ids must not grow this without bound
        m_failures.clear();
}

ApiHandler LoginController::login()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(type, p.requiredInteger(QStringLiteral("authtype"), 0, 4));
        SF_TRY(userId, p.required(QStringLiteral("userid")));
        const QString password = p.value(QStringLiteral("password"));
        if (type == 0 && password.isEmpty())
            return ApiError::badRequest(QStringLiteral("password: required with authtype=0"));
        const QString who = QString::number(type) + u':' + userId.toLower();
        if (const auto slowDown = throttled(who)) {
            ApiResponse response = slowDown->toResponse();
            const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(m_failures.value(who).lockedUntil);
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000))));
            return response;
        }

        UserRepository users(m_db);
        Result<std::optional<User>> found = Result<std::optional<User>>(std::nullopt);
        switch (type) {
        case 0: case 3: {
            SF_TRY(provider, p.integer(QStringLiteral("providerid"), 0, 0, std::numeric_limits<qint64>::max()));
            if (provider != 0) {
                found = users.byName(provider, userId);
            } else {
                const auto named = users.allNamed(userId);
                if (!named)
                    return ApiError::internal(named.error());
                found = named->isEmpty() ? Result<std::optional<User>>(std::nullopt)
                                         : Result<std::optional<User>>(std::optional<User>(named->first()));
            }
            break;
        }
        case 1: found = users.byCard(userId); break;
        case 2: found = users.byShortId(userId); break;
        case 4: found = users.byEmail(userId); break;
        }
        if (!found)
            return ApiError::internal(found.error());
        bool ok = found->has_value();
        if (ok && type == 0)
            ok = users.checkPassword((*found)->id, password);
        if (ok && type == 1 && !password.isEmpty()) // a card with a PIN: both must match
            ok = users.checkPin((*found)->id, password);
        if (!ok) {
            failed(who);
            return refused();
        }
        const User &user = **found;
        m_failures.remove(who);
        if (!user.active)
            return ApiError::unauthorized(QStringLiteral("userid: the account of %1 is deactivated").arg(user.userName));
        if (!user.expiration.isEmpty() && QDate::fromString(user.expiration, Qt::ISODate) < QDate::currentDate())
            return ApiError::unauthorized(QStringLiteral("userid: the account of %1 expired on %2").arg(user.userName, user.expiration));

        const auto tokens = UserTokenRepository(m_db).issue({user.id, r.caller->key.id}, m_settings.accessSeconds,
                                                            m_settings.refreshSeconds);
        if (!tokens)
            return ApiError::internal(tokens.error());
        const auto permissions = Authenticator(m_db).permissionsOf(user);
        if (!permissions)
            return ApiError::internal(permissions.error());
        QJsonObject info = UserController::userInfo(user);
        info.insert(QStringLiteral("token"), tokens->accessToken);
        info.insert(QStringLiteral("refreshToken"), tokens->refreshToken);
        info.insert(QStringLiteral("expiresIn"), tokens->expiresInSeconds);
        info.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(*permissions));
        return ApiResponse::json(200, info);
    };
}

ApiHandler LoginController::refresh()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(refreshToken, p.required(QStringLiteral("refresh_token")));
        const auto owner = UserTokenRepository(m_db).useRefresh(refreshToken.toLatin1());
        if (!owner)
            return ApiError::internal(owner.error());
        if (!owner->has_value())
            return ApiError::forbidden(QStringLiteral("refresh_token: not valid, expired or already used"));
        if (r.caller && (*owner)->apiKeyId != r.caller->key.id)
            return ApiError::forbidden(QStringLiteral("refresh_token: issued through another API key"));
        const auto tokens = UserTokenRepository(m_db).issue(**owner, m_settings.accessSeconds, m_settings.refreshSeconds);
        if (!tokens)
            return ApiError::internal(tokens.error());
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("token"), tokens->accessToken},
                                                  {QStringLiteral("refreshToken"), tokens->refreshToken},
                                                  {QStringLiteral("expiresIn"), tokens->expiresInSeconds}});
    };
}

ApiHandler LoginController::oauthToken()
{
    const ApiHandler plain = refresh();
    return [plain](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        if (p.value(QStringLiteral("grant_type")) != QLatin1String("refresh_token")) {
            return ApiError::badRequest(QStringLiteral("grant_type: \"%1\" is not supported; use refresh_token")
                                            .arg(p.value(QStringLiteral("grant_type"))));
        }
        ApiResult result = plain(r);
        if (auto *response = std::get_if<ApiResponse>(&result); response && response->status == 200) {
            // The same tokens in OAuth 2.0's own words (RFC 6749, section 5.1).
            const QJsonObject t = QJsonDocument::fromJson(response->body).object();
            *response = ApiResponse::json(200, QJsonObject{{QStringLiteral("access_token"), t.value(QStringLiteral("token"))},
                                                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                           {QStringLiteral("expires_in"), t.value(QStringLiteral("expiresIn"))},
                                                           {QStringLiteral("refresh_token"), t.value(QStringLiteral("refreshToken"))}});
            response->headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
        }
        return result;
    };
}

} // namespace scanflow
