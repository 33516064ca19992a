#!/usr/bin/env bash
# Every libFuzzer target for 10^6 executions (ASan + UBSan, clang), with the counts; not in CI
# (which runs each for a few seconds). Figures: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --tests
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
bash tests/fuzz/run.sh build-fuzz runs "${RUNS:-1000000}"
