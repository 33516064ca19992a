#include "Workflow.h"

#include "Placeholders.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

namespace scanflow {

bool looksSecret(const QString &name)
{
    static const QRegularExpression secretish(
        QStringLiteral("authorization|cookie|token|secret|password|passwd|api[-_]?key|^x-.*key$|^sig(nature)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return secretish.match(name).hasMatch();
}

namespace {

// One table per enumeration: the JSON name of each value, in declaration order.
template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char *>, N>;

constexpr NameTable<AuthType, 3> authNames{{
    {AuthType::None, "none"}, {AuthType::Basic, "basic"}, {AuthType::OAuth2, "oauth2"}}};
constexpr NameTable<StepKind, 2> kindNames{{
    {StepKind::Delivery, "delivery"}, {StepKind::Request, "request"}}};
constexpr NameTable<HttpMethod, 4> methodNames{{
    {HttpMethod::Post, "POST"}, {HttpMethod::Get, "GET"}, {HttpMethod::Put, "PUT"},
    {HttpMethod::Patch, "PATCH"}}};
constexpr NameTable<BodyType, 5> bodyNames{{
    {BodyType::Multipart, "multipart"}, {BodyType::Raw, "raw"}, {BodyType::Form, "form"},
    {BodyType::Json, "json"}, {BodyType::None, "none"}}};
constexpr NameTable<JsonSource, 2> jsonSourceNames{{
    {JsonSource::Parameters, "parameters"}, {JsonSource::Editor, "editor"}}};
constexpr NameTable<ParamType, 5> paramTypeNames{{
    {ParamType::System, "system"}, {ParamType::Custom, "custom"},
    {ParamType::Terminal, "terminal"}, {ParamType::Response, "response"},
    {ParamType::User, "user"}}};
constexpr NameTable<ParamLocation, 2> locationNames{{
    {ParamLocation::Header, "header"}, {ParamLocation::Form, "form"}}};
constexpr NameTable<MetadataFormat, 4> metadataNames{{
    {MetadataFormat::Xml, "xml"}, {MetadataFormat::Json, "json"},
    {MetadataFormat::CustomXml, "customXml"}, {MetadataFormat::CustomJson, "customJson"}}};
constexpr NameTable<ProxyMode, 3> proxyModeNames{{
    {ProxyMode::System, "system"}, {ProxyMode::None, "none"}, {ProxyMode::Url, "url"}}};
constexpr NameTable<ProxyAuth, 4> proxyAuthNames{{
    {ProxyAuth::Any, "any"}, {ProxyAuth::Basic, "basic"}, {ProxyAuth::Ntlm, "ntlm"},
    {ProxyAuth::Negotiate, "negotiate"}}};
constexpr NameTable<TlsVersion, 3> tlsVersionNames{{
    {TlsVersion::Default, "default"}, {TlsVersion::Tls12, "1.2"}, {TlsVersion::Tls13, "1.3"}}};
constexpr NameTable<ClientCertFormat, 3> clientCertFormatNames{{
    {ClientCertFormat::None, "none"}, {ClientCertFormat::Pem, "pem"}, {ClientCertFormat::P12, "p12"}}};

template <typename E, std::size_t N>
QString nameOf(const NameTable<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N> &table, const QString &s)
{
    for (const auto &[v, name] : table) {
        if (s == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toString(AuthType v) { return nameOf(authNames, v); }
QString toString(StepKind v) { return nameOf(kindNames, v); }
QString toString(HttpMethod v) { return nameOf(methodNames, v); }
QString toString(BodyType v) { return nameOf(bodyNames, v); }
QString toString(JsonSource v) { return nameOf(jsonSourceNames, v); }
QString toString(ParamType v) { return nameOf(paramTypeNames, v); }
QString toString(ParamLocation v) { return nameOf(locationNames, v); }
QString toString(MetadataFormat v) { return nameOf(metadataNames, v); }
QString toString(ProxyMode v) { return nameOf(proxyModeNames, v); }
QString toString(ProxyAuth v) { return nameOf(proxyAuthNames, v); }
QString toString(TlsVersion v) { return nameOf(tlsVersionNames, v); }
QString toString(ClientCertFormat v) { return nameOf(clientCertFormatNames, v); }

std::optional<AuthType> authTypeFromString(const QString &s) { return valueOf(authNames, s); }
std::optional<StepKind> stepKindFromString(const QString &s) { return valueOf(kindNames, s); }
std::optional<HttpMethod> methodFromString(const QString &s) { return valueOf(methodNames, s); }
std::optional<BodyType> bodyTypeFromString(const QString &s) { return valueOf(bodyNames, s); }
std::optional<JsonSource> jsonSourceFromString(const QString &s) { return valueOf(jsonSourceNames, s); }
std::optional<ParamType> paramTypeFromString(const QString &s) { return valueOf(paramTypeNames, s); }
std::optional<ParamLocation> locationFromString(const QString &s) { return valueOf(locationNames, s); }
std::optional<MetadataFormat> metadataFormatFromString(const QString &s) { return valueOf(metadataNames, s); }
std::optional<ProxyMode> proxyModeFromString(const QString &s) { return valueOf(proxyModeNames, s); }
std::optional<ProxyAuth> proxyAuthFromString(const QString &s) { return valueOf(proxyAuthNames, s); }
std::optional<TlsVersion> tlsVersionFromString(const QString &s) { return valueOf(tlsVersionNames, s); }
std::optional<ClientCertFormat> clientCertFormatFromString(const QString &s) { return valueOf(clientCertFormatNames, s); }

QString Step::displayName(int index) const
{
    if (!name.isEmpty())
        return name;
    if (kind == StepKind::Delivery)
        return QStringLiteral("Delivery");
    return QStringLiteral("Request %1").arg(index + 1);
}

Step::Ignored Step::ignores(const Parameter &p) const
{
    if (p.location != ParamLocation::Form)
        return Ignored::No;
    if (kind == StepKind::Delivery && body == BodyType::Raw)
        return Ignored::RawBody;
    if (kind == StepKind::Request && method != HttpMethod::Get && body == BodyType::Json && jsonSource == JsonSource::Editor)
        return Ignored::JsonTemplate;
    return Ignored::No;
}

int Workflow::deliveryIndex() const
{
    const auto &steps = destination.steps;
    const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                 [](const Step &s) { return s.kind == StepKind::Delivery; });
    return it == steps.cend() ? -1 : int(it - steps.cbegin());
}

bool Workflow::hasUserSpecificAuth() const
{
    return userSpecific && destination.auth.userSpecific
        && destination.auth.type != AuthType::None;
}

QList<Parameter> Workflow::userSpecificParameters() const
{
    QList<Parameter> result;
    if (!userSpecific)
        return result;
    for (const Step &step : destination.steps) {
        for (const Parameter &p : step.params) {
            if (p.type == ParamType::User && std::none_of(result.cbegin(), result.cend(), [&](const Parameter &q) { return q.key == p.key; }))
                result.append(p);
        }
    }
    return result;
}

QStringList Workflow::terminalNames() const
{
    QStringList names;
    for (const Step &step : destination.steps) {
        for (const Parameter &p : step.params) {
            if (p.type != ParamType::Terminal)
                continue;
            const QStringList inText = placeholderNames(p.value);
            for (const QString &terminal : inText.isEmpty() ? QStringList{p.value.trimmed()} : inText) {
                if (!terminal.isEmpty() && !names.contains(terminal))
                    names.append(terminal);
            }
        }
    }
    return names;
}

bool Workflow::needsPrivateUserData() const
{
    return hasUserSpecificAuth() || !userSpecificParameters().isEmpty();
}

QString takePrivateKey(QString &pem)
{
    static const QRegularExpression block(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----\\s*"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(pem);
    if (!m.hasMatch())
        return {};
    const QString key = m.captured(0);
    pem.remove(m.capturedStart(0), m.capturedLength(0));
    return key;
}

QStringList Workflow::origins() const
{
    QStringList out;
    const auto add = [&out](const QString &url) {
        const QUrl u(url.trimmed());
        if (url.trimmed().isEmpty())
            return;
        // A URL that does not parse to a host counts as its own text: any change is a new place.
        const QString origin = u.host().isEmpty() ? url.trimmed()
                                                  : u.scheme().toLower() + QStringLiteral("://") + u.host().toLower() + u':'
                                                        + QString::number(u.port(u.scheme() == QLatin1String("https") ? 443 : 80));
        if (!out.contains(origin))
            out.append(origin);
    };
    add(destination.url);
    for (const Step &s : destination.steps) {
        if (s.kind == StepKind::Request)
            add(s.url);
    }
    if (destination.auth.type == AuthType::OAuth2)
        add(destination.auth.tokenUrl);
    return out;
}

} // namespace scanflow
