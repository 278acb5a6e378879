#!/bin/bash
# --json: every record gives one object that follows the documented schema
# (checked by json_schema.py), whatever the input bytes.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
SCHEMA=$TESTS_DIR/json_schema.py

check_schema() { # FILE-OF-JSON RECORDS [schema options]
    local file=$1 records=$2
    shift 2
    /usr/bin/python3 "$SCHEMA" --records "$records" "$@" <"$file" ||
        fail "schema: $file"
}

"$NIRCHECK" --json "$DATA/sample.txt" >"$WORK/a.json" || true
check_schema "$WORK/a.json" 10
"$NIRCHECK" --json --show-number "$DATA/sample.txt" >"$WORK/b.json" || true
check_schema "$WORK/b.json" 10 --show-number
"$NIRCHECK" --json --show-number --mask "$DATA/sample.txt" >"$WORK/c.json" || true
check_schema "$WORK/c.json" 10 --show-number --mask
"$NIRCHECK" --json --mask "$DATA/sample.txt" >"$WORK/m.json" || true
check_schema "$WORK/m.json" 10 --mask
grep -q '"number":"255\*\{12\}"' "$WORK/c.json" || fail "masked number"
if grep -q '2550814168025' "$WORK/c.json"; then fail "--mask leaks"; fi

# Field values of known numbers.
run --json -e 255081416802538
expect_contains "$OUT" '"line":1,"file":null,"valid":true,"kind":"nir","error":null,"position":null,"warnings":[],"sex":"female","birth_year":55,"birth_month":8'
expect_contains "$OUT" '"department":"14","department_name":"Calvados","commune":"168"'
run --json -e 255081416802539
expect_contains "$OUT" '"valid":false,"kind":"nir","error":"key","position":14'
expect_contains "$OUT" '"order":null,"caisse":null,"key":null,"expected_key":null'
expect_contains "$OUT" '"message":"the key does not match the number","hint":null}'
run --json --mask -e 255081416802539
expect_contains "$OUT" '"hint":null,"suggestion_count":3,"number":"255************"}'
run --json --show-number -e 255081416802539
expect_contains "$OUT" '"order":25,"caisse":null,"key":39,"expected_key":38'
run --json --show-number -e 255081416802539
expect_contains "$OUT" '"suggestions":["'
expect_contains "$OUT" '"number":"255081416802539"'
run --json -e 712312345678094
expect_contains "$OUT" '"kind":"nnp"'
expect_contains "$OUT" '"birth_month":null'

# Hostile bytes: control characters, invalid UTF-8, NUL, quotes, overlong.
{
    printf '"\\\x01\x1f\n\xff\xfe\xc3\x28\xed\xa0\x80\n2550\0814\n'
    head -c 9000 /dev/zero | tr '\0' 'x'
    printf '\n\xe2\x80\xaf\n\r\n'
} >"$WORK/hostile.txt"
"$NIRCHECK" --json --show-number "$WORK/hostile.txt" >"$WORK/h.json" || true
check_schema "$WORK/h.json" 6 --show-number
# A file name that is not UTF-8 still gives valid JSON.
cp "$DATA/sample.txt" "$WORK/$(printf 'f\xff"\tname')"
"$NIRCHECK" --json "$WORK"/f* >"$WORK/n.json" || true
check_schema "$WORK/n.json" 10

# -c --json: one object whose groups add up.
"$NIRCHECK" -c --json "$DATA/sample.txt" >"$WORK/count.json" || true
/usr/bin/python3 - "$WORK/count.json" <<'PY' || fail "count json"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1, lines
c = json.loads(lines[0])
assert c["records"] == 10 and c["valid"] + c["invalid"] == 10, c
assert sum(c["kind"].values()) == 10, c
assert sum(c["error"].values()) == c["invalid"], c
PY

finish
