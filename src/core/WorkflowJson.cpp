#include "WorkflowJson.h"


#include <QJsonArray>
#include <QJsonDocument>

namespace scanflow {

namespace {

// Reads fields of one JSON object, recording an issue for each missing or mistyped one.
class Reader
{
public:
    explicit Reader(QList<WorkflowIssue> &issues) : m_issues(issues) {}

    void issue(const QString &path, const QString &message) { m_issues.append({path, message}); }

    QString string(const QJsonObject &o, const QString &path, const char *key,
                   const QString &fallback = {}, bool required = false)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(join(path, k), QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isString()) {
            issue(join(path, k), QStringLiteral("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            issue(join(path, QString::fromLatin1(key)), QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const QJsonObject &o, const QString &path, const char *key, int fallback, int min, int max)
    {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            issue(join(path, QString::fromLatin1(key)), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        QStringList out;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                issue(join(path, QString::fromLatin1(key)) + u'[' + QString::number(i) + u']', QStringLiteral("must be a string"));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(join(path, QString::fromLatin1(key)), QStringLiteral("is required"));
            return {};
        }
        if (!v.isObject())
            issue(join(path, QString::fromLatin1(key)), QStringLiteral("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            issue(join(path, QString::fromLatin1(key)), QStringLiteral("must be an array"));
        return v.toArray();
    }

    template <typename E>
    E enumeration(const QJsonObject &o, const QString &path, const char *key, E fallback,
                  std::optional<E> (*parse)(const QString &), std::initializer_list<E> allowed)
    {
        const QString k = QString::fromLatin1(key);
        if (!o.contains(k) || o.value(k).isNull())
            return fallback;
        const QString text = string(o, path, key);
        const auto value = parse(text);
        const bool isAllowed = value && std::find(allowed.begin(), allowed.end(), *value) != allowed.end();
        if (!isAllowed) {
            QStringList names;
            for (E e : allowed)
                names.append(toString(e));
            issue(join(path, k), QStringLiteral("\"%1\" is not one of %2").arg(text, names.join(QLatin1String(", "))));
            return fallback;
        }
        return *value;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

private:
    QList<WorkflowIssue> &m_issues;
};

QString at(const QString &path, const char *key, qsizetype index)
{
    return Reader::join(path, QString::fromLatin1(key)) + u'[' + QString::number(index) + u']';
}

Parameter readParameter(Reader &r, const QJsonObject &o, const QString &path)
{
    Parameter p;
    p.key = r.string(o, path, "key", {}, true);
    p.value = r.string(o, path, "value");
    p.type = r.enumeration(o, path, "type", ParamType::Custom, paramTypeFromString,
                           {ParamType::System, ParamType::Custom, ParamType::Terminal,
                            ParamType::Response, ParamType::User});
    p.location = r.enumeration(o, path, "location", ParamLocation::Form, locationFromString,
                               {ParamLocation::Header, ParamLocation::Form});
    // Only a custom value is a literal that can be a credential.
    p.secret = p.type == ParamType::Custom && r.boolean(o, path, "secret", looksSecret(p.key));
    return p;
}

Step readStep(Reader &r, const QJsonObject &o, const QString &path)
{
    Step s;
    s.kind = r.enumeration(o, path, "kind", StepKind::Request, stepKindFromString,
                           {StepKind::Delivery, StepKind::Request});
    s.name = r.string(o, path, "name");
    if (s.kind == StepKind::Delivery) {
        s.method = r.enumeration(o, path, "method", HttpMethod::Post, methodFromString,
                                 {HttpMethod::Post, HttpMethod::Put});
        s.body = r.enumeration(o, path, "body", BodyType::Multipart, bodyTypeFromString,
                               {BodyType::Multipart, BodyType::Raw});
        s.fileField = r.string(o, path, "fileField", QStringLiteral("file"));
    } else {
        s.url = r.string(o, path, "url", {}, true);
        s.method = r.enumeration(o, path, "method", HttpMethod::Post, methodFromString,
                                 {HttpMethod::Post, HttpMethod::Get, HttpMethod::Put, HttpMethod::Patch});
        s.body = r.enumeration(o, path, "body", BodyType::Json, bodyTypeFromString,
                               {BodyType::Form, BodyType::Json, BodyType::None});
        s.jsonSource = r.enumeration(o, path, "jsonSource", JsonSource::Parameters,
                                     jsonSourceFromString, {JsonSource::Parameters, JsonSource::Editor});
        s.jsonTemplate = r.string(o, path, "jsonTemplate");
    }
    const QJsonArray params = r.array(o, path, "params");
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString p = at(path, "params", i);
        if (!params.at(i).isObject()) {
            r.issue(p, QStringLiteral("must be an object"));
            continue;
        }
        s.params.append(readParameter(r, params.at(i).toObject(), p));
    }
    const QJsonArray response = r.array(o, path, "response");
    for (qsizetype i = 0; i < response.size(); ++i) {
        const QString p = at(path, "response", i);
        if (!response.at(i).isObject()) {
            r.issue(p, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject ro = response.at(i).toObject();
        s.response.append({r.string(ro, p, "key", {}, true), r.string(ro, p, "selector", {}, true)});
    }
    return s;
}

Auth readAuth(Reader &r, const QJsonObject &o, const QString &path)
{
    Auth a;
    a.type = r.enumeration(o, path, "type", AuthType::None, authTypeFromString,
                           {AuthType::None, AuthType::Basic, AuthType::OAuth2});
    a.userSpecific = r.boolean(o, path, "userSpecific", false);
    a.login = r.string(o, path, "login");
    a.password = r.string(o, path, "password");
    a.authorizationUrl = r.string(o, path, "authorizationUrl");
    a.tokenUrl = r.string(o, path, "tokenUrl");
    a.clientId = r.string(o, path, "clientId");
    a.clientSecret = r.string(o, path, "clientSecret");
    a.scopes = r.string(o, path, "scopes");
    const QJsonObject token = r.object(o, path, "token", false);
    if (!token.isEmpty()) {
        const QString tp = Reader::join(path, QStringLiteral("token"));
        OAuthToken t;
        t.accessToken = r.string(token, tp, "accessToken");
        t.refreshToken = r.string(token, tp, "refreshToken");
        const QString expires = r.string(token, tp, "expiresAt");
        if (!expires.isEmpty()) {
            t.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
            if (!t.expiresAt.isValid())
                r.issue(Reader::join(tp, QStringLiteral("expiresAt")), QStringLiteral("is not an ISO 8601 date and time"));
        }
        a.token = t;
    }
    return a;
}

Connection readConnection(Reader &r, const QJsonObject &o, const QString &path)
{
    Connection c;
    c.trustedCas = r.string(o, path, "trustedCas");
    c.trustedCaAliases = r.strings(o, path, "trustedCaAliases");
    c.verifyCertificates = r.boolean(o, path, "verifyCertificates", true);
    c.minTlsVersion = r.enumeration(o, path, "minTlsVersion", TlsVersion::Default, tlsVersionFromString,
                                    {TlsVersion::Default, TlsVersion::Tls12, TlsVersion::Tls13});
    c.http2 = r.boolean(o, path, "http2", true);
    c.connectTimeoutSeconds = r.integer(o, path, "connectTimeout", 0, 0, 3600);
    c.transferTimeoutSeconds = r.integer(o, path, "transferTimeout", 0, 0, 24 * 3600);

    const QString cp = Reader::join(path, QStringLiteral("clientCertificate"));
    const QJsonObject cert = r.object(o, path, "clientCertificate", false);
    c.clientCertFormat = r.enumeration(cert, cp, "format", ClientCertFormat::None, clientCertFormatFromString,
                                       {ClientCertFormat::None, ClientCertFormat::Pem, ClientCertFormat::P12});
    c.clientCertificate = r.string(cert, cp, "certificate");
    c.clientKey = r.string(cert, cp, "key");
    c.clientKeyPassword = r.string(cert, cp, "password");

    const QString pp = Reader::join(path, QStringLiteral("proxy"));
    const QJsonObject proxy = r.object(o, path, "proxy", false);
    c.proxyMode = r.enumeration(proxy, pp, "mode", ProxyMode::System, proxyModeFromString,
                                {ProxyMode::System, ProxyMode::None, ProxyMode::Url});
    c.proxyUrl = r.string(proxy, pp, "url");
    c.proxyLogin = r.string(proxy, pp, "login");
    c.proxyPassword = r.string(proxy, pp, "password");
    c.proxyAuth = r.enumeration(proxy, pp, "auth", ProxyAuth::Any, proxyAuthFromString,
                                {ProxyAuth::Any, ProxyAuth::Basic, ProxyAuth::Ntlm, ProxyAuth::Negotiate});
    c.noProxy = r.string(proxy, pp, "noProxy");
    return c;
}

QJsonObject connectionToJson(const Connection &c, SecretHandling secrets)
{
    const bool withSecrets = secrets == SecretHandling::Include;
    QJsonObject cert{{QStringLiteral("format"), toString(c.clientCertFormat)}};
    if (c.clientCertFormat != ClientCertFormat::None) {
        if (!c.clientCertificate.isEmpty() && (withSecrets || !c.certificateIsSecret()))
            cert.insert(QStringLiteral("certificate"), c.clientCertificate);
        if (withSecrets && !c.clientKey.isEmpty())
            cert.insert(QStringLiteral("key"), c.clientKey);
        if (withSecrets && !c.clientKeyPassword.isEmpty())
            cert.insert(QStringLiteral("password"), c.clientKeyPassword);
    }
    QJsonObject proxy{{QStringLiteral("mode"), toString(c.proxyMode)}};
    if (c.proxyMode == ProxyMode::Url) {
        proxy.insert(QStringLiteral("url"), c.proxyUrl);
        proxy.insert(QStringLiteral("login"), c.proxyLogin);
        if (withSecrets && !c.proxyPassword.isEmpty())
            proxy.insert(QStringLiteral("password"), c.proxyPassword);
        proxy.insert(QStringLiteral("auth"), toString(c.proxyAuth));
    }
    if (c.proxyMode != ProxyMode::None)
        proxy.insert(QStringLiteral("noProxy"), c.noProxy);
    return {{QStringLiteral("trustedCas"), c.trustedCas},
            {QStringLiteral("trustedCaAliases"), QJsonArray::fromStringList(c.trustedCaAliases)},
            {QStringLiteral("verifyCertificates"), c.verifyCertificates},
            {QStringLiteral("minTlsVersion"), toString(c.minTlsVersion)},
            {QStringLiteral("http2"), c.http2},
            {QStringLiteral("clientCertificate"), cert},
            {QStringLiteral("proxy"), proxy},
            {QStringLiteral("connectTimeout"), c.connectTimeoutSeconds},
            {QStringLiteral("transferTimeout"), c.transferTimeoutSeconds}};
}

QJsonObject paramsToJson(const Parameter &p, SecretHandling secrets)
{
    QJsonObject o{{QStringLiteral("key"), p.key}, {QStringLiteral("type"), toString(p.type)},
                  {QStringLiteral("location"), toString(p.location)}};
    if (!p.secret || secrets == SecretHandling::Include)
        o.insert(QStringLiteral("value"), p.value);
    if (p.type == ParamType::Custom)
        o.insert(QStringLiteral("secret"), p.secret); // written out, so a name's default never flips it
    return o;
}

QJsonObject stepToJson(const Step &s, SecretHandling secrets)
{
    QJsonObject o{{QStringLiteral("kind"), toString(s.kind)}};
    if (!s.name.isEmpty())
        o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("method"), toString(s.method));
    o.insert(QStringLiteral("body"), toString(s.body));
    if (s.kind == StepKind::Delivery) {
        o.insert(QStringLiteral("fileField"), s.fileField);
    } else {
        o.insert(QStringLiteral("url"), s.url);
        o.insert(QStringLiteral("jsonSource"), toString(s.jsonSource));
        if (!s.jsonTemplate.isEmpty())
            o.insert(QStringLiteral("jsonTemplate"), s.jsonTemplate);
    }
    QJsonArray params;
    for (const Parameter &p : s.params)
        params.append(paramsToJson(p, secrets));
    QJsonArray response;
    for (const ResponseParameter &r : s.response)
        response.append(QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("selector"), r.selector}});
    o.insert(QStringLiteral("params"), params);
    o.insert(QStringLiteral("response"), response);
    return o;
}

QJsonObject authToJson(const Auth &a, SecretHandling secrets)
{
    QJsonObject o{{QStringLiteral("type"), toString(a.type)}, {QStringLiteral("userSpecific"), a.userSpecific}};
    const bool withSecrets = secrets == SecretHandling::Include;
    if (a.type == AuthType::Basic) {
        o.insert(QStringLiteral("login"), a.login);
        if (withSecrets && !a.password.isEmpty())
            o.insert(QStringLiteral("password"), a.password);
    } else if (a.type == AuthType::OAuth2) {
        o.insert(QStringLiteral("authorizationUrl"), a.authorizationUrl);
        o.insert(QStringLiteral("tokenUrl"), a.tokenUrl);
        o.insert(QStringLiteral("clientId"), a.clientId);
        o.insert(QStringLiteral("scopes"), a.scopes);
        if (withSecrets && !a.clientSecret.isEmpty())
            o.insert(QStringLiteral("clientSecret"), a.clientSecret);
        if (withSecrets && a.token) {
            QJsonObject t{{QStringLiteral("accessToken"), a.token->accessToken},
                          {QStringLiteral("refreshToken"), a.token->refreshToken}};
            if (a.token->expiresAt.isValid())
                t.insert(QStringLiteral("expiresAt"), a.token->expiresAt.toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("token"), t);
        }
    }
    return o;
}

} // namespace

QJsonObject withSaveRules(QJsonObject w)
{
    if (w.value(QStringLiteral("userSpecific")).toBool(false))
        return w;
    QJsonObject destination = w.value(QStringLiteral("destination")).toObject();
    QJsonObject auth = destination.value(QStringLiteral("auth")).toObject();
    if (auth.contains(QStringLiteral("userSpecific"))) {
        auth.insert(QStringLiteral("userSpecific"), false);
        destination.insert(QStringLiteral("auth"), auth);
    }
    QJsonArray steps = destination.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps.at(i).toObject();
        QJsonArray kept;
        for (const QJsonValue &p : step.value(QStringLiteral("params")).toArray()) {
            if (p.toObject().value(QStringLiteral("type")).toString() != QLatin1String("user"))
                kept.append(p);
        }
        if (step.contains(QStringLiteral("params")))
            step.insert(QStringLiteral("params"), kept);
        steps[i] = step;
    }
    if (destination.contains(QStringLiteral("steps")))
        destination.insert(QStringLiteral("steps"), steps);
    if (w.contains(QStringLiteral("destination")))
        w.insert(QStringLiteral("destination"), destination);
    return w;
}

Result<Workflow> workflowFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<Workflow>::failure(QStringLiteral("not valid JSON: %1 at offset %2")
                                             .arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject())
        return Result<Workflow>::failure(QStringLiteral("a workflow must be a JSON object"));
    return workflowFromJson(doc.object());
}

Result<Workflow> workflowFromJson(const QJsonObject &o)
{
    QList<WorkflowIssue> issues;
    Reader r(issues);
    Workflow w;

    const QJsonValue format = o.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        r.issue(QStringLiteral("format"), QStringLiteral("is required (this version reads format %1)").arg(Workflow::CurrentFormat));
    } else if (format.toInt(-1) != Workflow::CurrentFormat) {
        r.issue(QStringLiteral("format"), QStringLiteral("%1 is not supported (this version reads format %2)")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{format}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                    .arg(Workflow::CurrentFormat));
    }
    // A numeric id (the API's) reads as its text.
    const QJsonValue id = o.value(QStringLiteral("id"));
    w.id = id.isDouble() ? QString::number(id.toInteger()) : r.string(o, {}, "id");
    w.name = r.string(o, {}, "name", {}, true);
    // Without a destination it is a draft (Workflow::isDraft), inactive unless said otherwise.
    const bool hasDestination = o.contains(QStringLiteral("destination"));
    w.active = r.boolean(o, {}, "active", hasDestination);
    w.userSpecific = r.boolean(o, {}, "userSpecific", false);
    const QJsonValue connector = o.value(QStringLiteral("connectorId"));
    if (!connector.isUndefined() && !connector.isNull()) {
        // A number, or its text, as the reference writes ids elsewhere ("workflowId":"100").
        bool ok = connector.isDouble() && connector.toDouble() == double(connector.toInteger());
        qint64 number = connector.toInteger();
        if (connector.isString())
            number = connector.toString().toLongLong(&ok);
        if (!ok || number < 0)
            r.issue(QStringLiteral("connectorId"), QStringLiteral("must be a scan connector's id (a whole number)"));
        else
            w.connectorId = number;
    }

