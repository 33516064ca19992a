#include "Keychain.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace scanflow::Keychain {

namespace {

void run(QKeychain::Job *job, QObject *context, Callback done, bool reads)
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

void read(const QString &service, const QString &entry, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(entry);
    run(job, context, std::move(done), true);
}

void write(const QString &service, const QString &entry, const QString &text, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(entry);
    job->setTextData(text);
    run(job, context, std::move(done), false);
}

void forget(const QString &service, const QString &entry, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(entry);
    run(job, context, std::move(done), false);
}

} // namespace scanflow::Keychain
