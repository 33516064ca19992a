#include "PrivateDestinationDialog.h"
#include "ui_PrivateDestinationDialog.h"

#include "ApiClient.h"
#include "OAuthProgress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace scanflow {

PrivateDestinationDialog::PrivateDestinationDialog(ApiClient *api, const QJsonObject &item, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrivateDestinationDialog>()), m_api(api), m_item(item)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("privateDestinationDialog"));
    setWindowTitle(tr("Private destination: %1").arg(item.value(QStringLiteral("name")).toString()));
    m_message = m_ui->destinationMessage;
    m_progress = m_ui->oauthProgress;
    m_buttons = m_ui->destinationButtons;
    // The fields depend on the item: made here, into the .ui's empty form.
    QFormLayout *form = m_ui->destinationFields;
    const auto field = [&](const QString &name, const QString &label, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        m_fields.append({name, edit});
        connect(edit, &QLineEdit::textChanged, this, &PrivateDestinationDialog::updateButton);
    };
    for (const QJsonValue &p : item.value(QStringLiteral("parameters")).toArray()) {
        // The parameter's Value is only the label the user sees (R6).
        field(QStringLiteral("values.") + p[QStringLiteral("key")].toString(), p[QStringLiteral("label")].toString() + u':', false);
    }
    if (item.value(QStringLiteral("basicLogin")).toBool()) {
        field(QStringLiteral("login"), tr("Login:"), false);
        field(QStringLiteral("password"), tr("Password:"), true);
    }
    const bool oauth = item.value(QStringLiteral("oauth")).toBool();
    QLabel *intro = m_ui->destinationIntro;
    if (!m_fields.isEmpty() && oauth)
        intro->setText(tr("All fields are required. Then sign in at the provider in your web browser; nothing is saved until that is done too."));
    else if (!m_fields.isEmpty())
        intro->setText(tr("All fields are required. They are kept encrypted on the server and used only for your deliveries."));
    else
        intro->setText(tr("Sign in at the provider in your web browser to let this workflow deliver your files."));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("saveDestination"));
    ok->setText(oauth ? tr("&Continue to sign-in…") : tr("&Save"));
    connect(ok, &QPushButton::clicked, this, &PrivateDestinationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_progress, &OAuthProgress::failed, this, [this](const QString &text) {
        m_message->setText(text);
        updateButton();
    });
    connect(m_progress, &OAuthProgress::cancelled, this, [this] {
        m_message->setText(tr("Cancelled; nothing was saved."));
        updateButton();
    });
    updateButton();
}

PrivateDestinationDialog::~PrivateDestinationDialog() = default;

void PrivateDestinationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Only OAuth to do: straight to the provider (R15).
    if (!m_started && m_fields.isEmpty() && m_item.value(QStringLiteral("oauth")).toBool()) {
        m_started = true;
        QTimer::singleShot(0, this, &PrivateDestinationDialog::submit);
    }
}

void PrivateDestinationDialog::updateButton()
{
    const bool complete = std::all_of(m_fields.cbegin(), m_fields.cend(), [](const auto &f) { return !f.second->text().trimmed().isEmpty(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_progress->isBusy());
}

void PrivateDestinationDialog::submit()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_message->clear();
    if (!m_item.value(QStringLiteral("oauth")).toBool()) {
        send({});
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_progress->run({QUrl(m_item.value(QStringLiteral("authorizationUrl")).toString()), QUrl(m_item.value(QStringLiteral("tokenUrl")).toString()),
                     m_item.value(QStringLiteral("clientId")).toString(), m_item.value(QStringLiteral("scopes")).toString()},
                    [this](const BrowserGrant &grant) { send(grant.toJson()); });
}

void PrivateDestinationDialog::send(const QJsonObject &authorization)
{
    QJsonObject body;
    QJsonObject values;
    for (const auto &[name, edit] : std::as_const(m_fields)) {
        if (name.startsWith(QLatin1String("values.")))
            values.insert(name.mid(7), edit->text().trimmed());
        else
            body.insert(name, name == QLatin1String("password") ? edit->text() : edit->text().trimmed());
    }
    body.insert(QStringLiteral("values"), values);
    if (!authorization.isEmpty())
        body.insert(QStringLiteral("authorization"), authorization);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString path = QStringLiteral("/workplace/destinations/%1").arg(m_item.value(QStringLiteral("workflowId")).toInteger());
    m_api->sendJson("PUT", path, QJsonDocument(body), this, [this](const ApiReply &r) {
        m_progress->done();
        updateButton();
        if (!r.ok()) {
            m_message->setText(tr("Not saved: %1").arg(r.errorMessage()));
            return;
        }
        emit saved(r.object());
        accept();
    });
}

} // namespace scanflow