    const QString dp = QStringLiteral("destination");
    const QJsonObject d = r.object(o, {}, "destination", false);
    const QString type = r.string(d, dp, "type", QStringLiteral("api"));
    if (type != QLatin1String("api"))
        r.issue(Reader::join(dp, QStringLiteral("type")), QStringLiteral("\"%1\" is not one of api").arg(type));
    w.destination.url = r.string(d, dp, "url");
    w.destination.auth = readAuth(r, r.object(d, dp, "auth", false), Reader::join(dp, QStringLiteral("auth")));
    // Not applicable (a shared workflow, or no authentication), user-specific auth is off.
    w.destination.auth.userSpecific = w.hasUserSpecificAuth();

    const QJsonArray steps = r.array(d, dp, "steps");
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString sp = at(dp, "steps", i);
        if (!steps.at(i).isObject()) {
            r.issue(sp, QStringLiteral("must be an object"));
            continue;
        }
        w.destination.steps.append(readStep(r, steps.at(i).toObject(), sp));
    }

    const QString mp = Reader::join(dp, QStringLiteral("metadata"));
    const QJsonObject m = r.object(d, dp, "metadata", false);
    Metadata &md = w.destination.metadata;
    md.enabled = r.boolean(m, mp, "enabled", false);
    md.format = r.enumeration(m, mp, "format", MetadataFormat::Json, metadataFormatFromString,
                              {MetadataFormat::Xml, MetadataFormat::Json, MetadataFormat::CustomXml,
                               MetadataFormat::CustomJson});
    md.templateText = r.string(m, mp, "template");
    md.inFormField = r.boolean(m, mp, "inFormField", false);
    md.formFieldName = r.string(m, mp, "formFieldName", QStringLiteral("metadata"));
    w.destination.connection = readConnection(r, r.object(d, dp, "connection", false), Reader::join(dp, QStringLiteral("connection")));

