#include "ConnectionStore.h"

#include <QPointer>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace scanflow {

namespace {

const QString RemoteKey = QStringLiteral("connection/remote");
const QString UrlKey = QStringLiteral("connection/url");

// One keychain entry per server: its URL without path, query or user info.
QString entryOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
        .toString();
}

void run(QKeychain::Job *job, QObject *context, ConnectionStore::KeyCallback done, bool reads)
{
    QPointer<QObject> alive(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, alive, done = std::move(done), reads] {
        if (!alive || !done)
            return;
        if (job->error() != QKeychain::NoError && !(job->error() == QKeychain::EntryNotFound && !reads)) {
            done({}, job->errorString());
            return;
        }
        done(reads ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString(), {});
    });
    job->start(); // deletes itself when finished
}

} // namespace

QString ConnectionStore::service()
{
    return QStringLiteral("ScanFlow remote servers");
}

ConnectionStore::Choice ConnectionStore::load()
{
    QSettings settings;
    Choice c;
    c.remote = settings.value(RemoteKey, false).toBool();
    c.url = QUrl(settings.value(UrlKey).toString());
    return c;
}

void ConnectionStore::save(const Choice &choice)
{
    QSettings settings;
    settings.setValue(RemoteKey, choice.remote);
    if (!choice.url.isEmpty())
        settings.setValue(UrlKey, choice.url.toString());
}

void ConnectionStore::readKey(const QUrl &url, QObject *context, KeyCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(entryOf(url));
    run(job, context, std::move(done), true);
}

void ConnectionStore::writeKey(const QUrl &url, const QString &key, QObject *context, KeyCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(entryOf(url));
    job->setTextData(key);
    run(job, context, std::move(done), false);
}

void ConnectionStore::forgetKey(const QUrl &url, QObject *context, KeyCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(entryOf(url));
    run(job, context, std::move(done), false);
}

} // namespace scanflow
