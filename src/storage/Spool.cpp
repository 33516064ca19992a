#include "Spool.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace scanflow {

namespace {

// Qt's PostgreSQL driver sends a bytea as escaped text (twice its size, parsed again by the
// server) and reads it back the same way: a quarter of the speed. The chunks go through
// libpq's binary parameters and results instead, on the same connection (and transaction).
PGconn *libpqOf(QSqlDatabase db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type after the struct behind libpq's typedef.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Status writeChunk(PGconn *conn, qint64 id, int seq, const QByteArray &chunk)
{
    const QByteArray idText = QByteArray::number(id), seqText = QByteArray::number(seq);
    const char *values[] = {idText.constData(), seqText.constData(), chunk.constData()};
    const int lengths[] = {0, 0, int(chunk.size())};
    const int formats[] = {0, 0, 1};
    const PgResult r(PQexecParams(conn, "INSERT INTO spool_chunks (file_id, seq, data) VALUES ($1::bigint, $2::integer, $3::bytea)", 3,
                                  nullptr, values, lengths, formats, 0),
                     &PQclear);
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return Status::failure(QStringLiteral("spooling file %1 (chunk %2): %3").arg(id).arg(seq).arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    return Status::success();
}

// The chunk, or an empty array past the last one.
Result<QByteArray> readChunk(PGconn *conn, qint64 id, int seq)
{
    using R = Result<QByteArray>;
    const QByteArray idText = QByteArray::number(id), seqText = QByteArray::number(seq);
    const char *values[] = {idText.constData(), seqText.constData()};
    const PgResult r(PQexecParams(conn, "SELECT data FROM spool_chunks WHERE file_id = $1::bigint AND seq = $2::integer", 2, nullptr,
                                  values, nullptr, nullptr, 1),
                     &PQclear);
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return R::failure(QStringLiteral("reading spooled file %1 (chunk %2): %3").arg(id).arg(seq).arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    if (PQntuples(r.get()) == 0)
        return QByteArray();
    return QByteArray(PQgetvalue(r.get(), 0, 0), PQgetlength(r.get(), 0, 0));
}

} // namespace

QString SpoolSettings::name(Store store)
{
    switch (store) {
    case Store::Local: return QStringLiteral("local");
    case Store::Database: return QStringLiteral("database");
    case Store::Folder: return QStringLiteral("folder");
    }
    return {};
}

Spool::Spool(Database &db, SpoolSettings settings, QString tmpDir)
    : m_db(db), m_settings(std::move(settings)), m_tmpDir(std::move(tmpDir))
{
}

Result<QString> Spool::keep(const QString &path, const QString &name)
{
    switch (m_settings.store) {
    case SpoolSettings::Store::Local: return path;
    case SpoolSettings::Store::Database: return keepInDatabase(path, name);
    case SpoolSettings::Store::Folder: return keepInFolder(path, name);
    }
    return path;
}

Result<QString> Spool::takeIn(const QString &path, const QString &name)
{
    auto ref = keep(path, name);
    if (!ref || *ref != path)
        QFile::remove(path);
    return ref;
}

Result<QString> Spool::keepInDatabase(const QString &path, const QString &name)
{
    using R = Result<QString>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("spool: cannot read \"%1\": %2").arg(path, file.errorString()));
    qint64 id = 0;
    // One transaction: the others see the whole file or nothing of it.
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery head = m_db.query(QStringLiteral("INSERT INTO spool_files (name, size, sha256, created_at) VALUES (?, 0, '', ?) RETURNING id"));
        head.addBindValue(name);
        head.addBindValue(QDateTime::currentMSecsSinceEpoch());
        const auto made = m_db.insert(head, QStringLiteral("spooling \"%1\"").arg(name));
        if (!made)
            return Status::failure(made.error());
        head.finish();
        id = *made;
        PGconn *conn = libpqOf(m_db.connection());
        QCryptographicHash sha(QCryptographicHash::Sha256);
        qint64 size = 0;
        QByteArray chunk;
        for (int seq = 0;; ++seq) {
            chunk = file.read(ChunkBytes);
            if (chunk.isEmpty() && (seq > 0 || file.error() != QFileDevice::NoError || !file.atEnd()))
                break;
            sha.addData(chunk);
            size += chunk.size();
            if (conn) {
                if (const Status c = writeChunk(conn, id, seq, chunk); !c)
                    return c;
            } else {
                QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO spool_chunks (file_id, seq, data) VALUES (?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(seq);
                q.addBindValue(chunk);
                if (const Status c = m_db.exec(q, QStringLiteral("spooling \"%1\" (chunk %2)").arg(name).arg(seq)); !c)
                    return c;
            }
            if (chunk.size() < ChunkBytes)
                break;
        }
        if (file.error() != QFileDevice::NoError)
            return Status::failure(QStringLiteral("spool: cannot read \"%1\": %2").arg(path, file.errorString()));
        QSqlQuery done = m_db.query(QStringLiteral("UPDATE spool_files SET size = ?, sha256 = ? WHERE id = ?"));
        done.addBindValue(size);
        done.addBindValue(QString::fromLatin1(sha.result().toHex()));
        done.addBindValue(id);
        return m_db.exec(done, QStringLiteral("spooling \"%1\"").arg(name));
    });
    if (!s)
        return R::failure(s.error());
    return QStringLiteral("spool:%1").arg(id);
}

Result<QString> Spool::keepInFolder(const QString &path, const QString &name)
{
    using R = Result<QString>;
    if (!QDir().mkpath(m_settings.folder))
        return R::failure(QStringLiteral("spool.folder: cannot create \"%1\"").arg(m_settings.folder));
    // A unique name per file, so servers never meet on one; the name after it for whoever looks.
    QString safe = QFileInfo(name).fileName();
    if (safe.toUtf8().size() > 120)
        safe = safe.right(60);
    const QString target = QDir(m_settings.folder).filePath(QUuid::createUuid().toString(QUuid::Id128) + u'-' + safe);
    const QString part = target + QStringLiteral(".part");
    // Copied under another name and renamed whole: nobody reads half a file.
    if (!QFile::copy(path, part))
        return R::failure(QStringLiteral("spool.folder: cannot copy \"%1\" into \"%2\"").arg(path, m_settings.folder));
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return R::failure(QStringLiteral("spool.folder: cannot rename \"%1\"").arg(part));
    }
    return target;
}

