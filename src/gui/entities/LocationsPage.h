#pragma once

#include "EntityPage.h"

namespace scanflow {

// Locations and what identifies them: gateway addresses, subnets, address ranges, WiFi SSIDs.
class LocationsPage : public EntityPage
{
    Q_OBJECT

public:
    explicit LocationsPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/locations"); }
    QString deletePath(const QJsonObject &location) const override;
    FieldForm *makeForm(const QJsonObject &location) override;
    void send(FieldForm *form, const QJsonObject &location, ApiClient::Callback done) override;
};

} // namespace scanflow
