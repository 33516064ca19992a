// Response selectors (JSON path and XPath) over any response: the first line is the selector,
// the rest the body.
#include "Selector.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = input.indexOf('\n');
    const QString text = QString::fromUtf8(nl < 0 ? input : input.left(nl));
    const QByteArray body = nl < 0 ? QByteArray() : input.mid(nl + 1);
    const auto selector = scanflow::Selector::parse(text);
    if (selector)
        (void)selector->select(body);
    return 0;
}
