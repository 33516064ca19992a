#!/usr/bin/env bash
# Builds ScanFlow (preset "default") and prints the delivery benchmark table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec python3 bench/run.py "$@"
