#pragma once

#include "Database.h"

#include <QJsonObject>

#include <optional>

namespace scanflow {

// The managed entities whose shape is the reference's *Info structure and nothing more
// (accounts, containers, output and input ports, locations, terminal configurations, scan
// connectors, certificates): stored as that JSON, one table, told apart by kind. The
// controllers validate every field before anything is stored.
class EntityRepository
{
public:
    EntityRepository(Database &db, QString kind) : m_db(db), m_kind(std::move(kind)) {}

    // Stores the object and returns its id; the stored JSON carries "id" too.
    Result<qint64> create(QJsonObject data);
    Result<std::optional<QJsonObject>> get(qint64 id);
    Result<QList<QJsonObject>> list();
    // False when there is no such entity of this kind.
    Result<bool> update(qint64 id, QJsonObject data);
    Result<bool> remove(qint64 id);

private:
    Database &m_db;
    QString m_kind;
};

} // namespace scanflow
