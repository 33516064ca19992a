// Metadata templates (custom XML and JSON, R12) and the default formats, over any template text.
#include "MetadataExport.h"
#include "Placeholders.h"
#include "Workflow.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    scanflow::Workflow w;
    w.name = QStringLiteral("Fuzz");
    w.destination.metadata.enabled = true;
    w.destination.metadata.format = static_cast<scanflow::MetadataFormat>(data[0] % 4);
    w.destination.metadata.templateText = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    scanflow::PlaceholderContext context;
    context.setSystemValues({{QStringLiteral("documentname"), QStringLiteral("<Scan & \"1\">")}});
    context.setTerminalValues({{QStringLiteral("terminal"), QStringLiteral("T-1")}});
    (void)scanflow::renderMetadata(w, context);
    return 0;
}
