#include "Labels.h"

#include <QCoreApplication>

namespace scanflow::Labels {

namespace {
// The context lupdate gives a tr() inside this namespace.
QString tr(const char *text) { return QCoreApplication::translate("scanflow::Labels", text); }
} // namespace

QString authType(AuthType type)
{
    switch (type) {
    case AuthType::None: return tr("None");
    case AuthType::Basic: return tr("Basic HTML authentication");
    case AuthType::OAuth2: return tr("OAuth 2.0");
    }
    return {};
}

QString paramType(ParamType type)
{
    switch (type) {
    case ParamType::System: return tr("System parameter");
    case ParamType::Custom: return tr("Custom parameter");
    case ParamType::Terminal: return tr("Terminal parameter");
    case ParamType::Response: return tr("Response parameter");
    case ParamType::User: return tr("User-specific parameter");
    }
    return {};
}

QString location(ParamLocation location)
{
    return location == ParamLocation::Header ? tr("Request header") : tr("Form/Body");
}

QString method(HttpMethod method)
{
    return toString(method); // POST, GET, PUT, PATCH are not translated
}

QString body(BodyType body)
{
    switch (body) {
    case BodyType::Multipart: return tr("Multipart/form-data");
    case BodyType::Raw: return tr("Raw body");
    case BodyType::Form: return tr("Form");
    case BodyType::Json: return tr("JSON");
    case BodyType::None: return tr("None");
    }
    return {};
}

QString jsonSource(JsonSource source)
{
    return source == JsonSource::Parameters ? tr("From parameters") : tr("JSON editor");
}

QString metadataFormat(MetadataFormat format)
{
    switch (format) {
    case MetadataFormat::Xml: return tr("XML");
    case MetadataFormat::Json: return tr("JSON");
    case MetadataFormat::CustomXml: return tr("Custom XML");
    case MetadataFormat::CustomJson: return tr("Custom JSON");
    }
    return {};
}

QString authorizationState(const QString &state)
{
    if (state == QLatin1String("Authorized"))
        return tr("Authorized");
    if (state == QLatin1String("NeedsRenewal"))
        return tr("Needs renewal");
    return tr("Not authorized");
}

} // namespace scanflow::Labels
