#pragma once

#include "EntityPage.h"

namespace scanflow {

// Authentication providers (local, LDAP, Microsoft Entra ID, Okta): their settings as the
// reference's typeConfiguration JSON, with the bind password or client secret entered apart
// (sealed by the server, never shown again). The local provider cannot be deleted.
class AuthProvidersPage : public EntityPage
{
    Q_OBJECT

public:
    explicit AuthProvidersPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/authproviders"); }
    QUrlQuery listQuery() const override;
    QList<QJsonObject> rowsOf(const ApiReply &reply) const override;
    QString deletePath(const QJsonObject &provider) const override;
    QString cannotDelete(const QJsonObject &provider) const override;
    FieldForm *makeForm(const QJsonObject &provider) override;
    void send(FieldForm *form, const QJsonObject &provider, ApiClient::Callback done) override;
};

} // namespace scanflow
