#pragma once

#include "EntityPage.h"

namespace scanflow {

// The server's certificates in one list: trusted CA certificates, private chains (the one
// HTTPS serves among them) and the root authorities of chains the server made. Import a CA
// (PEM/DER), import a chain (P12/PFX with its password), create a self-signed chain, delete.
class CertificatesPage : public EntityPage
{
    Q_OBJECT

public:
    explicit CertificatesPage(ApiClient *api, QWidget *parent = nullptr);

public slots:
    void reload() override;
    void importCa();
    void importChain();
    void createChain();

protected:
    QString listPath() const override { return QStringLiteral("/certificate/ca"); }
    QString nameOf(const QJsonObject &certificate) const override;
    QString deletePath(const QJsonObject &certificate) const override;
    QString cannotDelete(const QJsonObject &certificate) const override;
};

} // namespace scanflow
