#!/usr/bin/env bash
# Builds ScanFlow (preset "default") and prints the delivery benchmark table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
# nginx-light: the ordinary server the engine is also measured against.
if ! dpkg-query -W -f='${Status}' nginx-light 2>/dev/null | grep -q 'install ok installed'; then
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
fi
cmake --preset default >/dev/null
cmake --build --preset default
exec python3 bench/run.py "$@"
