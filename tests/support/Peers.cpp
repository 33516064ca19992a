#include "Peers.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace scanflow::test {

namespace {

bool write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString find(const QString &program)
{
    for (const QString &dir : {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")}) {
        if (QFile::exists(dir + u'/' + program))
            return dir + u'/' + program;
    }
    return QStandardPaths::findExecutable(program);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TestPki::TestPki()
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(SCANFLOW_SOURCE_DIR "/tests/support/pki.sh"), m_dir.path()});
    m_ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!m_ok)
        qWarning("pki.sh failed: %s", p.readAllStandardError().constData());
}

QByteArray TestPki::read(const QString &name) const
{
    return readAll(path(name));
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

PeerProcess::~PeerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

bool PeerProcess::start(const QString &program, const QStringList &args, quint16 port, QString *error,
                        const QProcessEnvironment &environment)
{
    const QString path = find(program);
    if (path.isEmpty()) {
        *error = QStringLiteral("%1 is not installed (scripts/bootstrap.sh --tests installs it)").arg(program);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProcessEnvironment(environment);
    // A test that crashes takes its peers with it.
    m_process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(path, args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(500))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    *error = QStringLiteral("%1 never listened on port %2: %3").arg(program).arg(port).arg(output());
    return false;
}

QString PeerProcess::output() const
{
    if (m_process) {
        m_process->waitForReadyRead(50); // what it printed just now
        m_output += m_process->readAll();
    }
    return QString::fromUtf8(m_output);
}

bool NginxPeer::start(const TestPki &pki, QString *error)
{
    tlsPort = freePort();
    mtlsPort = freePort();
    plainPort = freePort();
    const QString d = m_dir.path();
    QDir(d).mkpath(QStringLiteral("tmp"));
    const QByteArray answer =
        R"(default_type application/json; return 201 '{"protocol":"$server_protocol","client":"$ssl_client_s_dn","via":"$http_via","method":"$request_method"}';)";
    const QByteArray tls = "ssl_certificate " + pki.path(QStringLiteral("server.pem")).toUtf8() + ";\n ssl_certificate_key "
        + pki.path(QStringLiteral("server.key")).toUtf8() + ";\n";
    QByteArray conf = "master_process off; daemon off; worker_processes 1; pid " + d.toUtf8() + "/nginx.pid;\n"
        "error_log " + d.toUtf8() + "/error.log info;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        " access_log " + d.toUtf8() + "/access.log;\n"
        " log_format peer '$server_port $server_protocol $request $http_via';\n"
        " client_body_temp_path " + d.toUtf8() + "/tmp; proxy_temp_path " + d.toUtf8() + "/tmp;\n"
        " fastcgi_temp_path " + d.toUtf8() + "/tmp; uwsgi_temp_path " + d.toUtf8() + "/tmp; scgi_temp_path " + d.toUtf8() + "/tmp;\n"
        " client_max_body_size 0;\n"
        " server { listen 127.0.0.1:" + QByteArray::number(tlsPort) + " ssl http2; server_name localhost;\n " + tls + " ssl_protocols TLSv1.2 TLSv1.3;\n"
        + " access_log " + d.toUtf8() + "/access.log peer;\n location / { " + answer + " } }\n"
        " server { listen 127.0.0.1:" + QByteArray::number(mtlsPort) + " ssl; server_name localhost;\n " + tls
        + " ssl_protocols TLSv1.2; ssl_verify_client on; ssl_client_certificate " + pki.path(QStringLiteral("clientca.pem")).toUtf8() + ";\n"
        " access_log " + d.toUtf8() + "/access.log peer;\n location / { " + answer + " } }\n"
        " server { listen 127.0.0.1:" + QByteArray::number(plainPort) + "; server_name localhost;\n"
        " access_log " + d.toUtf8() + "/access.log peer;\n location / { " + answer + " } }\n"
        "}\n";
    if (!write(d + QStringLiteral("/nginx.conf"), conf)) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    if (!m_process.start(QStringLiteral("nginx"), {QStringLiteral("-p"), d, QStringLiteral("-c"), d + QStringLiteral("/nginx.conf")},
                         plainPort, error))
        return false;
    QString ignored;
    for (quint16 port : {tlsPort, mtlsPort}) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (!probe.waitForConnected(5000)) {
            *error = QStringLiteral("nginx never listened on %1: %2").arg(port).arg(QString::fromUtf8(readAll(d + QStringLiteral("/error.log"))));
            return false;
        }
    }
    return true;
}

QString NginxPeer::log() const
{
    return QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("access.log"))));
}

