#!/usr/bin/env bash
# dsn_bench.sh [N] -- nircheck --dsn on a made-up DSN of N employees
# (default 100 000; bench/gen_dsn.py), against `wc -l` on the same file as
# the baseline of reading it. Prints seconds, employees/s and the ratio from
# one run; the target (issue 18) is N = 100 000 in under 2 s on one core.
# Timings are informational (exit 0).
#
# Environment: BUILD=DIR (default <repo>/build), NIRCHECK=PATH,
# PYTHON=PATH (default /usr/bin/python3), REPS=R rounds, best kept (3).
set -euo pipefail
n=${1:-100000}
repo=$(cd "$(dirname "$0")/.." && pwd)
nircheck=${NIRCHECK:-${BUILD:-$repo/build}/cli/nircheck}
python=${PYTHON:-/usr/bin/python3}
reps=${REPS:-3}
[ -x "$nircheck" ] || { echo "dsn_bench.sh: $nircheck not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" "$repo/bench/gen_dsn.py" "$n" "$tmp/bench.dsn"
cat "$tmp/bench.dsn" >/dev/null

best() { # COMMAND...: best wall time of $reps runs, in seconds
  local b=999999 t0 t1
  for _ in $(seq "$reps"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { t = z - a; print (t < b ? t : b) }')
  done
  echo "$b"
}
wc_s=$(best wc -l "$tmp/bench.dsn")
count_s=$(best "$nircheck" --dsn -c "$tmp/bench.dsn")
json_s=$(best "$nircheck" --dsn --json "$tmp/bench.dsn")
printf 'DSN of %d employees (%s lines, %s bytes)\n' "$n" \
  "$(wc -l <"$tmp/bench.dsn")" "$(wc -c <"$tmp/bench.dsn")"
printf '%-28s %8.3f s\n' "wc -l (baseline)" "$wc_s"
for row in "nircheck --dsn -c:$count_s" "nircheck --dsn --json:$json_s"; do
  name=${row%%:*} s=${row##*:}
  awk -v name="$name" -v s="$s" -v n="$n" -v w="$wc_s" 'BEGIN {
    printf "%-28s %8.3f s  %10.0f employees/s  %6.1fx wc -l  (target < 2 s for 100 000: %s)\n",
      name, s, n / s, s / w, (s * 100000 / n < 2 ? "met" : "MISSED") }'
done
