#include "TokenStore.h"

namespace scanflow {

std::optional<OAuthToken> MemoryTokenStore::token(const QString &workflowKey, const QString &user) const
{
    const auto it = m_tokens.constFind(key(workflowKey, user));
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

void MemoryTokenStore::saveToken(const QString &workflowKey, const QString &user, const OAuthToken &token)
{
    m_tokens.insert(key(workflowKey, user), token);
    m_needsRenewal.remove(key(workflowKey, user));
}

void MemoryTokenStore::markNeedsRenewal(const QString &workflowKey, const QString &user, const QString &reason)
{
    m_needsRenewal.insert(key(workflowKey, user), reason);
}

std::optional<QString> MemoryTokenStore::renewalReason(const QString &workflowKey, const QString &user) const
{
    const auto it = m_needsRenewal.constFind(key(workflowKey, user));
    if (it == m_needsRenewal.cend())
        return std::nullopt;
    return *it;
}

} // namespace scanflow
