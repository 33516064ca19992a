#pragma once

// Real servers and proxies from Debian's packages, started by a test on loopback: nginx (TLS
// with a private CA, mutual TLS, HTTP/2, plain HTTP), tinyproxy (HTTP proxy with or without
// Basic login), microsocks (SOCKS5) and squid (an HTTP proxy that asks for NTLM). Each one
// goes with its object.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace scanflow::test {

// The certificates tests/support/pki.sh makes (ca.pem, server.pem, clientca.pem, client.pem,
// client.key, client-encrypted.key "key-secret", client.p12 "p12-secret", stranger.pem …).
class TestPki
{
public:
    TestPki();
    bool ok() const { return m_ok; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const;

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

// A program that listens on a port, until the object goes.
class PeerProcess
{
public:
    ~PeerProcess();
    // Starts it and waits until the port takes connections; false (and `error` says why)
    // when the program is missing or never listened.
    bool start(const QString &program, const QStringList &args, quint16 port, QString *error,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString output() const; // all it printed so far

private:
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
};

quint16 freePort();

// One nginx with three servers: HTTPS with the private CA's certificate (HTTP/2 offered),
// HTTPS (TLS 1.2 only) that requires a client certificate from the client CA, and plain
// HTTP. Each answers 201 with JSON naming the protocol, the client
// certificate's subject and the Via header it saw.
class NginxPeer
{
public:
    bool start(const TestPki &pki, QString *error);
    quint16 tlsPort = 0, mtlsPort = 0, plainPort = 0;
    QString log() const; // the access log: one line per request, "$server_protocol $request"

private:
    QTemporaryDir m_dir;
    PeerProcess m_process;
};

// tinyproxy on loopback; with a login, it asks for Basic authentication (407 without).
class TinyproxyPeer
{
public:
    bool start(QString *error, const QString &login = {}, const QString &password = {});
    quint16 port = 0;
    QString log() const { return m_process.output(); } // "Request (file descriptor 6): CONNECT localhost:443 HTTP/1.1"

private:
    QTemporaryDir m_dir;
    PeerProcess m_process;
};

// microsocks, a SOCKS5 proxy, on loopback; with a login, it asks for it.
class SocksPeer
{
public:
    bool start(QString *error, const QString &login = {}, const QString &password = {});
    quint16 port = 0;
    QString log() const { return m_process.output(); } // "client[4] 127.0.0.1: connected to 127.0.0.1:8443"

private:
    PeerProcess m_process;
};

// A Kerberos realm of the test's own (SCANFLOW.TEST): MIT's KDC on loopback, the user
// "dave" with a ticket in a cache of the test's, and the proxy's service key
// HTTP/localhost in a keytab.
class KerberosPeer
{
public:
    bool start(QString *error);
    QString config() const { return m_dir.filePath(QStringLiteral("krb5.conf")); }
    QString keytab() const { return m_dir.filePath(QStringLiteral("http.keytab")); }
    QString ticketCache() const { return QStringLiteral("FILE:") + m_dir.filePath(QStringLiteral("ccache")); }

private:
    bool run(const QString &program, const QStringList &args, const QByteArray &input, QString *error);
    QTemporaryDir m_dir;
    PeerProcess m_kdc;
};

// squid on loopback, logging who signed in: asking for NTLM (its ntlm_fake_auth helper
// takes any account after a complete NTLM handshake), for Negotiate (Kerberos, against a
// KerberosPeer), or open to all as an HTTPS proxy with the PKI's server certificate.
class SquidPeer
{
public:
    bool start(QString *error);
    bool startNegotiate(const KerberosPeer &realm, QString *error);
    bool startTls(const TestPki &pki, QString *error);
    quint16 port = 0;
    QString accessLog() const;

private:
    bool launch(const QByteArray &listen, const QByteArray &access, const QProcessEnvironment &environment, QString *error);
    QTemporaryDir m_dir;
    PeerProcess m_process;
};

} // namespace scanflow::test
