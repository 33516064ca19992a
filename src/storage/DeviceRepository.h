#pragma once

#include "Database.h"

#include <optional>

namespace scanflow {

// A trusted device: a terminal, kiosk or card reader that may log people in without a secret
// of theirs (card, short id, name, e-mail). An administrator issues a one-time registration
// code for it; the device trades the code for its own tokens (docs/api.md, "Trusted devices").
struct Device
{
    qint64 id = 0;
    QString name;
    qint64 apiKeyId = 0;        // the key it registered through; its tokens work with that key only
    qint64 codeExpiresAt = 0;   // ms; 0 once the code is used
    qint64 registeredAt = 0;    // ms; 0 while it waits for its code
    qint64 lastSeenAt = 0;
    qint64 createdAt = 0;

    bool registered() const { return registeredAt > 0; }
};

class DeviceRepository
{
public:
    explicit DeviceRepository(Database &db) : m_db(db) {}

    // A device awaiting registration, and its one-time code in the clear (shown once).
    Result<std::pair<qint64, QString>> create(const QString &name, qint64 codeValidSeconds);
    // Trades a live code: the device is registered through that key, the code is gone.
    // Nothing when no device waits for that code.
    Result<std::optional<Device>> registerWithCode(const QString &code, qint64 apiKeyId);
    Result<std::optional<Device>> get(qint64 id);
    Result<QList<Device>> list();
    Result<bool> remove(qint64 id);
    Status seen(qint64 id);

private:
    Database &m_db;
};

} // namespace scanflow
