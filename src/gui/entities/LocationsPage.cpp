#include "LocationsPage.h"

#include "FieldForm.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace scanflow {

namespace {

// The reference's location types, each a field of the form.
struct IdentifierKind
{
    int type;
    const char *key;
};
constexpr IdentifierKind Kinds[] = {{1, "gateways"}, {2, "subnets"}, {3, "ranges"}, {4, "ssids"}};

QString kindLabel(int type)
{
    switch (type) {
    case 1: return LocationsPage::tr("Gateway");
    case 2: return LocationsPage::tr("Subnet");
    case 3: return LocationsPage::tr("Range");
    default: return LocationsPage::tr("WiFi SSID");
    }
}

QStringList dataOf(const QJsonObject &location, int type)
{
    QStringList out;
    for (const QJsonValue &id : location.value(QStringLiteral("identifiers")).toArray()) {
        if (id[QStringLiteral("locationType")].toInt() == type) {
            for (const QJsonValue &d : id[QStringLiteral("stringData")].toArray())
                out.append(d.toString());
        }
    }
    return out;
}

} // namespace

LocationsPage::LocationsPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("locationsPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("name")),
                {tr("Identified by"), [](const QJsonObject &l) {
                     QStringList parts;
                     for (const IdentifierKind &k : Kinds) {
                         const QStringList values = dataOf(l, k.type);
                         if (!values.isEmpty())
                             parts.append(QStringLiteral("%1: %2").arg(kindLabel(k.type), values.join(QStringLiteral(", "))));
                     }
                     return QVariant(parts.join(QStringLiteral("; ")));
                 }}});
    setDetailFields({{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("identifiers"), tr("Identified by")},
                     {QStringLiteral("id"), tr("ID")}});
}

QString LocationsPage::deletePath(const QJsonObject &location) const
{
    return QStringLiteral("/locations/%1").arg(location.value(QStringLiteral("id")).toInteger());
}

FieldForm *LocationsPage::makeForm(const QJsonObject &location)
{
    auto *form = new FieldForm(location.isEmpty() ? tr("Add location") : tr("Edit location \"%1\"").arg(location.value(QStringLiteral("name")).toString()), this);
    form->addText(QStringLiteral("name"), tr("Name"), location.value(QStringLiteral("name")).toString(), FieldForm::Required);
    const QString sep = QStringLiteral(", ");
    form->addText(QStringLiteral("gateways"), tr("Gateway addresses"), dataOf(location, 1).join(sep), FieldForm::NoFlags, tr("192.168.1.1, …"));
    form->addText(QStringLiteral("subnets"), tr("Subnets"), dataOf(location, 2).join(sep), FieldForm::NoFlags, tr("192.168.1.0/24, …"));
    form->addText(QStringLiteral("ranges"), tr("Address ranges"), dataOf(location, 3).join(sep), FieldForm::NoFlags,
                  tr("192.168.1.100-192.168.1.200, …"));
    form->addText(QStringLiteral("ssids"), tr("WiFi SSIDs"), dataOf(location, 4).join(sep), FieldForm::NoFlags, tr("office-wifi, …"));
    form->addNote(tr("Separate several values with commas. A device is in this location when one of them matches."));
    return form;
}

void LocationsPage::send(FieldForm *form, const QJsonObject &location, ApiClient::Callback done)
{
    QJsonArray identifiers;
    for (const IdentifierKind &k : Kinds) {
        QJsonArray values;
        for (const QString &part : form->text(QLatin1String(k.key)).split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
        if (!values.isEmpty())
            identifiers.append(QJsonObject{{QStringLiteral("locationType"), k.type}, {QStringLiteral("stringData"), values}});
    }
    const QJsonObject body{{QStringLiteral("name"), form->text(QStringLiteral("name"))}, {QStringLiteral("identifiers"), identifiers}};
    if (location.isEmpty())
        m_api->sendJson("POST", QStringLiteral("/locations"), QJsonDocument(body), form, std::move(done));
    else
        m_api->sendJson("PUT", deletePath(location), QJsonDocument(body), form, std::move(done));
}

} // namespace scanflow
