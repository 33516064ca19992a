#pragma once

#include "Result.h"
#include "Workflow.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace scanflow {

// A curl command line read as a workflow step: the curl examples of an API's documentation (and
// of the references) are how an admin first meets that API.
struct CurlImport
{
    Step step;                 // method, URL, headers, body type, fields and the file part
    QString url;               // as given; a Delivery step's goes to the destination
    std::optional<Auth> basic; // -u login:password: the workflow's Basic authentication, if wanted
    bool hasFile = false;      // a -F name=@file part: the scanned file goes there (a Delivery)
    QStringList notes;         // flags read that change nothing in a workflow (-s, -v, -i, -L, …)
};

// The words of a POSIX shell command line: 'single' and "double" quotes, backslash escapes and
// line continuations ("\" at a line's end). Variables and substitutions are kept as written.
// Qt's QProcess::splitCommand knows double quotes only, and the documentation's examples use
// both.
Result<QStringList> splitShellWords(const QString &command);

// Reads `curl …`. A flag it does not take is named in the error, never silently dropped:
// "--cert: not taken from curl (set the client certificate in the workflow's Connection)".
Result<CurlImport> importCurl(const QString &command);

} // namespace scanflow
