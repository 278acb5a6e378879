#!/bin/bash
# Civil-status columns (libnir's nir_check_civil_status). Skipped (77) when
# libnir was built without lib/civil/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
CSV=$DATA/people.csv

if [ "${NIRCHECK_CIVIL:-1}" = "0" ]; then
    run --csv --column nir --sex-column sexe "$CSV"
    expect_rc 2 "civil options refused without lib/civil"
    expect_contains "$ERR" "not available"
    [ "$FAILURES" -eq 0 ] || exit 1
    echo "skipped: libnir built without lib/civil/"
    exit 77
fi

ARGS=(--csv --column nir --sex-column sexe --birth-date-column naissance
    --birthplace-column lieu)
"$NIRCHECK" --json "${ARGS[@]}" "$CSV" >"$WORK/civil.json" || true
/usr/bin/python3 "$TESTS_DIR/json_schema.py" --civil --records 4 <"$WORK/civil.json" ||
    fail "civil json schema"
# Row 1 matches its documents.
head -1 "$WORK/civil.json" | grep -q '"civil_status":{"verdict":"consistent"' ||
    fail "row 1 consistent: $(head -1 "$WORK/civil.json")"
# Row 3 has a wrong key: the number is invalid, cannot tell.
sed -n 3p "$WORK/civil.json" | grep -q '"verdict":"cannot_tell"' || fail "row 3 cannot_tell"
sed -n 3p "$WORK/civil.json" | grep -q '"number_invalid"' || fail "row 3 number_invalid"

# A sex mismatch makes the record fail (exit 1, --invalid-only shows it).
printf 'nir,sex,born\n255081416802538,M,15/08/1955\n' >"$WORK/m.csv"
run --csv --column nir --sex-column sex --birth-date-column born "$WORK/m.csv"
expect_rc 1 "sex mismatch"
expect_contains "$OUT" "inconsistent"
expect_contains "$OUT" "sex_mismatch"
run --csv --column nir --sex-column sex --invalid-only "$WORK/m.csv"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "2" "inconsistent row listed"
run --csv --column nir --sex-column sex -c "$WORK/m.csv"
expect_contains "$OUT" "civil.inconsistent 1"
# Text output with findings.
run --csv --column nir --sex-column sex --json "$WORK/m.csv"
expect_contains "$OUT" '"code":"sex_mismatch","mismatch":true'
# An ambiguous date with --date-order.
printf 'nir,born\n255081416802538,08/05/1955\n' >"$WORK/d.csv"
run --csv --column nir --birth-date-column born --date-order mdy --json "$WORK/d.csv"
expect_contains "$OUT" '"date_order":"mdy"'
expect_rc 0 "mdy reading matches"
# The CSV report: verdict, finding codes, messages (--lang) and the month
# the number should carry.
printf 'nir,born\n255081416802538,05/08/1955\n' >"$WORK/a.csv"
run --csv --column nir --birth-date-column born "$WORK/a.csv"
expect_rc 0 "ambiguous date, csv report"
expect_contains "$(printf '%s\n' "$OUT" | head -1)" ",nir_message,nir_hint,nir_civil_verdict,nir_civil_findings,nir_civil_messages,nir_expected_month"
expect_contains "$(printf '%s\n' "$OUT" | sed -n 2p)" ',cannot_tell,date_ambiguous,"The document'"'"'s date reads two ways'
expect_eq "$(printf '%s\n' "$OUT" | sed -n 2p | sed 's/.*,//')" "8" "nir_expected_month"
run --csv --column nir --birth-date-column born --lang fr "$WORK/a.csv"
case $(printf '%s\n' "$OUT" | sed -n 2p) in *"reads two ways"*) fail "civil messages not in --lang fr" ;; esac
# Unrecognised sex: noted on stderr by file:line, not by value.
printf 'nir,sex\n255081416802538,zzz\n' >"$WORK/s.csv"
run --csv --column nir --sex-column sex --json "$WORK/s.csv"
expect_contains "$ERR" "s.csv:2: sex not recognised"
expect_contains "$OUT" '"sex_unrecognised":true'
# Civil options need --csv.
run --sex-column 2 -e 255081416802538
expect_rc 2 "--sex-column without --csv"

finish
