#!/bin/bash
# Never a number on stderr: run invalid (and odd) records through every mode
# and check that stderr holds no run of their digits.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

printf '255081416802539\n255131416802521\n2 55 08 14 168 025 38\n"1850797212005,\n' >"$WORK/in.txt"
printf 'nir,sex\n255081416802539,X\n"255131416802521\n' >"$WORK/in.csv"
for args in "" "--json" "-c" "-q" "--valid-only" "--invalid-only" \
    "--show-number" "--json --show-number" "-z"; do
    # shellcheck disable=SC2086
    "$NIRCHECK" $args "$WORK/in.txt" "$WORK/missing" >/dev/null 2>>"$WORK/err" || true
    # shellcheck disable=SC2086
    "$NIRCHECK" --csv $args "$WORK/in.csv" >/dev/null 2>>"$WORK/err" || true
done
"$NIRCHECK" -e 255081416802539 -e x >/dev/null 2>>"$WORK/err" || true
"$NIRCHECK" -j 255081416802539 -c "$WORK/in.txt" >/dev/null 2>>"$WORK/err" || true
if grep -Eq '[0-9]{5}' "$WORK/err"; then
    fail "stderr holds digits of a number: $(grep -E '[0-9]{5}' "$WORK/err" | head -3)"
fi
# The diagnostics that did appear name the file and line.
grep -q 'in.csv:3: quoted field not terminated' "$WORK/err" || fail "file:line diagnostic"

finish
