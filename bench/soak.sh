#!/usr/bin/env bash
# Builds ScanFlow (preset "default"), installs wrk, and runs the soak (bench/soak.py): 200
# clients for 60 s, mixed API calls and 1 MB uploads; not in CI. Figures: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if ! dpkg-query -W -f='${Status}' wrk 2>/dev/null | grep -q 'install ok installed'; then
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
cmake --preset default >/dev/null
cmake --build --preset default
exec python3 bench/soak.py "$@"
