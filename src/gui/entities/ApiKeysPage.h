#pragma once

#include "EntityPage.h"

namespace scanflow {

// API keys: their settings (advanced permissions and which, unauthenticated requests,
// untrusted endpoints) and prefix. A new key is shown once, to copy; the server keeps a hash.
class ApiKeysPage : public EntityPage
{
    Q_OBJECT

public:
    explicit ApiKeysPage(ApiClient *api, QWidget *parent = nullptr);

public slots:
    void reload() override;

signals:
    // A new key's one showing, for tests to read.
    void keyShown(const QString &key);

protected:
    QString listPath() const override { return QStringLiteral("/apikeys"); }
    QString deletePath(const QJsonObject &key) const override;
    FieldForm *makeForm(const QJsonObject &key) override;
    void send(FieldForm *form, const QJsonObject &key, ApiClient::Callback done) override;

private:
    void showKeyOnce(const QString &name, const QString &key);

    QStringList m_permissions;
};

} // namespace scanflow
