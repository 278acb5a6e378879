#!/bin/bash
# Record boundaries: CRLF, missing final newline, BOM, NUL bytes, -z,
# overlong and binary records, standard input and "-".
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

V=255081416802538
# CRLF, BOM, and a last line without newline: 3 records, all valid.
printf '\xef\xbb\xbf%s\r\n%s\r\n%s' "$V" "$V" "$V" >"$WORK/crlf.txt"
run "$WORK/crlf.txt"
expect_rc 0 "CRLF + BOM + no final newline"
expect_eq "$(printf '%s\n' "$OUT" | grep -c ': valid nir')" "3" "three valid records"

# An empty line is a record (error empty); an empty file has none.
printf '%s\n\n%s\n' "$V" "$V" >"$WORK/blank.txt"
run "$WORK/blank.txt"
expect_rc 1 "blank line"
expect_contains "$OUT" "2: invalid (empty)"
: >"$WORK/empty.txt"
run "$WORK/empty.txt"
expect_rc 0 "empty file"
expect_eq "$OUT" "" "empty file output"

# NUL inside a line, binary junk, invalid UTF-8: invalid records.
printf '2550814\0168025\n\xff\xfe\x01\x02junk\n\xc3\x28\n%s\n' "$V" >"$WORK/junk.txt"
run "$WORK/junk.txt"
expect_rc 1 "junk"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "4" "junk: one line each"
expect_contains "$OUT" "1: invalid (character)"
expect_contains "$OUT" "2: invalid (character)"
expect_contains "$OUT" "4: valid"

# Overlong records (over the 4 KiB bound): invalid (length), one output each,
# and --invalid-only copies them through whole.
{
    head -c 100000 /dev/zero | tr '\0' '7'
    printf '\n%s\n' "$V"
    head -c 5000 /dev/zero | tr '\0' '1'
} >"$WORK/long.txt"
run "$WORK/long.txt"
expect_rc 1 "overlong"
expect_eq "$(printf '%s\n' "$OUT" | cut -d' ' -f1-3 | tr '\n' '|')" \
    "1: invalid (length)|2: valid nir|3: invalid (length)|" "overlong verdicts"
"$NIRCHECK" --invalid-only "$WORK/long.txt" >"$WORK/long.out" || true
expect_eq "$(wc -c <"$WORK/long.out")" "105002" "overlong copied whole"
run --json "$WORK/long.txt"
expect_contains "$OUT" '"error":"length"'
# Exactly 4096 bytes + CRLF is within the bound (and is just a bad length).
{ head -c 4096 /dev/zero | tr '\0' '1'; printf '\r\n'; } >"$WORK/edge.txt"
"$NIRCHECK" --invalid-only "$WORK/edge.txt" >"$WORK/edge.out" || true
cmp -s "$WORK/edge.txt" "$WORK/edge.out" || fail "4096-byte CRLF record not copied unchanged"

# -z: NUL-separated records; the output of filters keeps NUL separators.
printf '%s\0bad\0%s' "$V" "$V" >"$WORK/z.bin"
run -z "$WORK/z.bin"
expect_rc 1 "-z"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "3" "-z: three records"
"$NIRCHECK" -z --valid-only "$WORK/z.bin" >"$WORK/z.out" || true
printf '%s\0%s\0' "$V" "$V" >"$WORK/z.expect"
cmp -s "$WORK/z.out" "$WORK/z.expect" || fail "-z --valid-only output"

# Standard input: no operand, and "-".
run <"$DATA/sample.txt"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "stdin"
run - <"$DATA/sample.txt"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "stdin as -"
run --json - <"$DATA/sample.txt"
expect_contains "$OUT" '"file":"-"'
# A pipe.
OUT=$(sed "" "$DATA/sample.txt" | "$NIRCHECK" -c | head -1) || true
expect_eq "$OUT" "records 10" "pipe"

finish
