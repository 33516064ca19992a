#include "AuthorizationDialog.h"
#include "ui_AuthorizationDialog.h"

#include "ApiClient.h"
#include "Dialogs.h"
#include "Labels.h"
#include "OAuthProgress.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scanflow {

AuthorizationDialog::AuthorizationDialog(ApiClient *api, const Workflow &workflow, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuthorizationDialog>()), m_api(api), m_workflow(workflow)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("authorizationDialog"));
    setWindowTitle(tr("Authorization of \"%1\"").arg(workflow.name));
    m_message = m_ui->authorizationMessage;
    m_progress = m_ui->oauthProgress;
    m_users = m_ui->authorizedUsers;
    // Only a shared authorization has a state, a redirect URI and buttons here (each user
    // authorizes a user-specific one in Workplace), so they are made in code, above the progress.
    if (shared()) {
        QVBoxLayout *layout = m_ui->authorizationLayout;
        int at = 0;
        auto *form = new QFormLayout;
        m_stateLabel = new QLabel(tr("Loading…"), this);
        m_stateLabel->setObjectName(QStringLiteral("authorizationState"));
        m_stateLabel->setWordWrap(true);
        m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Its own line: a reason for renewal can be long.
        layout->insertWidget(at++, new QLabel(tr("<b>Shared OAuth 2.0 authorization</b>"), this));
        layout->insertWidget(at++, m_stateLabel);
        auto *redirect = new QLineEdit(OAuthBrowserFlow::redirectUri(), this);
        redirect->setObjectName(QStringLiteral("redirectUri"));
        redirect->setReadOnly(true);
        auto *copy = new QPushButton(tr("Copy"), this);
        connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(OAuthBrowserFlow::redirectUri()); });
        auto *row = new QHBoxLayout;
        row->addWidget(redirect, 1);
        row->addWidget(copy);
        form->addRow(tr("Redirect URI to register at the provider:"), row);
        layout->insertLayout(at++, form);
        m_authorize = new QPushButton(tr("&Authorize…"), this);
        m_authorize->setObjectName(QStringLiteral("authorize"));
        m_revoke = new QPushButton(tr("&Revoke"), this);
        m_revoke->setObjectName(QStringLiteral("revoke"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_authorize);
        buttons->addWidget(m_revoke);
        buttons->addStretch(1);
        layout->insertLayout(at++, buttons);
        // Made after the .ui's Close, these would follow it in the Tab order. Close goes last, as
        // when all was made here: the dialog opens with the redirect URI focused, not on Close.
        setTabOrder(m_revoke, m_ui->authorizationButtons->button(QDialogButtonBox::Close));
        connect(m_authorize, &QPushButton::clicked, this, &AuthorizationDialog::authorize);
        connect(m_revoke, &QPushButton::clicked, this, &AuthorizationDialog::revoke);
    }

    // The users' list is in the .ui; shown for a user-specific workflow only.
    m_users->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->authorizedUsersTitle->setVisible(workflow.userSpecific);
    m_users->setVisible(workflow.userSpecific);
    if (!workflow.userSpecific)
        m_ui->authorizationLayout->insertStretch(m_ui->authorizationLayout->indexOf(m_ui->authorizationButtons), 1);

    connect(m_ui->authorizationButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_progress, &OAuthProgress::failed, this, [this](const QString &text) {
        m_message->setText(text);
        if (m_authorize)
            m_authorize->setEnabled(true);
    });
    connect(m_progress, &OAuthProgress::cancelled, this, [this] {
        m_message->setText(tr("Cancelled; nothing was saved."));
        if (m_authorize)
            m_authorize->setEnabled(true);
    });
    load();
}

AuthorizationDialog::~AuthorizationDialog() = default;

bool AuthorizationDialog::shared() const
{
    return m_workflow.destination.auth.type == AuthType::OAuth2 && !m_workflow.hasUserSpecificAuth();
}

void AuthorizationDialog::load()
{
    const QString id = m_workflow.id;
    if (shared()) {
        m_api->get(QStringLiteral("/scan/workflows/%1/authorization").arg(id), {}, this, [this](const ApiReply &r) {
            if (r.ok())
                showState(r.object());
            else
                m_stateLabel->setText(tr("Unknown: %1").arg(r.errorMessage()));
        });
    }
    if (m_workflow.userSpecific) {
        m_api->get(QStringLiteral("/scan/workflows/%1/authorizations").arg(id), {}, this, [this](const ApiReply &r) {
            const QJsonArray users = r.array();
            m_users->setRowCount(int(users.size()));
            for (int i = 0; i < users.size(); ++i) {
                const QJsonObject u = users.at(i).toObject();
                m_users->setItem(i, 0, new QTableWidgetItem(u.value(QStringLiteral("userName")).toString()));
                m_users->setItem(i, 1, new QTableWidgetItem(Labels::authorizationState(u.value(QStringLiteral("state")).toString())));
            }
        });
    }
}

void AuthorizationDialog::showState(const QJsonObject &answer)
{
    m_state = answer.value(QStringLiteral("state")).toString();
    QString text = Labels::authorizationState(m_state);
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        text += QStringLiteral(" — ") + reason;
    m_stateLabel->setText(text);
    m_authorize->setText(m_state == QLatin1String("NotAuthorized") ? tr("&Authorize…") : tr("Re-&authorize…"));
    m_revoke->setEnabled(m_state != QLatin1String("NotAuthorized"));
    emit stateChanged(m_workflow.id, m_state);
}

void AuthorizationDialog::authorize()
{
    if (!shared() || m_progress->isBusy())
        return;
    const Auth &auth = m_workflow.destination.auth;
    m_message->clear();
    m_authorize->setEnabled(false);
    m_progress->run({QUrl(auth.authorizationUrl), QUrl(auth.tokenUrl), auth.clientId, auth.scopes}, [this](const BrowserGrant &grant) {
        m_api->sendJson("PUT", QStringLiteral("/scan/workflows/%1/authorization").arg(m_workflow.id),
                        QJsonDocument(QJsonObject{{QStringLiteral("authorization"), grant.toJson()}}), this, [this](const ApiReply &r) {
            m_progress->done();
            m_authorize->setEnabled(true);
            if (!r.ok()) {
                m_message->setText(tr("Not authorized: %1").arg(r.errorMessage()));
                return;
            }
            m_message->setText(tr("Authorized. Deliveries of this workflow now use this authorization."));
            showState(r.object());
        });
    });
}

void AuthorizationDialog::revoke()
{
    if (!shared())
        return;
    if (Dialogs::question(this, tr("Revoke"), tr("Revoke the shared authorization of \"%1\"? Its deliveries fail until it is authorized again.")
                                                  .arg(m_workflow.name),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_api->remove(QStringLiteral("/scan/workflows/%1/authorization").arg(m_workflow.id), {}, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            m_message->setText(tr("Not revoked: %1").arg(r.errorMessage()));
            return;
        }
        m_message->setText(tr("Revoked."));
        showState(r.object());
    });
}

} // namespace scanflow
