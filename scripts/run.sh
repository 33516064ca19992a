#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds ScanFlow and runs it:
#   scripts/run.sh          the desktop app where there is a display (DISPLAY or WAYLAND_DISPLAY),
#                           the server where there is none; it says which it started and why
#   scripts/run.sh app      the desktop app (scanflow), with the server in-process on the same data
#   scripts/run.sh server [FLAGS]
#                           the ScanFlow server (scanflowd serve) on http://127.0.0.1:7300, with its
#                           SQLite database, inbox and secrets under the user's data folder; the
#                           first start prints the admin password and an API key; Ctrl+C stops it
#                           (FLAGS go to scanflowd serve: --port, --tls, --new-key, --config …)
#   scripts/run.sh demo     a real delivery of samples/scans/ through samples/workflows/records.json
#                           to scanflow-target, a destination on this machine that shows what it got
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset default >/dev/null
cmake --build --preset default

data="${XDG_DATA_HOME:-$HOME/.local/share}/ScanFlow"
# Without a desktop keychain the secrets key lives in a 0600 file beside the data.
keyfile=()
if ! dbus-send --session --dest=org.freedesktop.secrets --print-reply / org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1; then
    keyfile=(--secrets-key-file "$data/secrets.key")
fi

mode="${1:-}"
case "$mode" in
    app|server|demo) shift ;;
    -*) mode=server ;; # flags alone are the server's, as before
    "")
        # No choice made: the product where someone can see it, the server where nobody can.
        if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
            mode=app
            echo "== a display is here (${DISPLAY:-$WAYLAND_DISPLAY}): starting the desktop app; 'run.sh server' starts the server alone"
        else
            mode=server
            echo "== no display (DISPLAY and WAYLAND_DISPLAY are unset): starting the server; 'run.sh app' needs a display"
        fi ;;
    *) echo "usage: scripts/run.sh [app|server [FLAGS]|demo]" >&2; exit 2 ;;
esac

if [[ "$mode" == "app" ]]; then
    mkdir -p "$data"
    echo "== ScanFlow desktop app, data in $data (stop scanflowd on the same folder first)"
    exec ./build/src/app/scanflow --data "$data" "${keyfile[@]}" "${@}"
fi

if [[ "$mode" == "server" ]]; then
    mkdir -p "$data"
    echo "== ScanFlow server, data in $data (inbox: $data/inbox/<workflow name>/)"
    echo "   API: see docs/api.md; OpenAPI at /api/v1/openapi.json; stop with Ctrl+C"
    exec ./build/src/app/scanflowd serve --data "$data" "${keyfile[@]}" "${@}"
fi

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
