#include "ConnectionStore.h"

#include "Keychain.h"

#include <QSettings>

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

namespace {
QString rootKey(const QUrl &url)
{
    // One entry per origin; "/" would nest groups, so the origin goes in as hex.
    return QStringLiteral("trustedRoots/") + QString::fromLatin1(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                                              | QUrl::RemoveUserInfo).toString().toUtf8().toHex());
}
} // namespace

QByteArray ConnectionStore::trustedRoot(const QUrl &url)
{
    return QSettings().value(rootKey(url)).toByteArray();
}

void ConnectionStore::setTrustedRoot(const QUrl &url, const QByteArray &pem)
{
    QSettings settings;
    if (pem.isEmpty())
        settings.remove(rootKey(url));
    else
        settings.setValue(rootKey(url), pem);
}

void ConnectionStore::readKey(const QUrl &url, QObject *context, KeyCallback done)
{
    Keychain::read(service(), entryOf(url), context, std::move(done));
}

void ConnectionStore::writeKey(const QUrl &url, const QString &key, QObject *context, KeyCallback done)
{
    Keychain::write(service(), entryOf(url), key, context, std::move(done));
}

void ConnectionStore::forgetKey(const QUrl &url, QObject *context, KeyCallback done)
{
    Keychain::forget(service(), entryOf(url), context, std::move(done));
}

} // namespace scanflow
