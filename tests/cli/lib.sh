# lib.sh -- helpers shared by the nircheck tests (sourced, not run).
# Usage in a test: source "$(dirname "$0")/lib.sh" "$1"
# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are for the sourcing scripts

NIRCHECK=${1:?usage: test.sh /path/to/nircheck}
TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=$TESTS_DIR/data
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() {
    echo "FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}

# run ARGS... : run nircheck, capture $OUT, $ERR and $RC (stdin inherited).
run() {
    set +e
    "$NIRCHECK" "$@" >"$WORK/out" 2>"$WORK/err"
    RC=$?
    set -e
    OUT=$(cat "$WORK/out")
    ERR=$(cat "$WORK/err")
}

expect_rc() {
    [ "$RC" -eq "$1" ] || fail "${2:-command}: exit status $RC, expected $1 (stderr: $ERR)"
}

expect_eq() {
    [ "$1" = "$2" ] || fail "${3:-value}: got [$1], expected [$2]"
}

expect_contains() {
    case $1 in
    *"$2"*) ;;
    *) fail "${3:-output} does not contain [$2]: [$1]" ;;
    esac
}

expect_no_stderr() {
    [ -z "$ERR" ] || fail "${1:-command}: unexpected stderr: $ERR"
}

finish() {
    if [ "$FAILURES" -ne 0 ]; then
        echo "$FAILURES failure(s)" >&2
        exit 1
    fi
    echo "ok"
}
