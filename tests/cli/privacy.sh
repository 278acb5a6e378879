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
# Words of the command line that look like a number never reach stderr
# (a forgotten -e, --e=..., a number after the wrong option).
: >"$WORK/argv.err"
for args in "255081416802538" "2550814168025" "2 55 08 14 168 025 38" \
    "184052B321025" "2.55.08.14.168.025.38" "--e=255081416802538" \
    "--colum=255081416802538" "--profile 255081416802538" \
    "--lang 255081416802538" "--csv --column 255081416802538" \
    "--csv -d 255081416802538" "--encoding 255081416802538" \
    "--csv --key-column=2550814168025" "-x255081416802538" \
    "--csv --column nir 255081416802538" "-c 25508141680253"; do
    set +e
    # shellcheck disable=SC2086 # word splitting wanted, except for one case
    if [ "$args" = "2 55 08 14 168 025 38" ]; then
        "$NIRCHECK" "$args" </dev/null >/dev/null 2>"$WORK/one.err"
    else
        "$NIRCHECK" $args </dev/null >/dev/null 2>"$WORK/one.err"
    fi
    rc=$?
    set -e
    [ "$rc" -eq 2 ] || fail "$args: exit $rc, expected 2"
    [ -s "$WORK/one.err" ] || fail "$args: no message"
    cat "$WORK/one.err" >>"$WORK/argv.err"
done
if grep -Eq '[0-9]{4}|[0-9] [0-9]{2} [0-9]{2}' "$WORK/argv.err"; then
    fail "argv number on stderr: $(grep -E '[0-9]{4}|[0-9] [0-9]{2} [0-9]{2}' "$WORK/argv.err" | head -3)"
fi
run 255081416802538
expect_eq "$ERR" "nircheck: operand 1: no such file (it looks like a number: use -e)" "forgotten -e"
run '"255081416802538";'
expect_eq "$ERR" "nircheck: operand 1: no such file (it looks like a number: use -e)" "pasted from a CSV"
run "$DATA/sample.txt" "1 85 07 75 123 045"
expect_contains "$ERR" "nircheck: operand 2: no such file (it looks like a number: use -e)"
# An ordinary missing file is still named.
run "$WORK/export-2024.csv"
expect_contains "$ERR" "export-2024.csv: No such file"

# Reports: without --show-number, nothing that rebuilds a number (order,
# key, expected key, corrections); --mask shows the masked number only.
for args in "" "--lang fr" "--mask" "--show-number --mask"; do
    # shellcheck disable=SC2086
    run $args "$WORK/in.txt"
    case $OUT in *order* | *ordre* | *"expected key"* | *"did you mean"* | *suggestions* | *802539* | *802538* | *168025*)
        fail "text report ($args) shows digits that rebuild a number: $OUT" ;;
    esac
done
run --mask -e 255081416802539
expect_contains "$OUT" "1: 255************ invalid (key)" "--mask alone"
expect_contains "$OUT" "3 possible corrections"
run --csv --column nir "$WORK/in.csv"
expect_eq "$(printf '%s\n' "$OUT" | sed -n 2p | cut -d, -f3-)" "false,nir,key,14,,female,55,8,real,14,168,,,,the key does not match the number," "csv: no order, no key"
run --csv --column nir --show-number "$WORK/in.csv"
expect_contains "$OUT" ",14,168,,25,39,the key does not match the number,,255081416802539"

# The diagnostics that did appear name the file and line.
grep -q 'in.csv:3: quoted field not terminated' "$WORK/err" || fail "file:line diagnostic"

finish
