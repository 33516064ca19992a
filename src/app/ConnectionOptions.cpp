#include "ConnectionOptions.h"

#include "ConnectionCheck.h"
#include "WorkflowValidation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

namespace scanflow {

namespace {

QString readFile(const QString &path, QByteArray *bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("\"%1\": %2").arg(path, f.errorString());
    *bytes = f.readAll();
    return {};
}

} // namespace

ConnectionOptions::ConnectionOptions()
    : m_cacert(QStringLiteral("cacert"), QStringLiteral("PEM file of CA certificates to trust besides the system's."), QStringLiteral("file")),
      m_cert(QStringLiteral("cert"), QStringLiteral("Client certificate: PEM, or PKCS#12 (.p12, .pfx)."), QStringLiteral("file")),
      m_key(QStringLiteral("key"), QStringLiteral("The PEM client certificate's private key."), QStringLiteral("file")),
      m_keyPassword(QStringLiteral("key-password-env"), QStringLiteral("Environment variable holding the key's or PKCS#12 file's password."), QStringLiteral("name")),
      m_proxy(QStringLiteral("proxy"), QStringLiteral("Proxy URL (http://, https://, socks5h://, socks5://); \"none\" for no proxy, even the environment's."), QStringLiteral("url")),
      m_proxyUser(QStringLiteral("proxy-user"), QStringLiteral("Proxy login, as login:password or the login alone with the password in SCANFLOW_PROXY_PASSWORD."), QStringLiteral("login")),
      m_proxyAuth(QStringLiteral("proxy-auth"), QStringLiteral("Proxy authentication: any (default), basic, ntlm, negotiate."), QStringLiteral("scheme")),
      m_noProxy(QStringLiteral("noproxy"), QStringLiteral("Hosts reached without the proxy, comma separated."), QStringLiteral("hosts")),
      m_insecure(QStringLiteral("insecure"), QStringLiteral("Do not check servers' certificates (every trace says so).")),
      m_tlsMin(QStringLiteral("tls-min"), QStringLiteral("Minimum TLS version: 1.2 or 1.3."), QStringLiteral("version")),
      m_http1(QStringLiteral("http1.1"), QStringLiteral("Do not offer HTTP/2.")),
      m_connectTimeout(QStringLiteral("connect-timeout"), QStringLiteral("Seconds to wait for a connection."), QStringLiteral("seconds"))
{
}

void ConnectionOptions::addTo(QCommandLineParser &cli) const
{
    cli.addOptions({m_cacert, m_cert, m_key, m_keyPassword, m_proxy, m_proxyUser, m_proxyAuth, m_noProxy, m_insecure, m_tlsMin,
                    m_http1, m_connectTimeout});
}

QString ConnectionOptions::applyTo(const QCommandLineParser &cli, Workflow &workflow) const
{
    Connection &c = workflow.destination.connection;
    QByteArray bytes;
    if (cli.isSet(m_cacert)) {
        if (const QString e = readFile(cli.value(m_cacert), &bytes); !e.isEmpty())
            return QStringLiteral("--cacert ") + e;
        c.trustedCas = QString::fromUtf8(bytes);
        c.trustedCaAliases.clear(); // a server's certificates, which this file stands in for
    }
    if (cli.isSet(m_cert)) {
        const QString path = cli.value(m_cert);
        if (const QString e = readFile(path, &bytes); !e.isEmpty())
            return QStringLiteral("--cert ") + e;
        const bool p12 = path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive)
            || !bytes.contains("-----BEGIN");
        c.clientCertFormat = p12 ? ClientCertFormat::P12 : ClientCertFormat::Pem;
        c.clientCertificate = p12 ? QString::fromLatin1(bytes.toBase64()) : QString::fromUtf8(bytes);
        c.clientKey.clear();
        c.clientKeyPassword.clear();
        // One PEM file with the certificate and its key, as curl takes it: the key goes apart.
        if (!p12)
            c.clientKey = takePrivateKey(c.clientCertificate);
    }
    if (cli.isSet(m_key)) {
        if (const QString e = readFile(cli.value(m_key), &bytes); !e.isEmpty())
            return QStringLiteral("--key ") + e;
        c.clientKey = QString::fromUtf8(bytes);
    }
    if (cli.isSet(m_keyPassword)) {
        const QByteArray name = cli.value(m_keyPassword).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return QStringLiteral("--key-password-env: the environment has no variable \"%1\"").arg(cli.value(m_keyPassword));
        c.clientKeyPassword = qEnvironmentVariable(name.constData());
    }
    if (cli.isSet(m_proxy)) {
        const QString url = cli.value(m_proxy);
        c.proxyMode = url == QLatin1String("none") ? ProxyMode::None : ProxyMode::Url;
        c.proxyUrl = c.proxyMode == ProxyMode::Url ? url : QString();
        // The file's proxy login belongs to the file's proxy, not to this one.
        c.proxyLogin.clear();
        c.proxyPassword.clear();
    }
    if (cli.isSet(m_proxyUser)) {
        // curl's "login:password", or the login alone and the password from the environment.
        const QString value = cli.value(m_proxyUser);
        const qsizetype colon = value.indexOf(u':');
        c.proxyLogin = colon < 0 ? value : value.left(colon);
        c.proxyPassword = colon < 0 ? qEnvironmentVariable("SCANFLOW_PROXY_PASSWORD") : value.mid(colon + 1);
    }
    if (cli.isSet(m_proxyAuth)) {
        const auto auth = proxyAuthFromString(cli.value(m_proxyAuth));
        if (!auth)
            return QStringLiteral("--proxy-auth \"%1\" is not one of any, basic, ntlm, negotiate").arg(cli.value(m_proxyAuth));
        c.proxyAuth = *auth;
    }
    if (cli.isSet(m_noProxy))
        c.noProxy = cli.value(m_noProxy);
    if (cli.isSet(m_insecure))
        c.verifyCertificates = false;
    if (cli.isSet(m_tlsMin)) {
        const auto v = tlsVersionFromString(cli.value(m_tlsMin));
        if (!v || *v == TlsVersion::Default)
            return QStringLiteral("--tls-min \"%1\" is not 1.2 or 1.3").arg(cli.value(m_tlsMin));
        c.minTlsVersion = *v;
    }
    if (cli.isSet(m_http1))
        c.http2 = false;
    if (cli.isSet(m_connectTimeout)) {
        bool ok = false;
        const int s = cli.value(m_connectTimeout).toInt(&ok);
        if (!ok || s < 1 || s > 3600)
            return QStringLiteral("--connect-timeout \"%1\" must be a number of seconds from 1 to 3600").arg(cli.value(m_connectTimeout));
        c.connectTimeoutSeconds = s;
    }
    if (!c.trustedCaAliases.isEmpty())
        return QStringLiteral("destination.connection.trustedCaAliases: names certificates a server keeps; give their PEM with --cacert");
    const QList<WorkflowIssue> issues = validateWorkflow(workflow);
    for (const WorkflowIssue &i : issues) {
        if (i.path.startsWith(QLatin1String("destination.connection")))
            return i.toString();
    }
    return checkConnection(c);
}

} // namespace scanflow
