// The request parser adapter fed any bytes, cut anywhere: it never reads past what it is given,
// keeps its limits, and a refusal is final.
#include "RequestParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64; // how the bytes arrive: a few at a time
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    scanflow::http::ParserLimits limits;
    limits.headBytes = 4096;
    limits.headerCount = 20;
    limits.chunkLineBytes = 64;
    limits.trailerBytes = 512;
    scanflow::http::RequestParser parser(limits);
    QByteArray pending;
    qsizetype fed = 0;
    while (fed < input.size() || !pending.isEmpty()) {
        const qsizetype n = std::min(step, input.size() - fed);
        pending.append(input.sliced(fed, n));
        fed += n;
        for (;;) {
            qsizetype used = 0;
            QByteArrayView bytes;
            const auto event = parser.parse(pending, &used, &bytes);
            if (used < 0 || used > pending.size())
                abort();
            pending.remove(0, used);
            if (event == scanflow::http::RequestParser::Event::Failed) {
                const int s = parser.status();
                if (s != 400 && s != 431 && s != 417 && s != 505)
                    abort();
                return 0;
            }
            if (event == scanflow::http::RequestParser::Event::Body && bytes.size() > 64 * 1024)
                abort(); // body bytes come in blocks of the parser's size
            if (event == scanflow::http::RequestParser::Event::Done) {
                parser.reset();
                continue;
            }
            if (event == scanflow::http::RequestParser::Event::NeedMore)
                break;
        }
        // What waits unparsed stays within the limits (plus the last piece given).
        if (pending.size() > limits.headBytes + limits.trailerBytes + step + 64)
            abort();
        if (n == 0)
            break;
    }
    return 0;
}
