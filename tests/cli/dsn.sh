#!/bin/bash
# nircheck --dsn: every employee of a DSN file, its number and its civil
# status, in every output mode; malformed files name the line, never the
# value; nothing shows a number unless asked.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

SAMPLE=$TESTS_DIR/../../examples/dsn/sample.dsn
NUMBERS=(1650499404001 1650299404002 1700320004015 2550691352020
         2830575115042 1732829320EX05)

no_number() { # TEXT LABEL: none of the sample's numbers in TEXT
    for n in "${NUMBERS[@]}"; do
        case $1 in *"$n"*) fail "$2 shows a number" ;; esac
    done
}

# --- the sample: text report ------------------------------------------------
run --dsn "$SAMPLE"
expect_rc 1 "sample (one employee inconsistent)"
expect_no_stderr "sample"
expect_eq "$(grep -c ': employee ' <<<"$OUT")" 6 "sample: one record per employee"
expect_contains "$OUT" "sample.dsn:16: employee 1, matricule E0001: valid nir; civil inconsistent"
expect_contains "$OUT" "  day_month_swapped: "
expect_contains "$OUT" "The number should carry month 02"
expect_contains "$OUT" "employee 2, matricule E0002: valid nir; civil consistent"
expect_contains "$OUT" "employee 3, matricule E0003: valid nir; civil consistent"
expect_contains "$OUT" "employee 4, matricule E0004: valid nir; civil consistent"
expect_contains "$OUT" "employee 5, matricule E0005: valid ntt"
expect_contains "$OUT" "employee 6, matricule E0006: valid nir"
no_number "$OUT" "text report"
# names and birthplaces of the file are never echoed either
case $OUT in *JOHN*|*EXEMPLE*|*BOSTON*) fail "text report shows a name" ;; esac

run --dsn --fail-on invalid "$SAMPLE"
expect_rc 0 "--fail-on invalid: all numbers valid"
run --dsn --fail-on=inconsistent "$SAMPLE"
expect_rc 1 "--fail-on inconsistent"
run --dsn --lang fr "$SAMPLE"
expect_contains "$OUT" "day_month_swapped: "
case $OUT in *"The number carries"*) fail "--lang fr: English message" ;; esac

# --- JSON -------------------------------------------------------------------
run --dsn --json "$SAMPLE"
expect_rc 1 "--json"
expect_eq "$(jq -s length <<<"$OUT")" 6 "--json: one object per employee"
expect_eq "$(jq -r 'select(.block==1) | .civil.findings[0].code' <<<"$OUT")" \
          day_month_swapped "--json: finding"
expect_eq "$(jq -r 'select(.block==1) | .civil.findings[0].expected_month' <<<"$OUT")" \
          2 "--json: expected month"
expect_eq "$(jq -r 'select(.block==5) | .identifier' <<<"$OUT")" ntt "--json: NTT"
expect_eq "$(jq -r 'select(.block==6) | .civil' <<<"$OUT")" null "--json: no civil data"
expect_eq "$(jq -r '.matricule' <<<"$OUT" | tr '\n' ' ')" \
          "E0001 E0002 E0003 E0004 E0005 E0006 " "--json: matricules"
no_number "$OUT" "--json"
jq -e 'has("number") | not' <<<"$OUT" >/dev/null || fail "--json: number key without --show-number"

run --dsn --json --show-number "$SAMPLE"
expect_eq "$(jq -r 'select(.block==2) | .number' <<<"$OUT")" 1650299404002 "--show-number"
run --dsn --json --mask "$SAMPLE"
expect_eq "$(jq -r 'select(.block==2) | .number' <<<"$OUT")" "1 65 ** ** *** ***" "--mask"
no_number "$OUT" "--mask"

# --- CSV, counts, filters, -q -----------------------------------------------
run --dsn --csv "$SAMPLE"
expect_eq "$(head -n 1 <<<"$OUT")" \
  "file,line,block,matricule,identifier,valid,error,position,civil_verdict,findings,expected_month,messages" \
  "--csv header"