bool TinyproxyPeer::start(QString *error, const QString &login, const QString &password)
{
    port = freePort();
    QByteArray conf = "Port " + QByteArray::number(port) + "\nListen 127.0.0.1\nTimeout 60\nAllow 127.0.0.1\n"
        "LogLevel Info\nMaxClients 50\nViaProxyName \"scanflow-test-proxy\"\n";
    if (!login.isEmpty())
        conf += "BasicAuth " + login.toUtf8() + ' ' + password.toUtf8() + '\n';
    const QString path = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
    if (!write(path, conf)) {
        *error = QStringLiteral("cannot write tinyproxy.conf");
        return false;
    }
    return m_process.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), path}, port, error);
}

bool SocksPeer::start(QString *error, const QString &login, const QString &password)
{
    port = freePort();
    QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)};
    if (!login.isEmpty())
        args << QStringLiteral("-u") << login << QStringLiteral("-P") << password;
    return m_process.start(QStringLiteral("microsocks"), args, port, error);
}

bool SquidPeer::launch(const QByteArray &listen, const QByteArray &access, const QProcessEnvironment &environment, QString *error)
{
    const QString d = m_dir.path();
    // squid drops to its own user ("proxy") and writes its logs as that user.
    QFile::setPermissions(d, QFileDevice::Permissions(0x7777));
    const QByteArray dir = d.toUtf8();
    const QByteArray conf = listen + "\n"
        "pid_filename " + dir + "/squid.pid\ncache_log stdio:" + dir + "/cache.log\n"
        "access_log stdio:" + dir + "/access.log squid\ncache deny all\ncache_dir null /tmp\ncoredump_dir " + dir + "\n"
        + access + "shutdown_lifetime 0 seconds\n";
    const QString path = d + QStringLiteral("/squid.conf");
    if (!write(path, conf)) {
        *error = QStringLiteral("cannot write squid.conf");
        return false;
    }
    return m_process.start(QStringLiteral("squid"), {QStringLiteral("-N"), QStringLiteral("-f"), path}, port, error, environment);
}

bool SquidPeer::start(QString *error)
{
    port = freePort();
    return launch("http_port 127.0.0.1:" + QByteArray::number(port),
                  "auth_param ntlm program /usr/lib/squid/ntlm_fake_auth\nauth_param ntlm children 2\n"
                  "acl authenticated proxy_auth REQUIRED\nhttp_access allow authenticated\nhttp_access deny all\n",
                  QProcessEnvironment::systemEnvironment(), error);
}

bool SquidPeer::startNegotiate(const KerberosPeer &realm, QString *error)
{
    port = freePort();
    // Its helper reads the realm's configuration and the proxy's key from the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), realm.config());
    env.insert(QStringLiteral("KRB5_KTNAME"), realm.keytab());
    return launch("http_port 127.0.0.1:" + QByteArray::number(port),
                  "auth_param negotiate program /usr/lib/squid/negotiate_kerberos_auth -k " + realm.keytab().toUtf8()
                      + " -s HTTP/localhost@SCANFLOW.TEST\nauth_param negotiate children 2\n"
                  "acl authenticated proxy_auth REQUIRED\nhttp_access allow authenticated\nhttp_access deny all\n",
                  env, error);
}

