#!/usr/bin/env bash
# cli_bench.sh [N] -- nircheck against wc -l and a Python stdnum loop, on an
# N-line file of compact numbers (default 10 000 000; 10% invalid) made by
# bench_nir's deterministic generator. Prints seconds, records/s and the
# ratios of issue 4 from one run; timings are informational (exit 0).
#
# Environment:
#   BUILD=DIR          build directory (default: <repo>/build-bench)
#   NIRCHECK=PATH      nircheck binary (default: $BUILD/cli/nircheck)
#   BENCH_NIR=PATH     bench_nir binary (default: $BUILD/bench/bench_nir)
#   PYTHON=PATH        interpreter with stdnum (default: /usr/bin/python3)
#   PY_LINES=M         lines the Python loop checks (default 500000; the
#                      time is extrapolated to N and marked so)
#   INVALID=PCT        share of invalid records (default 10)
#   REPS=R             rounds: the nircheck and wc commands take turns R
#                      times and each keeps its best time (default 5)
#   KEEP=FILE          keep the corpus in FILE instead of a temporary file
#   BASELINE=PATH      an earlier nircheck (e.g. built from the commit before
#                      a change): its -c, --invalid-only and --json take turns
#                      with this one's in the same rounds, and the ratios
#                      new/baseline are printed (issue 19: within 10 %)
set -euo pipefail
n=${1:-10000000}
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$repo/build-bench}
nircheck=${NIRCHECK:-$build/cli/nircheck}
bench_nir=${BENCH_NIR:-$build/bench/bench_nir}
python=${PYTHON:-/usr/bin/python3}
py_lines=${PY_LINES:-500000}
invalid=${INVALID:-10}
reps=${REPS:-5}
baseline=${BASELINE:-}
for bin in "$nircheck" "$bench_nir" ${baseline:+"$baseline"}; do
  [ -x "$bin" ] || { echo "cli_bench.sh: $bin not found (build first, or set NIRCHECK/BENCH_NIR)" >&2; exit 2; }
done
(( py_lines > n )) && py_lines=$n

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
file=${KEEP:-$tmp/corpus.txt}
"$bench_nir" --write-corpus "$file" "$n" --invalid "$invalid" 2>"$tmp/gen.log"
cat "$file" >/dev/null # page cache: every command reads from memory
bytes=$(wc -c <"$file")

now() { date +%s.%N; }
# once NAME CMD... : wall seconds of one run; stdout to /dev/null;
# nircheck exits 1 when a record is invalid, which is expected here.
once() {
  local name=$1 t0 t1 rc
  shift
  t0=$(now)
  set +e
  "$@" >/dev/null 2>"$tmp/err"
  rc=$?
  set -e
  t1=$(now)
  if (( rc > 1 )); then
    echo "cli_bench.sh: $name failed (exit $rc):" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  echo "$t1 - $t0" | bc -l
}
# The commands take turns, $reps rounds, and each keeps its best time: a
# slow moment of the machine (a shared VM) then hits them all alike.
names=(wc count count1 inv inv1 json)
[ -n "$baseline" ] && names+=(base_count base_inv base_json)
declare -A best_t
for ((r = 0; r < reps; r++)); do
  for name in "${names[@]}"; do
    case $name in
      wc) t=$(once "wc -l" wc -l "$file") ;;
      count) t=$(once "nircheck -c" "$nircheck" -c "$file") ;;
      count1) t=$(once "nircheck -j1 -c" "$nircheck" -j1 -c "$file") ;;
      inv) t=$(once "nircheck --invalid-only" "$nircheck" --invalid-only "$file") ;;
      inv1) t=$(once "nircheck -j1 --invalid-only" "$nircheck" -j1 --invalid-only "$file") ;;
      json) t=$(once "nircheck --json" "$nircheck" --json "$file") ;;
      base_count) t=$(once "baseline -c" "$baseline" -c "$file") ;;
      base_inv) t=$(once "baseline --invalid-only" "$baseline" --invalid-only "$file") ;;
      base_json) t=$(once "baseline --json" "$baseline" --json "$file") ;;
    esac
    if [ -z "${best_t[$name]:-}" ] || (( $(echo "$t < ${best_t[$name]}" | bc -l) )); then
      best_t[$name]=$t
    fi
  done
