#!/bin/bash
# -j/--jobs: -c, --valid-only and --invalid-only on several threads give
# exactly what one thread gives (output, totals, exit status), on inputs of
# many 512 KiB pieces with every kind of record, from files and pipes, with
# LF and NUL separators; write errors and closed pipes as with one thread.
# (Under TSan, tools/hardening.sh runs this test too: the helper threads.)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

# About 3.5 MB: numbers valid and not, CRLF, empty lines, 5 000-byte lines,
# binary junk; a BOM first, one 1.3 MB line (longer than a piece) in the
# middle, and no final newline.
awk 'BEGIN {
    srand(7)
    split("255081416802538 255081416802539 255131416802521 180019999012322 " \
          "355081416802585 2A 255081416802538 184127645108946", base, " ")
    printf "\xef\xbb\xbf"
    for (i = 0; i < 220000; i++) {
        r = rand()
        if (i == 110000) { s = "1234567890"; while (length(s) < 1000000) s = s s; printf "%s\n", s ".."; continue }
        if (r < 0.80) printf "%s\n", base[1 + int(rand() * 8)]
        else if (r < 0.85) printf "%s\r\n", base[1 + int(rand() * 8)]
        else if (r < 0.88) printf "\n"
        else if (r < 0.89) { s = ""; for (k = 0; k < 500; k++) s = s "9876543210"; printf "%s\n", s }
        else if (r < 0.95) printf "1%02d%02d%02d%03d%03d%02d\n", int(rand()*100), 1 + int(rand()*12), 1 + int(rand()*95), int(rand()*1000), int(rand()*1000), int(rand()*100)
        else printf "\x01\xff%c%c\n", 65 + int(rand() * 26), 200 + int(rand() * 50)
    }
    printf "255081416802538"
}' >"$WORK/big"
tr '\n' '\0' <"$WORK/big" >"$WORK/big.z"
[ "$(wc -c <"$WORK/big")" -gt 3000000 ] || fail "the test input is too small"

# same_as_one_thread LABEL ARGS... : every -j gives the -j1 output and status.
same_as_one_thread() {
    local label=$1 j
    shift
    run -j1 "$@"
    local want_rc=$RC
    cp "$WORK/out" "$WORK/want"
    for j in 2 3 8; do
        run -j "$j" "$@"
        expect_rc "$want_rc" "$label -j$j"
        cmp -s "$WORK/out" "$WORK/want" || fail "$label: -j$j differs from -j1"
        expect_no_stderr "$label -j$j"
    done
}

for mode in -c --valid-only --invalid-only; do
    same_as_one_thread "$mode file" "$mode" "$WORK/big"
    same_as_one_thread "$mode -z" -z "$mode" "$WORK/big.z"
    same_as_one_thread "$mode dsn" --profile dsn "$mode" "$WORK/big"
done
same_as_one_thread "-c --json" -c --json "$WORK/big"
same_as_one_thread "two files" -c "$WORK/big" "$WORK/big"

# From a pipe, the same again.
"$NIRCHECK" -j1 --invalid-only "$WORK/big" >"$WORK/want" || true
{ "$NIRCHECK" -j2 --invalid-only <"$WORK/big" || true; } | cat >"$WORK/piped"
cmp -s "$WORK/piped" "$WORK/want" || fail "--invalid-only -j2 from a pipe"
# shellcheck disable=SC2002 # a pipe on standard input, on purpose
{ cat "$WORK/big" | "$NIRCHECK" -j2 -c || true; } >"$WORK/piped"
"$NIRCHECK" -j1 -c "$WORK/big" >"$WORK/want" || true
cmp -s "$WORK/piped" "$WORK/want" || fail "-c -j2 from a pipe"

# The filters split the input: valid + invalid = every record, in order.
run -j2 --valid-only "$WORK/big"
cp "$WORK/out" "$WORK/valid"
run -j2 --invalid-only "$WORK/big"
expect_eq "$(cat "$WORK/valid" "$WORK/out" | wc -l)" \
    "$("$NIRCHECK" -j2 -c "$WORK/big" | awk '$1 == "records" { print $2 }')" \
    "valid + invalid lines = records"
# The 1.3 MB line is copied whole, the others unchanged.
expect_eq "$(awk 'length($0) == 1310722' "$WORK/out" | wc -l)" "1" "the long line, whole"
grep -c $'\r$' "$WORK/valid" >/dev/null || fail "CRLF records keep their CR"

# -c: the totals add up.
run -j2 -c "$WORK/big"
records=$(printf '%s\n' "$OUT" | awk '$1 == "records" { print $2 }')
kinds=$(printf '%s\n' "$OUT" | awk 'index($1, "kind.") == 1 { s += $2 } END { print s }')
expect_eq "$kinds" "$records" "kinds add up to records"

# A small input starts no thread and gives the same.
run -j4 --invalid-only "$DATA/sample.txt"
expect_eq "$OUT" "$(printf '255081416802539\n255131416802521\nnot a number')" "-j4, small input"

# Write errors and early readers, as with one thread.
if [ -w /dev/full ]; then
    set +e
    "$NIRCHECK" -j2 --valid-only "$WORK/big" >/dev/full 2>"$WORK/err"
    RC=$?
    set -e
    expect_rc 2 "-j2 > /dev/full"
    expect_contains "$(cat "$WORK/err")" "write error" "-j2 > /dev/full"
fi
set +e
"$NIRCHECK" -j2 --valid-only "$WORK/big" 2>"$WORK/err" | head -n 1 >/dev/null
rc=${PIPESTATUS[0]}
set -e
# killed by SIGPIPE (141) or exit 0, as with one thread (io.sh)
[ "$rc" -eq 141 ] || [ "$rc" -eq 0 ] || fail "-j2 | head -1: exit status $rc"
[ ! -s "$WORK/err" ] || fail "-j2 | head -1: message on stderr: $(cat "$WORK/err")"

# Bad values.
for bad in 0 65 x 2x -1 ''; do
    run -j "$bad" -c "$DATA/sample.txt"
    expect_rc 2 "-j '$bad'"
    expect_contains "$ERR" "invalid number of jobs" "-j '$bad'"
done
run --jobs=64 -c "$DATA/sample.txt"
expect_rc 1 "--jobs=64"

finish
