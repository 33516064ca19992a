#pragma once

#include "Workflow.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace scanflow {

// One placeholder occurrence in a text: "[name]" or "[name:modifier]".
struct PlaceholderMatch
{
    int length = 0;   // of the whole "[...]"
    QString name;
    QString modifier; // "", "upper" or "lower" (others are reported as unknown)
};

// Matches a placeholder that starts exactly at pos, or nothing. Names start with a letter or
// "_" and hold letters, digits, "_", "-" and "."; so JSON such as [1, 2] or ["a"] never matches.
std::optional<PlaceholderMatch> placeholderAt(const QString &text, int pos);

// The names of all placeholders that occur in text, in order, without duplicates.
QStringList placeholderNames(const QString &text);

// The single namespace of one file's sequence (R2, R5). Lookup precedence, highest first:
//   1. system values   (who delivers what: cannot be overridden by any other source)
//   2. response values (parsed by earlier steps of this file; the latest step wins)
//   3. user-specific values (the delivering user's private data)
//   4. custom parameters (published under their Key)
//   5. terminal values (entered at the device or in Workplace)
class PlaceholderContext
{
public:
    void setSystemValues(QHash<QString, QString> values) { m_system = std::move(values); }
    void setTerminalValues(QHash<QString, QString> values) { m_terminal = std::move(values); }
    void setUserValues(QHash<QString, QString> values) { m_user = std::move(values); }
    void setCustomValue(const QString &key, const QString &value) { m_custom.insert(key, value); }
    void setResponseValue(const QString &key, const QString &value) { m_response.insert(key, value); }

    const QHash<QString, QString> &systemValues() const { return m_system; }
    const QHash<QString, QString> &terminalValues() const { return m_terminal; }
    const QHash<QString, QString> &userValues() const { return m_user; }
    const QHash<QString, QString> &responseValues() const { return m_response; }

    std::optional<QString> lookup(const QString &name) const;
    // Looks only in the source that a parameter type names (R6).
    std::optional<QString> lookup(ParamType type, const QString &name) const;

private:
    QHash<QString, QString> m_system;
    QHash<QString, QString> m_terminal;
    QHash<QString, QString> m_user;
    QHash<QString, QString> m_custom;
    QHash<QString, QString> m_response;
};

struct RenderResult
{
    QString text;
    QStringList unresolved; // names (with modifier) left as they were
};

// Replaces every resolvable placeholder; unresolved ones stay verbatim and are listed.
// `escape` transforms each inserted value (for example XML escaping); identity by default.
RenderResult renderPlaceholders(const QString &text, const PlaceholderContext &context,
                                const std::function<QString(const QString &)> &escape = {});

// OptimiDoc's case modifiers: "" (as is), "upper", "lower"; nothing for an unknown one.
std::optional<QString> applyModifier(const QString &value, const QString &modifier);

// Resolves a placeholder (with its modifier) to its final value, or nothing.
std::optional<QString> resolvePlaceholder(const PlaceholderMatch &match,
                                          const PlaceholderContext &context);

} // namespace scanflow
