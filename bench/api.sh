#!/usr/bin/env bash
# Builds ScanFlow (preset "default"), installs wrk and nginx-light, and prints the server API
# benchmark table (bench/api.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
missing=()
for p in wrk nginx-light; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake --preset default >/dev/null
cmake --build --preset default
exec python3 bench/api.py "$@"
