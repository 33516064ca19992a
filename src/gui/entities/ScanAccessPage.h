#pragma once

#include "EntityPage.h"

#include <QHash>

namespace scanflow {

// Scan workflow access rules: which users and groups may use which workflow (nobody may by
// default; a user's own rule beats a group's; Deny beats Allow). Add, edit, delete.
class ScanAccessPage : public EntityPage
{
    Q_OBJECT

public:
    explicit ScanAccessPage(ApiClient *api, QWidget *parent = nullptr);

public slots:
    void reload() override;

protected:
    QString listPath() const override { return QStringLiteral("/scan/access"); }
    QString nameOf(const QJsonObject &rule) const override;
    QString deletePath(const QJsonObject &rule) const override;
    FieldForm *makeForm(const QJsonObject &rule) override;
    void send(FieldForm *form, const QJsonObject &rule, ApiClient::Callback done) override;

private:
    QString workflowName(const QJsonObject &rule) const;

    QList<QPair<QString, qint64>> m_workflows; // name, id
    QList<QPair<QString, qint64>> m_groups;
};

} // namespace scanflow
