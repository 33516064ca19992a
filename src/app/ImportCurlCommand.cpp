#include "ImportCurlCommand.h"

#include "CurlImport.h"
#include "WorkflowJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace scanflow {

int runImportCurlCommand(const QStringList &args)
{
    QTextStream err(stderr);
    if (args.value(1) == QLatin1String("--help")) {
        QTextStream(stdout) << "usage: scanflowd import-curl 'curl -X POST -H \"X-Api-Key: …\" -F \"data=@scan.pdf\" https://…'\n"
                               "       scanflowd import-curl < command.txt\n"
                               "Prints the destination the command makes ({\"url\", \"auth\", \"steps\": [the step]}): a Delivery\n"
                               "step when the command sends a file part (-F name=@file), a Request step otherwise.\n";
        return 0;
    }
    QString command;
    if (args.size() > 1) {
        command = args.mid(1).join(u' ');
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "import-curl: cannot read the command from stdin\n";
            return 2;
        }
        command = QString::fromUtf8(in.readAll());
    }
    const auto imported = importCurl(command);
    if (!imported) {
        err << "import-curl: " << imported.error() << "\n";
        return 1;
    }
    for (const QString &note : imported->notes)
        err << "import-curl: " << note << "\n";
    Workflow w;
    w.name = QStringLiteral("Imported from curl");
    w.destination.url = imported->hasFile ? imported->url : QString();
    if (imported->basic)
        w.destination.auth = *imported->basic;
    w.destination.steps.append(imported->step);
    // What the command says, nothing more: the rest of a destination keeps its defaults.
    const QJsonObject all = workflowToJson(w).value(QStringLiteral("destination")).toObject();
    QJsonObject destination{{QStringLiteral("steps"), all.value(QStringLiteral("steps"))}};
    if (imported->hasFile)
        destination.insert(QStringLiteral("url"), all.value(QStringLiteral("url")));
    if (imported->basic)
        destination.insert(QStringLiteral("auth"), all.value(QStringLiteral("auth")));
    QTextStream(stdout) << QJsonDocument(destination).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace scanflow
