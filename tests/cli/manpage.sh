#!/bin/bash
# nircheck.1: mandoc lint is clean, and every long option of --help is
# documented in it (so the two cannot drift).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"
MAN=${NIR_SOURCE_DIR:-$TESTS_DIR/../..}/man/man1/nircheck.1

[ -f "$MAN" ] || { fail "no man page at $MAN"; finish; }
if ! lint=$(mandoc -Tlint -W warning "$MAN" 2>&1) || [ -n "$lint" ]; then
    fail "mandoc -Tlint: $lint"
fi
# Options in the page are written \-\-name (roff minus signs).
page=$(sed 's/\\-/-/g' "$MAN")
options=$("$NIRCHECK" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || fail "no option found in --help"
for opt in $options; do
    grep -qF -- "$opt" <<<"$page" || fail "$opt is in --help but not in nircheck.1"
done
# And the other way round: every long option the page names exists.
while read -r opt; do
    grep -qxF -- "$opt" <<<"$options" || fail "$opt is in nircheck.1 but not in --help"
done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$page" | sort -u)

finish
