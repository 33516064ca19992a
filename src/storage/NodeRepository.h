#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace scanflow {

// One server of those sharing a database, as it last said: who, where, since when, and what it
// was delivering (GET /api/v1/cluster).
struct Node
{
    QString id;             // stable for its data folder (dataDir/node-id)
    QString host;
    qint64 pid = 0;
    QString url;
    qint64 startedAt = 0;   // ms since the epoch
    qint64 lastSeenAt = 0;
    bool draining = false;
    QList<qint64> delivering; // the deliveries it runs
};

// The servers on this database. Each says it is alive every second; one not heard from for a
// few seconds is gone (killed, or cut off), and after a day it is forgotten.
class NodeRepository
{
public:
    static constexpr qint64 AliveMs = 5000;
    static constexpr qint64 ForgottenMs = 24 * 3600 * 1000;

    explicit NodeRepository(Database &db) : m_db(db) {}

    Status beat(const Node &node, qint64 nowMs);
    Result<QList<Node>> list();
    Status remove(const QString &id);

private:
    Database &m_db;
};

} // namespace scanflow
