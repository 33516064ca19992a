#include "ConnectionSection.h"

#include "ApiClient.h"
#include "Colors.h"
#include "Dialogs.h"
#include "DocumentBinding.h"
#include "FormControls.h"
#include "Icons.h"
#include "WorkflowDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace scanflow {

using FormControls::problemLabel;
using FormControls::setChoice;

namespace {

// "scanner-01, valid until 2027-01-01", from a PEM certificate.
QString describeCertificate(const QString &pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (certs.isEmpty())
        return ConnectionSection::tr("not a PEM certificate");
    const QSslCertificate &c = certs.first();
    return ConnectionSection::tr("%1, issued by %2, valid until %3")
        .arg(c.subjectDisplayName(), c.issuerDisplayName(), c.expiryDate().toString(QStringLiteral("yyyy-MM-dd")));
}

void setSpin(QSpinBox *spin, int value)
{
    if (spin->value() != value) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
}


} // namespace

ConnectionSection::ConnectionSection(WorkflowDocument *doc, ApiClient *api, QWidget *parent)
    : QGroupBox(tr("Connection"), parent), m_doc(doc), m_api(api)
{
    setObjectName(QStringLiteral("connection"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTrust());
    layout->addWidget(buildClientCertificate());
    layout->addWidget(buildProxy());

    auto *timeouts = new QFormLayout;
    const auto spin = [this](const QString &name, int max, const QString &undoText, int Connection::*field) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(0, max);
        s->setSuffix(tr(" s"));
        s->setSpecialValueText(tr("default"));
        connect(s, &QSpinBox::valueChanged, this, [this, undoText, field, name](int v) {
            m_doc->edit(undoText, [field, v](Workflow &w) { w.destination.connection.*field = v; }, name);
        });
        return s;
    };
    m_connectTimeout = spin(QStringLiteral("connectTimeout"), 3600, tr("Change connect timeout"), &Connection::connectTimeoutSeconds);
    m_connectTimeout->setToolTip(tr("How long to wait for a connection; default: the transfer timeout."));
    m_transferTimeout = spin(QStringLiteral("transferTimeout"), 24 * 3600, tr("Change transfer timeout"), &Connection::transferTimeoutSeconds);
    m_transferTimeout->setToolTip(tr("A request that moves no byte either way for this long fails and is tried again later."));
    timeouts->addRow(tr("Connect &timeout:"), m_connectTimeout);
    timeouts->addRow(tr("T&ransfer timeout:"), m_transferTimeout);
    layout->addLayout(timeouts);
    m_problem = problemLabel(this, QStringLiteral("connectionProblem"));
    layout->addWidget(m_problem);
    reloadCertificates();
}

QLineEdit *ConnectionSection::lineEdit(const QString &name, const QString &undoText, std::function<QString(const Workflow &)> get,
                          std::function<void(Workflow &, const QString &)> set)
{
    return DocumentBinding::lineEdit(this, m_doc, name, undoText, std::move(get), std::move(set), m_refreshers);
}

