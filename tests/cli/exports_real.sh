#!/bin/bash
# Real payroll and HR exports that issue 19's first round got wrong: each
# block is one class of input, with what nircheck now does (exit status,
# stdout, stderr).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

# Header names: the strictest match decides (bytes, then case, then
# accents); two names that fit at that level are refused, never guessed.
printf 'NIR;nir\n255081416802539;255081416802538\n' >"$WORK/case.csv"
run --csv --column nir -c "$WORK/case.csv"
expect_rc 0 "exact name before a case-folded one"
expect_contains "$OUT" "valid 1"
run --csv --column NIR -c "$WORK/case.csv"
expect_rc 1 "exact name NIR"
run --csv --column Nir "$WORK/case.csv"
expect_rc 2 "two case-folded fits"
expect_contains "$ERR" "case.csv:1: --column: 2 columns fit the name 'Nir' (columns 1 and 2): none is chosen; give the column's number"
expect_eq "$OUT" "" "ambiguous column: no output"
printf 'nir;nom;nir\n255081416802539;x;255081416802538\n' >"$WORK/twice.csv"
run --csv --column nir "$WORK/twice.csv"
expect_rc 2 "the same name twice"
expect_contains "$ERR" "(columns 1 and 3)"
run --csv --column 3 "$WORK/twice.csv"
expect_rc 0 "the number chooses"
# No-break spaces around a header name (U+00A0, U+202F) count as spaces.
printf 'Cl\xc3\xa9\xc2\xa0;\xe2\x80\xafnir\n38;2550814168025\n' >"$WORK/nbsp.csv"
run --csv --column nir --key-column Clé -c "$WORK/nbsp.csv"
expect_rc 0 "no-break spaces around header names"
expect_contains "$OUT" "valid 1"

# Double quotes around a name, typed from a CSV line or kept by the reader
# after a space (; "nir" ;), do not count when nothing fits with them.
printf 'a; "nir" ;b\nx;255081416802538;y\n' >"$WORK/spacequote.csv"
run --csv --column nir -c "$WORK/spacequote.csv"
expect_rc 0 "quotes after a space in the header"
expect_contains "$OUT" "valid 1"
printf '"Matricule";"N\xc2\xb0 SS"\n"1";"255081416802539"\n' >"$WORK/quoted.csv"
run --csv --column '"n° ss"' -c "$WORK/quoted.csv"
expect_rc 1 "a name typed with its quotes"
expect_contains "$OUT" "invalid 1"

# A blank name finds no column, not an unnamed one.
printf ';nir\nx;255081416802538\n' >"$WORK/unnamed.csv"
run --csv --column ' ' "$WORK/unnamed.csv"
expect_rc 2 "blank column name"
expect_contains "$ERR" "--column: no column named ' '"

# A first row holding a number is a record: refused, not eaten as a header,
# and nothing of it (name, birth date, key) is shown.
printf 'Dupont;Marie;2550814168025;38;15/08/1955\nMartin;Paul;255081416802538;;01/01/1960\n' >"$WORK/headless.csv"
run --csv --column 3 --key-column 4 "$WORK/headless.csv"
expect_rc 2 "headless file, numbered columns"
expect_eq "$ERR" "nircheck: $WORK/headless.csv:1: the first row holds a number: it is a record, not a header (give -n and column numbers)" "headless stderr"
expect_eq "$OUT" "" "headless: no output"
run --csv --column nir "$WORK/headless.csv"
expect_rc 2 "headless file, named column"
case $ERR in *Dupont* | *Marie* | *1955* | *38*) fail "a record's values on stderr: $ERR" ;; esac
printf 'Nom;P\xc3\xa9riode 01/01/2024-31/12/2024;nir\nA;x;255081416802538\n' >"$WORK/digits.csv"
run --csv --column nir -c "$WORK/digits.csv"
expect_rc 0 "a header name with many digits is a header"
run --csv -n --column 3 --key-column 4 -c "$WORK/headless.csv"
expect_rc 0 "-n reads it"
expect_contains "$OUT" "records 2"

