#include "LoginController.h"

#include "Authenticator.h"
#include "Caller.h"
#include "DeviceRepository.h"
#include "FormParams.h"
#include "PasswordHash.h"
#include "Roles.h"
#include "TokenRepository.h"
#include "UserController.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace scanflow {

namespace {

// "Unknown user" and "wrong secret" answer alike, so the answer does not tell which names exist.
ApiError refused()
{
    return ApiError::unauthorized(QStringLiteral("userid: the user id or the secret is not correct"));
}

const QString RegistrationGrant = QStringLiteral("urn:scanflow:grant-type:registration-code");

ApiResponse tokenAnswer(const IssuedTokens &t, bool oauthWords, const QJsonObject &more = {})
{
    if (!oauthWords) {
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("token"), t.accessToken},
                                                  {QStringLiteral("refreshToken"), t.refreshToken},
                                                  {QStringLiteral("expiresIn"), t.expiresInSeconds}});
    }
    // OAuth 2.0's own words (RFC 6749, section 5.1).
    QJsonObject body = more;
    body.insert(QStringLiteral("access_token"), t.accessToken);
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("expires_in"), t.expiresInSeconds);
    body.insert(QStringLiteral("refresh_token"), t.refreshToken);
    ApiResponse response = ApiResponse::json(200, body);
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return response;
}

} // namespace

LoginController::LoginController(Database &db, TokenSettings settings, ThrottleSettings throttle)
    : m_db(db), m_settings(settings),
      m_throttle(throttle, db.dialect() == Database::Dialect::Postgres ? &db : nullptr) // several servers: counted in the database
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_dummyHash = PasswordHash::hash(QString::fromLatin1(random.toHex()));
    // Argon2id at the interactive limits takes 64 MiB a check: two at a time at most.
    m_hashing.setMaxThreadCount(2);
}

LoginController::~LoginController()
{
    m_hashing.waitForDone();
}

std::optional<ApiResponse> LoginController::throttled(const QString &who, const QString &address) const
{
    const auto wait = m_throttle.wait(who, address, QDateTime::currentMSecsSinceEpoch());
    if (!wait)
        return std::nullopt;
    ApiResponse response = ApiError::tooManyRequests(QStringLiteral("userid: too many failed logins; try again in %1 s").arg(*wait)).toResponse();
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(*wait)));
    return response;
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
        // A card, a short id, a name or an e-mail is what a reader or keypad gives: only a
        // device an administrator registered may log people in with it.
        if (type != 0 && !r.caller->isDevice()) {
            return ApiError::forbidden(QStringLiteral("authtype: %1 needs a trusted device (Authorization: Bearer <device token>); "
                                                      "this key allows password login (authtype=0) only").arg(type));
        }
        const QString who = QString::number(type) + u':' + userId.toLower();
        if (auto slowDown = throttled(who, r.peer))
            return *slowDown;

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
        const std::optional<User> user = *found;

        // The secret to check: the password, or the card's PIN where the user has one.
        QString hash, secret;
        if (type == 0) {
            hash = user ? users.passwordHash(user->id) : m_dummyHash;
            secret = password;
        } else if (type == 1 && (!user || user->hasPin || !password.isEmpty())) {
            if (user && user->hasPin && password.isEmpty()) {
                m_throttle.failed(who, r.peer, QDateTime::currentMSecsSinceEpoch());
                return ApiError::unauthorized(QStringLiteral("password: this card needs its PIN"));
            }
            hash = user && user->hasPin ? users.pinHash(user->id) : m_dummyHash;
            secret = password;
        }
        if (hash.isEmpty()) { // nothing to check: the device vouches for the person
            if (!user) {
                m_throttle.failed(who, r.peer, QDateTime::currentMSecsSinceEpoch());
                return refused();
            }
            return finishLogin(r, *user, who);
        }
        // Argon2id takes tens of milliseconds: on a worker thread, never on the server's.
        auto later = LaterAnswer::make();
        m_hashing.start([this, later, hash, secret, user, who, r] {
            const bool ok = PasswordHash::verify(hash, secret) && user.has_value();
            QMetaObject::invokeMethod(&m_context, [this, later, ok, user, who, r] {
                if (!ok) {
                    m_throttle.failed(who, r.peer, QDateTime::currentMSecsSinceEpoch());
                    later->answer(refused());
                    return;
                }
                ApiResult result = finishLogin(r, *user, who);
                if (const auto *e = std::get_if<ApiError>(&result))
                    later->answer(*e);
                else
                    later->answer(std::get<ApiResponse>(result));
            }, Qt::QueuedConnection);
        });
        return later;
    };
}

