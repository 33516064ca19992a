#include "GroupsPage.h"

#include "FieldForm.h"

#include <QJsonArray>

namespace scanflow {

GroupsPage::GroupsPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("groupsPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("name")), Columns::field(tr("Group ID"), QStringLiteral("groupDn")),
                Columns::field(tr("Members"), QStringLiteral("memberCount"))});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("groupDn"), tr("Group ID")},
                     {QStringLiteral("memberCount"), tr("Members")},
                     {QStringLiteral("id"), tr("ID")}});
    setCanAddEdit(true, false);
}

QString GroupsPage::deletePath(const QJsonObject &group) const
{
    return QStringLiteral("/groups/%1").arg(group.value(QStringLiteral("id")).toInteger());
}

FieldForm *GroupsPage::makeForm(const QJsonObject &)
{
    auto *form = new FieldForm(tr("Add group"), this);
    form->addText(QStringLiteral("groupname"), tr("Name"), {}, FieldForm::Required);
    form->addText(QStringLiteral("groupdn"), tr("Group ID"), {}, FieldForm::NoFlags, tr("made up when empty"));
    return form;
}

void GroupsPage::send(FieldForm *form, const QJsonObject &, ApiClient::Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("groupname"), form->text(QStringLiteral("groupname")));
    if (!form->text(QStringLiteral("groupdn")).isEmpty())
        q.addQueryItem(QStringLiteral("groupdn"), form->text(QStringLiteral("groupdn")));
    m_api->sendForm("PUT", QStringLiteral("/groups"), q, form, std::move(done));
}

void GroupsPage::showDetails(const QJsonObject &group)
{
    EntityPage::showDetails(group);
    if (group.isEmpty())
        return;
    const qint64 id = group.value(QStringLiteral("id")).toInteger();
    m_api->get(QStringLiteral("/groups/%1/members").arg(id), {}, this, tracked([this, id](const ApiReply &reply) {
        if (!reply.ok() || selected().value(QStringLiteral("id")).toInteger() != id)
            return;
        QStringList names;
        for (const QJsonValue &u : reply.array())
            names.append(u[QStringLiteral("userName")].toString());
        addDetail(tr("Member names"), names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    }));
}

} // namespace scanflow