bool SquidPeer::startTls(const TestPki &pki, QString *error)
{
    port = freePort();
    return launch("https_port 127.0.0.1:" + QByteArray::number(port) + " tls-cert=" + pki.path(QStringLiteral("server.pem")).toUtf8()
                      + " tls-key=" + pki.path(QStringLiteral("server.key")).toUtf8(),
                  "http_access allow localhost\nhttp_access deny all\n", QProcessEnvironment::systemEnvironment(), error);
}

bool KerberosPeer::run(const QString &program, const QStringList &args, const QByteArray &input, QString *error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), config());
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), m_dir.filePath(QStringLiteral("kdc.conf")));
    env.insert(QStringLiteral("KRB5CCNAME"), ticketCache());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = find(program);
    if (path.isEmpty()) {
        *error = QStringLiteral("%1 is not installed (scripts/bootstrap.sh --tests installs it)").arg(program);
        return false;
    }
    p.start(path, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool KerberosPeer::start(QString *error)
{
    // The KDC listens on UDP and TCP on one port: it must be free for both (a TCP-free port
    // that something holds on UDP made krb5kdc give up, once, under a full test run).
    quint16 port = 0;
    for (int attempt = 0; attempt < 20 && port == 0; ++attempt) {
        const quint16 candidate = freePort();
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, candidate))
            port = candidate;
    }
    const QByteArray d = m_dir.path().toUtf8();
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755)); // squid's helper reads the keytab
    const QByteArray krb5 = "[libdefaults]\n default_realm = SCANFLOW.TEST\n dns_lookup_kdc = false\n dns_lookup_realm = false\n"
        " rdns = false\n dns_canonicalize_hostname = false\n"
        "[realms]\n SCANFLOW.TEST = {\n  kdc = 127.0.0.1:" + QByteArray::number(port) + "\n }\n"
        "[domain_realm]\n localhost = SCANFLOW.TEST\n";
    const QByteArray kdc = "[kdcdefaults]\n kdc_ports = " + QByteArray::number(port) + "\n kdc_tcp_ports = " + QByteArray::number(port) + "\n"
        "[realms]\n SCANFLOW.TEST = {\n  database_name = " + d + "/principal\n  key_stash_file = " + d + "/stash\n"
        "  acl_file = " + d + "/kadm5.acl\n }\n[logging]\n kdc = FILE:" + d + "/kdc.log\n";
    if (!write(config(), krb5) || !write(m_dir.filePath(QStringLiteral("kdc.conf")), kdc)) {
        *error = QStringLiteral("cannot write the realm's configuration");
        return false;
    }
    if (!run(QStringLiteral("kdb5_util"), {QStringLiteral("create"), QStringLiteral("-s"), QStringLiteral("-r"), QStringLiteral("SCANFLOW.TEST"),
                                           QStringLiteral("-P"), QStringLiteral("test-master-key")}, {}, error)
        || !run(QStringLiteral("kadmin.local"), {QStringLiteral("-q"), QStringLiteral("addprinc -pw dave-krb-pw dave")}, {}, error)
        || !run(QStringLiteral("kadmin.local"), {QStringLiteral("-q"), QStringLiteral("addprinc -randkey HTTP/localhost")}, {}, error)
        || !run(QStringLiteral("kadmin.local"), {QStringLiteral("-q"), QStringLiteral("ktadd -k ") + keytab() + QStringLiteral(" HTTP/localhost")}, {}, error))
        return false;
    QFile::setPermissions(keytab(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), config());
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), m_dir.filePath(QStringLiteral("kdc.conf")));
    if (!m_kdc.start(QStringLiteral("krb5kdc"), {QStringLiteral("-n")}, port, error, env)) {
        *error += QStringLiteral("; kdc.log: ") + QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("kdc.log")))).right(2000);
        return false;
    }
    return run(QStringLiteral("kinit"), {QStringLiteral("dave")}, "dave-krb-pw\n", error);
}

QString SquidPeer::accessLog() const
{
    return QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("access.log"))));
}

} // namespace scanflow::test
