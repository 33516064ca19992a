#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds ScanFlow and runs its main job: a real delivery of
# samples/scans/ through samples/workflows/records.json (create record → upload file →
# confirm) to scanflow-target, a destination on this machine that shows what it received.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset default >/dev/null
cmake --build --preset default

log=$(mktemp)
./build/tools/target/scanflow-target --port 0 >"$log" 2>&1 &
target_pid=$!
trap 'kill $target_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q '^listening ' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^listening //p' "$log")

echo "== delivering samples/scans/ to $url"
status=0
./build/src/app/scanflowd deliver --workflow samples/workflows/records.json \
    --user "${USER:-scanner}" --terminal "api=$url" "$@" samples/scans || status=$?
sleep 0.2
echo
echo "== what the destination received"
sed '1d' "$log"
exit $status