# Blank lines and rows of empty fields (";;;", a spreadsheet's empty range)
# are no records: skipped, counted on stderr with the first line, never an
# "empty" or "short_row" record; rows after them keep their lines.
printf 'id;nir;cle\r\n1;255081416802538;38\r\n\r\n;;\r\n2;255081416802539;\r\n  ;\t;\r\n\r\n' >"$WORK/blank.csv"
run --csv --column nir --json "$WORK/blank.csv"
expect_rc 1 "blank rows"
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"line":[0-9]*' | tr '\n' ' ')" '"line":2 "line":5 ' "blank rows: records and lines"
expect_eq "$ERR" "nircheck: $WORK/blank.csv: 4 empty rows skipped: blank or only delimiters (the first at line 3)" "blank rows note"
# Blank lines before the header: skipped too, and the delimiter is still
# found in the header (it was looked for in the first, blank, line).
printf '\r\n\r\nN\xc2\xb0 SS;Cl\xc3\xa9\r\n2550814168025;38\r\n' >"$WORK/lead.csv"
run --csv --column 'N° SS' --key-column Clé --json "$WORK/lead.csv"
expect_rc 0 "blank lines before the header"
expect_contains "$OUT" '"line":4,'
expect_eq "$ERR" "nircheck: $WORK/lead.csv: 2 empty rows skipped: blank or only delimiters (the first at line 1)" "leading blank lines note"
run --csv --column 2 -c "$WORK/blank.csv"
expect_contains "$OUT" "records 2"
expect_contains "$OUT" "error.short_row 0"
run --csv --column nir -s "$WORK/blank.csv"
expect_no_stderr "-s: no note"

# A UTF-8 export with a stray Latin-1 byte pasted in: still UTF-8 (read as
# Windows-1252 its names were garbled and its no-break spaces in numbers
# made them invalid); the line of the first stray byte on stderr.
printf 'nom;nir\nH\xc3\xa9l\xc3\xa8ne;2\xc2\xa055\xc2\xa008\xc2\xa014\xc2\xa0168\xc2\xa0025\xc2\xa038\nRen\xe9;255081416802538\nZo\xc3\xa9;255081416802538\n' >"$WORK/stray.csv"
run --csv --column nir "$WORK/stray.csv"
expect_rc 0 "UTF-8 with a stray byte"
nb=$(printf '\xc2\xa0')
expect_contains "$OUT" "Hélène;2${nb}55${nb}08${nb}14${nb}168${nb}025${nb}38;true;nir;"
expect_contains "$OUT" "$(printf 'Ren\xef\xbf\xbd;255081416802538;true;')" "the CSV report stays UTF-8 (U+FFFD)"
expect_eq "$ERR" "nircheck: $WORK/stray.csv:3: not valid UTF-8 (a byte of another encoding); the file is read as UTF-8, such bytes kept as they are (--encoding chooses another)" "stray byte note"
"$NIRCHECK" --csv --column nir --valid-only "$WORK/stray.csv" 2>/dev/null | cmp -s - "$WORK/stray.csv" || fail "stray byte: --valid-only bytes"

