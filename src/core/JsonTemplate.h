#pragma once

#include "Placeholders.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace scanflow {

// Renders a JSON editor template (R9) without letting a value change the document's shape:
// - a placeholder inside a JSON string is inserted JSON-escaped ("a\"b" stays one string);
// - a placeholder outside strings must render to a JSON number, true, false or null;
// - a placeholder that has no value is an error naming it (outside strings, [true], [false]
//   and [null] are JSON arrays, not placeholders);
// - the result must parse as JSON.
Result<QByteArray> renderJsonTemplate(const QString &templateText, const PlaceholderContext &context);

// Checks a template's structure before any value is known: every placeholder outside strings
// stands for 0. Returns an error message, or an empty string when the template is sound.
QString checkJsonTemplate(const QString &templateText);

// A JSON string's content for value, without the surrounding quotes.
QString jsonEscaped(const QString &value);

} // namespace scanflow
