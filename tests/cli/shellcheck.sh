#!/bin/bash
# The test scripts themselves are shellcheck-clean.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$1"

if ! command -v shellcheck >/dev/null; then
    echo "skipped: no shellcheck"
    exit 77
fi
(cd "$TESTS_DIR" && shellcheck -x ./*.sh) || fail "shellcheck"

finish
