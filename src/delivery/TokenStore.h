#pragma once

#include "Workflow.h"

#include <QHash>
#include <QString>

#include <optional>

namespace scanflow {

// Where OAuth tokens live between deliveries: the server keeps them encrypted in its database;
// the command line keeps them in memory. `user` is empty for a workflow's shared authorization.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual std::optional<OAuthToken> token(const QString &workflowKey, const QString &user) const = 0;
    virtual void saveToken(const QString &workflowKey, const QString &user, const OAuthToken &token) = 0;
    // The provider refused the refresh token (invalid_grant): someone must authorize again.
    virtual void markNeedsRenewal(const QString &workflowKey, const QString &user, const QString &reason) = 0;
    // One refresh of an authorization at a time across every server sharing the store: true
    // when this process may refresh now (it holds the lock until unlockRefresh), false when
    // another holds it (look at the stored token again shortly). With rotating single-use
    // refresh tokens a second, concurrent refresh would be refused as invalid_grant. A store
    // no other process shares always grants it.
    virtual bool tryLockRefresh(const QString &workflowKey, const QString &user)
    {
        Q_UNUSED(workflowKey)
        Q_UNUSED(user)
        return true;
    }
    virtual void unlockRefresh(const QString &workflowKey, const QString &user)
    {
        Q_UNUSED(workflowKey)
        Q_UNUSED(user)
    }
};

class MemoryTokenStore : public TokenStore
{
public:
    std::optional<OAuthToken> token(const QString &workflowKey, const QString &user) const override;
    void saveToken(const QString &workflowKey, const QString &user, const OAuthToken &token) override;
    void markNeedsRenewal(const QString &workflowKey, const QString &user, const QString &reason) override;
    // The reason, when the authorization needs renewal.
    std::optional<QString> renewalReason(const QString &workflowKey, const QString &user) const;

private:
    static QString key(const QString &workflowKey, const QString &user) { return workflowKey + QChar(0) + user; }
    QHash<QString, OAuthToken> m_tokens;
    QHash<QString, QString> m_needsRenewal;
};

} // namespace scanflow
