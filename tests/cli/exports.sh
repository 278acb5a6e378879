#!/bin/bash
# Payroll exports as HR software and spreadsheets write them (issue 19):
# encodings, line ends, delimiters, key columns, ragged rows, broken quotes,
# several files with their own headers. Exit status, output and stderr.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
EXAMPLES=${NIR_SOURCE_DIR:-$TESTS_DIR/../..}/examples

# The same table in UTF-8, Windows-1252 and UTF-16LE ("Unicode text").
printf 'Matricule;Nom;N° SS;Clé\r\nM1;Héloïse;2550814168025;38\r\nM2;Noël;2550814168025;7\r\nM3;Zoé;184052A321025;5\r\n' >"$WORK/utf8.csv"
iconv -f UTF-8 -t WINDOWS-1252 "$WORK/utf8.csv" >"$WORK/cp1252.csv"
{ printf '\xff\xfe'; tr ';' '\t' <"$WORK/utf8.csv" | iconv -f UTF-8 -t UTF-16LE; } >"$WORK/utf16.txt"
{ printf '\xef\xbb\xbf'; cat "$WORK/utf8.csv"; } >"$WORK/bom.csv"

# Windows-1252: detected, named once on stderr (no content), header matched.
run --csv --column 'N° SS' --key-column 'Clé' "$WORK/cp1252.csv"
expect_rc 1 "windows-1252"
expect_eq "$ERR" "nircheck: $WORK/cp1252.csv: not UTF-8, read as windows-1252 (--encoding chooses another)" "windows-1252 stderr"
expect_contains "$OUT" "M1;Héloïse;2550814168025;38;true;nir;" "report is UTF-8"
expect_contains "$OUT" "M2;Noël;2550814168025;7;false;nir;key;14;"
expect_contains "$OUT" "M3;Zoé;184052A321025;5;true;nir;" "key 5 = 05"
# Column names are matched without regard to case, accents kept.
run --csv --column 'n° ss' "$WORK/cp1252.csv"
expect_rc 0 "case-insensitive header, 13 characters without key column"
# Typed without accents, a name still finds its column when only one fits.
run --csv --column 'N° SS' --key-column cle --json "$WORK/cp1252.csv"
expect_rc 1 "cle finds Clé"
expect_contains "$OUT" '"line":3,'
expect_contains "$OUT" '"error":"key"'
printf 'Clé;Cle;nir\n38;2;255081416802538\n' >"$WORK/twokeys.csv"
run --csv --column nir --key-column CLÉ "$WORK/twokeys.csv"
expect_rc 0 "exact (case-folded) name first"
run --csv --column nir --key-column 'clè' "$WORK/twokeys.csv"
expect_rc 2 "two names fit without accents: none chosen"
# --encoding names it: no guess, no message.
run --csv --encoding windows-1252 --column 3 "$WORK/cp1252.csv"
expect_rc 0 "--encoding windows-1252"
expect_no_stderr "--encoding windows-1252"
run --csv --encoding latin1 --column 3 "$WORK/cp1252.csv"
expect_rc 0 "--encoding latin1"
run --encoding no-such-thing -e 1
expect_rc 2 "unknown encoding"
expect_contains "$ERR" "unknown encoding"

# The filters copy records byte for byte, in the file's encoding.
"$NIRCHECK" --csv --column 3 --key-column 4 --invalid-only "$WORK/cp1252.csv" >"$WORK/out" 2>/dev/null || true
cmp -s "$WORK/out" <(sed -n '1p;3p' "$WORK/cp1252.csv") || fail "windows-1252 --invalid-only bytes"
"$NIRCHECK" --csv --column 3 --key-column 4 --valid-only "$WORK/utf16.txt" >"$WORK/out" 2>/dev/null || true
cmp -s "$WORK/out" <({ printf '\xff\xfe'; tr ';' '\t' <"$WORK/utf8.csv" | sed -n '1p;2p;4p' | iconv -f UTF-8 -t UTF-16LE; }) ||
    fail "UTF-16LE --valid-only bytes (BOM included)"
"$NIRCHECK" --csv --column 3 --valid-only "$WORK/bom.csv" >"$WORK/out" 2>/dev/null || true
cmp -s "$WORK/out" "$WORK/bom.csv" || fail "UTF-8 BOM kept by --valid-only"

