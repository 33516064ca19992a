// JSON body templates: checked and rendered; what renders is JSON.
#include "JsonTemplate.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    scanflow::PlaceholderContext context;
    context.setSystemValues({{QStringLiteral("documentname"), QStringLiteral("a \"quoted\"\\name")}});
    context.setCustomValue(QStringLiteral("n"), QStringLiteral("42"));
    (void)scanflow::checkJsonTemplate(text);
    const auto rendered = scanflow::renderJsonTemplate(text, context);
    if (rendered) {
        QJsonParseError error;
        QJsonDocument::fromJson(*rendered, &error);
        if (error.error != QJsonParseError::NoError)
            abort(); // a template that renders renders JSON
    }
    return 0;
}
