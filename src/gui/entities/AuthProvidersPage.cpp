#include "AuthProvidersPage.h"

#include "FieldForm.h"

#include <QJsonArray>

namespace scanflow {

namespace {

QMap<int, QString> providerTypes()
{
    return {{0, AuthProvidersPage::tr("Local")}, {1, AuthProvidersPage::tr("LDAP")},
            {2, AuthProvidersPage::tr("Microsoft Entra ID")}, {3, AuthProvidersPage::tr("Okta")}};
}

} // namespace

AuthProvidersPage::AuthProvidersPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("authProvidersPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("name")),
                Columns::named(tr("Type"), QStringLiteral("providerType"), providerTypes()),
                Columns::yesNo(tr("Active"), QStringLiteral("active")), Columns::field(tr("Priority"), QStringLiteral("priority")),
                Columns::list(tr("Domains"), QStringLiteral("domainNames"))});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("providerType"), tr("Type")},
                     {QStringLiteral("active"), tr("Active")},
                     {QStringLiteral("priority"), tr("Priority")},
                     {QStringLiteral("domainNames"), tr("Domains")},
                     {QStringLiteral("typeConfiguration"), tr("Configuration")},
                     {QStringLiteral("id"), tr("ID")}});
}

QUrlQuery AuthProvidersPage::listQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("accountid"), QString::number(accountId()));
    return q;
}

QList<QJsonObject> AuthProvidersPage::rowsOf(const ApiReply &reply) const
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : reply.object().value(QStringLiteral("providers")).toArray())
        rows.append(v.toObject());
    return rows;
}

QString AuthProvidersPage::cannotDelete(const QJsonObject &provider) const
{
    return provider.value(QStringLiteral("id")).toInteger() == 1 ? tr("The local provider always exists; it cannot be deleted.") : QString();
}

QString AuthProvidersPage::deletePath(const QJsonObject &provider) const
{
    return QStringLiteral("/authproviders/%1").arg(provider.value(QStringLiteral("id")).toInteger());
}

FieldForm *AuthProvidersPage::makeForm(const QJsonObject &provider)
{
    auto *form = new FieldForm(provider.isEmpty() ? tr("Add authentication provider")
                                                  : tr("Edit authentication provider \"%1\"").arg(provider.value(QStringLiteral("name")).toString()),
                               this);
    form->addText(QStringLiteral("name"), tr("Name"), provider.value(QStringLiteral("name")).toString(), FieldForm::Required);
    FieldForm::Choices types;
    const auto names = providerTypes();
    for (auto it = names.begin(); it != names.end(); ++it)
        types.append({it.value(), it.key()});
    form->addChoice(QStringLiteral("providerType"), tr("Type"), types, provider.value(QStringLiteral("providerType")).toInt(1));
    form->addText(QStringLiteral("priority"), tr("Priority"), QString::number(provider.value(QStringLiteral("priority")).toInt(0)));
    form->addCheck(QStringLiteral("active"), tr("Active"), provider.value(QStringLiteral("active")).toBool(true));
    QStringList domains;
    for (const QJsonValue &d : provider.value(QStringLiteral("domainNames")).toArray())
        domains.append(d.toString());
    form->addText(QStringLiteral("domainNames"), tr("Domains"), domains.join(QStringLiteral(", ")), FieldForm::NoFlags, tr("acme.com, …"));
    form->addText(QStringLiteral("typeConfiguration"), tr("Configuration (JSON)"),
                  provider.value(QStringLiteral("typeConfiguration")).toString(QStringLiteral("{}")), FieldForm::Multiline,
                  QStringLiteral(R"({"address": "ldap.acme.com", "port": 389, "ssl": true, "baseDN": "…"})"));
    form->addText(QStringLiteral("secret"), tr("Bind password or client secret"), {}, FieldForm::Secret,
                  provider.isEmpty() ? QString() : tr("unchanged when empty"));
    return form;
}

void AuthProvidersPage::send(FieldForm *form, const QJsonObject &provider, ApiClient::Callback done)
{
    const QJsonDocument config = QJsonDocument::fromJson(form->text(QStringLiteral("typeConfiguration")).toUtf8());
    if (!config.isObject()) {
        done(refusal(tr("Configuration (JSON): not a JSON object.")));
        return;
    }
    QJsonObject settings = config.object();
    const int type = form->value(QStringLiteral("providerType")).toInt();
    if (!form->text(QStringLiteral("secret")).isEmpty())
        settings.insert(type == 1 ? QStringLiteral("password") : QStringLiteral("clientSecret"), form->text(QStringLiteral("secret")));
    bool priorityOk = false;
    const int priority = form->text(QStringLiteral("priority")).toInt(&priorityOk);
    if (!priorityOk) {
        done(refusal(tr("Priority: \"%1\" is not a number.").arg(form->text(QStringLiteral("priority")))));
        return;
    }
    QJsonArray domains;
    for (const QString &d : form->text(QStringLiteral("domainNames")).split(u',', Qt::SkipEmptyParts)) {
        if (!d.trimmed().isEmpty())
            domains.append(d.trimmed());
    }
    const QJsonObject body{{QStringLiteral("id"), provider.value(QStringLiteral("id")).toInteger(0)},
                           {QStringLiteral("name"), form->text(QStringLiteral("name"))},
                           {QStringLiteral("providerType"), type},
                           {QStringLiteral("typeConfiguration"), QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("accountId"), accountId()},
                           {QStringLiteral("priority"), priority},
                           {QStringLiteral("active"), form->value(QStringLiteral("active")).toBool()},
                           {QStringLiteral("domainNames"), domains}};
    m_api->sendJson("PUT", QStringLiteral("/authproviders"), QJsonDocument(body), form, std::move(done));
}

} // namespace scanflow
