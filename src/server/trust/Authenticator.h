#pragma once

#include "Access.h"
#include "Caller.h"
#include "Router.h"

#include <QHash>
#include <QMutex>

namespace scanflow {

class Database;

// Checks every request against the reference's security model before its handler runs:
// - X-Api-Key must name a known key (403);
// - "Authorization: Bearer <token>" must be a live user or device token issued through that
//   same key (401), of an active, unexpired user or a registered device;
// - a key that does not allow unauthenticated requests needs a user token everywhere but login
//   (a device token stands in where the endpoint lets a device name the user);
// - an endpoint that needs a trusted device or untrusted endpoints gets a device token, or a key
//   that allows untrusted endpoints (403);
// - a user token's user must hold the endpoint's permissions (their roles, 403);
// - a key with advanced permissions must hold them too, and an endpoint without the "does not
//   require Advanced API permissions" note needs such a key (403).
class Authenticator
{
public:
    explicit Authenticator(Database &db) : m_db(db) {}

    // The check of an endpoint's caller, run by the router on the request's head.
    ApiAdmit admission(Access access);
    // A permission that depends on what the request does (CardManagement when a card changes):
    // checked as the guard checks the endpoint's own.
    static std::optional<ApiError> require(const ApiRequest &request, const QString &permission);
    // Drops the remembered API keys (after a key is deleted or created).
    void forgetKeys()
    {
        const QMutexLocker lock(&m_keysMutex);
        m_keys.clear();
        ++m_keysGeneration;
    }
    // A key known only to this process, never stored: the desktop app's way into the server it
    // runs in-process. It lives as long as the server.
    void addProcessKey(const QByteArray &key, const ApiKey &settings);
    // Why a user may not be signed in now (deactivated, expired), or nothing.
    static std::optional<QString> accountEnded(const User &user);

private:
    std::variant<std::shared_ptr<const Caller>, ApiError> identify(const ApiRequest &request, const Access &access);
    std::optional<ApiError> bearer(const QByteArray &token, Caller *caller);
    std::variant<ApiKey, ApiError> apiKey(const QByteArray &key);

    Database &m_db;
    // Known keys by their SHA-256, for under a second: the lookup is most of a small request's
    // cost. Deleting a key here forgets them at once; another server on the same PostgreSQL
    // database notices within KeyCacheMs (issue 14: "within a second").
    struct CachedKey
    {
        ApiKey key;
        qint64 until = 0;
    };
    QMutex m_keysMutex; // handlers run on several threads
    QHash<QByteArray, CachedKey> m_keys;
    quint64 m_keysGeneration = 0;
    QHash<QByteArray, ApiKey> m_processKeys; // by SHA-256
    static constexpr qint64 KeyCacheMs = 900;
};

} // namespace scanflow
