#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scanflow {

// The workflow model: one JSON document (docs/workflow-format.md) is the workflow everywhere.
// Enumerations mirror the reference's settings one to one.

enum class AuthType { None, Basic, OAuth2 };
enum class StepKind { Delivery, Request };
enum class HttpMethod { Post, Get, Put, Patch };
enum class BodyType { Multipart, Raw, Form, Json, None };
enum class JsonSource { Parameters, Editor };
enum class ParamType { System, Custom, Terminal, Response, User };
enum class ParamLocation { Header, Form };
enum class MetadataFormat { Xml, Json, CustomXml, CustomJson };
enum class ProxyMode { System, None, Url };
enum class ProxyAuth { Any, Basic, Ntlm, Negotiate };
enum class TlsVersion { Default, Tls12, Tls13 };
enum class ClientCertFormat { None, Pem, P12 };

struct OAuthToken
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid when the provider gave no expiry
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

struct Auth
{
    AuthType type = AuthType::None;
    bool userSpecific = false;
    // Basic
    QString login;
    QString password;
    // OAuth 2.0
    QString authorizationUrl;
    QString tokenUrl;
    QString clientId;
    QString clientSecret;
    QString scopes; // space separated
    // A shared token given inline (command line); the server keeps tokens apart, encrypted.
    std::optional<OAuthToken> token;
};

struct Parameter
{
    QString key;
    QString value;
    ParamType type = ParamType::Custom;
    ParamLocation location = ParamLocation::Form;
    // A custom value that is a credential (an X-Api-Key header, a token form field): sealed like
    // a password, never answered by the API or written to an export, masked in traces. Set by
    // default for names that look like one (looksSecret).
    bool secret = false;
};

// Whether a header or field name looks like it carries a credential ("Authorization",
// "X-Api-Key", "token", "client_secret", …).
bool looksSecret(const QString &name);

struct ResponseParameter
{
    QString key;
    QString selector; // simple JSON path (data.id, items[0].id) or XPath (/root/id)
};

struct Step
{
    StepKind kind = StepKind::Request;
    QString name;
    QString url;         // Request steps; Delivery uses the destination URL
    HttpMethod method = HttpMethod::Post;
    BodyType body = BodyType::Json;
    JsonSource jsonSource = JsonSource::Parameters;
    QString jsonTemplate;
    QString fileField = QStringLiteral("file");
    QList<Parameter> params;
    QList<ResponseParameter> response;

    // The name a trace or an error shows: the step's own name or a default.
    QString displayName(int index) const;
    // Why a parameter of this step is not sent, or empty when it is (R7, R8, R9): a raw
    // Delivery body is the file alone; the JSON editor's template is the whole body of a
    // request that has one. Headers are always sent; GET puts Form/Body rows in the query.
    enum class Ignored { No, RawBody, JsonTemplate };
    Ignored ignores(const Parameter &p) const;
};

struct Metadata
{
    bool enabled = false;
    MetadataFormat format = MetadataFormat::Json;
    QString templateText; // custom formats
    bool inFormField = false;
    QString formFieldName = QStringLiteral("metadata");
};

// How the engine reaches the workflow's servers (its steps, uploads and token requests): whom
// it trusts, who it says it is, through which proxy. Corporate networks need each of these.
struct Connection
{
    // Trusted besides the system's certificate authorities: PEM text, and certificates imported
    // through /certificate/ca, by alias (the server adds their PEM for a delivery).
    QString trustedCas;
    QStringList trustedCaAliases;
    bool verifyCertificates = true; // false: any certificate, any name (shown as a warning)
    TlsVersion minTlsVersion = TlsVersion::Default;
    bool http2 = true;              // offered where the server speaks it (HTTPS)

    // Mutual TLS. PEM: the certificate (and its chain) in clientCertificate, the key in
    // clientKey. P12: the whole file, base64, in clientCertificate. The key, a P12 and the
    // password are secrets.
    ClientCertFormat clientCertFormat = ClientCertFormat::None;
    QString clientCertificate;
    QString clientKey;
    QString clientKeyPassword;

