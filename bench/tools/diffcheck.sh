#!/usr/bin/env bash
# diffcheck.sh [REV] [ROUNDS] -- build libnir twice, from git REV (default
# HEAD) and from the working tree, and compare their verdicts with
# diffcheck.c (ROUNDS x 512 inputs x 4 profiles; default 4000 = 2 million
# inputs, 8 million verdicts). Needs gcc and ICU development files.
# NEW_CFLAGS: extra flags for the working tree's build, e.g.
# NEW_CFLAGS=-DNIR_NO_SIMD to check the portable fast path against REV.
set -euo pipefail
rev=${1:-HEAD}
rounds=${2:-4000}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
mkdir -p "$work/old"
git -C "$src" archive "$rev" lib include | tar -x -C "$work/old"
build() { # dir out [flags]
  # shellcheck disable=SC2086
  gcc -std=c11 -O2 -shared -fPIC -fvisibility=hidden -I"$1/include" -I"$1/lib" \
    ${3:-} "$1"/lib/*.c -o "$2" $icu
}
build "$work/old" "$work/libold.so"
build "$src" "$work/libnew.so" "${NEW_CFLAGS:-}"
gcc -std=c11 -O2 -I"$src/include" "$src/bench/tools/diffcheck.c" -o "$work/diffcheck" -ldl
"$work/diffcheck" "$work/libold.so" "$work/libnew.so" "$rounds" "${SEED:-1}"
