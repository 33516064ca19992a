#include "PortsPages.h"

#include "FieldForm.h"

#include <QJsonArray>

namespace scanflow {

namespace {

QMap<int, QString> outputPortTypes()
{
    return {{0, OutputPortsPage::tr("Dummy")}, {1, OutputPortsPage::tr("Printer")}};
}

QMap<int, QString> inputPortTypes()
{
    return {{0, InputPortsPage::tr("Pull queue")}, {1, InputPortsPage::tr("Push queue")}};
}

FieldForm::Choices choicesOf(const QMap<int, QString> &names)
{
    FieldForm::Choices out;
    for (auto it = names.begin(); it != names.end(); ++it)
        out.append({it.value(), it.key()});
    return out;
}

QUrlQuery enriched()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("enrichPorts"), QStringLiteral("true"));
    return q;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

OutputPortsPage::OutputPortsPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("outputPortsPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("portName")), Columns::field(tr("Address"), QStringLiteral("address")),
                Columns::named(tr("Type"), QStringLiteral("portType"), outputPortTypes()),
                Columns::field(tr("Vendor"), QStringLiteral("vendor")), Columns::field(tr("Domain"), QStringLiteral("domainName")),
                Columns::field(tr("Description"), QStringLiteral("description"))});
    setDetailFields({{QStringLiteral("portName"), tr("Name")},
                     {QStringLiteral("address"), tr("Address")},
                     {QStringLiteral("portType"), tr("Type")},
                     {QStringLiteral("vendor"), tr("Vendor")},
                     {QStringLiteral("printProtocol"), tr("Print protocol")},
                     {QStringLiteral("outputType"), tr("Output type")},
                     {QStringLiteral("printerIppUrl"), tr("Printer IPP URL")},
                     {QStringLiteral("ipReaderAddress"), tr("IP reader address")},
                     {QStringLiteral("deviceSerial"), tr("Device serial number")},
                     {QStringLiteral("description"), tr("Description")},
                     {QStringLiteral("domainName"), tr("Account domain")},
                     {QStringLiteral("embedded"), tr("Embedded client")},
                     {QStringLiteral("monochromePrinter"), tr("Monochrome")},
                     {QStringLiteral("reverseFinisher"), tr("Reversed finisher")},
                     {QStringLiteral("softwareCopyCollation"), tr("Software copy collation")},
                     {QStringLiteral("sendUserName"), tr("Sends user names")},
                     {QStringLiteral("locationId"), tr("Location ID")},
                     {QStringLiteral("id"), tr("ID")}});
}

QUrlQuery OutputPortsPage::listQuery() const
{
    return enriched();
}

QString OutputPortsPage::deletePath(const QJsonObject &port) const
{
    return QStringLiteral("/outputports/%1").arg(port.value(QStringLiteral("id")).toInteger());
}

FieldForm *OutputPortsPage::makeForm(const QJsonObject &port)
{
    const bool adding = port.isEmpty();
    auto *form = new FieldForm(adding ? tr("Add output port") : tr("Edit output port \"%1\"").arg(port.value(QStringLiteral("portName")).toString()), this);
    form->addText(QStringLiteral("portname"), tr("Name"), port.value(QStringLiteral("portName")).toString(), FieldForm::Required);
    form->addText(QStringLiteral("address"), tr("Address"), port.value(QStringLiteral("address")).toString(), FieldForm::Required,
                  tr("IP address or host name"));
    form->addChoice(QStringLiteral("porttype"), tr("Type"), choicesOf(outputPortTypes()), port.value(QStringLiteral("portType")).toInt(1));
    form->addText(QStringLiteral("domainname"), tr("Account domain"), port.value(QStringLiteral("domainName")).toString(accountDomain()),
                  FieldForm::Required);
    FieldForm::Choices vendors;
    for (const char *v : {"unknown", "fujifilm", "ricoh", "km", "sharp", "hp", "lexmark", "xerox", "kyocera", "toshiba", "canon", "brother", "epson", "eop"})
        vendors.append({QString::fromLatin1(v), QString::fromLatin1(v)});
    form->addChoice(QStringLiteral("vendor"), tr("Vendor"), vendors, port.value(QStringLiteral("vendor")).toString(QStringLiteral("unknown")));
    form->addChoice(QStringLiteral("printprotocol"), tr("Print protocol"),
                    {{tr("TCP"), 0}, {tr("IPP"), 1}, {tr("Spooler (CUPS)"), 2}}, port.value(QStringLiteral("printProtocol")).toInt(0));
    form->addChoice(QStringLiteral("outputtype"), tr("Output type"),
                    {{tr("Raw"), 0}, {tr("PDF"), 1}, {tr("PCL6"), 3}, {tr("PostScript level 3"), 4}, {tr("PostScript level 2"), 5}},
                    port.value(QStringLiteral("outputType")).toInt(0));
    form->addText(QStringLiteral("printerippurl"), tr("Printer IPP URL"), port.value(QStringLiteral("printerIppUrl")).toString());
    form->addText(QStringLiteral("ipreaderaddress"), tr("IP reader address"), port.value(QStringLiteral("ipReaderAddress")).toString());
    form->addText(QStringLiteral("deviceserial"), tr("Device serial number"), port.value(QStringLiteral("deviceSerial")).toString());
    form->addText(QStringLiteral("description"), tr("Description"), port.value(QStringLiteral("description")).toString());
    form->addCheck(QStringLiteral("embedded"), tr("Has an embedded client"), port.value(QStringLiteral("embedded")).toBool());
    form->addCheck(QStringLiteral("monochromeprinter"), tr("Monochrome printer"), port.value(QStringLiteral("monochromePrinter")).toBool());
    form->addCheck(QStringLiteral("reversefinisher"), tr("Finisher with reversed path"), port.value(QStringLiteral("reverseFinisher")).toBool());
    form->addCheck(QStringLiteral("softwareCopyCollation"), tr("Collate copies in software"),
                   port.value(QStringLiteral("softwareCopyCollation")).toBool());
    form->addCheck(QStringLiteral("sendusername"), tr("Send user names (IPP only)"), port.value(QStringLiteral("sendUserName")).toBool());
    if (adding)
        form->addCheck(QStringLiteral("matchinginputport"), tr("Create a matching input port"), false);
    return form;
}

