// Placeholders in any text: found, rendered, escaped, never read past the text.
#include "Placeholders.h"

#include <QUrl>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    scanflow::PlaceholderContext context;
    context.setSystemValues({{QStringLiteral("documentname"), QStringLiteral("Scan [1]")}, {QStringLiteral("date"), QStringLiteral("2026-12-01")}});
    context.setUserValues({{QStringLiteral("customer"), QStringLiteral("C-1")}});
    context.setResponseValue(QStringLiteral("id"), QStringLiteral("R-1"));
    (void)scanflow::placeholderNames(text);
    for (int pos = 0; pos < text.size() && pos < 256; ++pos)
        (void)scanflow::placeholderAt(text, pos);
    (void)scanflow::renderPlaceholders(text, context);
    (void)scanflow::renderPlaceholders(text, context, [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); });
    return 0;
}