    // The system's proxy is the one the environment names (https_proxy, http_proxy, all_proxy,
    // no_proxy), as curl and most Linux tools read it.
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;               // http://, https://, socks5://, socks5h://
    QString proxyLogin;
    QString proxyPassword;          // secret
    // Negotiate with no login: the Kerberos ticket of the account the engine runs as (its
    // ticket cache, or a client keytab named by KRB5_CLIENT_KTNAME).
    ProxyAuth proxyAuth = ProxyAuth::Any;
    QString noProxy;                // hosts reached directly: "localhost,.corp.example.com"

    int connectTimeoutSeconds = 0;  // 0: the transfer timeout
    int transferTimeoutSeconds = 0; // a request that moves no byte either way for this long fails; 0: the engine's

    // The client certificate is a PKCS#12 file, whose certificate is a secret too.
    bool certificateIsSecret() const { return clientCertFormat == ClientCertFormat::P12; }
};

// One PEM text with a certificate and its private key (as curl and many exports write it):
// the key block, taken out of `pem`; empty when there is none.
QString takePrivateKey(QString &pem);

struct Destination
{
    QString url;
    Auth auth;
    QList<Step> steps;
    Metadata metadata;
    Connection connection;
};

struct Workflow
{
    static constexpr int CurrentFormat = 1;

    QString id;   // assigned by the server; tokens and private data are kept under it
    QString name;
    bool active = true;
    bool userSpecific = false;
    // The scan connector the workflow belongs to (the reference's {"name", "connectorId"}); 0: none.
    qint64 connectorId = 0;
    Destination destination;

    // A workflow made with the reference's shape, a name and a connector, has no destination
    // yet: stored as a draft, inactive, delivering nothing until the designer gives it one.
    bool isDraft() const { return destination.url.isEmpty() && destination.steps.isEmpty(); }
    // The key tokens are stored under: the id, or the name of a workflow read from a file.
    QString key() const { return id.isEmpty() ? name : id; }
    int deliveryIndex() const;
    const Step &deliveryStep() const { return destination.steps.at(deliveryIndex()); }
    // The workflow needs private data from each user (R15): user-specific auth or parameters.
    bool needsPrivateUserData() const;
    bool hasUserSpecificAuth() const;
    QList<Parameter> userSpecificParameters() const;
    // The names of the values entered on the MFP panel or in Workplace for each file: those
    // its Terminal rows name ("costCenter", "[costCenter]", or the placeholders of a text), in
    // order, each once.
    QStringList terminalNames() const;
    // The origins (scheme://host:port) the workflow sends requests and secrets to: the
    // delivery URL, the request steps' URLs, the token URL. Secrets are kept for these only.
    QStringList origins() const;
};

// Names used in the JSON format and in messages.
QString toString(AuthType v);
QString toString(StepKind v);
QString toString(HttpMethod v);
QString toString(BodyType v);
QString toString(JsonSource v);
QString toString(ParamType v);
QString toString(ParamLocation v);
QString toString(MetadataFormat v);
QString toString(ProxyMode v);
QString toString(ProxyAuth v);
QString toString(TlsVersion v);
QString toString(ClientCertFormat v);

std::optional<AuthType> authTypeFromString(const QString &s);
std::optional<StepKind> stepKindFromString(const QString &s);
std::optional<HttpMethod> methodFromString(const QString &s);
std::optional<BodyType> bodyTypeFromString(const QString &s);
std::optional<JsonSource> jsonSourceFromString(const QString &s);
std::optional<ParamType> paramTypeFromString(const QString &s);
std::optional<ParamLocation> locationFromString(const QString &s);
std::optional<MetadataFormat> metadataFormatFromString(const QString &s);
std::optional<ProxyMode> proxyModeFromString(const QString &s);
std::optional<ProxyAuth> proxyAuthFromString(const QString &s);
std::optional<TlsVersion> tlsVersionFromString(const QString &s);
std::optional<ClientCertFormat> clientCertFormatFromString(const QString &s);

} // namespace scanflow
