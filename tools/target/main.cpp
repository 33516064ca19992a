// scanflow-target: a destination on this machine that answers like a small records API and
// prints what it received, so a workflow can be tried without a real API.
//   POST   /records                  201 {"data":{"id":"R-1"}}
//   POST|PUT /records/<id>/files     201 {"data":{"uploadId":"U-1","sha256":"…"}}
//   PATCH|POST /records/<id>/confirm 200 {"status":"confirmed"}
//   anything else                    200 {"ok":true}
#include "HttpTarget.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace scanflow::target;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scanflow-target"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("A local HTTP destination that shows what it receives."));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free one)."), QStringLiteral("port"), QStringLiteral("0")});
    cli.addOption({QStringLiteral("quiet"), QStringLiteral("Print nothing per request (benchmarks).")});
    cli.addOption({QStringLiteral("delayed-ack"), QStringLiteral("Keep the kernel's delayed ACKs (as most servers do) instead of ACKing at once.")});
    cli.process(app);

    HttpTarget target;
    target.setRecording(false);
    target.setQuickAck(!cli.isSet(QStringLiteral("delayed-ack")));
    target.setBodyKeepLimit(cli.isSet(QStringLiteral("quiet")) ? 0 : 1024 * 1024);
    if (!target.listen(quint16(cli.value(QStringLiteral("port")).toUInt()))) {
        QTextStream(stderr) << "scanflow-target: cannot listen on port " << cli.value(QStringLiteral("port")) << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening " << target.baseUrl() << Qt::endl;

    const bool quiet = cli.isSet(QStringLiteral("quiet"));
    quint64 records = 0;
    quint64 uploads = 0;
    target.setHandler([&](const RecordedRequest &r) {
        if (!quiet) {
            out << "\n" << r.method << ' ' << r.target << "  (" << r.bodySize << " bytes, sha256 " << r.bodySha256.left(16) << "…)\n";
            for (const auto &[n, v] : r.headers) {
                const bool secret = n.compare("Authorization", Qt::CaseInsensitive) == 0;
                out << "  " << n << ": " << (secret ? v.split(' ').value(0) + " …" : v) << '\n';
            }
            const QByteArray type = r.header("Content-Type");
            if (type.startsWith("multipart/form-data")) {
                for (const MultipartPart &p : parseMultipart(r.body, type)) {
                    out << "  part \"" << p.name << '"';
                    if (!p.fileName.isEmpty())
                        out << " file \"" << p.fileName << "\" " << p.contentType << ' ' << p.body.size() << " bytes";
                    else
                        out << " = " << p.body.left(200);
                    out << '\n';
                }
            } else if (!r.body.isEmpty() && !type.startsWith("application/octet-stream") && !type.startsWith("application/pdf")) {
                out << "  " << r.body.left(500) << '\n';
            }
            out.flush();
        }
        const QList<QByteArray> path = r.path().split('/');
        if (r.method == "POST" && r.path() == "/records")
            return Reply::json(201, "{\"data\":{\"id\":\"R-" + QByteArray::number(++records) + "\"}}");
        if (path.size() == 4 && path.at(1) == "records" && path.at(3) == "files")
            return Reply::json(201, "{\"data\":{\"uploadId\":\"U-" + QByteArray::number(++uploads) + "\",\"sha256\":\"" + r.bodySha256 + "\"}}");
        if (path.size() == 4 && path.at(1) == "records" && path.at(3) == "confirm")
            return Reply::json(200, R"({"status":"confirmed"})");
        return Reply::json(200, R"({"ok":true})");
    });
    return app.exec();
}
