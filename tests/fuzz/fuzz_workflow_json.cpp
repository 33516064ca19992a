// A workflow file as a user might hand it in: read, validated, written back and read again.
#include "WorkflowJson.h"
#include "WorkflowValidation.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto workflow = scanflow::workflowFromJson(json);
    if (!workflow)
        return 0;
    (void)scanflow::validateWorkflow(*workflow);
    const QJsonObject written = scanflow::workflowToJson(*workflow);
    const auto again = scanflow::workflowFromJson(written);
    if (!again) // what we write, we read
        abort();
    if (scanflow::workflowToJson(*again) != written)
        abort();
    return 0;
}