expect_eq "$(wc -l <<<"$OUT")" 7 "--csv: header and 6 rows"
expect_contains "$OUT" ',1,"E0001",nir,true,,,inconsistent,day_month_swapped,2,"The number'
no_number "$OUT" "--csv"

run --dsn -c "$SAMPLE"
expect_rc 1 "-c"
expect_eq "$OUT" "$(printf 'employees 6\nvalid 6\ninvalid 0\ncivil.consistent 3\ncivil.inconsistent 1\ncivil.cannot_tell 0')" "-c totals"
run --dsn -c --json "$SAMPLE"
expect_eq "$(jq -c . <<<"$OUT")" \
  '{"employees":6,"valid":6,"invalid":0,"civil":{"consistent":3,"inconsistent":1,"cannot_tell":0}}' "-c --json"

run --dsn --invalid-only "$SAMPLE"
expect_eq "$(grep -c ': employee ' <<<"$OUT")" 1 "--invalid-only"
expect_contains "$OUT" "matricule E0001"
run --dsn --valid-only --json "$SAMPLE"
expect_eq "$(jq -s length <<<"$OUT")" 5 "--valid-only --json"
run --dsn -q "$SAMPLE"
expect_rc 1 "-q"
expect_eq "$OUT" "" "-q prints nothing"
set +e
"$NIRCHECK" --dsn -q "$SAMPLE" >&- 2>"$WORK/err"; RC=$?
set -e
expect_rc 1 "-q with stdout closed"
run --dsn <"$SAMPLE"
expect_rc 1 "standard input"
expect_contains "$OUT" "(standard input):16: employee 1"

# --- line ends and encodings: the same records ------------------------------
run --dsn --json "$SAMPLE"
want=$OUT
sed 's/$/\r/' "$SAMPLE" >"$WORK/crlf.dsn"
tr '\n' '\r' <"$SAMPLE" >"$WORK/cr.dsn"
for f in crlf cr; do
    run --dsn --json "$WORK/$f.dsn"
    expect_rc 1 "$f"
    expect_no_stderr "$f"
    expect_eq "$(jq -c 'del(.file)' <<<"$OUT")" "$(jq -c 'del(.file)' <<<"$want")" "$f line ends"
done
# Windows-1252 (the commune "Besançon" and an accented name), and UTF-16LE
# with its BOM, as Windows tools write it.
{
    printf "S21.G00.30.001,'2550825056024'\n"
    printf "S21.G00.30.002,'H\xe9lo\xefse'\n"
    printf "S21.G00.30.005,'02'\nS21.G00.30.006,'11081955'\n"
    printf "S21.G00.30.007,'Besan\xe7on'\nS21.G00.30.014,'25'\n"
    printf "S21.G00.30.019,'W1252'\nS90.G00.90.001,'7'\n"
} >"$WORK/cp1252.dsn"
run --dsn "$WORK/cp1252.dsn"
expect_rc 0 "windows-1252"
expect_contains "$OUT" "employee 1, matricule W1252: valid nir; civil consistent"
expect_contains "$ERR" "read as windows-1252"
case $ERR in *Besan*|*lo*se*) fail "windows-1252: stderr shows content" ;; esac
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$SAMPLE"; } >"$WORK/utf16.dsn"
run --dsn --json "$WORK/utf16.dsn"
expect_rc 1 "UTF-16LE"
expect_eq "$(jq -c 'del(.file)' <<<"$OUT")" "$(jq -c 'del(.file)' <<<"$want")" "UTF-16LE"

# --- malformed files ----------------------------------------------------------
# Truncated: the last block and the footer are cut off.
head -n 58 "$SAMPLE" >"$WORK/truncated.dsn"
run --dsn "$WORK/truncated.dsn"
expect_rc 2 "truncated"
expect_contains "$ERR" "no S90.G00.90 footer"
expect_eq "$(grep -c ': employee ' <<<"$OUT")" 5 "truncated: the employees read are still checked"

