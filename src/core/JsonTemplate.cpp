#include "JsonTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scanflow {

namespace {

// One whole JSON value: a number, true, false, null, a string, an array or an object (R9, and
// reference-001 Z7: "if the resolved value matches valid JSON"). Checked as the one element of
// an array, so "1, 2" or "1], [2" — two values, or text breaking out — is not one.
bool isJsonValue(const QString &value)
{
    if (value.isEmpty())
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + ']', &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1;
}

bool isJsonKeyword(const QString &name)
{
    return name == QLatin1String("true") || name == QLatin1String("false")
        || name == QLatin1String("null");
}

QString parseError(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
}

// Walks the template, tracking whether each placeholder stands inside a JSON string, and asks
// `insert` what to put in its place (nothing to fail with its message in `error`).
QString walk(const QString &text,
             const std::function<std::optional<QString>(const PlaceholderMatch &, bool inString,
                                                         QString *error)> &insert,
             QString *error)
{
    QString out;
    out.reserve(text.size() + 64);
    bool inString = false;
    bool escaped = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString && escaped) {
            escaped = false;
        } else if (inString && c == u'\\') {
            escaped = true;
        } else if (c == u'"') {
            inString = !inString;
        } else if (c == u'[') {
            if (const auto m = placeholderAt(text, i)) {
                if (!inString && m->modifier.isEmpty() && isJsonKeyword(m->name)) {
                    out += text.mid(i, m->length);
                } else {
                    const auto replacement = insert(*m, inString, error);
                    if (!replacement)
                        return {};
                    out += *replacement;
                }
                i += m->length - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString jsonEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

Result<QByteArray> renderJsonTemplate(const QString &templateText, const PlaceholderContext &context)
{
    QString error;
    const QString rendered = walk(
        templateText,
        [&](const PlaceholderMatch &m, bool inString, QString *err) -> std::optional<QString> {
            const QString shown = QLatin1Char('[') + m.name
                + (m.modifier.isEmpty() ? QString() : QLatin1Char(':') + m.modifier) + u']';
            const auto value = resolvePlaceholder(m, context);
            if (!value) {
                *err = QStringLiteral("JSON template: placeholder %1 has no value").arg(shown);
                return std::nullopt;
            }
            if (inString)
                return jsonEscaped(*value);
            const QString literal = value->trimmed();
            if (!isJsonValue(literal)) {
                *err = QStringLiteral("JSON template: placeholder %1 stands outside quotes but its "
                                      "value is not JSON (a number, true, false, null, an array or an "
                                      "object); put it inside quotes to send it as text").arg(shown);
                return std::nullopt;
            }
            return literal;
        },
        &error);
    if (!error.isEmpty())
        return Result<QByteArray>::failure(error);
    QByteArray json = rendered.toUtf8();
    if (const QString why = parseError(json); !why.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("JSON template is not valid JSON: %1").arg(why));
    return json;
}

QString checkJsonTemplate(const QString &templateText)
{
    if (templateText.trimmed().isEmpty())
        return QStringLiteral("JSON template is empty");
    QString error;
    const QString probe = walk(
        templateText,
        [](const PlaceholderMatch &, bool inString, QString *) -> std::optional<QString> {
            return inString ? QStringLiteral("x") : QStringLiteral("0");
        },
        &error);
    if (const QString why = parseError(probe.toUtf8()); !why.isEmpty())
        return QStringLiteral("JSON template is not valid JSON: %1").arg(why);
    return {};
}

} // namespace scanflow
