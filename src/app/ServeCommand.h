#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace scanflow {

// `scanflowd serve [--config FILE.json] [--data DIR] [--listen ADDRESS] [--port N]`
// Runs the server until SIGTERM or SIGINT, then shuts down cleanly. Prints
// "listening http://…" first, and on the very first start the bootstrap API key, once.
int runServeCommand(const QStringList &arguments);

// The JSON of a `--config FILE` (scanflowd.json), or why it cannot be read, naming the file.
Result<QJsonObject> readConfigFile(const QString &path);

} // namespace scanflow
