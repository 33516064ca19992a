#include "FollowingBrowser.h"

#include <QNetworkReply>

namespace scanflow::test {

bool FollowingBrowser::open(const QUrl &url)
{
    if (fails)
        return false;
    opened.append(url);
    if (neverFinish)
        return true;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *provider = m_network.get(request);
    connect(provider, &QNetworkReply::finished, this, [this, provider, url] {
        provider->deleteLater();
        QUrl next = url.resolved(provider->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (rewriteRedirect)
            next = rewriteRedirect(next);
        redirectedTo = next;
        QNetworkReply *app = m_network.get(QNetworkRequest(next));
        connect(app, &QNetworkReply::finished, this, [this, app] {
            app->deleteLater();
            landingPage = QString::fromUtf8(app->readAll());
            ++landed;
        });
    });
    return true;
}

} // namespace scanflow::test
