#pragma once

#include "EntityPage.h"

namespace scanflow {

// Trusted devices: the terminals, kiosks and card readers that may log people in by card, short
// id, name or e-mail. Add issues a one-time registration code, shown once, to type into the
// device; Delete ends the device's trust and its tokens at once (docs/api.md, "Trusted devices").
class DevicesPage : public EntityPage
{
    Q_OBJECT

public:
    explicit DevicesPage(ApiClient *api, QWidget *parent = nullptr);

signals:
    // A new code's one showing, for tests to read.
    void codeShown(const QString &code);

protected:
    QString listPath() const override { return QStringLiteral("/devices"); }
    QString deletePath(const QJsonObject &device) const override;
    FieldForm *makeForm(const QJsonObject &device) override;
    void send(FieldForm *form, const QJsonObject &device, ApiClient::Callback done) override;
};

} // namespace scanflow
