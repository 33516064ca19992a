#include "WorkflowValidation.h"

#include "JsonTemplate.h"
#include "MetadataExport.h"
#include "Placeholders.h"
#include "Selector.h"
#include "SystemValues.h"
#include "UrlCheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>

#include <algorithm>

namespace scanflow {

namespace {

QString at(const QString &path, const char *key, qsizetype index)
{
    return (path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QString::fromLatin1(key)) + u'[' + QString::number(index) + u']';
}

void validateConnection(const Connection &c, const std::function<void(const QString &, const QString &)> &add)
{
    const QString path = QStringLiteral("destination.connection");
    const auto pemCertificates = [](const QString &text) { return text.contains(QLatin1String("-----BEGIN CERTIFICATE-----")); };
    const auto holdsKey = [](const QString &text) { return text.contains(QLatin1String("PRIVATE KEY-----")); };
    if (!c.trustedCas.trimmed().isEmpty() && !pemCertificates(c.trustedCas))
        add(path + QLatin1String(".trustedCas"), QStringLiteral("must hold PEM certificates (\"-----BEGIN CERTIFICATE-----\")"));
    if (holdsKey(c.trustedCas))
        add(path + QLatin1String(".trustedCas"), QStringLiteral("holds a private key; only certificates belong here"));
    for (qsizetype i = 0; i < c.trustedCaAliases.size(); ++i) {
        if (c.trustedCaAliases.at(i).trimmed().isEmpty())
            add(at(path, "trustedCaAliases", i), QStringLiteral("must not be empty"));
    }

    const QString cp = path + QLatin1String(".clientCertificate");
    if (c.clientCertFormat == ClientCertFormat::Pem) {
        if (!pemCertificates(c.clientCertificate))
            add(cp + QLatin1String(".certificate"), QStringLiteral("must hold the PEM certificate (\"-----BEGIN CERTIFICATE-----\")"));
        else if (holdsKey(c.clientCertificate))
            add(cp + QLatin1String(".certificate"), QStringLiteral("holds the private key; put it in clientCertificate.key, which is kept secret"));
        if (!c.clientKey.isEmpty() && !holdsKey(c.clientKey))
            add(cp + QLatin1String(".key"), QStringLiteral("must hold a PEM private key (\"-----BEGIN … PRIVATE KEY-----\")"));
    } else if (c.clientCertFormat == ClientCertFormat::P12) {
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/=\\s]*$"));
        if (!base64.match(c.clientCertificate).hasMatch())
            add(cp + QLatin1String(".certificate"), QStringLiteral("must be the PKCS#12 file in base64"));
        if (!c.clientKey.isEmpty())
            add(cp + QLatin1String(".key"), QStringLiteral("a PKCS#12 file holds its own key; leave this empty"));
    }

    const QString pp = path + QLatin1String(".proxy");
    if (c.proxyMode == ProxyMode::Url) {
        const QUrl url(c.proxyUrl.trimmed(), QUrl::StrictMode);
        static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("socks4"),
                                         QStringLiteral("socks4a"), QStringLiteral("socks5"), QStringLiteral("socks5h")};
        if (c.proxyUrl.trimmed().isEmpty())
            add(pp + QLatin1String(".url"), QStringLiteral("is required when the proxy mode is url"));
        else if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme().toLower()))
            // Not repeated: what was typed may hold a password ("user:secret@proxy:3128").
            add(pp + QLatin1String(".url"), QStringLiteral("is not a proxy URL (http://, https://, socks5h://, socks5://, socks4a:// or socks4:// and a host)"));
        else if (!url.userInfo().isEmpty())
            add(pp + QLatin1String(".url"), QStringLiteral("must not hold a login; put it in proxy.login and proxy.password, which is kept secret"));
        if (c.proxyAuth != ProxyAuth::Any && url.scheme().startsWith(QLatin1String("socks")) && c.proxyAuth != ProxyAuth::Basic)
            add(pp + QLatin1String(".auth"), QStringLiteral("a SOCKS proxy takes a login and password only (auth \"any\" or \"basic\")"));
    }
    static const QRegularExpression hosts(QStringLiteral("^[A-Za-z0-9.*:\\[\\]_, -]*$"));
    if (!hosts.match(c.noProxy).hasMatch())
        add(pp + QLatin1String(".noProxy"), QStringLiteral("\"%1\" must be host names, domains (\".corp.example.com\") or addresses, separated by commas").arg(c.noProxy));
}

