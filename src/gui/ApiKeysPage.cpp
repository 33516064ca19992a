#include "ApiKeysPage.h"

#include "FieldForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
                Columns::yesNo(tr("Untrusted endpoints"), QStringLiteral("allowUntrustedEndpoints"))});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("prefix"), tr("Key starts with")},
                     {QStringLiteral("advancedPermissions"), tr("Advanced API permissions")},
                     {QStringLiteral("permissions"), tr("Permissions")},
                     {QStringLiteral("allowUnauthenticated"), tr("Unauthenticated requests")},
                     {QStringLiteral("allowUntrustedEndpoints"), tr("Untrusted endpoints")},
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
    form->addCheck(QStringLiteral("allowUntrustedEndpoints"), tr("Allow untrusted endpoints (user sign-in, terminals)"), false);
    form->addNote(tr("The key is shown once, when it is made. A key cannot give a permission the key in use lacks."));
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
                           {QStringLiteral("allowUntrustedEndpoints"), form->value(QStringLiteral("allowUntrustedEndpoints")).toBool()}};
    m_api->sendJson("POST", QStringLiteral("/apikeys"), QJsonDocument(body), form, [this, done](const ApiReply &reply) {
        done(reply);
        if (reply.ok())
            showKeyOnce(reply.object().value(QStringLiteral("name")).toString(), reply.object().value(QStringLiteral("key")).toString());
    });
}

void ApiKeysPage::showKeyOnce(const QString &name, const QString &key)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API key \"%1\"").arg(name));
    auto *layout = new QVBoxLayout(dialog);
    auto *note = new QLabel(tr("This is the only time the key is shown. Copy it now and keep it safe; "
                               "if it is lost, delete it and create another."), dialog);
    note->setWordWrap(true);
    auto *field = new QLineEdit(key, dialog);
    field->setObjectName(QStringLiteral("newKey"));
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(key) + 24);
    field->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [key] { QGuiApplication::clipboard()->setText(key); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(note);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog->open();
    emit keyShown(key);
}

} // namespace scanflow
