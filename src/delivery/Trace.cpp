#include "Trace.h"

#include "Workflow.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace scanflow {

namespace {

const QString Mask = QStringLiteral("[redacted]");

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return out;
}

} // namespace

QJsonObject TraceEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("step"), step},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("requestHeaders"), headersToJson(requestHeaders)},
                  {QStringLiteral("requestBody"), requestBody},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("responseHeaders"), headersToJson(responseHeaders)},
                  {QStringLiteral("responseBody"), responseBody},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (stepIndex >= 0)
        o.insert(QStringLiteral("stepIndex"), stepIndex);
    if (!protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), protocol);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!parsed.isEmpty()) {
        QJsonObject values;
        for (auto it = parsed.cbegin(); it != parsed.cend(); ++it)
            values.insert(it.key(), it.value());
        o.insert(QStringLiteral("parsed"), values);
    }
    return o;
}

void Redactor::addSecret(const QString &secret)
{
    // Very short values would mask ordinary text; they are still masked in headers and members.
    if (secret.size() >= 4 && !m_secrets.contains(secret)) {
        m_secrets.append(secret);
        // Longest first, so a secret that contains another is masked whole.
        std::sort(m_secrets.begin(), m_secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
}

QString Redactor::text(const QString &input) const
{
    QString out = input;
    for (const QString &s : m_secrets)
        out.replace(s, Mask);
    // "access_token": "…" in JSON, access_token=… in forms and query strings.
    static const QRegularExpression jsonMember(QStringLiteral(
        R"re(("(?:access_token|refresh_token|id_token|client_secret|password|code_verifier)"\s*:\s*)"(?:[^"\\]|\\.)*")re"));
    static const QRegularExpression formMember(QStringLiteral(
        R"re(\b((?:access_token|refresh_token|id_token|client_secret|password|code_verifier|code)=)[^&\s"]*)re"));
    // The member patterns only matter where such a name occurs; most text has none.
    static const QStringList names{QStringLiteral("token"), QStringLiteral("secret"), QStringLiteral("password"),
                                   QStringLiteral("code")};
    if (std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return out.contains(n); })) {
        out.replace(jsonMember, QStringLiteral("\\1\"[redacted]\""));
        out.replace(formMember, QStringLiteral("\\1[redacted]"));
    }
    return out;
}

QString Redactor::excerpt(const QByteArray &body) const
{
    QString t = text(QString::fromUtf8(body.left(ExcerptBytes)));
    if (body.size() > ExcerptBytes)
        t += QStringLiteral("… (%1 bytes in all)").arg(body.size());
    return t;
}

bool Redactor::isSecretName(const QByteArray &name)
{
    // The same few header names come by on every request: each one is matched once a thread
    // (a list, not a hash: a dozen names compare faster than one is hashed).
    thread_local std::vector<std::pair<QByteArray, bool>> known;
    for (const auto &[n, secret] : known) {
        if (n == name)
            return secret;
    }
    const bool secret = looksSecret(QString::fromLatin1(name));
    if (known.size() < 64) // names a target made up do not grow it
        known.emplace_back(name, secret);
    return secret;
}

HeaderList Redactor::headers(const HeaderList &input) const
{
    HeaderList out;
    out.reserve(input.size());
    for (const auto &[name, value] : input) {
        if (!isSecretName(name)) {
            out.append({name, text(QString::fromUtf8(value)).toUtf8()});
            continue;
        }
        // Keep the scheme ("Bearer", "Basic") so a reader sees which auth was sent.
        const int space = int(value.indexOf(' '));
        const bool hasScheme = name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0;
        out.append({name, hasScheme ? value.left(space) + " [redacted]" : QByteArray("[redacted]")});
    }
    return out;
}

} // namespace scanflow
