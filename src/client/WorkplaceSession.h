#pragma once

#include <QObject>
#include <QTimer>

namespace scanflow {

class ApiClient;

// A Workplace user signed in to the server (POST /login), on the ApiClient it is given: the
// user token goes on every call. The refresh token is kept in the OS keychain (QtKeychain),
// one entry per server, so the next start signs in silently (resume); it is refreshed before
// the user token expires, and each refresh (single use) replaces the kept one. Signing out
// forgets it. The password is never kept.
class WorkplaceSession : public QObject
{
    Q_OBJECT

public:
    // `entry` names the server in the keychain (its URL; "this computer" for the embedded one).
    WorkplaceSession(ApiClient *api, QString entry, QObject *parent = nullptr);

    void signIn(const QString &user, const QString &password);
    // Signs in with the kept refresh token; signedOut() when none is kept or it no longer works.
    void resume();
    void signOut();

    bool isSignedIn() const { return !m_user.isEmpty(); }
    QString userName() const { return m_user; }
    static QString service(); // the keychain service: "ScanFlow Workplace"

signals:
    void signedIn(const QString &userName);
    void signedOut();
    // Why signing in did not work (wrong password, server unreachable, keychain error).
    void failed(const QString &message);

private:
    void refresh(const QString &refreshToken, const QString &user);
    void accept(const QString &user, const QByteArray &token, const QString &refreshToken, int expiresIn);

    ApiClient *m_api;
    QString m_entry;
    QString m_user;
    QString m_refreshToken;
    QTimer m_renew;
};

} // namespace scanflow