void OutputPortsPage::send(FieldForm *form, const QJsonObject &port, ApiClient::Callback done)
{
    QUrlQuery q;
    for (const char *key : {"portname", "address", "domainname", "printerippurl", "ipreaderaddress", "deviceserial", "description"}) {
        const QString v = form->text(QLatin1String(key));
        if (!v.isEmpty() || !port.isEmpty())
            q.addQueryItem(QLatin1String(key), v);
    }
    for (const char *key : {"porttype", "vendor", "printprotocol", "outputtype"})
        q.addQueryItem(QLatin1String(key), form->value(QLatin1String(key)).toString());
    for (const char *key : {"embedded", "monochromeprinter", "reversefinisher", "softwareCopyCollation", "sendusername", "matchinginputport"}) {
        if (form->field(QLatin1String(key)))
            q.addQueryItem(QLatin1String(key), boolText(form->value(QLatin1String(key)).toBool()));
    }
    if (port.isEmpty())
        m_api->sendForm("POST", QStringLiteral("/outputports"), q, form, std::move(done));
    else
        m_api->sendForm("PATCH", deletePath(port), q, form, std::move(done));
}

InputPortsPage::InputPortsPage(ApiClient *api, QWidget *parent) : EntityPage(api, QStringLiteral("inputPortsPage"), parent)
{
    setColumns({Columns::field(tr("Name"), QStringLiteral("portName")),
                Columns::named(tr("Type"), QStringLiteral("portType"), inputPortTypes()),
                Columns::field(tr("Output port"), QStringLiteral("outputPortId")),
                Columns::field(tr("Location"), QStringLiteral("locationId")),
                Columns::field(tr("Domain"), QStringLiteral("domainName"))});
    setDetailFields({{QStringLiteral("portName"), tr("Name")},
                     {QStringLiteral("portType"), tr("Type")},
                     {QStringLiteral("outputPortId"), tr("Output port ID")},
                     {QStringLiteral("locationId"), tr("Location ID")},
                     {QStringLiteral("portFlags"), tr("Flags")},
                     {QStringLiteral("domainName"), tr("Account domain")},
                     {QStringLiteral("id"), tr("ID")}});
}

QUrlQuery InputPortsPage::listQuery() const
{
    return enriched();
}

QString InputPortsPage::deletePath(const QJsonObject &port) const
{
    return QStringLiteral("/inputports/%1").arg(port.value(QStringLiteral("id")).toInteger());
}

FieldForm *InputPortsPage::makeForm(const QJsonObject &port)
{
    const bool adding = port.isEmpty();
    auto *form = new FieldForm(adding ? tr("Add input port") : tr("Edit input port \"%1\"").arg(port.value(QStringLiteral("portName")).toString()), this);
    form->addText(QStringLiteral("portname"), tr("Name"), port.value(QStringLiteral("portName")).toString(), FieldForm::Required);
    form->addChoice(QStringLiteral("porttype"), tr("Type"), choicesOf(inputPortTypes()), port.value(QStringLiteral("portType")).toInt(0));
    form->addText(QStringLiteral("domainname"), tr("Account domain"), port.value(QStringLiteral("domainName")).toString(accountDomain()),
                  FieldForm::Required);
    const auto id = [&port](const char *key) {
        const qint64 v = port.value(QLatin1String(key)).toInteger();
        return v > 0 ? QString::number(v) : QString();
    };
    form->addText(QStringLiteral("outputportid"), tr("Output port ID"), id("outputPortId"), FieldForm::NoFlags, tr("for a push queue"));
    form->addText(QStringLiteral("locationid"), tr("Location ID"), id("locationId"));
    form->addCheck(QStringLiteral("availableByDefault"), tr("Available by default"), port.value(QStringLiteral("portFlags")).toInteger() & 1);
    return form;
}

void InputPortsPage::send(FieldForm *form, const QJsonObject &port, ApiClient::Callback done)
{
    QUrlQuery q;
    if (!port.isEmpty())
        q.addQueryItem(QStringLiteral("id"), QString::number(port.value(QStringLiteral("id")).toInteger()));
    q.addQueryItem(QStringLiteral("portname"), form->text(QStringLiteral("portname")));
    q.addQueryItem(QStringLiteral("porttype"), form->value(QStringLiteral("porttype")).toString());
    q.addQueryItem(QStringLiteral("domainname"), form->text(QStringLiteral("domainname")));
    for (const char *key : {"outputportid", "locationid"}) {
        if (!form->text(QLatin1String(key)).isEmpty())
            q.addQueryItem(QLatin1String(key), form->text(QLatin1String(key)));
    }
    q.addQueryItem(QStringLiteral("portFlags"), form->value(QStringLiteral("availableByDefault")).toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    m_api->sendForm("PUT", QStringLiteral("/inputports"), q, form, std::move(done));
}

} // namespace scanflow
