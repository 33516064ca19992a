#pragma once

#include <QStringList>

namespace scanflow {

// `scanflowd import-curl 'curl …'` (or the command on stdin): the step a curl command line makes,
// as a workflow document's destination ({"url", "auth", "steps": [the step]}) on stdout, and
// what curl flags meant nothing for it on stderr. Exit 1 with the reason when it cannot be read.
int runImportCurlCommand(const QStringList &args);

} // namespace scanflow
