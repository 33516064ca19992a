#pragma once

#include "OAuthBrowserFlow.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace scanflow::test {

// The browser hand-off of the tests: it does what a browser does with the provider's page when
// the person agrees at once — loads it, takes the redirect, and loads the redirect target (the
// app's loopback page). It can tamper with the redirect (a forged state), or stay on the
// provider's page forever (a person who never finishes).
class FollowingBrowser : public QObject, public BrowserHandOff
{
    Q_OBJECT

public:
    bool open(const QUrl &url) override;

    std::function<QUrl(QUrl)> rewriteRedirect; // applied to the provider's redirect
    bool neverFinish = false;
    bool fails = false;                         // as if no browser could be started

    QList<QUrl> opened;       // every authorization URL it was given
    QUrl redirectedTo;        // where the provider sent it last
    QString landingPage;      // what the app's loopback page said
    int landed = 0;

private:
    QNetworkAccessManager m_network;
};

} // namespace scanflow::test