# A Windows-1252 CSV whose first 64 KiB are ASCII: decided on its first
# non-ASCII byte (it was read as UTF-8: a number with A0 separators there
# was invalid, the report held bytes that are not UTF-8).
{
    printf 'id;nom;nir\r\n'
    for i in $(seq 1 2600); do printf '%s;Martin;255081416802538\r\n' "$i"; done
    printf 'x;Ren\xe9;2\xa055\xa008\xa014\xa0168\xa0025\xa038\r\n'
} >"$WORK/late.csv"
run --csv --column nir "$WORK/late.csv"
expect_rc 0 "late Windows-1252"
expect_eq "$ERR" "nircheck: $WORK/late.csv: not UTF-8, read as windows-1252 (--encoding chooses another)" "late detection said"
expect_eq "$(printf '%s\n' "$OUT" | tail -n 1 | cut -d';' -f1-5)" "x;René;2${nb}55${nb}08${nb}14${nb}168${nb}025${nb}38;true;nir" "late Windows-1252 row"
"$NIRCHECK" --csv --column nir --valid-only "$WORK/late.csv" 2>/dev/null | cmp -s - "$WORK/late.csv" || fail "late Windows-1252: --valid-only bytes"
# ... and a late stray byte in UTF-8 is named by its line.
{
    head -c -2 "$WORK/late.csv" | head -n 2601
    printf 'y;H\xc3\xa9l\xc3\xa8ne;255081416802538\r\nz;Ren\xe9;255081416802538\r\nw;Zo\xc3\xa9;255081416802538\r\n'
} >"$WORK/late8.csv"
run --csv --column nir -c "$WORK/late8.csv"
expect_rc 0 "late UTF-8 with a stray byte"
expect_eq "$ERR" "nircheck: $WORK/late8.csv:2603: not valid UTF-8 (a byte of another encoding); the file is read as UTF-8, such bytes kept as they are (--encoding chooses another)" "late stray line"

# A row longer than 64 KiB: its fields are not read, and the error says so
# (it said "length", a wrong-length number, of a number that may be right);
# a quoted field of 40000 lines, cut by the 64 KiB bound on one of its
# LFs, keeps the next row's line right (it was one line short).
{
    printf 'id;nom;nir\n1;'
    head -c 70000 /dev/zero | tr '\0' 'x'
    printf ';255081416802538\n2;"'
    for _ in $(seq 1 40000); do printf 'a\n'; done
    printf '";255081416802538\n3;z;255081416802539\n'
} >"$WORK/huge.csv"
run --csv --column nir --json "$WORK/huge.csv"
expect_rc 1 "overlong rows"
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"line":[0-9]*,\|"error":[^,]*' | tr -d '\n')" '"line":2,"error":"row_too_long""line":3,"error":"row_too_long""line":40004,"error":"key"' "overlong rows: lines and errors"
expect_contains "$OUT" '"message":"the row is longer than 65536 bytes: its fields are not read"'
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 3 <<<"$OUT" || fail "overlong rows: schema"
run --csv --column nir -c "$WORK/huge.csv"
expect_contains "$OUT" "error.row_too_long 2"
expect_contains "$OUT" "error.length 0"

# Rows with more non-empty fields than the header (a delimiter inside an
# unquoted name shifts the columns): checked, and said once per file with
# the first line; a trailing delimiter alone is not that.
printf 'nom;nir;conjoint\nA;255081416802538;x;\nB;255081416802538;;;\nDupont; Marie;255081416802538;255081416802538\nC;255081416802538;x;y\n' >"$WORK/wide.csv"
run --csv --column nir -c "$WORK/wide.csv"
expect_rc 1 "wide rows"
expect_contains "$OUT" "records 4"
expect_eq "$ERR" "nircheck: $WORK/wide.csv: 2 rows with more fields than the header: a delimiter in an unquoted field may have shifted the columns (the first at line 4)" "wide rows note"
run --csv -n --column 2 -c "$WORK/wide.csv"
expect_no_stderr "-n: no header to compare with"

# An empty export (0 bytes, or a BOM alone) has no header, so not the
# column asked for: exit 2, not "every record valid"; -n reads no record.
: >"$WORK/empty.csv"
printf '\xff\xfe' >"$WORK/bomonly.txt"
for f in empty.csv bomonly.txt; do
    run --csv --column nir -q "$WORK/$f"
    expect_rc 2 "$f"
    expect_eq "$ERR" "nircheck: $WORK/$f: no header row: the file is empty" "$f stderr"
done
run --csv -n -c "$WORK/empty.csv"
expect_rc 0 "-n on an empty file"
expect_contains "$OUT" "records 0"

