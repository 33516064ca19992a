#include "CertificateStore.h"

#include "CertificateAuthority.h"
#include "Entities.h"
#include "FormParams.h"
#include "SecretStore.h"
#include "WorkflowRepository.h"

#include <QBuffer>
#include <QHostAddress>
#include <QUrl>
#include <QJsonArray>
#include <QSslKey>
#include <QUuid>

namespace scanflow {

namespace {

const QString Ca = QStringLiteral("ca");
const QString Chain = QStringLiteral("chain");
const QString Root = QStringLiteral("root");
const QString PrivateKey = QStringLiteral("privateKey");

QString owner(const QString &alias)
{
    return QStringLiteral("certificate:") + alias;
}

// "serial (bigint)": the serial number in decimal, from Qt's "0a:1b:…" hex.
QString decimalSerial(const QSslCertificate &c)
{
    const QByteArray bytes = QByteArray::fromHex(c.serialNumber().replace(':', ""));
    QList<int> digits{0}; // little endian, base 10
    for (const char byte : bytes) {
        int carry = static_cast<unsigned char>(byte);
        for (int &d : digits) {
            const int v = d * 256 + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry > 0) {
            digits.append(carry % 10);
            carry /= 10;
        }
    }
    QString out;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        out.append(QChar(u'0' + *it));
    return out;
}

QString nameOf(const QSslCertificate &c, bool issuer)
{
    return issuer ? c.issuerDisplayName() : c.subjectDisplayName();
}

QJsonObject info(const QSslCertificate &c, const QString &alias, const QString &kind, const QByteArray &body)
{
    return {{QStringLiteral("alias"), alias},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("serial"), decimalSerial(c)},
            {QStringLiteral("subject"), nameOf(c, false)},
            {QStringLiteral("issuer"), nameOf(c, true)},
            {QStringLiteral("notBefore"), c.effectiveDate().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), c.expiryDate().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("body"), QString::fromLatin1(body)}};
}

QList<QJsonObject> ofKind(Database &db, const QString &kind)
{
    QList<QJsonObject> out;
    const auto all = EntityRepository(db, Entities::Certificate).list();
    if (!all)
        return out;
    for (const QJsonObject &c : *all) {
        if (c.value(QStringLiteral("kind")).toString() == kind)
            out.append(c);
    }
    return out;
}

// What the API shows: the reference's CertificateInfo, without our bookkeeping.
QJsonObject shown(QJsonObject c)
{
    c.remove(QStringLiteral("id"));
    c.remove(QStringLiteral("generated"));
    c.remove(QStringLiteral("importedAt"));
    return c;
}

} // namespace

std::optional<QJsonObject> CertificateStore::activeChain()
{
    const QList<QJsonObject> chains = ofKind(m_db, Chain);
    std::optional<QJsonObject> generated, imported;
    for (const QJsonObject &c : chains) {
        if (c.value(QStringLiteral("generated")).toBool())
            generated = c;
        else
            imported = c; // ids grow: the last imported is the newest
    }
    return imported ? imported : generated;
}

