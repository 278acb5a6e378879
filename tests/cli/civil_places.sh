#!/bin/bash
# Birthplaces as HR files write them, through nircheck's CSV columns:
# commune names, postal codes, places that changed code (place_history).
# Skipped (77) when libnir was built without lib/civil/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

if [ "${NIRCHECK_CIVIL:-1}" = "0" ]; then
    echo "skipped: libnir built without lib/civil/"
    exit 77
fi

# 255081416802538: Colombières (14168), 1955; 100049850100188: Mayotte
# (985 01), 2000; 165049935000148: Morocco, 1965.
printf 'nir,born,lieu\n%s\n%s\n%s\n%s\n%s\n' \
    '255081416802538,1955-08-15,COLOMBIERES' \
    '255081416802538,1955-08-15,14710' \
    '100049850100188,2000-04-01,Mayotte' \
    '165049935000148,1965-04-02,Canada' \
    '255081416802538,1955-08-15,14000 Caen' >"$WORK/p.csv"
run --csv --column nir --birth-date-column born --birthplace-column lieu \
    --json "$WORK/p.csv"
expect_rc 1 "two rows inconsistent"
expect_eq "$(printf '%s\n' "$OUT" | sed -n 1p | grep -c '"verdict":"consistent"')" "1" \
    "commune name"
expect_eq "$(printf '%s\n' "$OUT" | sed -n 2p | grep -c '"verdict":"consistent"')" "1" \
    "postal code"
expect_contains "$(printf '%s\n' "$OUT" | sed -n 3p)" '"code":"place_history","mismatch":false'
expect_contains "$(printf '%s\n' "$OUT" | sed -n 4p)" "the number carries a birth in Morocco"
expect_contains "$(printf '%s\n' "$OUT" | sed -n 5p)" "Colombi"
# The number's place digits are never in a message.
if printf '%s\n' "$OUT" | grep -o '"message[^"]*":"[^"]*"' | grep -q '14168\|99350\|98501'; then
    fail "a message quotes the number's place"
fi

finish
