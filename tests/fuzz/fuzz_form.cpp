// FormParams: url-encoded, multipart and JSON-typed bodies as a handler reads them.
#include "FormParams.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QByteArray types[] = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=a",
                                       "multipart/form-data; boundary=\"b c\"", "application/json", ""};
    scanflow::ApiRequest r;
    r.method = "POST";
    r.headers.append({"Content-Type", types[data[0] % std::size(types)]});
    r.body = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    r.query = QUrlQuery(QString::fromUtf8(r.body.left(64)));
    const auto parsed = scanflow::FormParams::parse(r);
    if (const auto *p = std::get_if<scanflow::FormParams>(&parsed)) {
        (void)p->value(QStringLiteral("a"));
        (void)p->integer(QStringLiteral("n"), 0, 0, 100);
        (void)p->file(QStringLiteral("data"));
    }
    return 0;
}