# A row longer than the reader's bound (64 KiB) is copied whole too, CRLF
# and multi-byte characters included, whatever the encoding.
{
    printf 'nir;x\r\n255081416802539;'
    head -c 40001 /dev/zero | tr '\0' 'e' | sed 's/e/é/g'
    printf '\r\n255081416802538;ok\r\n'
} >"$WORK/long8.csv"
iconv -f UTF-8 -t UTF-16LE "$WORK/long8.csv" >"$WORK/long16.csv"
"$NIRCHECK" --csv --column 1 --invalid-only "$WORK/long8.csv" >"$WORK/out" || true
cmp -s "$WORK/out" <(sed -n 1,2p "$WORK/long8.csv") || fail "overlong UTF-8 CRLF row copied"
"$NIRCHECK" --csv --column 1 --encoding UTF-16LE --invalid-only "$WORK/long16.csv" >"$WORK/out" || true
cmp -s "$WORK/out" <(sed -n 1,2p "$WORK/long8.csv" | iconv -f UTF-8 -t UTF-16LE) ||
    fail "overlong UTF-16LE CRLF row copied"

# UTF-16LE with BOM: the BOM decides, quietly; tab found from the header.
run --csv --column 'N° SS' --key-column 'clé' --json "$WORK/utf16.txt"
expect_rc 1 "utf-16le"
expect_no_stderr "utf-16le with BOM"
expect_eq "$(printf '%s\n' "$OUT" | grep -c '"valid":true')" "2" "utf-16le verdicts"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 3 <<<"$OUT" || fail "utf-16 json schema"
# UTF-16 without BOM: told by its zero bytes, and said.
tr ';' '\t' <"$WORK/utf8.csv" | iconv -f UTF-8 -t UTF-16BE >"$WORK/utf16be.txt"
run --csv --column 3 "$WORK/utf16be.txt"
expect_rc 0 "utf-16be without BOM"
expect_contains "$ERR" "read as UTF-16BE"
# --encoding utf-16 (no BOM: big-endian): records echoed without a BOM each.
printf 'nir\n255081416802538\n255081416802539\n255081416802538\n' | iconv -f UTF-8 -t UTF-16BE >"$WORK/be.txt"
"$NIRCHECK" --csv --encoding utf-16 --valid-only "$WORK/be.txt" >"$WORK/out" || true
cmp -s "$WORK/out" <(printf 'nir\n255081416802538\n255081416802538\n' | iconv -f UTF-8 -t UTF-16BE) ||
    fail "--encoding utf-16 --valid-only bytes"
# The CSV report's message follows --lang.
run --csv --column 3 --key-column 4 --lang fr "$WORK/utf8.csv"
expect_contains "$OUT" ";nir;key;14;;female;55;8;real;14;168;;;;la clé ne correspond pas au numéro;"
# Valid UTF-8 (and ASCII) is read as it is: no message.
run --csv --column 3 "$WORK/utf8.csv"
expect_rc 0 "utf-8"
expect_no_stderr "utf-8"

# A Windows-1252 no-break space (A0) inside a number is a separator.
printf '2\xa055\xa008\xa014\xa0168\xa0025\xa038\n' >"$WORK/nbsp.txt"
run "$WORK/nbsp.txt"
expect_rc 0 "A0 separators"
expect_contains "$ERR" "read as windows-1252"

# Surrounding white space is ignored (libnir), inside a number it is not.
printf ' 255081416802538\t\n\t255081416802538 \r\n2550814\t16802538\n' >"$WORK/ws.txt"
run "$WORK/ws.txt"
expect_rc 1 "white space"
expect_contains "$OUT" "1: valid nir"
expect_contains "$OUT" "2: valid nir"
expect_contains "$OUT" "3: invalid (character)"
printf 'nir;cle\n 2550814168025 ; 38 \n' >"$WORK/ws.csv"
run --csv --column nir --key-column cle "$WORK/ws.csv"
expect_rc 0 "white space around number and key"

