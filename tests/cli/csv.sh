#!/bin/bash
# --csv: RFC 4180 input, added columns, --column, -n, -d, filters.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
CSV=$DATA/people.csv

run --csv --column nir "$CSV"
expect_rc 1 "csv report"
expect_eq "$(printf '%s\n' "$OUT" | head -1)" \
    "id,name,nir,sexe,naissance,lieu,nir_valid,nir_kind,nir_error,nir_position,nir_warnings,nir_sex,nir_birth_year,nir_birth_month,nir_month_kind,nir_department,nir_commune,nir_country_code,nir_order,nir_key,nir_message,nir_hint" "csv header"
expect_eq "$(printf '%s\n' "$OUT" | sed -n 2p)" \
    '1,"Dupont, Marie",255081416802538,F,15/08/1955,14168,true,nir,,,,female,55,8,real,14,168,,,,,' "csv row"
expect_contains "$OUT" '3,"Say ""hi""",255081416802539,F,1955-08-15,14,false,nir,key,14,'
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "5" "one output row per input row"
# Output is CSV that Python reads back with the same rows.
"$NIRCHECK" --csv --column nir "$CSV" >"$WORK/out.csv" || true
/usr/bin/python3 - "$CSV" "$WORK/out.csv" <<'PY' || fail "csv round trip"
import csv, sys
a = list(csv.reader(open(sys.argv[1], newline="")))
b = list(csv.reader(open(sys.argv[2], newline="")))
assert len(a) == len(b), (len(a), len(b))
for x, y in zip(a, b):
    assert y[:len(x)] == x, (x, y)
PY

# A list column (two warnings here) holding the delimiter is quoted: with
# -d ';' every row still has exactly as many fields as the header.
printf 'nir;name\n199999999999995;x\n255081416802538;y\n' >"$WORK/semi.csv"
run --csv --column nir -d ';' "$WORK/semi.csv"
expect_rc 0 "semicolon csv"
expect_contains "$OUT" ';"country_unlisted;dsn_placeholder";'
printf '%s\n' "$OUT" >"$WORK/semi.out"
/usr/bin/python3 - "$WORK/semi.out" <<'PY' || fail "semicolon csv: fields per row"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline=""), delimiter=";"))
assert len(rows) == 3, rows
assert all(len(r) == len(rows[0]) for r in rows), rows
col = rows[0].index("nir_warnings")
assert rows[1][col] == "country_unlisted;dsn_placeholder", rows[1]
PY

# Column by number, same result; unknown column: exit 2.
"$NIRCHECK" --csv --column 3 "$CSV" >"$WORK/by_number.csv" || true
cmp -s "$WORK/out.csv" "$WORK/by_number.csv" || fail "--column 3 = --column nir"
run --csv --column NIR "$CSV"
expect_rc 1 "column names are case-insensitive"
run --csv --column nope "$CSV"
expect_rc 2 "unknown column"
expect_contains "$ERR" "no column named 'nope'"

# JSON and text from CSV: physical line numbers (header is line 1).
run --csv --column nir --json "$CSV"
expect_eq "$(printf '%s\n' "$OUT" | head -1 | cut -c1-9)" '{"line":2' "csv json line"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 4 <<<"$OUT" || fail "csv json schema"
run --csv --column nir -c "$CSV"
expect_contains "$OUT" "records 4"

# Filters keep the header and the rows as written (CRLF included).
printf 'a;nir\r\nx;255081416802538\r\n"multi\nline";bad\r\n' >"$WORK/semi.csv"
"$NIRCHECK" --csv -d ';' --column 2 --valid-only "$WORK/semi.csv" >"$WORK/v.csv" || true
cmp -s "$WORK/v.csv" <(printf 'a;nir\r\nx;255081416802538\r\n') || fail "csv --valid-only"
"$NIRCHECK" --csv -d ';' --column 2 --invalid-only "$WORK/semi.csv" >"$WORK/i.csv" || true
cmp -s "$WORK/i.csv" <(printf 'a;nir\r\n"multi\nline";bad\r\n') || fail "csv --invalid-only"
run --csv -d ';' --column nir --json "$WORK/semi.csv"
expect_contains "$OUT" '{"line":3,'

# -n: no header; tab delimiter; a missing column is an empty value.
printf '255081416802538\tx\nonly\n' >"$WORK/tab.tsv"
run --csv -n -d tab "$WORK/tab.tsv"
expect_rc 1 "-n -d tab"
expect_eq "$OUT" "$(printf '255081416802538\tx\ttrue\tnir\t\t\t\tfemale\t55\t8\treal\t14\t168\t\t\t\t\t\nonly\tfalse\t\tcharacter\t1\t\t\t\t\t\t\t\t\t\t\tcharacter not allowed here\t')" "-n output"
run --csv -n --column 5 "$WORK/tab.tsv"
expect_rc 1 "-n, row too short"
expect_contains "$OUT" "$(printf 'x\tfalse\t\tshort_row\t')"

# Overlong row (over 64 KiB): one invalid record, copied through whole.
{
    echo "nir,comment"
    printf '255081416802538,'
    head -c 70000 /dev/zero | tr '\0' 'x'
    printf '\n255081416802538,ok\n'
} >"$WORK/long.csv"
run --csv --json "$WORK/long.csv"
expect_contains "$OUT" '"line":2,"file":'
expect_contains "$OUT" '"error":"row_too_long"' # the row, not the number (valid here)
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "2" "overlong csv row"
"$NIRCHECK" --csv --invalid-only "$WORK/long.csv" >"$WORK/long.out" || true
expect_eq "$(wc -c <"$WORK/long.out")" "$((12 + 16 + 70000 + 1))" "overlong row copied"

# Unterminated quote at end of file: a record, and a note naming file:line.
printf 'nir\n"255081416802538\n' >"$WORK/open.csv"
run --csv "$WORK/open.csv"
expect_contains "$ERR" "open.csv:2: quoted field not terminated"

# BOM in the header is dropped.
printf '\xef\xbb\xbfnir\n255081416802538\n' >"$WORK/bom.csv"
run --csv --column nir "$WORK/bom.csv"
expect_rc 0 "BOM header"

finish
