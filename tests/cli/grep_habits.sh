#!/bin/bash
# grep habits (issue 19): -q exits 0/1 whatever stdout is, -q wins over -c
# and the filters, -H/-h file prefixes (on with several files), --json with
# --valid-only/--invalid-only gives the selected records' objects.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
V=255081416802538
printf '%s\n%s\n' "$V" "$V" >"$WORK/good.txt"
printf '%s\n255081416802539\n' "$V" >"$WORK/bad.txt"

# -q: 0 or 1, never a write error, with stdout closed or full.
for mode in "-q" "-q -c" "-c -q" "-q --invalid-only" "-q --json" "-q -j1"; do
    for f in good bad; do
        want=0
        [ $f = bad ] && want=1
        set +e
        # shellcheck disable=SC2086 # $mode holds options
        "$NIRCHECK" $mode "$WORK/$f.txt" >&- 2>"$WORK/err"
        RC=$?
        set -e
        ERR=$(cat "$WORK/err")
        expect_rc $want "$mode $f.txt, stdout closed"
        expect_no_stderr "$mode $f.txt, stdout closed"
        # shellcheck disable=SC2086
        run $mode "$WORK/$f.txt"
        expect_rc $want "$mode $f.txt"
        expect_eq "$OUT" "" "$mode prints nothing"
    done
done
set +e
"$NIRCHECK" -q "$WORK/bad.txt" >/dev/full 2>"$WORK/err"
RC=$?
set -e
ERR=$(cat "$WORK/err")
expect_rc 1 "-q >/dev/full"
expect_no_stderr "-q >/dev/full"
# A missing file is still trouble.
run -q "$WORK/good.txt" "$WORK/missing.txt"
expect_rc 2 "-q with a missing file"

# -H / -h: file-name prefixes, on by default with several files.
run --invalid-only "$WORK/good.txt" "$WORK/bad.txt"
expect_eq "$OUT" "$WORK/bad.txt:255081416802539" "--invalid-only, two files"
run --invalid-only -h "$WORK/good.txt" "$WORK/bad.txt"
expect_eq "$OUT" "255081416802539" "-h"
run --invalid-only -H "$WORK/bad.txt"
expect_eq "$OUT" "$WORK/bad.txt:255081416802539" "-H, one file"
run --valid-only -H -j2 "$WORK/bad.txt"
expect_eq "$OUT" "$WORK/bad.txt:$V" "-H with jobs"
run "$WORK/bad.txt" "$WORK/good.txt"
expect_contains "$OUT" "$WORK/bad.txt:2: invalid (key)"
run -h "$WORK/bad.txt" "$WORK/good.txt"
expect_contains "$OUT" "$(printf '2: invalid (key) nir')"
case $OUT in *"$WORK"*) fail "-h: prefix in the report" ;; esac
run -H "$WORK/bad.txt"
expect_contains "$OUT" "$WORK/bad.txt:2: invalid (key)"
printf '%s\r\n' "$V" >"$WORK/crlf.txt"
"$NIRCHECK" -H --valid-only "$WORK/crlf.txt" >"$WORK/out"
cmp -s "$WORK/out" <(printf '%s:%s\r\n' "$WORK/crlf.txt" "$V") || fail "-H keeps CRLF"

# --json with the filters: objects for the selected records only.
run --json --invalid-only "$WORK/good.txt" "$WORK/bad.txt"
expect_rc 1 "--json --invalid-only"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "1" "one invalid record"
expect_contains "$OUT" "{\"line\":2,\"file\":\"$WORK/bad.txt\",\"valid\":false"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 1 <<<"$OUT" || fail "schema"
run --json --valid-only "$WORK/bad.txt"
expect_rc 1 "--json --valid-only"
expect_contains "$OUT" '{"line":1,'
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "1" "one valid record"
printf 'nir\n%s\n255081416802539\n' "$V" >"$WORK/t.csv"
run --csv --json --invalid-only "$WORK/t.csv"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "1" "csv --json --invalid-only"
expect_contains "$OUT" '{"line":3,'

# -c still refuses to be combined with a filter (which totals?).
run -c --invalid-only "$WORK/bad.txt"
expect_rc 2 "-c --invalid-only"

finish
