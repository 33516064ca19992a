#include "ConnectDialog.h"
#include "ui_ConnectDialog.h"

#include "ApiClient.h"
#include "Colors.h"
#include "TlsProbe.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

namespace scanflow {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>()), m_probe(new ApiClient(this))
{
    // The title, the choice, the fields, the status and Trust this root are in
    // ui/ConnectDialog.ui (at least 640 wide: a SHA-256 fingerprint on one line; the status
    // selectable: a fingerprint is compared, or copied).
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    m_embedded = m_ui->embedded;
    m_remote = m_ui->remote;
    m_url = m_ui->url;
    m_key = m_ui->apiKey;
    m_remember = m_ui->remember;
    m_status = m_ui->status;
    m_trust = m_ui->trustRoot;
    m_probe->setTimeoutMs(10000);
    m_trust->hide(); // until a server offers a root

    // Test goes into the .ui's button box, so it is made here. Moved after Remember in the Tab
    // order before the box takes it (the box then orders its own buttons), Tab runs as it did
    // when the whole dialog was made in code.
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("test"));
    setTabOrder(m_remember, m_test);
    QDialogButtonBox *buttons = m_ui->connectButtons;
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));

    const ConnectionStore::Choice remembered = ConnectionStore::load();
    (remembered.remote ? m_remote : m_embedded)->setChecked(true);
    m_url->setText(remembered.url.toString());
    if (!remembered.url.isEmpty()) {
        ConnectionStore::readKey(remembered.url, this, [this](const QString &key, const QString &) {
            if (m_key->text().isEmpty())
                m_key->setText(key);
        });
    }
    connect(m_remote, &QRadioButton::toggled, this, &ConnectDialog::updateControls);
    // A root offered for one address is never trusted for another typed since.
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        ++m_probes;
        m_offered = QSslCertificate();
        m_trust->hide();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        const auto url = checkedUrl();
        if (!url || m_offered.isNull())
            return;
        m_chosenUrl = *url;
        m_chosenRoot = m_offered.toPem();
        test(); // through the root now trusted, with its name checks as ever
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateControls()
{
    const bool remote = m_remote->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_remember),
                       static_cast<QWidget *>(m_test)})
        w->setEnabled(remote);
}

ConnectionStore::Choice ConnectDialog::choice() const
{
    return {m_remote->isChecked(), QUrl(m_url->text().trimmed())};
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}

QString ConnectDialog::status() const
{
    return m_status->text();
}

void ConnectDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? Colors::problemStyle() : QString());
    // Tall enough for what the status has to say (a fingerprint, both when a root changed).
    QTimer::singleShot(0, this, [this] { resize(width(), std::max(height(), heightForWidth(width()))); });
}

std::optional<QUrl> ConnectDialog::checkedUrl()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
        setStatus(tr("Server URL: \"%1\" is not an http:// or https:// address.").arg(m_url->text().trimmed()), true);
        m_url->setFocus();
        return std::nullopt;
    }
    if (apiKey().isEmpty()) {
        setStatus(tr("API key: a key is needed to manage a remote server."), true);
        m_key->setFocus();
        return std::nullopt;
    }
    return url;
}

void ConnectDialog::test()
{
    const auto url = checkedUrl();
    if (!url)
        return;
    setStatus(tr("Connecting…"), false);
    m_test->setEnabled(false);
    m_trust->hide();
    m_probe->setBaseUrl(*url);
    m_probe->setApiKey(apiKey().toUtf8());
    m_probe->setExtraCaCertificates(QSslCertificate::fromData(trustedRootFor(*url), QSsl::Pem));
    // /version needs a valid key: one call proves both the address and the key.
    m_probe->get(QStringLiteral("/version"), {}, this, [this, url = *url](const ApiReply &reply) {
        m_test->setEnabled(m_remote->isChecked());
        if (!reply.ok()) {
            setStatus(tr("Not connected: %1").arg(reply.errorMessage()), true);
            if (reply.status == 0 && url.scheme() == QLatin1String("https"))
                explainTls(url, reply.errorMessage());
            return;
        }
        const QJsonObject v = reply.object();
        setStatus(tr("Connected to %1 %2 (%3 database).")
                      .arg(v.value(QStringLiteral("name")).toString(), v.value(QStringLiteral("version")).toString(),
                           v.value(QStringLiteral("database")).toString()),
                  false);
    });
}

QByteArray ConnectDialog::trustedRootFor(const QUrl &url) const
{
    return url == m_chosenUrl && !m_chosenRoot.isEmpty() ? m_chosenRoot : ConnectionStore::trustedRoot(url);
}

void ConnectDialog::explainTls(const QUrl &url, const QString &failure)
{
    fetchCertificateChain(url, this, [this, url, failure, probe = ++m_probes](const QList<QSslCertificate> &chain, const QString &error) {
        if (probe != m_probes || QUrl(m_url->text().trimmed()) != url)
            return; // the address changed meanwhile: this chain is another server's
        if (chain.isEmpty() || !error.isEmpty())
            return; // not a TLS matter: the failure said already why
        const QSslCertificate root = chain.last();
        const QString subject = root.subjectDisplayName();
        const QString fingerprint = sha256Fingerprint(root);
        const QList<QSslCertificate> kept = QSslCertificate::fromData(trustedRootFor(url), QSsl::Pem);
        if (!kept.isEmpty() && kept.first() != root) {
            // As SSH: a root that changed is never taken silently.
            setStatus(tr("Refused: the root certificate of %1 has changed.\nTrusted: %2, SHA-256 %3\nNow: %4, SHA-256 %5\n"
                         "If the server's certificates were made anew on purpose, trust the new root; otherwise someone may be "
                         "between you and the server.")
                          .arg(url.host(), kept.first().subjectDisplayName(), sha256Fingerprint(kept.first()), subject, fingerprint),
                      true);
            m_offered = root;
            m_trust->setText(tr("Trust the &new root for this server"));
            m_trust->show();
            return;
        }
        if (!root.isSelfSigned()) {
            setStatus(tr("Not connected: %1\nThe server does not send its root certificate (the chain ends at \"%2\"), so it cannot be "
                         "trusted from here; import the root into the system's certificates.").arg(failure, subject),
                      true);
            return;
        }
        setStatus(tr("This computer does not trust the server's certificate (%3). Its root is\n%1\nSHA-256 %2\n"
                     "Compare the fingerprint with the one the server printed when it started (\"tls root: …\") before trusting it.")
                      .arg(subject, fingerprint, failure),
                  true);
        m_offered = root;
        m_trust->setText(tr("Trust this &root for this server"));
        m_trust->show();
    });
}

void ConnectDialog::accept()
{
    const ConnectionStore::Choice c = choice();
    if (!c.remote) {
        ConnectionStore::save(c);
        emit chosen(c, {});
        QDialog::accept();
        return;
    }
    if (!checkedUrl())
        return;
    // Remember the key (or forget an old one) before closing, so a failing keychain is said here.
    const auto done = [this, c](const QString &, const QString &error) {
        if (!error.isEmpty()) {
            setStatus(tr("The key could not be kept in the keychain: %1").arg(error), true);
            return;
        }
        ConnectionStore::save(c);
        if (c.url == m_chosenUrl && !m_chosenRoot.isEmpty())
            ConnectionStore::setTrustedRoot(c.url, m_chosenRoot);
        emit chosen(c, apiKey());
        QDialog::accept();
    };
    if (m_remember->isChecked())
        ConnectionStore::writeKey(c.url, apiKey(), this, done);
    else
        ConnectionStore::forgetKey(c.url, this, done);
}

} // namespace scanflow
