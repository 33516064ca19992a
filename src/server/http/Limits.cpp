#include "Limits.h"

#include <QStringList>

#include <functional>

namespace scanflow::http {

Result<Limits> Limits::fromJson(const QJsonObject &json, Limits l)
{
    using R = Result<Limits>;
    struct Field
    {
        const char *name;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    };
    const Field fields[] = {
        {"maxHeadBytes", 1024, 1024 * 1024, [&](qint64 v) { l.parser.headBytes = v; }},
        {"maxHeaderCount", 8, 10000, [&](qint64 v) { l.parser.headerCount = int(v); }},
        {"maxChunkLineBytes", 16, 64 * 1024, [&](qint64 v) { l.parser.chunkLineBytes = v; }},
        {"maxTrailerBytes", 0, 1024 * 1024, [&](qint64 v) { l.parser.trailerBytes = v; }},
        {"headTimeoutMs", 100, 600000, [&](qint64 v) { l.headTimeoutMs = int(v); }},
        {"minBodyBytesPerSecond", 0, 1 << 30, [&](qint64 v) { l.minBodyBytesPerSecond = int(v); }},
        {"bodyRateWindowMs", 100, 600000, [&](qint64 v) { l.bodyRateWindowMs = int(v); }},
        {"idleTimeoutMs", 100, 3600000, [&](qint64 v) { l.idleTimeoutMs = int(v); }},
        {"maxRequestsPerConnection", 1, 1000000, [&](qint64 v) { l.maxRequestsPerConnection = int(v); }},
        {"maxConnections", 1, 100000, [&](qint64 v) { l.maxConnections = int(v); }},
        {"maxConnectionsPerAddress", 1, 100000, [&](qint64 v) { l.maxConnectionsPerAddress = int(v); }},
        {"readAheadBytes", 4096, 64 * 1024 * 1024, [&](qint64 v) { l.readAheadBytes = v; }},
        {"writeBufferBytes", 4096, 1024 * 1024 * 1024, [&](qint64 v) { l.writeBufferBytes = v; }},
        {"unauthenticatedBodyBytes", 0, 64 * 1024 * 1024, [&](qint64 v) { l.unauthenticatedBodyBytes = v; }},
        {"spoolThresholdBytes", 0, qint64(1) << 40, [&](qint64 v) { l.spoolThresholdBytes = v; }},
    };
    QStringList known;
    for (const Field &f : fields) {
        const QString name = QString::fromLatin1(f.name);
        known << name;
        const QJsonValue v = json.value(name);
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < f.min || qint64(d) > f.max)
            return R::failure(QStringLiteral("http.%1: must be a whole number from %2 to %3").arg(name).arg(f.min).arg(f.max));
        f.set(qint64(d));
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(QStringLiteral("http.%1: no such setting (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    return l;
}

} // namespace scanflow::http
