#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace scanflow {

// Which server the desktop app manages, remembered between starts: the embedded one, or a
// remote scanflowd by URL (in QSettings). The remote server's API key is never written to
// the settings file: it is kept in the OS keychain through QtKeychain, one entry per URL.
class ConnectionStore
{
public:
    struct Choice
    {
        bool remote = false;
        QUrl url;
    };
    // The answer of a keychain call: the key (when reading) or why it failed.
    using KeyCallback = std::function<void(const QString &key, const QString &error)>;

    static Choice load();
    static void save(const Choice &choice);

    // Asynchronous, as the keychain may ask the desktop; callbacks run only while `context` lives.
    static void readKey(const QUrl &url, QObject *context, KeyCallback done);
    static void writeKey(const QUrl &url, const QString &key, QObject *context, KeyCallback done);
    static void forgetKey(const QUrl &url, QObject *context, KeyCallback done);

    // A server's own root certificate (PEM) the admin chose to trust for that server only, by its
    // URL's origin: kept with the connection, never added to the system's. Empty: none.
    static QByteArray trustedRoot(const QUrl &url);
    static void setTrustedRoot(const QUrl &url, const QByteArray &pem);

    // The keychain service name (tests look there).
    static QString service();
};

} // namespace scanflow