# Line ends: CR only (classic Mac OS), LF, CRLF -- all read, all kept.
printf 'id,nir\r1,255081416802538\r2,255081416802539\r3,255081416802538\r' >"$WORK/mac.csv"
run --csv --column nir -c "$WORK/mac.csv"
expect_rc 1 "CR-only csv"
expect_contains "$OUT" "records 3"
expect_contains "$OUT" "error.key 1"
"$NIRCHECK" --csv --column nir --valid-only "$WORK/mac.csv" >"$WORK/out" || true
cmp -s "$WORK/out" <(printf 'id,nir\r1,255081416802538\r3,255081416802538\r') || fail "CR-only --valid-only keeps CR"
# Excel's "CSV (Macintosh)": Mac OS Roman with CR line ends.
printf 'N° Sécu;Prénom\r2550814168025;Zoé\r' | iconv -f UTF-8 -t MACINTOSH >"$WORK/macroman.csv"
run --csv --column 'N° Sécu' "$WORK/macroman.csv"
expect_rc 0 "Mac OS Roman"
expect_contains "$ERR" "read as macintosh"
expect_contains "$OUT" "2550814168025;Zoé;true"
"$NIRCHECK" --csv --column 'N° Sécu' --valid-only "$WORK/macroman.csv" 2>/dev/null >"$WORK/out" || true
cmp -s "$WORK/out" "$WORK/macroman.csv" || fail "Mac OS Roman --valid-only bytes"
printf '255081416802538\r255081416802539\r' >"$WORK/mac.txt"
run --json "$WORK/mac.txt"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "2" "CR-only lines"
expect_contains "$OUT" '{"line":2,'

# Delimiter detected from the header among , ; tab |, unless -d.
printf 'a|nir|b\nx|255081416802538|y\n' >"$WORK/pipe.csv"
run --csv --column nir "$WORK/pipe.csv"
expect_rc 0 "| detected"
expect_contains "$OUT" "x|255081416802538|y|true|nir"
printf 'nom;nir\n"Dupont, Marie";255081416802538\n' >"$WORK/semi.csv"
run --csv --column nir "$WORK/semi.csv"
expect_rc 0 "; detected, comma inside quotes ignored"

# A missing column: exit 2, file and line, the header's names, a -d hint.
run --csv -d , --column 'nir' "$WORK/semi.csv"
expect_rc 2 "forgotten -d"
expect_eq "$OUT" "" "nothing on stdout"
expect_contains "$ERR" "$WORK/semi.csv:1: --column: no column named 'nir'"
expect_contains "$ERR" "try -d ';'"
run --csv --column NIRR "$WORK/semi.csv"
expect_rc 2 "misspelt column"
expect_contains "$ERR" '"nom", "nir"'
case $ERR in *Dupont*) fail "a record's value on stderr" ;; esac
run --csv --column 7 "$WORK/semi.csv"
expect_rc 2 "numbered column past the header"
expect_contains "$ERR" "no column 7; the header has 2 columns"
run --csv --column nir --key-column cle "$WORK/semi.csv"
expect_rc 2 "missing key column"
expect_contains "$ERR" "--key-column: no column named 'cle'"
# A first row with a number is a record, not a header: refused (never
# lost silently), and none of its values is shown as a column name.
printf '255081416802538;x\n' >"$WORK/noheader.csv"
run --csv --column nir "$WORK/noheader.csv"
expect_rc 2 "data row as header"
expect_contains "$ERR" "noheader.csv:1: the first row holds a number: it is a record, not a header (give -n and column numbers)"
case $ERR in *2550814*) fail "number on stderr as a column name" ;; esac

# Ragged rows: a row too short for the column is invalid (short_row).
printf 'id;nir;cle\n1;2550814168025;38\n2\n3;2550814168025\n' >"$WORK/ragged.csv"
run --csv --column nir --key-column cle --json "$WORK/ragged.csv"
expect_rc 1 "ragged"
expect_eq "$(printf '%s\n' "$OUT" | grep -c '"error":"short_row"')" "2" "two short rows"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 3 <<<"$OUT" || fail "ragged json schema"
run --csv --column nir --key-column cle -c "$WORK/ragged.csv"
expect_contains "$OUT" "error.short_row 2"
expect_contains "$OUT" "error.empty 0"

# Unterminated quote: exit 2 naming file and line; no record invented.
printf 'nir,name\n255081416802538,ok\n255081416802538,"open\n255081416802538,lost\n' >"$WORK/quote.csv"
run --csv --column nir "$WORK/quote.csv"
expect_rc 2 "unterminated quote"
expect_contains "$ERR" "quote.csv:3: quoted field not terminated"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "2" "header and the row before the quote"
run --csv --column nir -q "$WORK/quote.csv"
expect_rc 2 "unterminated quote, -q"

# Not CSV: a workbook (zip), binary bytes.
printf 'PK\003\004\024\000\006\000' >"$WORK/book.xlsx"
run --csv --column nir "$WORK/book.xlsx"
expect_rc 2 "xlsx"
expect_contains "$ERR" "book.xlsx:1: not a CSV file: it looks like a spreadsheet workbook"
printf 'nir\001\002\003\nx\n' >"$WORK/binary.csv"
run --csv "$WORK/binary.csv"
expect_rc 2 "binary"
expect_contains "$ERR" "not a CSV file"

