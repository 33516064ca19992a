// The one multipart parser, fed a body in pieces: the same parts however it is cut, and what it
// keeps stays bounded.
#include "Multipart.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 97;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const QByteArray type = "multipart/form-data; boundary=XyZ";
    QString error;
    const QList<scanflow::MultipartPart> whole = scanflow::parseMultipart(body, type, &error);
    // Piece by piece.
    QList<QByteArray> bodies;
    int parts = 0;
    scanflow::MultipartReader::Limits limits;
    scanflow::MultipartReader reader(type, {[&](const scanflow::MultipartPart &) { ++parts; bodies.append(QByteArray()); return true; },
                                            [&](QByteArrayView b) { bodies.last().append(b); return true; },
                                            {}}, limits);
    bool ok = true;
    for (qsizetype at = 0; at < body.size() && ok; at += step)
        ok = reader.feed(QByteArrayView(body).sliced(at, std::min(step, body.size() - at)));
    ok = ok && reader.finish();
    if (ok != (error.isEmpty()))
        abort();
    if (ok) {
        if (whole.size() != bodies.size())
            abort();
        for (qsizetype i = 0; i < whole.size(); ++i) {
            if (whole.at(i).body != bodies.at(i))
                abort();
        }
    }
    if (parts > limits.maxParts + 1)
        abort();
    return 0;
}
