#!/bin/bash
# Output errors: a full disk (/dev/full) is exit 2 with a message; a reader
# that closes the pipe early ends nircheck quietly.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

# (--csv -n: the first line of sample.txt is a number, a record, no header)
for mode in "" "--json" "-c" "--valid-only" "--csv -n" "--version" "--help"; do
    set +e
    # shellcheck disable=SC2086 # word splitting wanted
    "$NIRCHECK" $mode "$DATA/sample.txt" >/dev/full 2>"$WORK/err"
    RC=$?
    set -e
    expect_rc 2 "/dev/full $mode"
    expect_contains "$(cat "$WORK/err")" "write error" "/dev/full $mode stderr"
done

# | head -1 on a large input: killed by SIGPIPE (141) or exit 0, no stderr.
{ yes 255081416802538 || true; } | head -n 300000 >"$WORK/big.txt"
for mode in "" "--json" "--valid-only"; do
    set +e
    # shellcheck disable=SC2086
    "$NIRCHECK" $mode "$WORK/big.txt" 2>"$WORK/err" | head -1 >/dev/null
    RC=${PIPESTATUS[0]}
    set -e
    [ "$RC" -eq 141 ] || [ "$RC" -eq 0 ] || fail "head -1 $mode: exit $RC"
    [ ! -s "$WORK/err" ] || fail "head -1 $mode: stderr: $(cat "$WORK/err")"
done
# Same with SIGPIPE ignored by the parent: still quiet.
set +e
(trap '' PIPE; "$NIRCHECK" "$WORK/big.txt" 2>"$WORK/err" | head -1 >/dev/null)
set -e
[ ! -s "$WORK/err" ] || fail "ignored SIGPIPE: stderr: $(cat "$WORK/err")"

# Nothing lost: one output record per input record, in every report mode.
n=$(wc -l <"$WORK/big.txt")
for mode in "" "--json"; do
    # shellcheck disable=SC2086
    got=$("$NIRCHECK" $mode "$WORK/big.txt" | wc -l)
    expect_eq "$got" "$n" "records out ($mode)"
done

finish
