#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds ScanFlow and runs the whole test suite: first in the
# normal build, then in the AddressSanitizer + UBSan build.
#   scripts/test.sh           both builds and the fuzzers (what CI runs)
#   scripts/test.sh default   only the normal build (preset "default")
#   scripts/test.sh asan      only the sanitizer build (preset "asan")
#   scripts/test.sh fuzz      only the libFuzzer targets, a few seconds each (preset "fuzz")
set -euo pipefail
cd "$(dirname "$0")/.."
presets=("${1:-default}")
[[ $# -eq 0 ]] && presets=(default asan fuzz)

bash scripts/bootstrap.sh --tests
# ccache hits across clones: paths are taken relative to the project.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
for preset in "${presets[@]}"; do
    echo "== build and test: $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    if [[ $preset == fuzz ]]; then
        bash tests/fuzz/run.sh build-fuzz seconds "${SCANFLOW_FUZZ_SECONDS:-10}"
        continue
    fi
    # A private session bus with a fresh, unlocked keyring, so QtKeychain works without a
    # desktop and the tests never touch the user's own keyring.
    XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- bash -c '
        echo -n "scanflow-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        ctest --preset "'"$preset"'" -j2'
done
