#include "AccessControlsPage.h"

#include "FieldForm.h"

#include <QJsonArray>

namespace scanflow {

AccessControlsPage::AccessControlsPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("accessControlsPage"), parent)
{
    setColumns({Columns::field(tr("Role"), QStringLiteral("roleName")), Columns::field(tr("User"), QStringLiteral("userName")),
                Columns::field(tr("Group"), QStringLiteral("groupName")), Columns::field(tr("Provider"), QStringLiteral("authProviderId"))});
    setDetailFields({{QStringLiteral("roleName"), tr("Role")},
                     {QStringLiteral("userName"), tr("User")},
                     {QStringLiteral("groupName"), tr("Group")},
                     {QStringLiteral("groupDn"), tr("Group DN")},
                     {QStringLiteral("authProviderId"), tr("Provider ID")},
                     {QStringLiteral("accountDomain"), tr("Account domain")},
                     {QStringLiteral("id"), tr("ID")}});
    setCanAddEdit(true, false);
}

QUrlQuery AccessControlsPage::listQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("accountdomain"), accountDomain());
    return q;
}

QList<QJsonObject> AccessControlsPage::rowsOf(const ApiReply &reply) const
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : reply.object().value(QStringLiteral("accessControls")).toArray())
        rows.append(v.toObject());
    return rows;
}

QString AccessControlsPage::nameOf(const QJsonObject &rule) const
{
    const QString who = rule.value(QStringLiteral("userName")).toString().isEmpty() ? rule.value(QStringLiteral("groupName")).toString()
                                                                                   : rule.value(QStringLiteral("userName")).toString();
    return tr("%1 for %2").arg(rule.value(QStringLiteral("roleName")).toString(), who);
}

QString AccessControlsPage::deletePath(const QJsonObject &rule) const
{
    return QStringLiteral("/accesscontrols/%1").arg(rule.value(QStringLiteral("id")).toInteger());
}

QUrlQuery AccessControlsPage::deleteQuery(const QJsonObject &) const
{
    return listQuery();
}

FieldForm *AccessControlsPage::makeForm(const QJsonObject &)
{
    auto *form = new FieldForm(tr("Add access control"), this);
    form->addChoice(QStringLiteral("roleName"), tr("Role"),
                    {{tr("Administrators"), QStringLiteral("Administrators")}, {tr("Users"), QStringLiteral("Users")},
                     {tr("Reporting"), QStringLiteral("Reporting")}, {tr("Support"), QStringLiteral("Support")}},
                    QStringLiteral("Users"));
    form->addChoice(QStringLiteral("identityType"), tr("Given to"), {{tr("A user"), QStringLiteral("user")}, {tr("A group"), QStringLiteral("group")}});
    form->addText(QStringLiteral("identity"), tr("User or group name"), {}, FieldForm::Required);
    form->addText(QStringLiteral("authProviderId"), tr("Provider ID"), QStringLiteral("1"), FieldForm::Required);
    form->addText(QStringLiteral("groupDn"), tr("Group DN"), {}, FieldForm::NoFlags, tr("for a directory group"));
    return form;
}

void AccessControlsPage::send(FieldForm *form, const QJsonObject &, ApiClient::Callback done)
{
    bool ok = false;
    const qint64 provider = form->text(QStringLiteral("authProviderId")).toLongLong(&ok);
    if (!ok) {
        done(refusal(tr("Provider ID: \"%1\" is not a number.").arg(form->text(QStringLiteral("authProviderId")))));
        return;
    }
    QJsonObject body{{QStringLiteral("authProviderId"), provider}, {QStringLiteral("roleName"), form->value(QStringLiteral("roleName")).toString()}};
    const bool user = form->value(QStringLiteral("identityType")).toString() == QLatin1String("user");
    body.insert(user ? QStringLiteral("userName") : QStringLiteral("groupName"), form->text(QStringLiteral("identity")));
    if (!form->text(QStringLiteral("groupDn")).isEmpty())
        body.insert(QStringLiteral("groupDn"), form->text(QStringLiteral("groupDn")));
    m_api->sendJson("PUT", QStringLiteral("/accesscontrols"), QJsonDocument(body), form, std::move(done), listQuery());
}

} // namespace scanflow