    if (issues.isEmpty())
        issues = validateWorkflow(w);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < issues.size() && i < 3; ++i)
            lines.append(issues.at(i).toString());
        if (issues.size() > 3)
            lines.append(QStringLiteral("and %1 more").arg(issues.size() - 3));
        return Result<Workflow>::failure(lines.join(QLatin1String("; ")));
    }
    return w;
}

QJsonObject workflowToJson(const Workflow &w, SecretHandling secrets)
{
    const Destination &d = w.destination;
    QJsonArray steps;
    for (const Step &s : d.steps)
        steps.append(stepToJson(s, secrets));
    QJsonObject metadata{{QStringLiteral("enabled"), d.metadata.enabled},
                         {QStringLiteral("format"), toString(d.metadata.format)},
                         {QStringLiteral("inFormField"), d.metadata.inFormField},
                         {QStringLiteral("formFieldName"), d.metadata.formFieldName}};
    metadata.insert(QStringLiteral("template"),
                    d.metadata.templateText.isEmpty() ? QJsonValue() : QJsonValue(d.metadata.templateText));
    QJsonObject root{
        {QStringLiteral("format"), Workflow::CurrentFormat},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("active"), w.active},
        {QStringLiteral("userSpecific"), w.userSpecific},
        {QStringLiteral("destination"), QJsonObject{
            {QStringLiteral("type"), QStringLiteral("api")},
            {QStringLiteral("url"), d.url},
            {QStringLiteral("auth"), authToJson(d.auth, secrets)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("connection"), connectionToJson(d.connection, secrets)}}},
    };
    if (!w.id.isEmpty())
        root.insert(QStringLiteral("id"), w.id);
    if (w.connectorId != 0)
        root.insert(QStringLiteral("connectorId"), w.connectorId);
    return root;
}

} // namespace scanflow
