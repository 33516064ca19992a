#pragma once

#include "EntityPage.h"

namespace scanflow {

// Local user groups: name, group ID and members; add and delete (the API has no rename).
class GroupsPage : public EntityPage
{
    Q_OBJECT

public:
    explicit GroupsPage(ApiClient *api, QWidget *parent = nullptr);

protected:
    QString listPath() const override { return QStringLiteral("/groups"); }
    QString deletePath(const QJsonObject &group) const override;
    FieldForm *makeForm(const QJsonObject &group) override;
    void send(FieldForm *form, const QJsonObject &group, ApiClient::Callback done) override;
    void showDetails(const QJsonObject &group) override;
};

} // namespace scanflow
