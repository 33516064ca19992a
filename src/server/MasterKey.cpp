#include "MasterKey.h"

#include "SecretBox.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <optional>

#include <qt6keychain/keychain.h>

namespace scanflow::MasterKey {

namespace {

// Runs a QtKeychain job to its end (its API is asynchronous), or gives up after timeoutMs.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

Result<QByteArray> decode(const QByteArray &text, const QString &where)
{
    const QByteArray key = QByteArray::fromBase64(text.trimmed());
    if (key.size() != SecretBox::KeyBytes)
        return Result<QByteArray>::failure(QStringLiteral("%1 does not hold a %2-byte key").arg(where).arg(SecretBox::KeyBytes));
    return key;
}

// The key the keychain keeps under this account; none when it has no such entry.
Result<std::optional<QByteArray>> readKeychain(const QString &service, const QString &account, int timeoutMs)
{
    using R = Result<std::optional<QByteArray>>;
    QKeychain::ReadPasswordJob read(service);
    read.setAutoDelete(false);
    read.setInsecureFallback(false);
    read.setKey(account);
    if (!runJob(read, timeoutMs))
        return R::failure(QStringLiteral("the OS keychain did not answer within %1 s").arg(timeoutMs / 1000));
    if (read.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (read.error() != QKeychain::NoError)
        return R::failure(QStringLiteral("the OS keychain is not available: %1").arg(read.errorString()));
    const auto key = decode(read.binaryData(), QStringLiteral("the keychain entry %1/%2").arg(service, account));
    if (!key)
        return R::failure(key.error());
    return std::optional<QByteArray>(*key);
}

} // namespace

Result<QByteArray> fromKeyFile(const QString &path)
{
    using R = Result<QByteArray>;
    QFile file(path);
    if (file.exists()) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        if (file.permissions() & others)
            return R::failure(QStringLiteral("key file \"%1\" may be read by others: make it 0600 (chmod 600)").arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("key file \"%1\": %2").arg(path, file.errorString()));
        return decode(file.readAll(), QStringLiteral("key file \"%1\"").arg(path));
    }
    const QByteArray key = SecretBox::randomKey();
    if (const Status s = toKeyFile(path, key); !s)
        return R::failure(s.error());
    return key;
}

Status toKeyFile(const QString &path, const QByteArray &key)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot create key file \"%1\": %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.toBase64() + '\n');
    if (!out.commit())
        return Status::failure(QStringLiteral("cannot write key file \"%1\": %2").arg(path, out.errorString()));
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(QStringLiteral("cannot make key file \"%1\" private").arg(path));
    return Status::success();
}

Result<QByteArray> fromKeychain(const QString &service, const QString &account, int timeoutMs)
{
    using R = Result<QByteArray>;
    const auto kept = readKeychain(service, account, timeoutMs);
    if (!kept)
        return R::failure(kept.error());
    if (*kept)
        return **kept;
    const QByteArray key = SecretBox::randomKey();
    if (const Status s = toKeychain(service, account, key, timeoutMs); !s)
        return R::failure(s.error());
    return key;
}

Status toKeychain(const QString &service, const QString &account, const QByteArray &key, int timeoutMs)
{
    QKeychain::WritePasswordJob write(service);
    write.setAutoDelete(false);
    write.setInsecureFallback(false);
    write.setKey(account);
    write.setBinaryData(key.toBase64());
    if (!runJob(write, timeoutMs))
        return Status::failure(QStringLiteral("the OS keychain did not answer within %1 s").arg(timeoutMs / 1000));
    if (write.error() != QKeychain::NoError)
        return Status::failure(QStringLiteral("cannot store the key in the OS keychain: %1").arg(write.errorString()));
    return Status::success();
}

Result<QByteArray> existing(const QString &keyFile, const QString &service, const QString &account)
{
    using R = Result<QByteArray>;
    if (!keyFile.isEmpty()) {
        if (!QFile::exists(keyFile))
            return R::failure(QStringLiteral("key file \"%1\" does not exist").arg(keyFile));
        return fromKeyFile(keyFile);
    }
    const auto kept = readKeychain(service, account, 15000);
    if (!kept)
        return R::failure(kept.error());
    if (!*kept)
        return R::failure(QStringLiteral("the OS keychain has no key for %1").arg(account));
    return **kept;
}

QString keychainAccount(const QString &dataDir)
{
    return QStringLiteral("secrets-key:") + QDir(dataDir).absolutePath();
}

Result<bool> followMovedFolder(const QString &service, const QString &fromDataDir, const QString &toDataDir)
{
    using R = Result<bool>;
    const QString to = keychainAccount(toDataDir);
    const QString from = keychainAccount(fromDataDir);
    if (from == to)
        return false;
    const auto kept = readKeychain(service, to, 15000);
    if (!kept)
        return R::failure(kept.error());
    if (*kept)
        return false;
    const auto old = readKeychain(service, from, 15000);
    if (!old)
        return R::failure(old.error());
    if (!*old)
        return false;
    if (const Status s = toKeychain(service, to, **old); !s)
        return R::failure(s.error());
    return true;
}

bool removeFromKeychain(const QString &service, const QString &account)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(account);
    return runJob(job, 15000) && job.error() == QKeychain::NoError;
}

} // namespace scanflow::MasterKey
