#pragma once

#include "EntityRepository.h"
#include "Router.h"

namespace scanflow {

// What the managed-entity controllers share: the entity a path names, and every one of a kind.
namespace Entities {

inline const QString Account = QStringLiteral("account");
inline const QString OutputPort = QStringLiteral("outputport");
inline const QString InputPort = QStringLiteral("inputport");
inline const QString Location = QStringLiteral("location");
inline const QString TerminalConfig = QStringLiteral("terminalconfig");
inline const QString ScanConnector = QStringLiteral("scanconnector");
inline const QString Certificate = QStringLiteral("certificate");

// The entity with this id, or a 404 naming `label`.
std::variant<QJsonObject, ApiError> find(Database &db, const QString &kind, qint64 id, const QString &label);
// The entity the route's {id} names (400 when it is not a number, 404 when unknown).
std::variant<QJsonObject, ApiError> fromPath(Database &db, const QString &kind, const ApiRequest &r, const QString &label);
std::variant<QList<QJsonObject>, ApiError> all(Database &db, const QString &kind);
// The account that has this domain name (case insensitive), if any.
std::variant<std::optional<QJsonObject>, ApiError> accountByDomain(Database &db, const QString &domain);
// The same, as a 400 naming `param` when unknown.
std::variant<QJsonObject, ApiError> requireAccount(Database &db, const QString &param, const QString &domain);
// An account and every account below it, at any depth, the account first.
std::variant<QList<QJsonObject>, ApiError> accountSubtree(Database &db, qint64 accountId);
// The domain names of those accounts, lower case.
QStringList domainsOf(const QList<QJsonObject> &accounts);

} // namespace Entities

} // namespace scanflow