# A key with no-break spaces around it (a Windows-1252 A0, U+00A0 or
# U+202F in UTF-8) is a key, as libnir reads such a number: it was
# "key_column".
printf 'nir;cle\n2550814168025;\xa038\xa0\n2550814168025;38\xa0\n' >"$WORK/nbspkey.csv"
run --csv --column nir --key-column cle -c "$WORK/nbspkey.csv"
expect_rc 0 "A0 around keys"
expect_contains "$OUT" "valid 2"
printf 'nir;cle\n2550814168025;\xe2\x80\xaf38\n1850775123067;\xc2\xa09\xc2\xa0\n2550814168025;3\xc2\xa08\n' >"$WORK/nbspkey8.csv"
run --csv --column nir --key-column cle --json "$WORK/nbspkey8.csv"
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"error":[^,]*' | tr '\n' ' ')" '"error":null "error":null "error":"key_column" ' "no-break spaces around a key, not inside"

# Spreadsheets that are not CSV: an .xls workbook (OLE2) and the HTML or
# XML that HR tools save as ".xls" were read as a header and rows (a
# one-line HTML table's number even taken for a record's).
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0\0\0\0\0' >"$WORK/book.xls"
run --csv --column nir "$WORK/book.xls"
expect_rc 2 "OLE2 .xls"
expect_contains "$ERR" "book.xls:1: not a CSV file: it looks like a spreadsheet workbook (.xls); save it as CSV"
printf '<table><tr><td>nir</td></tr><tr><td>255081416802538</td></tr></table>\n' >"$WORK/web.xls"
printf '<?xml version="1.0"?>\n<Workbook>\n' >"$WORK/xml.xls"
for f in web.xls xml.xls; do
    run --csv --column nir "$WORK/$f"
    expect_rc 2 "$f"
    expect_eq "$ERR" "nircheck: $WORK/$f:1: not a CSV file: it looks like HTML or XML (what some tools export as .xls); save it as CSV" "$f stderr"
done

# A stray quote swallows the rows up to the next quote into one field:
# that row is invalid (merged_rows), not a valid record hiding an invalid
# one; a multi-line comment is not that.
printf 'nom;nir;note\n"Jo;255081416802538;a\nPaul;255081416802539;b\nMarc";255081416802538;c\nZoe;255081416802538;"deux\nlignes; avec un point-virgule"\n' >"$WORK/stray_quote.csv"
run --csv --column nir --json "$WORK/stray_quote.csv"
expect_rc 1 "stray quote"
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"line":[0-9]*,\|"error":[^,]*' | tr -d '\n')" '"line":2,"error":"merged_rows""line":5,"error":null' "stray quote: verdicts"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 2 <<<"$OUT" || fail "stray quote: schema"
run --csv --column nir --invalid-only "$WORK/stray_quote.csv"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "4" "the merged row given back whole"

# Excel's "sep=;" line before the header names the delimiter: it was taken
# for the header (every named column missing).
for d in ';' '|' '	'; do
    printf 'sep=%s\r\nnir%sCl\xc3\xa9\r\n2550814168025%s38\r\n' "$d" "$d" "$d" >"$WORK/sep.csv"
    run --csv --column nir --key-column clé --json "$WORK/sep.csv"
    expect_rc 0 "sep=$d line"
    expect_contains "$OUT" '"line":3,'
done

# Exports joined end to end (cat jan.csv feb.csv, BOMs and all): the
# header again is no record (it was an invalid "character" one).
{
    printf '\xef\xbb\xbfMatricule;N\xc2\xb0 SS\r\n1;255081416802538\r\n'
    printf '\xef\xbb\xbfMatricule;N\xc2\xb0 SS\r\n2;255081416802538\r\n'
    printf 'Matricule; N\xc2\xb0 SS \r\n3;255081416802538\r\n'
} >"$WORK/joined.csv"
run --csv --column 'N° SS' --json "$WORK/joined.csv"
expect_rc 0 "joined exports"
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"line":[0-9]*' | tr '\n' ' ')" '"line":2 "line":4 "line":6 ' "joined exports: records"
expect_eq "$ERR" "nircheck: $WORK/joined.csv: 2 rows repeating the header skipped, as from exports joined end to end (the first at line 3)" "joined exports note"

finish
