#pragma once

#include "Router.h"
#include "UserRepository.h"

class QJsonObject;

namespace scanflow {

class Database;
struct Caller;

// /users: the reference's Users group (get, all with paging, create, delete, details, CSV
// import, cards, group membership).
namespace UserController {

// The user of that name in that provider; with provider 0, the one provider that has the name
// (400 when several do, 404 when none).
std::variant<User, ApiError> named(Database &db, const QString &name, qint64 provider);

// UserInfo. Card ids and the short id are login secrets at a trusted device: they are shown
// only to callers who may manage them (CardManagement, GenerateShortID).
QJsonObject userInfo(const User &user, const Caller *caller);

ApiHandler get(Database &db);
ApiHandler all(Database &db);
ApiHandler create(Database &db);
// `removed` runs with the id of each user deleted (their private data goes too).
ApiHandler remove(Database &db, std::function<void(qint64)> removed);
ApiHandler updateDetail(Database &db);
ApiHandler importCsv(Database &db);
ApiHandler addCard(Database &db);
ApiHandler groups(Database &db);        // GET
ApiHandler addGroups(Database &db);     // PUT
ApiHandler setGroups(Database &db);     // POST
ApiHandler removeGroups(Database &db);  // DELETE

} // namespace UserController

} // namespace scanflow
