#include "WorkplaceSession.h"

#include "ApiClient.h"
#include "Keychain.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace scanflow {

WorkplaceSession::WorkplaceSession(ApiClient *api, QString entry, QObject *parent)
    : QObject(parent), m_api(api), m_entry(std::move(entry))
{
    m_renew.setSingleShot(true);
    connect(&m_renew, &QTimer::timeout, this, [this] { refresh(m_refreshToken, m_user); });
}

QString WorkplaceSession::service()
{
    return QStringLiteral("ScanFlow Workplace");
}

void WorkplaceSession::signIn(const QString &user, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("authtype"), QStringLiteral("0"));
    form.addQueryItem(QStringLiteral("userid"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    m_api->setUserToken({});
    m_api->sendForm("POST", QStringLiteral("/login"), form, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            // The server answers an unknown user and a wrong password alike; a deactivated or
            // expired account is named as such.
            const bool wrong = r.status == 401 && r.errorMessage().endsWith(QLatin1String("is not correct"));
            emit failed(wrong ? tr("The user name or the password is wrong.") : r.errorMessage());
            return;
        }
        const QJsonObject o = r.object();
        accept(o.value(QStringLiteral("userName")).toString(), o.value(QStringLiteral("token")).toString().toLatin1(),
               o.value(QStringLiteral("refreshToken")).toString(), o.value(QStringLiteral("expiresIn")).toInt());
    });
}

void WorkplaceSession::resume()
{
    Keychain::read(service(), m_entry, this, [this](const QString &text, const QString &error) {
        const QJsonObject kept = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString refreshToken = kept.value(QStringLiteral("refreshToken")).toString();
        if (!error.isEmpty() || refreshToken.isEmpty()) {
            emit signedOut(); // nothing kept: the person signs in
            return;
        }
        refresh(refreshToken, kept.value(QStringLiteral("userName")).toString());
    });
}

void WorkplaceSession::refresh(const QString &refreshToken, const QString &user)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    m_api->sendForm("POST", QStringLiteral("/oauth/v1/token"), form, this, [this, user](const ApiReply &r) {
        if (!r.ok()) {
            // Spent or expired: the kept token is useless now.
            const bool refused = r.status == 400 || r.status == 401 || r.status == 403;
            if (refused)
                Keychain::forget(service(), m_entry, this, {});
            m_user.clear();
            m_api->setUserToken({});
            if (!refused)
                emit failed(tr("Cannot sign in again: %1").arg(r.errorMessage()));
            emit signedOut();
            return;
        }
        const QJsonObject o = r.object();
        accept(user, o.value(QStringLiteral("access_token")).toString().toLatin1(), o.value(QStringLiteral("refresh_token")).toString(),
               o.value(QStringLiteral("expires_in")).toInt());
    });
}

void WorkplaceSession::accept(const QString &user, const QByteArray &token, const QString &refreshToken, int expiresIn)
{
    m_user = user;
    m_refreshToken = refreshToken;
    m_api->setUserToken(token);
    // Renewed well before it expires, so a call never meets an expired token.
    if (expiresIn > 0)
        m_renew.start(std::max(1000, expiresIn * 800));
    const QJsonObject kept{{QStringLiteral("userName"), user}, {QStringLiteral("refreshToken"), refreshToken}};
    Keychain::write(service(), m_entry, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), this,
                    [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            emit failed(tr("Signed in, but the OS keychain could not keep the sign-in for the next start: %1").arg(error));
    });
    emit signedIn(user);
}

void WorkplaceSession::signOut()
{
    m_renew.stop();
    // The server ends the sign-in too (every token of its family), not only this window; the
    // answer is the same whether or not the token was still alive, so none is awaited.
    if (!m_refreshToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), m_refreshToken);
        m_api->sendForm("POST", QStringLiteral("/oauth/v1/revoke"), form, this, [](const ApiReply &) {});
    }
    m_user.clear();
    m_refreshToken.clear();
    m_api->setUserToken({});
    Keychain::forget(service(), m_entry, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            emit failed(tr("Signed out, but the OS keychain still keeps the sign-in: %1").arg(error));
    });
    emit signedOut();
}

} // namespace scanflow
