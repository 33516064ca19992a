#include "DeviceRepository.h"

#include "ApiKeyRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

const QString Columns = QStringLiteral("id, name, COALESCE(api_key_id, 0), code_expires_at, registered_at, last_seen_at, created_at");

Device fromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
}

// Codes are typed on a terminal's keypad or screen: 16 characters of Crockford's base32 (no I,
// L, O or U, so nothing reads as another symbol), in groups of four; 80 bits.
const QByteArray Symbols = QByteArrayLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QString newCode()
{
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QLatin1Char(Symbols.at(int(QRandomGenerator::system()->bounded(32)))));
    }
    return code;
}

// As typed back: dashes, spaces and case do not matter, and the look-alikes read as Crockford
// says (O as 0, I and L as 1).
QString normalised(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        const QChar u = c.toUpper();
        if (u == u'O')
            out.append(u'0');
        else if (u == u'I' || u == u'L')
            out.append(u'1');
        else if (u.isLetterOrNumber())
            out.append(u);
    }
    return out;
}

} // namespace

Result<std::pair<qint64, QString>> DeviceRepository::create(const QString &name, qint64 codeValidSeconds)
{
    using R = Result<std::pair<qint64, QString>>;
    const QString code = newCode();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO devices (name, code_hash, code_expires_at, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(QString::fromLatin1(ApiKeyRepository::hash(normalised(code).toLatin1())));
    q.addBindValue(now + codeValidSeconds * 1000);
    q.addBindValue(now);
    if (const Status s = m_db.exec(q, QStringLiteral("creating device \"%1\"").arg(name)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("creating device \"%1\": no id came back").arg(name));
    return std::pair<qint64, QString>(q.value(0).toLongLong(), code);
}

Result<std::optional<Device>> DeviceRepository::registerWithCode(const QString &code, qint64 apiKeyId)
{
    using R = Result<std::optional<Device>>;
    const QString key = normalised(code);
    if (key.isEmpty())
        return R(std::nullopt);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One statement, so a code works once even when two devices try it at the same moment.
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE devices SET code_hash = '', code_expires_at = 0, api_key_id = ?, registered_at = ?, last_seen_at = ?"
        " WHERE code_hash = ? AND code_expires_at > ? RETURNING %1").arg(Columns));
    q.addBindValue(apiKeyId > 0 ? QVariant(apiKeyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(QString::fromLatin1(ApiKeyRepository::hash(key.toLatin1())));
    q.addBindValue(now);
    if (const Status s = m_db.exec(q, QStringLiteral("registering a device")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(fromRow(q));
}

Result<std::optional<Device>> DeviceRepository::get(qint64 id)
{
    using R = Result<std::optional<Device>>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("reading device %1").arg(id)); !s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(fromRow(q));
}

Result<QList<Device>> DeviceRepository::list()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM devices ORDER BY id").arg(Columns));
    if (const Status s = m_db.exec(q, QStringLiteral("reading devices")); !s)
        return Result<QList<Device>>::failure(s.error());
    QList<Device> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<bool> DeviceRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q, QStringLiteral("deleting device %1").arg(id)); !s)
        return Result<bool>::failure(s.error());
    return q.numRowsAffected() > 0;
}

Status DeviceRepository::seen(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("noting device %1").arg(id));
}

} // namespace scanflow
