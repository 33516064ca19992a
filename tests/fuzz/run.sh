#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build on its seed corpus.
#   tests/fuzz/run.sh BUILD_DIR seconds N   each target for N seconds (CI)
#   tests/fuzz/run.sh BUILD_DIR runs N      each target for N executions (bench/fuzz.sh)
# Prints a line per target with its executions; exits non-zero on the first crash, leaving the
# input that crashed in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$1 mode=$2 n=$3
case "$mode" in
    seconds) limit=(-max_total_time="$n") ;;
    runs) limit=(-runs="$n") ;;
    *) echo "usage: $0 BUILD_DIR seconds|runs N" >&2; exit 2 ;;
esac
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
status=0
for target in "$build"/tests/fuzz/fuzz_*; do
    [[ -f "$target" && -x "$target" ]] || continue
    name=$(basename "$target")
    seeds="tests/fuzz/corpus/${name#fuzz_}"
    work=$(mktemp -d) # what the fuzzer finds; the seeds in the tree stay as they are
    log="$artifacts/$name.log"
    if "$target" "${limit[@]}" -print_final_stats=1 -artifact_prefix="$artifacts/$name-" -max_len=65536 \
        -rss_limit_mb=2048 -timeout=10 "$work" "$seeds" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        printf '%-26s %12s executions, no crash\n' "$name" "$runs"
    else
        echo "$name: CRASH (see $log)"; tail -30 "$log"; status=1
    fi
    rm -rf "$work"
done
exit $status
