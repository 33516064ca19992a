// ServerConfig (Server.h) read from scanflowd's --config file: each field checked, named in the error.
#include "Server.h"

#include <QDir>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace scanflow {

Result<ServerConfig> ServerConfig::fromJson(const QJsonObject &json, ServerConfig c)
{
    using R = Result<ServerConfig>;
    if (json.contains(QStringLiteral("listen"))) {
        const QString text = json.value(QStringLiteral("listen")).toString();
        if (!c.listenAddress.setAddress(text))
            return R::failure(QStringLiteral("listen: \"%1\" is not an IP address").arg(text));
    }
    if (json.contains(QStringLiteral("port"))) {
        const int port = json.value(QStringLiteral("port")).toInt(-1);
        if (port < 0 || port > 65535)
            return R::failure(QStringLiteral("port: must be a number from 0 to 65535"));
        c.port = quint16(port);
    }
    if (json.contains(QStringLiteral("tls"))) {
        if (!json.value(QStringLiteral("tls")).isBool())
            return R::failure(QStringLiteral("tls: must be true or false"));
        c.tls = json.value(QStringLiteral("tls")).toBool();
    }
    if (json.contains(QStringLiteral("secretsKeyFile")))
        c.secretsKeyFile = json.value(QStringLiteral("secretsKeyFile")).toString();
    if (json.contains(QStringLiteral("dataDir")))
        c.dataDir = json.value(QStringLiteral("dataDir")).toString();
    if (json.contains(QStringLiteral("inbox")))
        c.inboxDir = json.value(QStringLiteral("inbox")).toString();
    if (json.contains(QStringLiteral("testDestination"))) {
        if (!json.value(QStringLiteral("testDestination")).isBool())
            return R::failure(QStringLiteral("testDestination: must be true or false"));
        c.testDestination = json.value(QStringLiteral("testDestination")).toBool();
    }
    if (json.contains(QStringLiteral("http"))) {
        if (!json.value(QStringLiteral("http")).isObject())
            return R::failure(QStringLiteral("http: must be an object of limits"));
        auto limits = http::Limits::fromJson(json.value(QStringLiteral("http")).toObject(), c.http);
        if (!limits)
            return R::failure(limits.error());
        c.http = *limits;
    }
    if (json.contains(QStringLiteral("workerThreads"))) {
        const int n = json.value(QStringLiteral("workerThreads")).toInt(-1);
        if (n < 1 || n > 64)
            return R::failure(QStringLiteral("workerThreads: must be a number from 1 to 64"));
        c.workerThreads = n;
    }
    if (json.contains(QStringLiteral("inboxTrustsUsers"))) {
        if (!json.value(QStringLiteral("inboxTrustsUsers")).isBool())
            return R::failure(QStringLiteral("inboxTrustsUsers: must be true or false"));
        c.inboxTrustsUsers = json.value(QStringLiteral("inboxTrustsUsers")).toBool();
    }
    const QJsonObject queue = json.value(QStringLiteral("queue")).toObject();
    const auto number = [&](const char *key, int fallback, int min, int max, int *out) -> bool {
        const QJsonValue v = queue.value(QString::fromLatin1(key));
        if (v.isUndefined()) {
            *out = fallback;
            return true;
        }
        *out = v.toInt(min - 1);
        return *out >= min && *out <= max;
    };
    int n = 0;
    if (!number("maxConcurrent", c.queue.maxConcurrent, 1, 256, &n))
        return R::failure(QStringLiteral("queue.maxConcurrent: must be a number from 1 to 256"));
    c.queue.maxConcurrent = n;
    if (!number("leaseSeconds", int(c.queue.leaseMs / 1000), 1, 86400, &n))
        return R::failure(QStringLiteral("queue.leaseSeconds: must be a number from 1 to 86400"));
    c.queue.leaseMs = qint64(n) * 1000;
    if (!number("maxAttempts", c.queue.retry.maxAttempts, 1, 1000, &n))
        return R::failure(QStringLiteral("queue.maxAttempts: must be a number from 1 to 1000"));
    c.queue.retry.maxAttempts = n;
    if (!number("requestTimeoutSeconds", c.queue.requestTimeoutMs / 1000, 1, 3600, &n))
        return R::failure(QStringLiteral("queue.requestTimeoutSeconds: must be a number from 1 to 3600"));
    c.queue.requestTimeoutMs = n * 1000;
    if (!number("inboxSettleMs", c.inboxSettleMs, 0, 600000, &n))
        return R::failure(QStringLiteral("queue.inboxSettleMs: must be a number from 0 to 600000"));
    c.inboxSettleMs = n;
    if (!number("pollMs", c.queue.pollMs, 10, 60000, &n))
        return R::failure(QStringLiteral("queue.pollMs: must be a number from 10 to 60000"));
    c.queue.pollMs = n;
    if (!number("retryBaseSeconds", int(c.queue.retry.baseDelayMs / 1000), 1, 3600, &n))
        return R::failure(QStringLiteral("queue.retryBaseSeconds: must be a number from 1 to 3600"));
    c.queue.retry.baseDelayMs = qint64(n) * 1000;
    if (!number("drainSeconds", c.queue.drainMs / 1000, 0, 3600, &n))
        return R::failure(QStringLiteral("queue.drainSeconds: must be a number from 0 to 3600"));
    c.queue.drainMs = n * 1000;
    c.inboxScanMs = std::min(c.inboxScanMs, std::max(50, c.inboxSettleMs / 2));
    if (json.contains(QStringLiteral("database"))) {
        const auto db = DatabaseConfig::fromJson(json.value(QStringLiteral("database")).toObject());
        if (!db)
            return R::failure(db.error());
        c.database = *db;
    }
    if (json.contains(QStringLiteral("spool"))) {
        const QJsonObject spool = json.value(QStringLiteral("spool")).toObject();
        const QString store = spool.value(QStringLiteral("store")).toString();
        SpoolSettings settings;
        if (store == QLatin1String("database"))
            settings.store = SpoolSettings::Store::Database;
        else if (store == QLatin1String("folder"))
            settings.store = SpoolSettings::Store::Folder;
        else if (store == QLatin1String("local"))
            settings.store = SpoolSettings::Store::Local;
        else
            return R::failure(QStringLiteral("spool.store: must be \"database\", \"folder\" or \"local\", not \"%1\"").arg(store));
        settings.folder = QDir::cleanPath(spool.value(QStringLiteral("folder")).toString());
        if (settings.store == SpoolSettings::Store::Folder && !QDir::isAbsolutePath(settings.folder))
            return R::failure(QStringLiteral("spool.folder: a folder every server mounts at the same absolute path is needed"));
        c.spool = settings;
    }
    if (c.spool && c.spool->store == SpoolSettings::Store::Database && !c.database)
        return R::failure(QStringLiteral("spool.store: \"database\" is for several servers on one PostgreSQL; with SQLite the spool is local"));
    return c;
}

} // namespace scanflow