QWidget *ConnectionSection::buildTrust()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_verify = new QCheckBox(tr("&Check server certificates"), box);
    m_verify->setObjectName(QStringLiteral("verifyCertificates"));
    form->addRow(QString(), m_verify);
    m_insecure = new QLabel(tr("Certificate checks are off: anyone between ScanFlow and the server can read and change "
                               "what this workflow sends, passwords and files included. Every trace says so."), box);
    m_insecure->setObjectName(QStringLiteral("insecureWarning"));
    m_insecure->setWordWrap(true);
    m_insecure->setStyleSheet(Colors::problemStyle());
    form->addRow(QString(), m_insecure);

    m_minTls = new QComboBox(box);
    m_minTls->setObjectName(QStringLiteral("minTlsVersion"));
    m_minTls->addItem(tr("System default"), int(TlsVersion::Default));
    m_minTls->addItem(tr("TLS 1.2"), int(TlsVersion::Tls12));
    m_minTls->addItem(tr("TLS 1.3"), int(TlsVersion::Tls13));
    form->addRow(tr("Minimum &TLS version:"), m_minTls);
    m_http2 = new QCheckBox(tr("Offer &HTTP/2"), box);
    m_http2->setObjectName(QStringLiteral("http2"));
    form->addRow(QString(), m_http2);

    m_cas = new QListWidget(box);
    m_cas->setObjectName(QStringLiteral("trustedCaAliases"));
    m_cas->setMaximumHeight(90);
    m_cas->setToolTip(tr("CA certificates imported under Certificates; checked ones are trusted besides the system's."));
    auto *casLabel = new QLabel(tr("Trusted &imported CAs:"), box);
    casLabel->setBuddy(m_cas);
    form->addRow(casLabel, m_cas);

    m_pem = new QPlainTextEdit(box);
    m_pem->setObjectName(QStringLiteral("trustedCas"));
    m_pem->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE-----"));
    m_pem->setMaximumHeight(80);
    m_pem->setTabChangesFocus(true);
    auto *loadPem = new QPushButton(tr("Load PEM…"), box);
    loadPem->setObjectName(QStringLiteral("loadTrustedCas"));
    auto *pemRow = new QHBoxLayout;
    pemRow->addWidget(m_pem, 1);
    pemRow->addWidget(loadPem, 0, Qt::AlignTop);
    auto *pemLabel = new QLabel(tr("Trusted CA certificates (PEM):"), box);
    pemLabel->setBuddy(m_pem);
    form->addRow(pemLabel, pemRow);

    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change certificate checks"), [on](Workflow &w) { w.destination.connection.verifyCertificates = on; });
    });
    connect(m_minTls, &QComboBox::activated, this, [this] {
        const auto v = TlsVersion(m_minTls->currentData().toInt());
        m_doc->edit(tr("Change minimum TLS version"), [v](Workflow &w) { w.destination.connection.minTlsVersion = v; });
    });
    connect(m_http2, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change HTTP/2"), [on](Workflow &w) { w.destination.connection.http2 = on; });
    });
    connect(m_cas, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString alias = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        m_doc->edit(tr("Change trusted CAs"), [alias, on](Workflow &w) {
            QStringList &aliases = w.destination.connection.trustedCaAliases;
            aliases.removeAll(alias);
            if (on)
                aliases.append(alias);
        });
    });
    connect(m_pem, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_pem->toPlainText();
        if (text != m_doc->workflow().destination.connection.trustedCas)
            m_doc->edit(tr("Edit trusted CA certificates"), [text](Workflow &w) { w.destination.connection.trustedCas = text; },
                        QStringLiteral("trustedCas"));
    });
    connect(loadPem, &QPushButton::clicked, this, [this] {
        const auto bytes = pickFile(tr("Trusted CA certificates"), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!bytes)
            return;
        QString text = m_doc->workflow().destination.connection.trustedCas;
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += QString::fromUtf8(*bytes);
        m_doc->edit(tr("Load trusted CA certificates"), [text](Workflow &w) { w.destination.connection.trustedCas = text; });
    });
    return box;
}