Result<QSslConfiguration> CertificateStore::configurationOf(const QJsonObject &chain)
{
    using R = Result<QSslConfiguration>;
    const QString alias = chain.value(QStringLiteral("alias")).toString();
    const auto key = m_secrets.get(owner(alias), PrivateKey);
    if (!key || !key->has_value())
        return R::failure(QStringLiteral("the private key of certificate chain %1 cannot be read%2").arg(alias, key ? QString() : QStringLiteral(": ") + key.error()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(chain.value(QStringLiteral("body")).toString().toLatin1(), QSsl::Pem);
    const QSslKey privateKey(**key, QSsl::Ec, QSsl::Pem);
    const QSslKey rsaKey = privateKey.isNull() ? QSslKey(**key, QSsl::Rsa, QSsl::Pem) : QSslKey();
    if (certs.isEmpty() || (privateKey.isNull() && rsaKey.isNull()))
        return R::failure(QStringLiteral("certificate chain %1 is damaged").arg(alias));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(certs);
    config.setPrivateKey(privateKey.isNull() ? rsaKey : privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with keys and tokens, not certificates
    return config;
}

Result<QSslConfiguration> CertificateStore::serverConfiguration(const QStringList &dnsNames, const QStringList &ipAddresses)
{
    using R = Result<QSslConfiguration>;
    if (const auto chain = activeChain())
        return configurationOf(*chain);
    if (const Status s = m_secrets.writable(); !s)
        return R::failure(QStringLiteral("HTTPS needs a private key kept sealed, and ") + s.error());
    if (const auto made = makeChain(QStringLiteral("ScanFlow"), dnsNames, ipAddresses, 825); !made)
        return R::failure(made.error());
    const auto chain = activeChain();
    return chain ? configurationOf(*chain) : R::failure(QStringLiteral("the new certificate chain cannot be read back"));
}

Result<QJsonObject> CertificateStore::makeChain(const QString &organisation, const QStringList &dnsNames,
                                                const QStringList &ipAddresses, int validDays)
{
    using R = Result<QJsonObject>;
    const auto made = CertificateAuthority::generate(organisation, dnsNames, ipAddresses, validDays);
    if (!made)
        return R::failure(made.error());
    const QSslCertificate root(made->rootPem, QSsl::Pem);
    const QSslCertificate server(made->serverPem, QSsl::Pem);
    const QString rootAlias = QStringLiteral("scanflow-root-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString chainAlias = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject rootInfo = info(root, rootAlias, Root, made->rootPem);
    rootInfo.insert(QStringLiteral("generated"), true);
    QJsonObject chainInfo = info(server, chainAlias, Chain, made->serverPem + made->rootPem);
    chainInfo.insert(QStringLiteral("generated"), true);
    const Status s = m_db.transaction([&]() -> Status {
        EntityRepository certificates(m_db, Entities::Certificate);
        if (const auto id = certificates.create(rootInfo); !id)
            return Status::failure(id.error());
        if (const auto id = certificates.create(chainInfo); !id)
            return Status::failure(id.error());
        return m_secrets.put(owner(chainAlias), PrivateKey, made->serverKeyPem);
    });
    if (!s)
        return R::failure(s.error());
    return chainInfo;
}

ApiHandler CertificateStore::createChain()
{
    return [this](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        const QString organisation = p.value(QStringLiteral("organisation")).trimmed();
        QStringList names, addresses;
        for (const QString &host : p.value(QStringLiteral("hostnames")).split(u',', Qt::SkipEmptyParts)) {
            const QString h = host.trimmed();
            if (h.isEmpty())
                continue;
            if (QHostAddress address; address.setAddress(h))
                addresses.append(address.toString());
            else if (QUrl::fromAce(QUrl::toAce(h)).isEmpty() || h.contains(u' ') || h.contains(u'/'))
                return ApiError::badRequest(QStringLiteral("hostnames: \"%1\" is neither a host name nor an IP address").arg(h));
            else
                names.append(h);
        }
        if (names.isEmpty() && addresses.isEmpty())
            return ApiError::badRequest(QStringLiteral("hostnames: give at least one host name or address, separated by commas"));
        SF_TRY(days, p.integer(QStringLiteral("validdays"), 825, 1, 3650));
        if (const Status s = m_secrets.writable(); !s)
            return ApiError::badRequest(QStringLiteral("the private key cannot be kept sealed: ") + s.error());
        const auto serving = activeChain();
        const bool importedServes = serving && !serving->value(QStringLiteral("generated")).toBool();
        const auto made = makeChain(organisation.isEmpty() ? QStringLiteral("ScanFlow") : organisation, names, addresses, int(days));
        if (!made)
            return ApiError::internal(made.error());
        // A made chain serves HTTPS unless an imported one does (imported chains always win).
        if (m_apply && !importedServes) {
            if (const auto config = configurationOf(*made))
                m_apply(*config);
        }
        return ApiResponse::json(200, QJsonArray{shown(*made)});
    };
}

ApiHandler CertificateStore::importCa()
{
    return [this](const ApiRequest &r) -> ApiResult {
        QList<QSslCertificate> certs = QSslCertificate::fromData(r.body, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromData(r.body, QSsl::Der);
        if (certs.isEmpty() || certs.first().isNull())
            return ApiError::badRequest(QStringLiteral("the body is neither a PEM nor a DER certificate"));
        QJsonArray out;
        for (const QSslCertificate &c : certs) {
            const QString alias = QStringLiteral("imported-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            QJsonObject i = info(c, alias, Ca, c.toPem());
            i.insert(QStringLiteral("importedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (const auto id = EntityRepository(m_db, Entities::Certificate).create(i); !id)
                return ApiError::internal(id.error());
            out.append(shown(i));
        }
        return ApiResponse::json(200, out.size() == 1 ? out.first().toObject() : QJsonObject{{QStringLiteral("certificates"), out}});
    };
}

ApiHandler CertificateStore::importChain()
{
    return [this](const ApiRequest &r) -> ApiResult {
        if (!r.header("Content-Type").trimmed().toLower().startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("the body must be multipart/form-data with \"password\" and \"data\""));
        SF_TRY(p, FormParams::parse(r));
        const MultipartPart *data = p.file(QStringLiteral("data"));
        if (!data)
            return ApiError::badRequest(QStringLiteral("data: the P12/PFX part is missing"));
        QByteArray bytes = data->body;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> cas;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &cert, &cas, p.value(QStringLiteral("password")).toUtf8()))
            return ApiError::badRequest(QStringLiteral("data: not a P12/PFX keystore, or the password is wrong"));
        if (const Status s = m_secrets.writable(); !s)
            return ApiError::badRequest(QStringLiteral("data: the private key cannot be kept sealed: ") + s.error());
        const QString alias = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QByteArray body = cert.toPem();
        for (const QSslCertificate &ca : cas)
            body += ca.toPem();
        QJsonObject chainInfo = info(cert, alias, Chain, body);
        chainInfo.insert(QStringLiteral("importedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        const Status s = m_db.transaction([&]() -> Status {
            if (const auto id = EntityRepository(m_db, Entities::Certificate).create(chainInfo); !id)
                return Status::failure(id.error());
            return m_secrets.put(owner(alias), PrivateKey, key.toPem());
        });
        if (!s)
            return ApiError::internal(s.error());
        if (m_apply) {
            if (const auto config = configurationOf(chainInfo))
                m_apply(*config);
        }
        QJsonArray out{shown(chainInfo)};
        for (const QSslCertificate &ca : cas)
            out.append(shown(info(ca, alias, Chain, ca.toPem())));
        return ApiResponse::json(200, out);
    };
}

ApiHandler CertificateStore::list(const QString &kind)
{
    return [this, kind](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(expiresIn, p.integer(QStringLiteral("expiresin"), -1, 0, 100000));
        const QString subject = p.value(QStringLiteral("subject"));
        const QString serial = p.value(QStringLiteral("serial"));
        const QString alias = p.value(QStringLiteral("alias"));
        const QString issuer = p.value(QStringLiteral("issuer"));
        QJsonArray out;
        for (const QJsonObject &c : ofKind(m_db, kind)) {
            if (!subject.isEmpty() && !c.value(QStringLiteral("subject")).toString().contains(subject, Qt::CaseInsensitive))
                continue;
            if (!serial.isEmpty() && c.value(QStringLiteral("serial")).toString() != serial)
                continue;
            if (!alias.isEmpty() && c.value(QStringLiteral("alias")).toString() != alias)
                continue;
            if (!issuer.isEmpty() && !c.value(QStringLiteral("issuer")).toString().contains(issuer, Qt::CaseInsensitive))
                continue;
            if (expiresIn >= 0) {
                const QDateTime notAfter = QDateTime::fromString(c.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
                if (notAfter > QDateTime::currentDateTimeUtc().addDays(expiresIn))
                    continue;
            }
            out.append(shown(c));
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler CertificateStore::remove(const QString &kind, int notFoundCode, int inUseCode)
{
    return [this, kind, notFoundCode, inUseCode](const ApiRequest &r) -> ApiResult {
        const QString alias = r.params.value(QStringLiteral("alias"));
        for (const QJsonObject &c : ofKind(m_db, kind)) {
            if (c.value(QStringLiteral("alias")).toString() != alias)
                continue;
            if (kind == Ca) {
                // A workflow that trusts it would stop reaching its server.
                const auto workflows = WorkflowRepository(m_db).list();
                if (!workflows)
                    return ApiError::internal(workflows.error());
                for (const StoredWorkflow &w : *workflows) {
                    if (w.workflow.destination.connection.trustedCaAliases.contains(alias))
                        return ApiResponse::json(400, errorCodeInfo(inUseCode, QStringLiteral("alias: workflow \"%1\" trusts %2; take it out of the workflow's connection settings first")
                                                                               .arg(w.workflow.name, alias)));
                }
            }
            if (kind == Chain) {
                const auto active = activeChain();
                if (active && active->value(QStringLiteral("alias")).toString() == alias && c.value(QStringLiteral("generated")).toBool())
                    return ApiResponse::json(400, errorCodeInfo(inUseCode, QStringLiteral("alias: %1 is the chain HTTPS serves; import another first").arg(alias)));
            }
            const Status s = m_db.transaction([&]() -> Status {
                if (const auto removed = EntityRepository(m_db, Entities::Certificate).remove(c.value(QStringLiteral("id")).toInteger()); !removed)
                    return Status::failure(removed.error());
                return m_secrets.removeOwner(owner(alias));
            });
            if (!s)
                return ApiError::internal(s.error());
            return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("certificate %1 deleted").arg(alias)));
        }
        return ApiResponse::json(404, errorCodeInfo(notFoundCode, QStringLiteral("alias: no %1 certificate \"%2\"").arg(kind, alias)));
    };
}

ApiHandler CertificateStore::listCa() { return list(Ca); }
ApiHandler CertificateStore::listChains() { return list(Chain); }
ApiHandler CertificateStore::removeCa() { return remove(Ca, 1130, 1134); }
ApiHandler CertificateStore::removeChain() { return remove(Chain, 1131, 1135); }

ApiHandler CertificateStore::roots()
{
    return [this](const ApiRequest &) -> ApiResult {
        QJsonArray out;
        for (QJsonObject c : ofKind(m_db, Root)) {
            // "body (public part of the certificate encoded as base64 DER)"
            const QSslCertificate cert(c.value(QStringLiteral("body")).toString().toLatin1(), QSsl::Pem);
            c.insert(QStringLiteral("body"), QString::fromLatin1(cert.toDer().toBase64()));
            out.append(shown(c));
        }
        return ApiResponse::json(200, out);
    };
}

} // namespace scanflow