# Each file is read with its own header; a different one is echoed too.
printf 'nir,name\n255081416802538,a\n' >"$WORK/one.csv"
printf 'name;x;nir\nb;y;255081416802539\n' >"$WORK/two.csv"
run --csv --column nir --json "$WORK/one.csv" "$WORK/two.csv"
expect_rc 1 "two headers"
expect_contains "$OUT" "\"line\":2,\"file\":\"$WORK/one.csv\",\"valid\":true"
expect_contains "$OUT" "\"line\":2,\"file\":\"$WORK/two.csv\",\"valid\":false,\"kind\":\"nir\",\"error\":\"key\""
run --csv --column nir --invalid-only "$WORK/one.csv" "$WORK/two.csv"
expect_eq "$OUT" "$(printf 'nir,name\nname;x;nir\nb;y;255081416802539')" "filters: each header"

# Key column: 13 characters + key; 15 characters must agree; not a key.
printf 'nir;key\n2550814168025;38\n2550814168025;39\n255081416802538;38\n255081416802538;39\n2550814168025;x1\n2550814168025;\n1850775123067;9\n' >"$WORK/keys.csv"
run --csv --column nir --key-column key --json "$WORK/keys.csv"
expect_rc 1 "key column"
errors=$(printf '%s\n' "$OUT" | sed 's/.*"error":\([^,]*\),.*/\1/' | tr '\n' ' ')
expect_eq "$errors" 'null "key" null "key_mismatch" "key_column" null null ' "key column verdicts"
run --csv --column nir --key-column key --invalid-only "$WORK/keys.csv"
expect_eq "$OUT" "$(printf 'nir;key\n2550814168025;39\n255081416802538;39\n2550814168025;x1')" "key column filter"
run --csv --column nir --key-column key "$WORK/keys.csv"
case $OUT in *";38;"* | *";39;"*) ;; *) fail "rows as written" ;; esac
case $(printf '%s\n' "$OUT" | cut -d';' -f3-) in *38* | *39*) fail "a key in the added columns" ;; esac
# A key saved as a decimal by a spreadsheet is still a key.
printf 'nir;k\n2550814168025;38.0\n2550814168025;38,00\n1850775123067;9.0\n2550814168025;3.8\n' >"$WORK/deckeys.csv"
run --csv --column nir --key-column k --json "$WORK/deckeys.csv"
errors=$(printf '%s\n' "$OUT" | sed 's/.*"error":\([^,]*\),.*/\1/' | tr '\n' ' ')
expect_eq "$errors" 'null null null "key_column" ' "decimal keys"
run --key-column 2 -e 1
expect_rc 2 "--key-column needs --csv"

# Spreadsheet damage: a hint in the message, a code in JSON.
printf '2.55081E+14\n2,55081E+14\n255081416802538.0\n2550814168025.0\n25508141680253\n2550814168025\n'"'"'255081416802538\n="255081416802538"\n' >"$WORK/damage.txt"
run --json "$WORK/damage.txt"
hints=$(printf '%s\n' "$OUT" | sed 's/.*"hint":\([^,}]*\).*/\1/' | tr '\n' ' ')
expect_eq "$hints" '"scientific_notation" "scientific_notation" "decimal_suffix" "decimal_suffix" "one_digit_short" null "text_marker" "text_marker" ' "hints"
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --records 8 <<<"$OUT" || fail "hints: schema"
run -e 2.55081E+14
expect_contains "$OUT" "scientific notation: a spreadsheet rounded the number"
run --lang fr -e 255081416802538.0
expect_contains "$OUT" "exportez la colonne en texte"

# The sample exports of examples/ (Excel, "Unicode text", classic Mac OS).
run --csv --column 'N° SS' --key-column Clé -c "$EXAMPLES/payroll_excel.csv"
expect_rc 1 "examples/payroll_excel.csv"
expect_contains "$OUT" "$(printf 'records 9\nvalid 5\ninvalid 4')"
run --csv --column 'N° SS' --key-column Clé -c "$EXAMPLES/payroll_unicode.txt"
expect_contains "$OUT" "$(printf 'records 8\nvalid 5\ninvalid 3')"
expect_no_stderr "examples/payroll_unicode.txt"
run --csv --column nir -c "$EXAMPLES/payroll_mac.csv"
expect_contains "$OUT" "$(printf 'records 3\nvalid 2\ninvalid 1')"

finish
