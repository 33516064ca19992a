#include "ScanAccessPage.h"

#include "FieldForm.h"

#include <QComboBox>
#include <QJsonArray>

namespace scanflow {

namespace {

QList<QPair<QString, qint64>> namesAndIds(const ApiReply &reply)
{
    QList<QPair<QString, qint64>> out;
    for (const QJsonValue &v : reply.array())
        out.append({v[QStringLiteral("name")].toString(), v[QStringLiteral("id")].toInteger()});
    return out;
}

FieldForm::Choices choices(const QList<QPair<QString, qint64>> &items)
{
    FieldForm::Choices out;
    for (const auto &[name, id] : items)
        out.append({name, id});
    return out;
}

} // namespace

ScanAccessPage::ScanAccessPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("scanAccessPage"), parent)
{
    setColumns({{tr("Workflow"), [this](const QJsonObject &r) { return QVariant(workflowName(r)); }},
                {tr("User or group"), [](const QJsonObject &r) {
                     return QVariant(r.value(QStringLiteral("identityType")).toString() == QLatin1String("User")
                                         ? tr("User %1").arg(r.value(QStringLiteral("identityName")).toString())
                                         : tr("Group %1").arg(r.value(QStringLiteral("identityName")).toString()));
                 }},
                {tr("Access"), [](const QJsonObject &r) {
                     return QVariant(r.value(QStringLiteral("access")).toString() == QLatin1String("Allow") ? tr("Allow") : tr("Deny"));
                 }}});
    setDetailFields({{QStringLiteral("workflowId"), tr("Workflow ID")},
                     {QStringLiteral("identityType"), tr("For")},
                     {QStringLiteral("identityName"), tr("Name")},
                     {QStringLiteral("identityId"), tr("User or group ID")},
                     {QStringLiteral("access"), tr("Access")},
                     {QStringLiteral("id"), tr("ID")}});
}

void ScanAccessPage::reload()
{
    // The workflows and groups the rules name, then the rules.
    m_api->get(QStringLiteral("/scan/workflows"), {}, this, tracked([this](const ApiReply &workflows) {
        m_workflows = namesAndIds(workflows);
        m_api->get(QStringLiteral("/groups"), {}, this, tracked([this](const ApiReply &groups) {
            m_groups = namesAndIds(groups);
            EntityPage::reload();
        }));
    }));
}

QString ScanAccessPage::workflowName(const QJsonObject &rule) const
{
    const qint64 id = rule.value(QStringLiteral("workflowId")).toInteger();
    for (const auto &[name, workflowId] : m_workflows) {
        if (workflowId == id)
            return name;
    }
    return tr("Workflow %1").arg(id);
}

QString ScanAccessPage::nameOf(const QJsonObject &rule) const
{
    return tr("%1 for %2").arg(workflowName(rule), rule.value(QStringLiteral("identityName")).toString());
}

QString ScanAccessPage::deletePath(const QJsonObject &rule) const
{
    return QStringLiteral("/scan/access/%1").arg(rule.value(QStringLiteral("id")).toInteger());
}

FieldForm *ScanAccessPage::makeForm(const QJsonObject &rule)
{
    auto *form = new FieldForm(rule.isEmpty() ? tr("Add access rule") : tr("Edit access rule"), this);
    form->addChoice(QStringLiteral("workflowId"), tr("Workflow"), choices(m_workflows), rule.value(QStringLiteral("workflowId")).toInteger());
    const bool group = rule.value(QStringLiteral("identityType")).toString() == QLatin1String("Group");
    form->addChoice(QStringLiteral("identityType"), tr("For"), {{tr("A user"), QStringLiteral("User")}, {tr("A group"), QStringLiteral("Group")}},
                    group ? QStringLiteral("Group") : QStringLiteral("User"));
    form->addText(QStringLiteral("userName"), tr("User name"), group ? QString() : rule.value(QStringLiteral("identityName")).toString(),
                  FieldForm::Required);
    form->addChoice(QStringLiteral("groupId"), tr("Group"), choices(m_groups), rule.value(QStringLiteral("identityId")).toInteger());
    form->addChoice(QStringLiteral("access"), tr("Access"), {{tr("Allow"), QStringLiteral("Allow")}, {tr("Deny"), QStringLiteral("Deny")}},
                    rule.value(QStringLiteral("access")).toString(QStringLiteral("Allow")));
    form->addNote(tr("Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; "
                     "Deny beats Allow at the same level."));
    const auto showFor = [form](const QVariant &type) {
        form->setFieldVisible(QStringLiteral("userName"), type.toString() == QLatin1String("User"));
        form->setFieldVisible(QStringLiteral("groupId"), type.toString() == QLatin1String("Group"));
    };
    auto *type = static_cast<QComboBox *>(form->field(QStringLiteral("identityType")));
    connect(type, &QComboBox::currentIndexChanged, form, [type, showFor] { showFor(type->currentData()); });
    showFor(type->currentData());
    return form;
}

void ScanAccessPage::send(FieldForm *form, const QJsonObject &rule, ApiClient::Callback done)
{
    const auto sendRule = [this, form, rule, done](qint64 identityId) {
        const QJsonObject body{{QStringLiteral("workflowId"), form->value(QStringLiteral("workflowId")).toLongLong()},
                               {QStringLiteral("identityId"), identityId},
                               {QStringLiteral("identityType"), form->value(QStringLiteral("identityType")).toString()},
                               {QStringLiteral("access"), form->value(QStringLiteral("access")).toString()}};
        if (rule.isEmpty())
            m_api->sendJson("POST", QStringLiteral("/scan/access"), QJsonDocument(body), form, done);
        else
            m_api->sendJson("PUT", deletePath(rule), QJsonDocument(body), form, done);
    };
    if (form->value(QStringLiteral("identityType")).toString() == QLatin1String("Group")) {
        sendRule(form->value(QStringLiteral("groupId")).toLongLong());
        return;
    }
    // A rule names a user by id: look the name up first.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("username"), form->text(QStringLiteral("userName")));
    m_api->get(QStringLiteral("/users"), q, form, [sendRule, done](const ApiReply &user) {
        if (!user.ok()) {
            done(user);
            return;
        }
        sendRule(user.object().value(QStringLiteral("id")).toInteger());
    });
}

} // namespace scanflow
