#include "OAuthProgress.h"

#include "Browser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace scanflow {

namespace {
int timeoutMs = OAuthBrowserFlow::DefaultTimeoutMs;
} // namespace

void OAuthProgress::setTimeoutMs(int ms)
{
    timeoutMs = ms;
}

OAuthProgress::OAuthProgress(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("oauthProgress"));
    m_text->setObjectName(QStringLiteral("oauthProgressText"));
    m_text->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("oauthProgressBar"));
    m_bar->setRange(0, 0); // busy: how long the person takes is unknown
    m_bar->setMaximumHeight(12);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelAuthorization"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
        hide();
        emit cancelled();
    });
    hide();
}

void OAuthProgress::run(const OAuthBrowserFlow::Settings &settings, std::function<void(const BrowserGrant &)> onCode)
{
    // A flow object per attempt: Qt 6.4's flow is not meant to be started twice.
    delete m_flow;
    m_flow = new OAuthBrowserFlow(Browser::handOff(), this);
    connect(m_flow, &OAuthBrowserFlow::waitingForBrowser, this, [this](const QUrl &url) {
        m_text->setText(tr("Sign in at %1 in your web browser and allow access; this window waits for the answer.").arg(url.host()));
    });
    connect(m_flow, &OAuthBrowserFlow::codeReceived, this, [this, onCode = std::move(onCode)](const BrowserGrant &grant) {
        completing();
        onCode(grant);
    });
    connect(m_flow, &OAuthBrowserFlow::failed, this, [this](const QString &message) {
        hide();
        emit failed(message);
    });
    m_cancel->setEnabled(true);
    m_text->setText(tr("Opening the provider's page…"));
    show();
    m_flow->start(settings, timeoutMs);
}

void OAuthProgress::completing()
{
    m_text->setText(tr("The provider answered; the server is completing the authorization…"));
    m_cancel->setEnabled(false); // the server is trading the code; its answer decides
    show();
}

void OAuthProgress::done()
{
    hide();
}

bool OAuthProgress::isBusy() const
{
    return !isHidden();
}

} // namespace scanflow
