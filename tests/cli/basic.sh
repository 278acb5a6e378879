#!/bin/bash
# Text output, -e values, exit statuses, --help, --version, usage errors.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

run -e 255081416802538
expect_rc 0 "one valid value"
expect_eq "$OUT" "1: valid nir — female, year 55, month 08 (real), place 14 Calvados, commune 168" "text line"
expect_no_stderr "valid value"

run -e 255081416802539
expect_rc 1 "key error"
expect_eq "$OUT" "1: invalid (key) nir — the key does not match the number at position 14; 3 possible corrections (--show-number shows them)" "key error line"
run --show-number -e 255081416802539
expect_contains "$OUT" "1: 255081416802539 invalid (key) nir — the key does not match the number, expected key 38 at position 14; did you mean 253081416802539, " "key error line, --show-number"
run --show-number -e 255081416802538
expect_contains "$OUT" "commune 168, order 025" "order with --show-number"

# The number is not echoed unless asked; --mask masks it.
run -e 255081416802539 -e 255081416802538
case $OUT in *2550814168*) fail "number echoed without --show-number" ;; esac
run --show-number -e 255081416802538
expect_contains "$OUT" "1: 255081416802538 valid nir" "--show-number"
run --show-number --mask -e 255081416802538
expect_contains "$OUT" "1: 255************ valid" "--mask"
case $OUT in *2550814168*) fail "--mask leaks the number" ;; esac
# --mask alone shows the masked number and nothing that unmasks it.
run --mask -e 255081416802539
expect_contains "$OUT" "1: 255************ invalid (key) nir — the key does not match the number at position 14; 3 possible corrections" "--mask alone"
case $OUT in *"expected key"* | *"did you mean"*) fail "--mask unmasks" ;; esac
run --show-number -e 255081416802539
expect_contains "$OUT" "did you mean" "suggestions with --show-number"

# Every line of the sample: one output line each, in order.
run "$DATA/sample.txt"
expect_rc 1 "sample"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "one line per record"
expect_eq "$(printf '%s\n' "$OUT" | cut -d: -f1 | tr '\n' ' ')" "1 2 3 4 5 6 7 8 9 10 " "line numbers"
expect_contains "$OUT" "3: valid nir — female, year 84, month 05 (real), born abroad, country 99126 GRECE"
expect_contains "$OUT" "2: valid nir — male, year 85, month 07 (real), place 972 Martinique, commune 12"
expect_contains "$OUT" "5: valid nnp — male, caisse 231"
case $OUT in *order*) fail "the order is shown without --show-number" ;; esac
expect_contains "$OUT" "7: invalid (month) nir"
expect_contains "$OUT" "8: valid nir" "spaced number"
expect_contains "$OUT" "10: invalid (character)"

# Several files: lines prefixed with the file name, numbering per file.
run "$DATA/sample.txt" "$DATA/sample.txt"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "20" "two files"
expect_contains "$OUT" "$DATA/sample.txt:10: invalid"

# French.
run --lang fr -e 255081416802538
expect_eq "$OUT" "1: valide nir — femme, année 55, mois 08 (réel), lieu 14 Calvados, commune 168" "--lang fr"

# Profiles come from the library: temporary numbers are not DSN numbers.
run -e 355081416802585
expect_rc 0 "temporary, standard"
run --profile dsn -e 355081416802585
expect_rc 1 "temporary, dsn"
expect_contains "$OUT" "invalid (sex)"
run --profile=lenient -e 255081416802538
expect_rc 0 "lenient"

# --help, --version.
run --help
expect_rc 0 "--help"
expect_contains "$OUT" "Usage: nircheck"
run --version
expect_rc 0 "--version"
[[ $OUT =~ ^nircheck\ [0-9]+\.[0-9]+\.[0-9]+\ \(libnir\ [0-9]+\.[0-9]+\.[0-9]+,\ .*INSEE.*\)$ ]] ||
    fail "--version format: $OUT"

# Usage errors: exit 2, message on stderr, nothing on stdout.
for args in "--profile nope" "--bogus" "-c --valid-only" "--lang de" \
    "--column 2" "--csv -z" "--valid-only --invalid-only" "-d ab --csv" \
    "--date-order xyz" "--csv --column 0" "-e"; do
    # shellcheck disable=SC2086 # word splitting wanted
    run $args </dev/null
    expect_rc 2 "usage: $args"
    [ -n "$ERR" ] || fail "usage: $args: no message"
    [ -z "$OUT" ] || fail "usage: $args: stdout not empty"
done

# -- ends options: a file named -c.
cp "$DATA/sample.txt" "$WORK/-c"
cd "$WORK"
run -- -c
cd - >/dev/null
expect_rc 1 "-- -c"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "-- ends options"

# Missing file: exit 2, named on stderr; -s silences the message.
run "$WORK/missing.txt"
expect_rc 2 "missing file"
expect_contains "$ERR" "missing.txt"
run -s "$WORK/missing.txt" "$DATA/sample.txt"
expect_rc 2 "-s missing file"
expect_eq "$ERR" "" "-s"
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" "10" "other files still read"
# A directory cannot be read.
run "$WORK"
expect_rc 2 "directory"

finish
