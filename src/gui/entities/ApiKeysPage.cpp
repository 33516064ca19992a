#include "ApiKeysPage.h"

#include "FieldForm.h"
#include "ShownOnce.h"

#include <QCheckBox>
#include <QJsonArray>

namespace scanflow {

ApiKeysPage::ApiKeysPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("apiKeysPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("name")), Columns::field(tr("Key starts with"), QStringLiteral("prefix")),
                {tr("Permissions"), [](const QJsonObject &k) {
                     return QVariant(k.value(QStringLiteral("advancedPermissions")).toBool()
                                         ? tr("%n permission(s)", nullptr, int(k.value(QStringLiteral("permissions")).toArray().size()))
                                         : tr("Basic"));
                 }},
                Columns::yesNo(tr("Unauthenticated requests"), QStringLiteral("allowUnauthenticated")),
                Columns::yesNo(tr("Untrusted endpoints"), QStringLiteral("allowUntrustedEndpoints")),
                Columns::yesNo(tr("Names users"), QStringLiteral("onBehalfOfUsers"))});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("prefix"), tr("Key starts with")},
                     {QStringLiteral("advancedPermissions"), tr("Advanced API permissions")},
                     {QStringLiteral("permissions"), tr("Permissions")},
                     {QStringLiteral("allowUnauthenticated"), tr("Unauthenticated requests")},
                     {QStringLiteral("allowUntrustedEndpoints"), tr("Untrusted endpoints")},
                     {QStringLiteral("onBehalfOfUsers"), tr("Names users")},
                     {QStringLiteral("id"), tr("ID")}});
    setCanAddEdit(true, false);
}

void ApiKeysPage::reload()
{
    if (!m_permissions.isEmpty()) {
        EntityPage::reload();
        return;
    }
    // The names a key can hold: fetched once, they change only with the server's version.
    m_api->get(QStringLiteral("/apikeys/permissions"), {}, this, tracked([this](const ApiReply &reply) {
        m_permissions.clear();
        for (const QJsonValue &p : reply.object().value(QStringLiteral("permissions")).toArray())
            m_permissions.append(p.toString());
        EntityPage::reload();
    }));
}

QString ApiKeysPage::deletePath(const QJsonObject &key) const
{
    return QStringLiteral("/apikeys/%1").arg(key.value(QStringLiteral("id")).toInteger());
}

FieldForm *ApiKeysPage::makeForm(const QJsonObject &)
{
    auto *form = new FieldForm(tr("Create API key"), this);
    form->addText(QStringLiteral("name"), tr("Name"), {}, FieldForm::Required, tr("what or who uses it"));
    form->addCheck(QStringLiteral("advancedPermissions"), tr("Advanced API permissions"), true);
    form->addChecklist(QStringLiteral("permissions"), tr("Permissions"), m_permissions, {});
    form->addCheck(QStringLiteral("allowUnauthenticated"), tr("Allow unauthenticated requests (no user token)"), true);
    form->addCheck(QStringLiteral("allowUntrustedEndpoints"), tr("Allow untrusted endpoints (password sign-in without a trusted device)"), false);
    form->addCheck(QStringLiteral("onBehalfOfUsers"), tr("May name the user a delivery is for (terminal integrations)"), false);
    form->addNote(tr("The key is shown once, when it is made. A key cannot give a setting or a permission the key in use, "
                     "or the signed-in user, lacks."));
    auto *advanced = static_cast<QCheckBox *>(form->field(QStringLiteral("advancedPermissions")));
    connect(advanced, &QCheckBox::toggled, form, [form](bool on) { form->setFieldVisible(QStringLiteral("permissions"), on); });
    return form;
}

void ApiKeysPage::send(FieldForm *form, const QJsonObject &, ApiClient::Callback done)
{
    const bool advanced = form->value(QStringLiteral("advancedPermissions")).toBool();
    const QJsonObject body{{QStringLiteral("name"), form->text(QStringLiteral("name"))},
                           {QStringLiteral("advancedPermissions"), advanced},
                           {QStringLiteral("permissions"), QJsonArray::fromStringList(advanced ? form->value(QStringLiteral("permissions")).toStringList()
                                                                                               : QStringList())},
                           {QStringLiteral("allowUnauthenticated"), form->value(QStringLiteral("allowUnauthenticated")).toBool()},
                           {QStringLiteral("allowUntrustedEndpoints"), form->value(QStringLiteral("allowUntrustedEndpoints")).toBool()},
                           {QStringLiteral("onBehalfOfUsers"), form->value(QStringLiteral("onBehalfOfUsers")).toBool()}};
    m_api->sendJson("POST", QStringLiteral("/apikeys"), QJsonDocument(body), form, [this, done](const ApiReply &reply) {
        done(reply);
        if (reply.ok())
            showKeyOnce(reply.object().value(QStringLiteral("name")).toString(), reply.object().value(QStringLiteral("key")).toString());
    });
}

void ApiKeysPage::showKeyOnce(const QString &name, const QString &key)
{
    showOnce(this, QStringLiteral("newKeyDialog"), QStringLiteral("newKey"), tr("API key \"%1\"").arg(name),
             tr("This is the only time the key is shown. Copy it now and keep it safe; "
                "if it is lost, delete it and create another."), key);
    emit keyShown(key);
}

} // namespace scanflow
