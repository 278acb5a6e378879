#!/usr/bin/env bash
# bench/paths.sh -- does each fast path pay? Writes the corpus (bench_nir,
# 10 % invalid) and times every path on it with bench_paths (README.md).
#   bench/paths.sh [--smoke] BENCH_NIR BENCH_PATHS MODULE_DIR [N]
set -euo pipefail
smoke=()
if [[ ${1:-} == --smoke ]]; then
    smoke=(--smoke)
    shift
fi
bench_nir=$1 bench_paths=$2 dir=$3 n=${4:-2000000}
[[ ${#smoke[@]} -eq 0 ]] || n=3000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bench_nir" --write-corpus "$tmp/corpus" "$n" --invalid 10 >/dev/null
"$bench_paths" "$dir" "$tmp/corpus" "${smoke[@]}" "${@:5}"
