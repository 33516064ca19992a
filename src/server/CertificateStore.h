#pragma once

#include "Result.h"
#include "Router.h"

#include <QSslConfiguration>

#include <functional>

namespace scanflow {

class Database;
class SecretStore;

// The server's certificates (the reference's Certificates group): trusted CA certificates,
// private certificate chains (imported from P12/PFX, or made by the server on its first TLS
// start) and the root authorities of the chains the server made. Certificates are public and
// kept as entities; a chain's private key is sealed in the secret store.
class CertificateStore
{
public:
    CertificateStore(Database &db, SecretStore &secrets) : m_db(db), m_secrets(secrets) {}

    // The chain HTTPS serves: the newest imported one, else the one the server made (made now,
    // for these names, when there is none).
    Result<QSslConfiguration> serverConfiguration(const QStringList &dnsNames, const QStringList &ipAddresses);
    // Called with the new configuration when a chain is imported, so HTTPS uses it at once.
    void onChainChanged(std::function<void(const QSslConfiguration &)> apply) { m_apply = std::move(apply); }

    ApiHandler importCa();      // POST /certificate/ca (PEM or DER body)
    ApiHandler importChain();   // POST /certificate/chain (multipart: password, data)
    ApiHandler createChain();   // POST /certificate/chain/create: the reference's "Create..." button
    ApiHandler listCa();        // GET /certificate/ca
    ApiHandler listChains();    // GET /certificate/chain
    ApiHandler removeCa();      // DELETE /certificate/ca/{alias}
    ApiHandler removeChain();   // DELETE /certificate/chain/{alias}
    ApiHandler roots();         // GET /certificate/root

private:
    ApiHandler list(const QString &kind);
    ApiHandler remove(const QString &kind, int notFoundCode, int inUseCode);
    Result<QSslConfiguration> configurationOf(const QJsonObject &chain);
    std::optional<QJsonObject> activeChain();
    // Makes a root authority and a server certificate it signs, and keeps both (the key sealed).
    Result<QJsonObject> makeChain(const QString &organisation, const QStringList &dnsNames, const QStringList &ipAddresses,
                                  int validDays);

    Database &m_db;
    SecretStore &m_secrets;
    std::function<void(const QSslConfiguration &)> m_apply;
};

} // namespace scanflow
