#!/bin/bash
# --valid-only, --invalid-only, -c, -q: grep-like filters and totals.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

run --valid-only "$DATA/sample.txt"
expect_rc 1 "--valid-only with invalid records"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "7" "valid records"
expect_eq "$(printf '%s\n' "$OUT" | sed -n 6p)" "2 55 08 14 168 025 38" "records copied unchanged"
run --invalid-only "$DATA/sample.txt"
expect_eq "$OUT" "$(printf '255081416802539\n255131416802521\nnot a number')" "--invalid-only"
# valid + invalid = input, in order.
{ "$NIRCHECK" --valid-only "$DATA/sample.txt" || true; } >"$WORK/v"
{ "$NIRCHECK" --invalid-only "$DATA/sample.txt" || true; } >"$WORK/i"
expect_eq "$(sort "$WORK/v" "$WORK/i")" "$(sort "$DATA/sample.txt")" "valid+invalid = input"
# CRLF records keep their CR.
printf '255081416802538\r\nbad\r\n' >"$WORK/crlf"
"$NIRCHECK" --valid-only "$WORK/crlf" >"$WORK/crlf.out" || true
cmp -s "$WORK/crlf.out" <(printf '255081416802538\r\n') || fail "CR kept"
# All valid: exit 0.
run --valid-only -e 255081416802538
expect_rc 0 "--valid-only all valid"
expect_eq "$OUT" "255081416802538"

# -c: totals that add up.
run -c "$DATA/sample.txt"
expect_rc 1 "-c"
expect_contains "$OUT" "$(printf 'records 10\nvalid 7\ninvalid 3\n')"
expect_contains "$OUT" "kind.nir 7"
expect_contains "$OUT" "kind.nnp 1"
expect_contains "$OUT" "kind.temporary 1"
expect_contains "$OUT" "kind.none 1"
expect_contains "$OUT" "error.key 1"
expect_contains "$OUT" "error.month 1"
expect_contains "$OUT" "error.character 1"
sum() { printf '%s\n' "$OUT" | awk -v g="$1" 'index($1, g) == 1 { s += $2 } END { print s + 0 }'; }
expect_eq "$(sum kind.)" "10" "kinds add up"
expect_eq "$(sum error.)" "3" "errors add up to invalid"
run -c -e 255081416802538
expect_rc 0 "-c all valid"
run -c </dev/null
expect_rc 0 "-c no record"
expect_contains "$OUT" "records 0"

# -q: nothing printed, exit 1 at the first failure, 0 when all valid.
run -q "$DATA/sample.txt"
expect_rc 1 "-q"
expect_eq "$OUT$ERR" "" "-q prints nothing"
run -q -e 255081416802538 -e 185079721200508
expect_rc 0 "-q all valid"
# -q stops at the first invalid record: an endless input still ends.
set +e
{ echo bad; yes 255081416802538; } | "$NIRCHECK" -q
RC=$?
set -e
expect_rc 1 "-q on endless input"

# --line-buffered: each result is out before the next record is read.
# (with a coprocess: write one record, read its answer)
coproc NC { "$NIRCHECK" --line-buffered; }
# Copy the coprocess's PID and descriptors at once: bash unsets NC and
# NC_PID as soon as the coprocess exits, which may happen any time after
# its input is closed (reading them later under set -u was issue 13).
lb_pid=$NC_PID lb_out=${NC[0]} lb_in=${NC[1]}
echo 255081416802538 >&"$lb_in"
if read -r -t 10 line <&"$lb_out"; then
    expect_contains "$line" "1: valid nir" "--line-buffered"
else
    fail "--line-buffered: no answer before end of input"
fi
exec {lb_in}>&-
wait "$lb_pid" || true

finish