Result<Spool::Checkout> Spool::checkout(const QString &ref)
{
    using R = Result<Checkout>;
    if (!inDatabase(ref)) {
        if (!QFileInfo::exists(ref))
            return R::failure(QStringLiteral("the file \"%1\" is gone").arg(ref));
        return Checkout{ref, false};
    }
    bool ok = false;
    const qint64 id = ref.mid(6).toLongLong(&ok);
    if (!ok)
        return R::failure(QStringLiteral("spool: \"%1\" names no spooled file").arg(ref));
    return readFromDatabase(id);
}

Result<Spool::Checkout> Spool::readFromDatabase(qint64 id)
{
    using R = Result<Checkout>;
    QSqlQuery head = m_db.query(QStringLiteral("SELECT size, sha256 FROM spool_files WHERE id = ?"));
    head.addBindValue(id);
    if (const Status s = m_db.exec(head, QStringLiteral("reading spooled file %1").arg(id)); !s)
        return R::failure(s.error());
    if (!head.next())
        return R::failure(QStringLiteral("spooled file %1 is gone").arg(id));
    const qint64 size = head.value(0).toLongLong();
    const QString digest = head.value(1).toString();
    head.finish();
    QDir().mkpath(m_tmpDir);
    QTemporaryFile out(QDir(m_tmpDir).filePath(QStringLiteral("spool-%1-XXXXXX").arg(id)));
    if (!out.open())
        return R::failure(QStringLiteral("spool: cannot write a copy of file %1 in \"%2\": %3").arg(id).arg(m_tmpDir, out.errorString()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 read = 0;
    // A chunk per query: the driver holds a whole result set, so one row at a time keeps the
    // memory at one chunk whatever the file's size.
    PGconn *conn = libpqOf(m_db.connection());
    for (int seq = 0; read < size || seq == 0; ++seq) {
        QByteArray chunk;
        if (conn) {
            auto got = readChunk(conn, id, seq);
            if (!got)
                return R::failure(got.error());
            chunk = std::move(*got);
            if (chunk.isEmpty() && read < size)
                break;
        } else {
            QSqlQuery q = m_db.query(QStringLiteral("SELECT data FROM spool_chunks WHERE file_id = ? AND seq = ?"));
            q.addBindValue(id);
            q.addBindValue(seq);
            if (const Status s = m_db.exec(q, QStringLiteral("reading spooled file %1 (chunk %2)").arg(id).arg(seq)); !s)
                return R::failure(s.error());
            if (!q.next())
                break;
            chunk = q.value(0).toByteArray();
        }
        if (out.write(chunk) != chunk.size())
            return R::failure(QStringLiteral("spool: cannot write a copy of file %1: %2").arg(id).arg(out.errorString()));
        sha.addData(chunk);
        read += chunk.size();
        if (chunk.isEmpty())
            break;
    }
    if (read != size || QString::fromLatin1(sha.result().toHex()) != digest)
        return R::failure(QStringLiteral("spooled file %1 is damaged: %2 of %3 bytes read back, or not the bytes stored").arg(id).arg(read).arg(size));
    if (!out.flush())
        return R::failure(QStringLiteral("spool: cannot write a copy of file %1: %2").arg(id).arg(out.errorString()));
    out.setAutoRemove(false);
    return Checkout{out.fileName(), true};
}

Result<qint64> Spool::size(const QString &ref)
{
    using R = Result<qint64>;
    if (!inDatabase(ref))
        return QFileInfo::exists(ref) ? QFileInfo(ref).size() : qint64(-1);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT size FROM spool_files WHERE id = ?"));
    q.addBindValue(ref.mid(6).toLongLong());
    if (const Status s = m_db.exec(q, QStringLiteral("reading spooled file %1").arg(ref)); !s)
        return R::failure(s.error());
    return q.next() ? q.value(0).toLongLong() : qint64(-1);
}

Status Spool::remove(const QString &ref)
{
    if (ref.isEmpty())
        return Status::success();
    if (!inDatabase(ref)) {
        QFile::remove(ref); // fails, harmlessly, for a file already gone
        return Status::success();
    }
    // The chunks go with it (ON DELETE CASCADE).
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM spool_files WHERE id = ?"));
    q.addBindValue(ref.mid(6).toLongLong());
    return m_db.exec(q, QStringLiteral("removing spooled file %1").arg(ref));
}

Result<int> Spool::removeOrphans(qint64 ageMs, qint64 nowMs)
{
    using R = Result<int>;
    QSqlQuery q = m_db.query(QStringLiteral(
        "DELETE FROM spool_files WHERE created_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.file_path = 'spool:' || spool_files.id OR d.spool_ref = 'spool:' || spool_files.id)"
        " AND NOT EXISTS (SELECT 1 FROM documents c WHERE c.file_path = 'spool:' || spool_files.id)"));
    q.addBindValue(nowMs - ageMs);
    if (const Status s = m_db.exec(q, QStringLiteral("removing spooled files nothing names")); !s)
        return R::failure(s.error());
    return int(q.numRowsAffected());
}

} // namespace scanflow