QWidget *ConnectionSection::buildClientCertificate()
{
    auto *outer = new QWidget(this);
    auto *form = new QFormLayout(outer);
    form->setContentsMargins(0, 0, 0, 0);
    m_certFormat = new QComboBox(outer);
    m_certFormat->setObjectName(QStringLiteral("clientCertFormat"));
    m_certFormat->addItem(tr("None"), int(ClientCertFormat::None));
    m_certFormat->addItem(tr("PEM certificate and key"), int(ClientCertFormat::Pem));
    m_certFormat->addItem(tr("PKCS#12 file (.p12, .pfx)"), int(ClientCertFormat::P12));
    form->addRow(tr("Client &certificate:"), m_certFormat);

    m_certBox = new QWidget(outer);
    auto *certForm = new QFormLayout(m_certBox);
    certForm->setContentsMargins(0, 0, 0, 0);
    auto *loadCert = new QPushButton(tr("Load certificate…"), m_certBox);
    loadCert->setObjectName(QStringLiteral("loadClientCertificate"));
    m_certState = new QLabel(m_certBox);
    m_certState->setObjectName(QStringLiteral("clientCertificateState"));
    m_certState->setWordWrap(true);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(loadCert);
    certRow->addWidget(m_certState, 1);
    certForm->addRow(tr("Certificate:"), certRow);
    m_loadKey = new QPushButton(tr("Load key…"), m_certBox);
    m_loadKey->setObjectName(QStringLiteral("loadClientKey"));
    m_keyState = new QLabel(m_certBox);
    m_keyState->setObjectName(QStringLiteral("clientKeyState"));
    m_keyRow = new QHBoxLayout;
    m_keyRow->addWidget(m_loadKey);
    m_keyRow->addWidget(m_keyState, 1);
    certForm->addRow(tr("Private key:"), m_keyRow);
    m_keyPassword = lineEdit(QStringLiteral("clientKeyPassword"), tr("Edit key password"),
                             [](const Workflow &w) { return w.destination.connection.clientKeyPassword; },
                             [](Workflow &w, const QString &v) { w.destination.connection.clientKeyPassword = v; });
    m_keyPassword->setEchoMode(QLineEdit::Password);
    certForm->addRow(tr("Key or file &password:"), m_keyPassword);
    form->addRow(m_certBox);

    connect(m_certFormat, &QComboBox::activated, this, [this] {
        const auto f = ClientCertFormat(m_certFormat->currentData().toInt());
        m_doc->edit(tr("Change client certificate"), [f](Workflow &w) {
            Connection &c = w.destination.connection;
            if (c.clientCertFormat != f) { // another kind of file: the one loaded does not fit it
                c.clientCertificate.clear();
                c.clientKey.clear();
                c.clientKeyPassword.clear();
            }
            c.clientCertFormat = f;
        });
    });
    connect(loadCert, &QPushButton::clicked, this, &ConnectionSection::loadClientCertificate);
    connect(m_loadKey, &QPushButton::clicked, this, &ConnectionSection::loadClientKey);
    return outer;
}

std::optional<QByteArray> ConnectionSection::pickFile(const QString &title, const QString &filter)
{
    const QString path = Dialogs::openFileName(this, title, filter);
    if (path.isEmpty())
        return std::nullopt;
    // Certificates and keys are a few KiB: read here, at once.
    QFile f(path);
    QString why;
    if (!f.open(QIODevice::ReadOnly))
        why = f.errorString();
    else if (f.size() > 1024 * 1024)
        why = tr("larger than 1 MiB; not a certificate");
    if (!why.isEmpty()) {
        Dialogs::warning(this, title, tr("%1 cannot be read: %2").arg(path, why));
        return std::nullopt;
    }
    return f.readAll();
}

void ConnectionSection::loadClientCertificate()
{
    const bool p12 = m_doc->workflow().destination.connection.clientCertFormat == ClientCertFormat::P12;
    const auto bytes = pickFile(tr("Client certificate"), p12 ? tr("PKCS#12 files (*.p12 *.pfx);;All files (*)")
                                                              : tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!bytes)
        return;
    QString certificate = p12 ? QString::fromLatin1(bytes->toBase64()) : QString::fromUtf8(*bytes);
    // One PEM file with the certificate and its key: the key goes where it is kept secret.
    const QString key = p12 ? QString() : takePrivateKey(certificate);
    m_doc->edit(tr("Load client certificate"), [certificate, key](Workflow &w) {
        Connection &c = w.destination.connection;
        c.clientCertificate = certificate;
        if (!key.isEmpty())
            c.clientKey = key;
    });
}

void ConnectionSection::loadClientKey()
{
    const auto bytes = pickFile(tr("Private key"), tr("PEM keys (*.key *.pem);;All files (*)"));
    if (!bytes)
        return;
    const QString key = QString::fromUtf8(*bytes);
    m_doc->edit(tr("Load private key"), [key](Workflow &w) { w.destination.connection.clientKey = key; });
}

