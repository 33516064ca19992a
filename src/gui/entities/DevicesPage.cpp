#include "DevicesPage.h"

#include "FieldForm.h"
#include "ShownOnce.h"

#include <QDateTime>

namespace scanflow {

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("Registered"))
        return DevicesPage::tr("Registered");
    if (state == QLatin1String("CodeExpired"))
        return DevicesPage::tr("Code expired");
    return DevicesPage::tr("Awaiting registration");
}

// The server's ISO 8601 time in the person's own format, or a dash.
QVariant when(const QJsonObject &device, const QString &key)
{
    const QDateTime at = QDateTime::fromString(device.value(key).toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

DevicesPage::DevicesPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("devicesPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("name")),
                {tr("State"), [](const QJsonObject &d) { return QVariant(stateLabel(d.value(QStringLiteral("state")).toString())); }},
                {tr("Registered"), [](const QJsonObject &d) { return when(d, QStringLiteral("registeredAt")); }},
                {tr("Last seen"), [](const QJsonObject &d) { return when(d, QStringLiteral("lastSeenAt")); }}});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("state"), tr("State")},
                     {QStringLiteral("codeExpiresAt"), tr("Code valid until")},
                     {QStringLiteral("registeredAt"), tr("Registered")},
                     {QStringLiteral("lastSeenAt"), tr("Last seen")},
                     {QStringLiteral("apiKeyId"), tr("API key ID")},
                     {QStringLiteral("id"), tr("ID")}});
    setCanAddEdit(true, false);
}

QString DevicesPage::deletePath(const QJsonObject &device) const
{
    return QStringLiteral("/devices/%1").arg(device.value(QStringLiteral("id")).toInteger());
}

FieldForm *DevicesPage::makeForm(const QJsonObject &)
{
    auto *form = new FieldForm(tr("Register device"), this);
    form->addText(QStringLiteral("name"), tr("Name"), {}, FieldForm::Required, tr("where it stands, e.g. MFP 3rd floor"));
    form->addChoice(QStringLiteral("codeValidHours"), tr("Code valid for"),
                    {{tr("1 hour"), 1}, {tr("1 day"), 24}, {tr("1 week"), 24 * 7}}, 24);
    form->addNote(tr("The device's one-time registration code is shown once. Type it into the device, which trades it "
                     "with its own API key for a device token."));
    return form;
}

void DevicesPage::send(FieldForm *form, const QJsonObject &, ApiClient::Callback done)
{
    const QJsonObject body{{QStringLiteral("name"), form->text(QStringLiteral("name"))},
                           {QStringLiteral("codeValidHours"), form->value(QStringLiteral("codeValidHours")).toInt()}};
    m_api->sendJson("POST", QStringLiteral("/devices"), QJsonDocument(body), form, [this, done](const ApiReply &reply) {
        done(reply);
        if (!reply.ok())
            return;
        const QString code = reply.object().value(QStringLiteral("registrationCode")).toString();
        showOnce(this, QStringLiteral("registrationCodeDialog"), QStringLiteral("registrationCode"),
                 tr("Registration code for \"%1\"").arg(reply.object().value(QStringLiteral("name")).toString()),
                 tr("Type this code into the device. It works once, until %1; after that, register the device again.")
                     .arg(when(reply.object(), QStringLiteral("codeExpiresAt")).toString()),
                 code);
        emit codeShown(code);
    });
}

} // namespace scanflow
