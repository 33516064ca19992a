#include "MetadataExport.h"

#include "JsonTemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <algorithm>

namespace scanflow {

namespace {

QString sys(const PlaceholderContext &c, const char *name)
{
    return c.systemValues().value(QString::fromLatin1(name));
}

QStringList sortedKeys(const QHash<QString, QString> &hash)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QByteArray defaultJson(const PlaceholderContext &c)
{
    QJsonObject terminal;
    for (auto it = c.terminalValues().cbegin(); it != c.terminalValues().cend(); ++it)
        terminal.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("scanflow-metadata")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("document"), QJsonObject{
            {QStringLiteral("name"), sys(c, "documentname")},
            {QStringLiteral("fileName"), sys(c, "filename")},
            {QStringLiteral("size"), sys(c, "file_size").toLongLong()},
            {QStringLiteral("mimeType"), sys(c, "mime_type")}}},
        {QStringLiteral("delivery"), QJsonObject{
            {QStringLiteral("id"), sys(c, "delivery_id")},
            {QStringLiteral("timestamp"), sys(c, "timestamp")},
            {QStringLiteral("startedAt"), sys(c, "iso_datetime")}}},
        {QStringLiteral("workflow"), QJsonObject{{QStringLiteral("name"), sys(c, "workflow_name")}}},
        {QStringLiteral("user"), QJsonObject{
            {QStringLiteral("name"), sys(c, "username")},
            {QStringLiteral("email"), sys(c, "user_email")}}},
        {QStringLiteral("terminal"), terminal},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray defaultXml(const PlaceholderContext &c)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("format"), QStringLiteral("scanflow-metadata"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("document"));
    w.writeTextElement(QStringLiteral("name"), sys(c, "documentname"));
    w.writeTextElement(QStringLiteral("fileName"), sys(c, "filename"));
    w.writeTextElement(QStringLiteral("size"), sys(c, "file_size"));
    w.writeTextElement(QStringLiteral("mimeType"), sys(c, "mime_type"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("delivery"));
    w.writeTextElement(QStringLiteral("id"), sys(c, "delivery_id"));
    w.writeTextElement(QStringLiteral("timestamp"), sys(c, "timestamp"));
    w.writeTextElement(QStringLiteral("startedAt"), sys(c, "iso_datetime"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("workflow"));
    w.writeTextElement(QStringLiteral("name"), sys(c, "workflow_name"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("user"));
    w.writeTextElement(QStringLiteral("name"), sys(c, "username"));
    w.writeTextElement(QStringLiteral("email"), sys(c, "user_email"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("terminal"));
    for (const QString &key : sortedKeys(c.terminalValues())) {
        w.writeStartElement(QStringLiteral("value"));
        w.writeAttribute(QStringLiteral("key"), key);
        w.writeCharacters(c.terminalValues().value(key));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QString xmlEscaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\'', QLatin1String("&apos;"));
}

Result<MetadataDocument> renderMetadata(const Workflow &workflow, const PlaceholderContext &context)
{
    const Metadata &m = workflow.destination.metadata;
    const QByteArray json("application/json");
    const QByteArray xml("application/xml");
    switch (m.format) {
    case MetadataFormat::Json:
        return MetadataDocument{defaultJson(context), json, QStringLiteral("metadata.json")};
    case MetadataFormat::Xml:
        return MetadataDocument{defaultXml(context), xml, QStringLiteral("metadata.xml")};
    case MetadataFormat::CustomJson: {
        const auto rendered = renderJsonTemplate(m.templateText, context);
        if (!rendered)
            return Result<MetadataDocument>::failure(QStringLiteral("metadata: ") + rendered.error());
        return MetadataDocument{*rendered, json, QStringLiteral("metadata.json")};
    }
    case MetadataFormat::CustomXml: {
        const RenderResult rendered = renderPlaceholders(m.templateText, context, xmlEscaped);
        if (!rendered.unresolved.isEmpty()) {
            return Result<MetadataDocument>::failure(
                QStringLiteral("metadata: XML template placeholder [%1] has no value")
                    .arg(rendered.unresolved.first()));
        }
        return MetadataDocument{rendered.text.toUtf8(), xml, QStringLiteral("metadata.xml")};
    }
    }
    return Result<MetadataDocument>::failure(QStringLiteral("metadata: unknown format"));
}

bool usesMetadataPlaceholder(const Workflow &workflow)
{
    const auto names = [](const QString &text) { return placeholderNames(text).contains(MetadataPlaceholder); };
    if (names(workflow.destination.url))
        return true;
    for (const Step &s : workflow.destination.steps) {
        if (names(s.url) || names(s.jsonTemplate))
            return true;
        for (const Parameter &p : s.params) {
            if (names(p.value) || (p.type == ParamType::System && p.value.trimmed() == MetadataPlaceholder))
                return true;
        }
    }
    return false;
}

} // namespace scanflow