QWidget *ConnectionSection::buildProxy()
{
    auto *outer = new QWidget(this);
    auto *form = new QFormLayout(outer);
    form->setContentsMargins(0, 0, 0, 0);
    m_proxyMode = new QComboBox(outer);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("The system's (environment)"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("This proxy"), int(ProxyMode::Url));
    form->addRow(tr("Pro&xy:"), m_proxyMode);

    m_proxyBox = new QWidget(outer);
    auto *proxyForm = new QFormLayout(m_proxyBox);
    proxyForm->setContentsMargins(0, 0, 0, 0);
    auto *url = lineEdit(QStringLiteral("proxyUrl"), tr("Edit proxy URL"), [](const Workflow &w) { return w.destination.connection.proxyUrl; },
                         [](Workflow &w, const QString &v) { w.destination.connection.proxyUrl = v; });
    url->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    proxyForm->addRow(tr("Proxy URL:"), url);
    auto *login = lineEdit(QStringLiteral("proxyLogin"), tr("Edit proxy login"), [](const Workflow &w) { return w.destination.connection.proxyLogin; },
                           [](Workflow &w, const QString &v) { w.destination.connection.proxyLogin = v; });
    proxyForm->addRow(tr("Proxy login:"), login);
    m_proxyPassword = lineEdit(QStringLiteral("proxyPassword"), tr("Edit proxy password"),
                               [](const Workflow &w) { return w.destination.connection.proxyPassword; },
                               [](Workflow &w, const QString &v) { w.destination.connection.proxyPassword = v; });
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    proxyForm->addRow(tr("Proxy password:"), m_proxyPassword);
    m_proxyAuth = new QComboBox(m_proxyBox);
    m_proxyAuth->setObjectName(QStringLiteral("proxyAuth"));
    m_proxyAuth->addItem(tr("The best it offers"), int(ProxyAuth::Any));
    m_proxyAuth->addItem(tr("Basic"), int(ProxyAuth::Basic));
    m_proxyAuth->addItem(tr("NTLM"), int(ProxyAuth::Ntlm));
    m_proxyAuth->addItem(tr("Negotiate (Kerberos)"), int(ProxyAuth::Negotiate));
    m_proxyAuth->setToolTip(tr("Negotiate with no login signs in with the Kerberos ticket of the account the server runs as."));
    proxyForm->addRow(tr("Proxy authentication:"), m_proxyAuth);
    form->addRow(m_proxyBox);
    m_noProxy = lineEdit(QStringLiteral("noProxy"), tr("Edit hosts without proxy"), [](const Workflow &w) { return w.destination.connection.noProxy; },
                         [](Workflow &w, const QString &v) { w.destination.connection.noProxy = v; });
    m_noProxy->setPlaceholderText(QStringLiteral("localhost, .corp.example.com"));
    form->addRow(tr("Reach &directly:"), m_noProxy);

    connect(m_proxyMode, &QComboBox::activated, this, [this] {
        const auto mode = ProxyMode(m_proxyMode->currentData().toInt());
        m_doc->edit(tr("Change proxy"), [mode](Workflow &w) { w.destination.connection.proxyMode = mode; });
    });
    connect(m_proxyAuth, &QComboBox::activated, this, [this] {
        const auto auth = ProxyAuth(m_proxyAuth->currentData().toInt());
        m_doc->edit(tr("Change proxy authentication"), [auth](Workflow &w) { w.destination.connection.proxyAuth = auth; });
    });
    return outer;
}

void ConnectionSection::reloadCertificates()
{
    if (!m_api)
        return;
    m_api->get(QStringLiteral("/certificate/ca"), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return;
        const QSignalBlocker block(m_cas);
        m_cas->clear();
        for (const QJsonValue &v : reply.array()) {
            const QJsonObject o = v.toObject();
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(o.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("alias")).toString()), m_cas);
            item->setData(Qt::UserRole, o.value(QStringLiteral("alias")).toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        refresh();
    });
}

