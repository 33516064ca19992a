#include "Placeholders.h"

namespace scanflow {

namespace {

bool isNameStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; }

} // namespace

std::optional<QString> applyModifier(const QString &value, const QString &modifier)
{
    if (modifier.isEmpty())
        return value;
    if (modifier == QLatin1String("upper"))
        return value.toUpper();
    if (modifier == QLatin1String("lower"))
        return value.toLower();
    return std::nullopt;
}

std::optional<PlaceholderMatch> placeholderAt(const QString &text, int pos)
{
    const int n = int(text.size());
    if (pos >= n || text.at(pos) != u'[' || pos + 1 >= n || !isNameStart(text.at(pos + 1)))
        return std::nullopt;
    int i = pos + 2;
    while (i < n && isNameChar(text.at(i)))
        ++i;
    PlaceholderMatch m;
    m.name = text.mid(pos + 1, i - pos - 1);
    if (i < n && text.at(i) == u':') {
        const int modStart = ++i;
        while (i < n && text.at(i).isLetter())
            ++i;
        if (i == modStart)
            return std::nullopt;
        m.modifier = text.mid(modStart, i - modStart);
    }
    if (i >= n || text.at(i) != u']')
        return std::nullopt;
    m.length = i + 1 - pos;
    return m;
}

QStringList placeholderNames(const QString &text)
{
    QStringList names;
    for (int i = 0; i < text.size(); ++i) {
        if (const auto m = placeholderAt(text, i)) {
            if (!names.contains(m->name))
                names.append(m->name);
            i += m->length - 1;
        }
    }
    return names;
}

std::optional<QString> PlaceholderContext::lookup(const QString &name) const
{
    for (const auto *source : {&m_system, &m_response, &m_user, &m_custom, &m_terminal}) {
        const auto it = source->constFind(name);
        if (it != source->cend())
            return *it;
    }
    return std::nullopt;
}

std::optional<QString> PlaceholderContext::lookup(ParamType type, const QString &name) const
{
    const QHash<QString, QString> *source = nullptr;
    switch (type) {
    case ParamType::System: source = &m_system; break;
    case ParamType::Terminal: source = &m_terminal; break;
    case ParamType::Response: source = &m_response; break;
    case ParamType::User: source = &m_user; break;
    case ParamType::Custom: source = &m_custom; break;
    }
    const auto it = source->constFind(name);
    if (it == source->cend())
        return std::nullopt;
    return *it;
}

std::optional<QString> resolvePlaceholder(const PlaceholderMatch &match,
                                          const PlaceholderContext &context)
{
    const auto value = context.lookup(match.name);
    if (!value)
        return std::nullopt;
    return applyModifier(*value, match.modifier);
}

RenderResult renderPlaceholders(const QString &text, const PlaceholderContext &context,
                                const std::function<QString(const QString &)> &escape)
{
    RenderResult result;
    result.text.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (const auto m = placeholderAt(text, i)) {
            if (const auto value = resolvePlaceholder(*m, context)) {
                result.text += escape ? escape(*value) : *value;
            } else {
                result.text += text.mid(i, m->length);
                result.unresolved.append(m->modifier.isEmpty()
                                             ? m->name : m->name + u':' + m->modifier);
            }
            i += m->length - 1;
        } else {
            result.text += text.at(i);
        }
    }
    return result;
}

} // namespace scanflow