// Every system value's name, [metadata] included.
const QStringList &systemNames()
{
    static const QStringList names = [] {
        QStringList n = systemValues(Workflow(), DocumentInfo()).keys();
        n.append(MetadataPlaceholder);
        return n;
    }();
    return names;
}

// The name a System, Terminal or Response value refers to: "name" or "[name]" (with no
// modifier); empty when the value is a text (with or without placeholders).
QString referencedName(const QString &value)
{
    const QString v = value.trimmed();
    if (const auto whole = placeholderAt(v, 0); whole && whole->length == v.size())
        return whole->name;
    return isValidKey(v) ? v : QString();
}

// Where the workflow first renders [name] against the whole namespace (where the lookup order
// decides which value it is): a URL, a JSON template that is sent, a custom metadata template,
// the text of a System, Terminal or Response row that is sent. A row naming one value alone
// looks in its own source, a Custom value is sent as written and a User value is a label:
// none of those is ambiguous. Empty when there is no such place.
QString firstUse(const Workflow &w, const QString &name)
{
    const auto uses = [&](const QString &text) { return placeholderNames(text).contains(name); };
    const Destination &d = w.destination;
    if (uses(d.url))
        return QStringLiteral("destination.url");
    for (qsizetype i = 0; i < d.steps.size(); ++i) {
        const Step &s = d.steps.at(i);
        const QString sp = at(QStringLiteral("destination"), "steps", i);
        if (s.kind == StepKind::Request && uses(s.url))
            return sp + QLatin1String(".url");
        const bool templateSent = s.kind == StepKind::Request && s.method != HttpMethod::Get && s.body == BodyType::Json
            && s.jsonSource == JsonSource::Editor;
        if (templateSent && uses(s.jsonTemplate))
            return sp + QLatin1String(".jsonTemplate");
        for (qsizetype j = 0; j < s.params.size(); ++j) {
            const Parameter &p = s.params.at(j);
            const bool text = p.type != ParamType::Custom && p.type != ParamType::User && referencedName(p.value).isEmpty();
            if (text && s.ignores(p) == Step::Ignored::No && uses(p.value))
                return at(sp, "params", j) + QLatin1String(".value");
        }
    }
    const bool customMetadata = d.metadata.format == MetadataFormat::CustomJson || d.metadata.format == MetadataFormat::CustomXml;
    if (customMetadata && uses(d.metadata.templateText))
        return QStringLiteral("destination.metadata.template");
    return {};
}

} // namespace

bool isValidFieldName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return re.match(name).hasMatch();
}

bool isValidHeaderName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return re.match(name).hasMatch();
}

bool isValidKey(const QString &key)
{
    const auto m = placeholderAt(u'[' + key + u']', 0);
    return m && m->modifier.isEmpty() && m->name == key;
}

