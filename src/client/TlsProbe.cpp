#include "TlsProbe.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace scanflow {

void fetchCertificateChain(const QUrl &url, QObject *context,
                           std::function<void(const QList<QSslCertificate> &, const QString &)> done)
{
    auto *socket = new QSslSocket;
    // Only to read the chain: verification is the caller's decision, and the socket closes
    // as soon as the handshake ends.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    QPointer<QObject> alive(context);
    auto finished = std::make_shared<bool>(false);
    const auto finish = [socket, alive, done, finished](const QString &error) {
        if (*finished)
            return;
        *finished = true;
        const QList<QSslCertificate> chain = socket->peerCertificateChain();
        socket->abort();
        socket->deleteLater();
        if (alive)
            done(chain, chain.isEmpty() && error.isEmpty() ? QObject::tr("the server presented no certificate") : error);
    };
    QObject::connect(socket, &QSslSocket::encrypted, socket, [finish] { finish({}); });
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, finish](QAbstractSocket::SocketError) { finish(socket->errorString()); });
    QTimer::singleShot(10000, socket, [finish] { finish(QObject::tr("no TLS answer within 10 s")); });
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace scanflow
