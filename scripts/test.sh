#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds ScanFlow and runs the whole test suite.
#   scripts/test.sh           the normal build (preset "default")
#   scripts/test.sh asan      the AddressSanitizer + UBSan build (preset "asan")
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

bash scripts/bootstrap.sh --tests
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# A private session bus with an unlocked keyring, so QtKeychain works without a desktop.
exec dbus-run-session -- bash -c '
    echo -n "scanflow-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --preset "'"$preset"'" --output-on-failure -j2'
