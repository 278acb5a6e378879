#!/usr/bin/env bash
# callgrind.sh BENCH_NIR [N] [MODE...] -- instructions per number, counted by
# callgrind inside the library entry point only (--toggle-collect), on the
# fixed valid-only corpus of `bench_nir --callgrind` (seed 42, N records,
# default 100000). Modes: validate parse array lines (default: all four).
set -euo pipefail
bench=${1:?usage: callgrind.sh path/to/bench_nir [N] [MODE...]}
n=${2:-100000}
shift $(( $# >= 2 ? 2 : 1 ))
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(validate parse array lines)
command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind not found" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-10s %-20s %10s %14s %12s\n' mode function records instructions "Ir/number"
for mode in "${modes[@]}"; do
  case $mode in
    validate) fn=nir_validate ;;
    parse) fn=nir_parse ;;
    array) fn=nir_validate_array ;;
    lines) fn=nir_validate_lines ;;
    *) echo "callgrind.sh: unknown mode $mode" >&2; exit 2 ;;
  esac
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$mode" \
    --toggle-collect="$fn" "$bench" --callgrind "$mode" -n "$n" \
    >"$out/stdout.$mode" 2>"$out/stderr.$mode" \
    || { cat "$out/stderr.$mode" >&2; exit 1; }
  ir=$(awk '/^summary:/ {print $2}' "$out/cg.$mode")
  awk -v m="$mode" -v f="$fn" -v n="$n" -v ir="$ir" \
    'BEGIN { printf "%-10s %-20s %10d %14d %12.1f\n", m, f, n, ir, ir / n }'
done