QList<WorkflowIssue> validateWorkflow(const Workflow &w)
{
    QList<WorkflowIssue> issues;
    const auto add = [&](const QString &path, const QString &message) { issues.append({path, message}); };
    const Destination &d = w.destination;
    const Auth &a = d.auth;

    if (w.name.trimmed().isEmpty())
        add(QStringLiteral("name"), QStringLiteral("must not be empty"));
    if (w.isDraft()) {
        if (w.active)
            add(QStringLiteral("active"), QStringLiteral("a draft (no destination URL or requests yet) cannot be active; finish it in the designer"));
        return issues;
    }
    if (d.url.isEmpty())
        add(QStringLiteral("destination.url"), QStringLiteral("is required"));
    else if (const QString why = checkUrlTemplate(d.url); !why.isEmpty())
        add(QStringLiteral("destination.url"), why);

    // "User specific authentication" is shown only on a user-specific workflow with Basic or
    // OAuth 2.0; hidden, it counts as off, whatever it held (reference-001 Z1).
    const QString ap = QStringLiteral("destination.auth");
    if (a.type == AuthType::Basic && !w.hasUserSpecificAuth() && a.login.isEmpty())
        add(ap + QLatin1String(".login"), QStringLiteral("is required for shared Basic authentication"));
    if (a.type == AuthType::OAuth2) {
        for (const auto &[key, value] : {std::pair{"authorizationUrl", &a.authorizationUrl},
                                         std::pair{"tokenUrl", &a.tokenUrl}}) {
            if (const QString why = checkUrlTemplate(*value); !why.isEmpty() || placeholderNames(*value).size())
                add(ap + u'.' + QLatin1String(key), why.isEmpty() ? QStringLiteral("must not contain placeholders") : why);
        }
        if (a.clientId.isEmpty())
            add(ap + QLatin1String(".clientId"), QStringLiteral("is required for OAuth 2.0"));
    }

    const int deliveries = int(std::count_if(d.steps.cbegin(), d.steps.cend(),
                                             [](const Step &s) { return s.kind == StepKind::Delivery; }));
    if (deliveries != 1) {
        add(QStringLiteral("destination.steps"),
            QStringLiteral("must hold exactly one delivery step (it holds %1)").arg(deliveries));
    }

    QSet<QString> parsedBefore; // response keys parsed by earlier steps
    for (qsizetype i = 0; i < d.steps.size(); ++i) {
        const Step &s = d.steps.at(i);
        const QString sp = at(QStringLiteral("destination"), "steps", i);
        if (s.kind == StepKind::Delivery) {
            // A raw body has no file field; an empty one means "file" (G-UI-4).
            if (s.body != BodyType::Raw && !s.fileField.isEmpty() && !isValidFieldName(s.fileField))
                add(sp + QLatin1String(".fileField"), QStringLiteral("\"%1\" may hold only letters, digits, \".\", \"_\" and \"-\"").arg(s.fileField));
        } else {
            if (const QString why = checkUrlTemplate(s.url); !why.isEmpty())
                add(sp + QLatin1String(".url"), why);
            // GET sends no body: its Form/Body rows go to the query string, whatever the body
            // type says (reference-001 Z3), and a JSON template is not used.
            if (s.method != HttpMethod::Get && s.body == BodyType::Json && s.jsonSource == JsonSource::Editor) {
                if (const QString why = checkJsonTemplate(s.jsonTemplate); !why.isEmpty())
                    add(sp + QLatin1String(".jsonTemplate"), why);
            }
        }
        for (qsizetype j = 0; j < s.params.size(); ++j) {
            const Parameter &p = s.params.at(j);
            const QString pp = at(sp, "params", j);
            if (p.key.isEmpty()) {
                add(pp + QLatin1String(".key"), QStringLiteral("must not be empty"));
            } else if (p.location == ParamLocation::Header && !isValidHeaderName(p.key)) {
                add(pp + QLatin1String(".key"), QStringLiteral("\"%1\" is not a valid HTTP header name").arg(p.key));
            }
            if (p.type == ParamType::User && !w.userSpecific)
                add(pp + QLatin1String(".type"), QStringLiteral("user-specific parameters need a user-specific workflow"));
            if (p.type == ParamType::User && !isValidKey(p.key))
                add(pp + QLatin1String(".key"), QStringLiteral("\"%1\" is not a valid key (a letter first, then letters, digits, \"_\", \"-\" or \".\")").arg(p.key));
            if (p.type == ParamType::User && p.value.trimmed().isEmpty())
                add(pp + QLatin1String(".value"), QStringLiteral("is the label Workplace shows each user; it must not be empty"));
            if (s.ignores(p) == Step::Ignored::No && (p.type == ParamType::System || p.type == ParamType::Terminal)) {
                // Z14: a typo fails here, not at the first delivery; a text without placeholders
                // would be sent as it stands, which a System or Terminal row never means.
                const QString name = referencedName(p.value);
                if (p.type == ParamType::System && !name.isEmpty() && !systemNames().contains(name)) {
                    add(pp + QLatin1String(".value"), QStringLiteral("\"%1\" is not a system value (%2)")
                                                          .arg(name, QStringList(systemNames()).join(QLatin1String(", "))));
                } else if (name.isEmpty() && placeholderNames(p.value).isEmpty()) {
                    add(pp + QLatin1String(".value"),
                        QStringLiteral("\"%1\" is neither the name of a %2 value nor a text with placeholders")
                            .arg(p.value, p.type == ParamType::System ? QStringLiteral("system") : QStringLiteral("terminal")));
                }
            }
            // Z5: a key that is also a placeholder name used elsewhere must mean one thing.
            // Custom and user keys are field names too ("date", "filename"…): they clash only
            // where [key] is used; a response key is a placeholder name and nothing else.
            if ((p.type == ParamType::Custom || p.type == ParamType::User) && isValidKey(p.key)) {
                const QString clash = systemNames().contains(p.key) ? QStringLiteral("a system value") : QString();
                if (!clash.isEmpty()) {
                    if (const QString use = firstUse(w, p.key); !use.isEmpty()) {
                        add(pp + QLatin1String(".key"), QStringLiteral("\"%1\" is also %2, which [%1] at %3 means; rename the key or that placeholder")
                                                            .arg(p.key, clash, use));
                    }
                }
            }
            if (p.type == ParamType::Response && s.ignores(p) == Step::Ignored::No) {
                const auto m = placeholderAt(p.value, 0);
                const QString name = m && m->length == p.value.size() ? m->name : p.value;
                if (!parsedBefore.contains(name)) {
                    const auto later = std::find_if(d.steps.cbegin() + i, d.steps.cend(), [&](const Step &other) {
                        return std::any_of(other.response.cbegin(), other.response.cend(),
                                           [&](const ResponseParameter &r) { return r.key == name; });
                    });
                    if (later == d.steps.cend()) {
                        add(pp + QLatin1String(".value"), QStringLiteral("no earlier step parses the response value \"%1\"").arg(name));
                    } else if (later == d.steps.cbegin() + i) {
                        add(pp + QLatin1String(".value"),
                            QStringLiteral("the response value \"%1\" is parsed from this step's own response, which comes after its request").arg(name));
                    } else {
                        const int at = int(later - d.steps.cbegin());
                        add(pp + QLatin1String(".value"),
                            QStringLiteral("the response value \"%1\" is parsed by %2, which runs after this step; move that step earlier")
                                .arg(name, later->displayName(at)));
                    }
                }
            }
        }
        for (qsizetype j = 0; j < s.response.size(); ++j) {
            const ResponseParameter &rp = s.response.at(j);
            const QString rpp = at(sp, "response", j);
            if (systemNames().contains(rp.key)) {
                add(rpp + QLatin1String(".key"), QStringLiteral("\"%1\" is a system value's name, which [%1] always means; choose another key").arg(rp.key));
            } else if (const auto other = std::find_if(d.steps.cbegin(), d.steps.cend(), [&](const Step &o) {
                           return std::any_of(o.params.cbegin(), o.params.cend(), [&](const Parameter &q) {
                               return (q.type == ParamType::Custom || (q.type == ParamType::User && w.userSpecific)) && q.key == rp.key;
                           });
                       });
                       other != d.steps.cend() && !firstUse(w, rp.key).isEmpty()) {
                add(rpp + QLatin1String(".key"), QStringLiteral("\"%1\" is also a parameter's key in %2, and [%1] can mean only one of them; choose another key")
                                                     .arg(rp.key, other->displayName(int(other - d.steps.cbegin()))));
            }
            if (!isValidKey(rp.key))
                add(rpp + QLatin1String(".key"), QStringLiteral("\"%1\" is not a valid key (a letter first, then letters, digits, \"_\", \"-\" or \".\")").arg(rp.key));
            if (const auto sel = Selector::parse(rp.selector); !sel)
                add(rpp + QLatin1String(".selector"), sel.error());
        }
        for (const ResponseParameter &rp : s.response)
            parsedBefore.insert(rp.key);
    }

    validateConnection(d.connection, add);

    const Metadata &m = d.metadata;
    if (m.enabled) {
        const QString mp = QStringLiteral("destination.metadata");
        if (m.inFormField && !isValidFieldName(m.formFieldName))
            add(mp + QLatin1String(".formFieldName"), QStringLiteral("\"%1\" may hold only letters, digits, \".\", \"_\" and \"-\"").arg(m.formFieldName));
        if ((m.format == MetadataFormat::CustomJson || m.format == MetadataFormat::CustomXml) && m.templateText.trimmed().isEmpty())
            add(mp + QLatin1String(".template"), QStringLiteral("is required for a custom format"));
        if (m.format == MetadataFormat::CustomJson && !m.templateText.trimmed().isEmpty()) {
            if (const QString why = checkJsonTemplate(m.templateText); !why.isEmpty())
                add(mp + QLatin1String(".template"), why);
        }
    }
    return issues;
}

} // namespace scanflow
