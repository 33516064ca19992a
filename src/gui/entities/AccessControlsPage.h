#pragma once

#include "EntityPage.h"

namespace scanflow {

// Access controls: a role (Administrators, Users, Reporting, Support) given to a user or a
// group; where a signed-in user's permissions come from. Add and delete.
class AccessControlsPage : public EntityPage
{
    Q_OBJECT

public:
    explicit AccessControlsPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/accesscontrols"); }
    QUrlQuery listQuery() const override;
    QList<QJsonObject> rowsOf(const ApiReply &reply) const override;
    QString nameOf(const QJsonObject &rule) const override;
    QString deletePath(const QJsonObject &rule) const override;
    QUrlQuery deleteQuery(const QJsonObject &rule) const override;
    FieldForm *makeForm(const QJsonObject &rule) override;
    void send(FieldForm *form, const QJsonObject &rule, ApiClient::Callback done) override;
};

} // namespace scanflow