done
t_wc=${best_t[wc]} t_count=${best_t[count]} t_count1=${best_t[count1]}
t_inv=${best_t[inv]} t_inv1=${best_t[inv1]} t_json=${best_t[json]}

# Python: the loop alone is timed inside the interpreter (start-up and file
# reading excluded: in Python's favour).
py_out=$(head -n "$py_lines" "$file" | "$python" -c '
import sys, time
from stdnum.fr import nir
lines = sys.stdin.read().splitlines()
t0 = time.perf_counter()
valid = 0
for s in lines:
    valid += nir.is_valid(s)
t = time.perf_counter() - t0
print(len(lines), valid, t)
') || { echo "cli_bench.sh: $python with stdnum.fr.nir failed (Debian: python3-stdnum)" >&2; exit 1; }
read -r py_n py_valid py_t <<<"$py_out"
t_py=$(echo "$py_t * $n / $py_n" | bc -l)
counts=$("$nircheck" -c "$file" || true)
nc_valid=$(awk '$1 == "valid" {print $2}' <<<"$counts")

rate() { echo "$n / $1" | bc -l; }
row() { # label seconds note
  printf '  %-34s %9.3f s %12.2f M rec/s %8.2fx wc -l%s\n' "$1" "$2" \
    "$(echo "$(rate "$2") / 1000000" | bc -l)" "$(echo "$2 / $t_wc" | bc -l)" "${3:-}"
}
verdict() { if (( $(echo "$1" | bc -l) )); then echo met; else echo NOT met; fi; }

echo "cli_bench: $n lines ($bytes bytes, ${invalid}% invalid, $nc_valid valid per nircheck), best of $reps runs, page cache warm"
echo "  nircheck: $nircheck ($(nproc) CPUs: -c and --invalid-only use $(nproc) threads by default)"
row "wc -l" "$t_wc"
row "nircheck -c" "$t_count"
row "nircheck -j1 -c (one thread)" "$t_count1"
row "nircheck --invalid-only >/dev/null" "$t_inv"
row "nircheck -j1 --invalid-only" "$t_inv1"
row "nircheck --json >/dev/null" "$t_json"
if (( py_n < n )); then
  note=" (extrapolated from $py_n lines: $(printf '%.3f' "$py_t") s)"
else
  note=""
fi
row "python stdnum.fr.nir.is_valid loop" "$t_py" "$note"
echo "  python verdicts on its $py_n lines: $py_valid valid"
r_count=$(echo "$t_count / $t_wc" | bc -l)
r_inv=$(echo "$t_inv / $t_wc" | bc -l)
s_count=$(echo "$t_py / $t_count" | bc -l)
s_inv=$(echo "$t_py / $t_inv" | bc -l)
json_rate=$(rate "$t_json")
printf 'targets (issue 4):\n'
printf '  nircheck -c             / wc -l  = %6.2fx  (<= 3x: %s)\n' "$r_count" "$(verdict "$r_count <= 3")"
printf '  nircheck --invalid-only / wc -l  = %6.2fx  (<= 3x: %s)\n' "$r_inv" "$(verdict "$r_inv <= 3")"
printf '  python loop / nircheck -c        = %6.0fx  (>= 100x: %s)\n' "$s_count" "$(verdict "$s_count >= 100")"
printf '  python loop / nircheck --invalid-only = %6.0fx  (>= 100x: %s)\n' "$s_inv" "$(verdict "$s_inv >= 100")"
printf '  nircheck --json: %.2f M records/s (>= 5 M/s: %s)\n' "$(echo "$json_rate / 1000000" | bc -l)" "$(verdict "$json_rate >= 5000000")"
if [ -n "$baseline" ]; then
  printf 'against the baseline %s (same rounds; issue 19: <= 1.10):\n' "$baseline"
  for pair in "count:-c" "inv:--invalid-only" "json:--json"; do
    name=${pair%%:*} label=${pair#*:}
    ratio=$(echo "${best_t[$name]} / ${best_t[base_$name]}" | bc -l)
    printf '  nircheck %-15s %8.3f s, baseline %8.3f s: %5.3fx (<= 1.10: %s)\n' "$label" \
      "${best_t[$name]}" "${best_t[base_$name]}" "$ratio" "$(verdict "$ratio <= 1.10")"
  done
fi
