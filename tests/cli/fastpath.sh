#!/bin/bash
# The verdict-only modes (-c, -q, --valid-only, --invalid-only on line or
# -z input) check whole spans of the read buffer (run.c: run_spans); with
# --line-buffered they go record by record (line_record). Both must give
# the same bytes and exit status on every kind of record boundary.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

V=255081416802538
digits() { head -c "$1" /dev/zero | tr '\0' "$2"; }

# Every boundary case, no final newline: BOM, CRLF, empty lines, NUL and
# binary bytes, records at and around the 4 KiB bound with and without CR,
# a record longer than the 1 MiB read buffer, a lone CR.
{
    printf '\xef\xbb\xbf%s\r\n\n%s\n2 55 08 14 168 025 38\r\n\r\n' "$V" "$V"
    printf '2550814\0168025\n\xff\xfe\x01junk\n%s\n' "$V"
    digits 4096 1; printf '\n'; digits 4096 1; printf '\r\n'
    digits 4097 2; printf '\n'; digits 4097 2; printf '\r\n'
    digits 2000000 3; printf '\n%s\n' "$V"
    digits 2000000 4; printf '\r\n\r%s' "$V"
} >"$WORK/edges.txt"
# Many short records, so that records and long lines straddle refills.
{
    for _ in $(seq 3); do
        seq 70000 | sed "s/.*/$V/"
        printf '155089912345678\n'
        digits 5000 9; printf '\n'
    done
    digits 3000 8
} >"$WORK/many.txt"
# NUL-separated records, the last one unterminated.
tr '\n' '\0' <"$WORK/edges.txt" >"$WORK/edges.z"

same() { # ARGS...: fast path and --line-buffered agree
    local rc_fast rc_slow
    set +e
    "$NIRCHECK" "$@" >"$WORK/fast" 2>"$WORK/fast.err"
    rc_fast=$?
    "$NIRCHECK" --line-buffered "$@" >"$WORK/slow" 2>"$WORK/slow.err"
    rc_slow=$?
    set -e
    cmp -s "$WORK/fast" "$WORK/slow" || fail "$*: stdout differs"
    cmp -s "$WORK/fast.err" "$WORK/slow.err" || fail "$*: stderr differs"
    [ "$rc_fast" -eq "$rc_slow" ] || fail "$*: exit $rc_fast, expected $rc_slow"
}

for mode in -c "-c --json" --valid-only --invalid-only -q; do
    # shellcheck disable=SC2086 # $mode holds one or two options
    {
        same $mode "$WORK/edges.txt"
        same $mode "$WORK/many.txt"
        same $mode -z "$WORK/edges.z"
        same $mode -z "$WORK/edges.txt"
        same $mode --profile=lenient "$WORK/edges.txt" "$WORK/many.txt"
        same $mode "$WORK/many.txt" "$WORK/missing" "$WORK/edges.txt"
    }
done

# Spot checks of the fast path itself.
run -c "$WORK/many.txt"
expect_rc 1 "-c many"
expect_contains "$OUT" "records 210007"
expect_contains "$OUT" "error.length 4"
run --invalid-only "$WORK/edges.txt"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "--invalid-only edges: records"
# (the last record, after a lone CR, is valid: surrounding white space is
# ignored, and the record is copied as it was); the BOM of the file comes
# first, as Excel needs it to read UTF-8
run --valid-only "$WORK/edges.txt"
expect_eq "$OUT" "$(printf '\xef\xbb\xbf%s\r\n%s\n2 55 08 14 168 025 38\r\n%s\n%s\n\r%s' "$V" "$V" "$V" "$V" "$V")" "--valid-only edges"
finish
