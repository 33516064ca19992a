#!/usr/bin/env bash
# Builds ScanFlow and prints how long the designer takes to show a 30-tab, 300-row workflow, and
# how long the Users page takes to show its first page over 100 000 users, and how the Scan inbox
# page shows 10 000 recent deliveries and 50 live changes a second.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset default >/dev/null
cmake --build --preset default --target bench_designer_open bench_users_open bench_inbox_live
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ./build/bench/gui/bench_designer_open
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ./build/bench/gui/bench_users_open
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ./build/bench/gui/bench_inbox_live
