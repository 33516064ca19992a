#pragma once

#include "EntityPage.h"

namespace scanflow {

// Output ports (printers and dummy ports) with the reference's settings; add, edit (PATCH),
// delete.
class OutputPortsPage : public EntityPage
{
    Q_OBJECT

public:
    explicit OutputPortsPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/outputports"); }
    QUrlQuery listQuery() const override;
    QString deletePath(const QJsonObject &port) const override;
    FieldForm *makeForm(const QJsonObject &port) override;
    void send(FieldForm *form, const QJsonObject &port, ApiClient::Callback done) override;
};

// Input ports (pull and push queues), a push queue mapped to an output port; add, edit, delete.
class InputPortsPage : public EntityPage
{
    Q_OBJECT

public:
    explicit InputPortsPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/inputports"); }
    QUrlQuery listQuery() const override;
    QString deletePath(const QJsonObject &port) const override;
    FieldForm *makeForm(const QJsonObject &port) override;
    void send(FieldForm *form, const QJsonObject &port, ApiClient::Callback done) override;
};

} // namespace scanflow