# Missing NIR (and no NTT): an invalid record of its own code.
sed '/1700320004015/d' "$SAMPLE" >"$WORK/missing.dsn"
run --dsn --json "$WORK/missing.dsn"
expect_rc 1 "missing NIR"
expect_eq "$(jq -r 'select(.matricule=="E0003") | .error' <<<"$OUT")" nir_missing "missing NIR"
expect_eq "$(jq -s length <<<"$OUT")" 6 "missing NIR: still 6 employees"

# An invalid NIR: the field and position, not the value.
sed "s/'1650299404002'/'1651399404002'/" "$SAMPLE" >"$WORK/badmonth.dsn"
run --dsn "$WORK/badmonth.dsn"
expect_rc 1 "invalid NIR"
expect_contains "$OUT" "employee 2, matricule E0002: invalid (month) nir"
expect_contains "$OUT" "at position 4"
case $OUT in *1651399404002*) fail "invalid NIR echoed" ;; esac

# A well-formed rubric the check does not know is skipped; a malformed
# identifier, a missing quote or a NUL byte is an error naming the line.
sed "s/^S21.G00.30.019,'E0002'/S21.G00.30.099,'x'\n&/" "$SAMPLE" >"$WORK/unknown.dsn"
run --dsn "$WORK/unknown.dsn"
expect_rc 1 "unknown but well-formed rubric"
expect_no_stderr "unknown rubric"
sed "s/^S21.G00.30.001,'1650299404002'/S21.G00.3O.001,'1650299404002'/" "$SAMPLE" >"$WORK/rubric.dsn"
run --dsn "$WORK/rubric.dsn"
expect_rc 2 "malformed rubric"
expect_contains "$ERR" "line 27: not a DSN rubric identifier"
case $ERR in *1650299404002*) fail "malformed rubric: value on stderr" ;; esac
sed "s/^S21.G00.30.001,'1650299404002'/S21.G00.30.001,1650299404002/" "$SAMPLE" >"$WORK/quote.dsn"
run --dsn "$WORK/quote.dsn"
expect_rc 2 "wrong quoting"
expect_contains "$ERR" "line 27: the value is not enclosed in single quotes"
case "$ERR$OUT" in *1650299404002*) fail "wrong quoting: value shown" ;; esac
expect_contains "$OUT" "employee 2, matricule E0002: invalid (nir_missing)"
expect_contains "$OUT" "block damaged"
printf "S21.G00.30.001,'16504\0994040'\nS90.G00.90.001,'1'\n" >"$WORK/nul.dsn"
run --dsn "$WORK/nul.dsn"
expect_rc 2 "NUL byte"
expect_contains "$ERR" "line 1: control character or NUL byte"
printf 'nir;name\n1650499404001;x\n' >"$WORK/notdsn.csv"
run --dsn "$WORK/notdsn.csv"
expect_rc 2 "not a DSN"
case $ERR in *1650499404001*) fail "not a DSN: value on stderr" ;; esac
run --dsn "$WORK/absent.dsn"
expect_rc 2 "missing file"
: >"$WORK/empty.dsn"
run --dsn "$WORK/empty.dsn"
expect_rc 2 "empty file"
expect_contains "$ERR" "no DSN rubric"

# --- usage ------------------------------------------------------------------
run --dsn -e 1650499404001
expect_rc 2 "--dsn -e"
case $ERR in *1650499404001*) fail "--dsn -e echoes the value" ;; esac
run --dsn --column 2 "$SAMPLE"
expect_rc 2 "--dsn --column"
run --dsn --fail-on sometimes "$SAMPLE"
expect_rc 2 "--fail-on bad value"
run --fail-on invalid "$SAMPLE"
expect_rc 2 "--fail-on without --dsn"
finish
