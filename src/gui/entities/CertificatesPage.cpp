#include "CertificatesPage.h"

#include "FieldForm.h"

#include <QFile>
#include <QJsonArray>
#include <QTableView>

namespace scanflow {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("ca"))
        return CertificatesPage::tr("Trusted CA");
    if (kind == QLatin1String("chain"))
        return CertificatesPage::tr("Private chain");
    return CertificatesPage::tr("Root authority");
}

QString day(const QJsonObject &c, const char *field)
{
    return QDateTime::fromString(c.value(QLatin1String(field)).toString(), Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

CertificatesPage::CertificatesPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("certificatesPage"), parent)
{
    setColumns({{tr("Kind"), [](const QJsonObject &c) { return QVariant(kindLabel(c.value(QStringLiteral("kind")).toString())); }},
                Columns::field(tr("Subject"), QStringLiteral("subject")), Columns::field(tr("Issuer"), QStringLiteral("issuer")),
                {tr("Valid from"), [](const QJsonObject &c) { return QVariant(day(c, "notBefore")); }},
                {tr("Valid until"), [](const QJsonObject &c) { return QVariant(day(c, "notAfter")); }},
                Columns::field(tr("Serial"), QStringLiteral("serial")), Columns::field(tr("Alias"), QStringLiteral("alias"))});
    setDetailFields({{QStringLiteral("subject"), tr("Subject")},
                     {QStringLiteral("issuer"), tr("Issuer")},
                     {QStringLiteral("serial"), tr("Serial number")},
                     {QStringLiteral("notBefore"), tr("Valid from")},
                     {QStringLiteral("notAfter"), tr("Valid until")},
                     {QStringLiteral("alias"), tr("Alias")}});
    setCanAddEdit(false, false);
    addPageAction(tr("Import CA…"), QStringLiteral("importCa"), "document-import", "action-import", false, [this] { importCa(); });
    addPageAction(tr("Import chain…"), QStringLiteral("importChain"), "document-import", "action-import", false, [this] { importChain(); });
    addPageAction(tr("Create self-signed…"), QStringLiteral("createChain"), "", "nav-certificates", false, [this] { createChain(); });
}

void CertificatesPage::reload()
{
    // Three lists in one table; the kind tells them apart.
    auto rows = std::make_shared<QList<QJsonObject>>();
    auto waiting = std::make_shared<int>(3);
    for (const QString &path : {QStringLiteral("/certificate/ca"), QStringLiteral("/certificate/chain"), QStringLiteral("/certificate/root")}) {
        m_api->get(path, {}, this, tracked([this, rows, waiting, path](const ApiReply &reply) {
            if (reply.ok()) {
                for (const QJsonValue &v : reply.array())
                    rows->append(v.toObject());
            } else {
                emit message(tr("Cannot load %1: %2").arg(path, reply.errorMessage()));
            }
            if (--*waiting > 0)
                return;
            const QString keep = selected().value(QStringLiteral("alias")).toString();
            std::sort(rows->begin(), rows->end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("kind")).toString() < b.value(QStringLiteral("kind")).toString();
            });
            model()->setRows(*rows);
            fitColumns();
            if (!keep.isEmpty())
                select(QStringLiteral("alias"), keep);
            markLoaded();
        }));
    }
}

QString CertificatesPage::nameOf(const QJsonObject &certificate) const
{
    return certificate.value(QStringLiteral("subject")).toString();
}

QString CertificatesPage::deletePath(const QJsonObject &certificate) const
{
    const QString kind = certificate.value(QStringLiteral("kind")).toString();
    const QString alias = QString::fromUtf8(QUrl::toPercentEncoding(certificate.value(QStringLiteral("alias")).toString()));
    return (kind == QLatin1String("ca") ? QStringLiteral("/certificate/ca/") : QStringLiteral("/certificate/chain/")) + alias;
}

QString CertificatesPage::cannotDelete(const QJsonObject &certificate) const
{
    return certificate.value(QStringLiteral("kind")).toString() == QLatin1String("root")
               ? tr("A root authority goes with the chain it signed; delete that chain instead.")
               : QString();
}

void CertificatesPage::importCa()
{
    auto *form = new FieldForm(tr("Import a CA certificate"), this);
    form->addFile(QStringLiteral("file"), tr("Certificate file"), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"), FieldForm::Required);
    form->addNote(tr("PEM or DER. Clients and destinations whose certificates it signed are then trusted."));
    runForm(form, [this, form](ApiClient::Callback done) {
        QFile file(form->text(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            done(refusal(tr("Certificate file: cannot read \"%1\"%2").arg(file.fileName(), file.isOpen() ? tr(": over 1 MiB") : QStringLiteral(": ") + file.errorString())));
            return;
        }
        m_api->sendBytes("POST", QStringLiteral("/certificate/ca"), file.readAll(), "application/octet-stream", form, std::move(done));
    }, tr("CA certificate imported."));
}

void CertificatesPage::importChain()
{
    auto *form = new FieldForm(tr("Import a private certificate chain"), this);
    form->addFile(QStringLiteral("file"), tr("Keystore"), tr("PKCS #12 (*.p12 *.pfx);;All files (*)"), FieldForm::Required);
    form->addText(QStringLiteral("password"), tr("Keystore password"), {}, FieldForm::Secret);
    form->addNote(tr("The chain serves HTTPS at once. Its private key is kept sealed on the server."));
    runForm(form, [this, form](ApiClient::Callback done) {
        m_api->upload(QStringLiteral("/certificate/chain"), QStringLiteral("data"), form->text(QStringLiteral("file")),
                      {{QStringLiteral("password"), form->text(QStringLiteral("password"))}}, form, std::move(done));
    }, tr("Certificate chain imported."));
}

void CertificatesPage::createChain()
{
    auto *form = new FieldForm(tr("Create a self-signed certificate chain"), this);
    form->addText(QStringLiteral("hostnames"), tr("Host names and addresses"), QStringLiteral("localhost"), FieldForm::Required,
                  tr("scan.example.com, 10.0.0.7"));
    form->addText(QStringLiteral("organisation"), tr("Organisation"), QStringLiteral("ScanFlow"));
    form->addText(QStringLiteral("validdays"), tr("Valid for (days)"), QStringLiteral("825"), FieldForm::Required);
    form->addNote(tr("The server makes a root authority and a certificate it signs for these names. Clients trust it "
                     "once they trust the root (listed here as a root authority)."));
    runForm(form, [this, form](ApiClient::Callback done) {
        QUrlQuery q;
        for (const char *key : {"hostnames", "organisation", "validdays"})
            q.addQueryItem(QLatin1String(key), form->text(QLatin1String(key)));
        m_api->sendForm("POST", QStringLiteral("/certificate/chain/create"), q, form, std::move(done));
    }, tr("Certificate chain created."));
}

} // namespace scanflow