ApiResult LoginController::finishLogin(const ApiRequest &r, const User &user, const QString &who)
{
    m_throttle.succeeded(who);
    if (const auto ended = Authenticator::accountEnded(user))
        return ApiError::unauthorized(QStringLiteral("userid: ") + *ended);
    const auto tokens = TokenRepository::users(m_db).issue({user.id, r.caller->key.id, {}}, m_settings.accessSeconds,
                                                           m_settings.refreshSeconds);
    if (!tokens)
        return ApiError::internal(tokens.error());
    const auto permissions = Roles::permissionsOf(m_db, user);
    if (!permissions)
        return ApiError::internal(permissions.error());
    QJsonObject info = UserController::userInfo(user, r.caller.get());
    info.insert(QStringLiteral("token"), tokens->accessToken);
    info.insert(QStringLiteral("refreshToken"), tokens->refreshToken);
    info.insert(QStringLiteral("expiresIn"), tokens->expiresInSeconds);
    info.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(*permissions));
    return ApiResponse::json(200, info);
}

std::variant<IssuedTokens, ApiError> LoginController::refreshed(const ApiRequest &r, const QString &refreshToken)
{
    const QByteArray token = refreshToken.toLatin1();
    const auto holder = TokenRepository::holderOf(token);
    if (!holder)
        return ApiError::forbidden(QStringLiteral("refresh_token: not valid, expired or already used"));
    TokenRepository tokens(m_db, *holder);
    TokenOwner owner;
    const auto use = tokens.useRefresh(token, r.caller->key.id, &owner);
    if (!use)
        return ApiError::internal(use.error());
    switch (*use) {
    case RefreshUse::Unknown:
        return ApiError::forbidden(QStringLiteral("refresh_token: not valid, expired or already used"));
    case RefreshUse::OtherKey:
        return ApiError::forbidden(QStringLiteral("refresh_token: issued through another API key"));
    case RefreshUse::Reused:
        return ApiError::forbidden(QStringLiteral("refresh_token: already used; every token of that sign-in has been revoked"));
    case RefreshUse::Used:
        break;
    }
    const bool user = *holder == TokenRepository::Holder::User;
    if (user) {
        const auto found = UserRepository(m_db).byId(owner.holderId);
        if (!found)
            return ApiError::internal(found.error());
        if (!found->has_value())
            return ApiError::unauthorized(QStringLiteral("refresh_token: the user no longer exists"));
        if (const auto ended = Authenticator::accountEnded(**found)) {
            tokens.revokeHolder(owner.holderId);
            return ApiError::unauthorized(QStringLiteral("refresh_token: ") + *ended);
        }
    }
    const auto issued = tokens.issue(owner, user ? m_settings.accessSeconds : m_settings.deviceAccessSeconds,
                                     user ? m_settings.refreshSeconds : m_settings.deviceRefreshSeconds);
    if (!issued)
        return ApiError::internal(issued.error());
    return *issued;
}

ApiResult LoginController::registerDevice(const ApiRequest &r, const QString &code)
{
    const auto device = DeviceRepository(m_db).registerWithCode(code, r.caller->key.id);
    if (!device)
        return ApiError::internal(device.error());
    if (!device->has_value())
        return ApiError::forbidden(QStringLiteral("code: not a registration code, already used or expired"));
    const auto issued = TokenRepository::devices(m_db).issue({(*device)->id, r.caller->key.id, {}}, m_settings.deviceAccessSeconds,
                                                             m_settings.deviceRefreshSeconds);
    if (!issued)
        return ApiError::internal(issued.error());
    return tokenAnswer(*issued, true, {{QStringLiteral("device_id"), (*device)->id}, {QStringLiteral("device_name"), (*device)->name}});
}

ApiHandler LoginController::refresh()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(refreshToken, p.required(QStringLiteral("refresh_token")));
        SF_TRY(tokens, refreshed(r, refreshToken));
        return tokenAnswer(tokens, false);
    };
}

ApiHandler LoginController::oauthToken()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        const QString grant = p.value(QStringLiteral("grant_type"));
        if (grant == RegistrationGrant) {
            SF_TRY(code, p.required(QStringLiteral("code")));
            return registerDevice(r, code);
        }
        if (grant != QLatin1String("refresh_token")) {
            return ApiError::badRequest(QStringLiteral("grant_type: \"%1\" is not supported; use refresh_token or %2")
                                            .arg(grant, RegistrationGrant));
        }
        SF_TRY(refreshToken, p.required(QStringLiteral("refresh_token")));
        SF_TRY(tokens, refreshed(r, refreshToken));
        return tokenAnswer(tokens, true);
    };
}

ApiHandler LoginController::revoke()
{
    // RFC 7009: the answer is the same whether or not the token was known.
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(token, p.required(QStringLiteral("token")));
        const QByteArray bytes = token.toLatin1();
        if (const auto holder = TokenRepository::holderOf(bytes)) {
            const auto revoked = TokenRepository(m_db, *holder).revokeFamilyOf(bytes, r.caller->key.id);
            if (!revoked)
                return ApiError::internal(revoked.error());
        }
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("signed out")));
    };
}

} // namespace scanflow