void ConnectionSection::refresh()
{
    const Workflow &w = m_doc->workflow();
    const Connection &c = w.destination.connection;
    const Connection &saved = m_doc->saved().destination.connection;
    for (const auto &refresher : m_refreshers)
        refresher();
    FormControls::setChecked(m_verify, c.verifyCertificates);
    m_insecure->setVisible(!c.verifyCertificates);
    setChoice(m_minTls, c.minTlsVersion);
    FormControls::setChecked(m_http2, c.http2);
    {
        const QSignalBlocker block(m_cas);
        QStringList shown;
        for (int i = 0; i < m_cas->count(); ++i) {
            QListWidgetItem *item = m_cas->item(i);
            const QString alias = item->data(Qt::UserRole).toString();
            shown.append(alias);
            item->setCheckState(c.trustedCaAliases.contains(alias) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString &alias : c.trustedCaAliases) { // trusted, but no longer on the server
            if (!shown.contains(alias)) {
                auto *item = new QListWidgetItem(Icons::warning(), tr("%1 (not on the server)").arg(alias), m_cas);
                item->setData(Qt::UserRole, alias);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
    }
    if (m_pem->toPlainText() != c.trustedCas) {
        const QSignalBlocker block(m_pem);
        m_pem->setPlainText(c.trustedCas);
    }

    setChoice(m_certFormat, c.clientCertFormat);
    m_certBox->setVisible(c.clientCertFormat != ClientCertFormat::None);
    const bool pem = c.clientCertFormat == ClientCertFormat::Pem;
    const bool storedBefore = !m_doc->saved().id.isEmpty() && saved.clientCertFormat == c.clientCertFormat;
    if (pem)
        m_certState->setText(c.clientCertificate.isEmpty() ? tr("none loaded") : describeCertificate(c.clientCertificate));
    else if (!c.clientCertificate.isEmpty())
        m_certState->setText(tr("PKCS#12 file loaded; sent to the server encrypted, never shown again"));
    else
        m_certState->setText(storedBefore ? tr("stored encrypted on the server; load a file to replace it") : tr("none loaded"));
    m_keyState->setText(!c.clientKey.isEmpty() ? tr("loaded; sent to the server encrypted, never shown again")
                        : storedBefore && c.clientCertificate == saved.clientCertificate ? tr("stored encrypted on the server")
                                                                                        : tr("none loaded"));
    qobject_cast<QFormLayout *>(m_certBox->layout())->setRowVisible(m_keyRow, pem);
    // The server keeps the stored password only with the stored certificate (WorkflowService).
    const bool certificateKept = storedBefore
        && (pem ? c.clientCertificate == saved.clientCertificate && c.clientKey.isEmpty() : c.clientCertificate.isEmpty());
    m_keyPassword->setPlaceholderText(certificateKept ? tr("stored encrypted; type to replace") : QString());

    setChoice(m_proxyMode, c.proxyMode);
    m_proxyBox->setVisible(c.proxyMode == ProxyMode::Url);
    setChoice(m_proxyAuth, c.proxyAuth);
    m_noProxy->setEnabled(c.proxyMode != ProxyMode::None);
    // Kept only for the same proxy and login; another one needs its password typed.
    const bool proxyKept = !m_doc->saved().id.isEmpty() && saved.proxyMode == ProxyMode::Url
        && saved.proxyUrl.trimmed() == c.proxyUrl.trimmed() && saved.proxyLogin == c.proxyLogin;
    m_proxyPassword->setPlaceholderText(proxyKept ? tr("stored encrypted; type to replace") : QString());
    setSpin(m_connectTimeout, c.connectTimeoutSeconds);
    setSpin(m_transferTimeout, c.transferTimeoutSeconds);
    m_problem->setText(m_doc->issuesAt(QStringLiteral("destination.connection")).join(QLatin1String("; ")));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

} // namespace scanflow
