#pragma once

#include <QStringList>

namespace scanflow {

// `scanflowd deliver --workflow FILE.json [--user NAME] [--users FILE.json]
//  [--terminal key=value]... [--concurrency N] [--timeout SECONDS] [--trace] PATH...`
// Delivers files or whole folders, shows a progress bar on a terminal, prints one JSON line per
// file and returns 0 when every file was delivered, 1 when any failed, 2 on bad usage.
int runDeliverCommand(const QStringList &arguments);

} // namespace scanflow
