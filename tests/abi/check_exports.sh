#!/usr/bin/env bash
# check_exports.sh -- the dynamic symbols of libnir.so are exactly the
# functions declared NIR_EXPORT in include/nir.h, all in version node NIR_1.
#
#   check_exports.sh LIBNIR_SO NIR_H EXPORTED_SYMBOLS_TXT
#
# Three lists must agree:
#   1. tests/abi/exported_symbols.txt (reviewed, sorted, one name a line);
#   2. the NIR_EXPORT declarations of include/nir.h;
#   3. `nm -D --defined-only` of the built library (type T, @@NIR_1).
# Adding a function means updating all three on purpose (docs/ABI.md).
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 LIBNIR_SO NIR_H EXPORTED_SYMBOLS_TXT" >&2
  exit 2
fi
lib=$1 header=$2 expected=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C
status=0

# 1. the reviewed list, which must itself be sorted and duplicate-free
if ! sort -uc "$expected"; then
  echo "FAIL: $expected is not sorted/unique" >&2
  status=1
fi
sort -u "$expected" > "$tmp/expected"

# 2. the header: comments removed, declarations joined, NIR_EXPORT ... name(
sed -e 's://.*$::' "$header" | tr '\n' ' ' |
  sed -e 's:/\*:\n/*:g' -e 's:\*/:*/\n:g' | grep -v '^/\*' | tr -d '\n' |
  grep -oE 'NIR_EXPORT[^;{]*;' |
  grep -oE '\bnir_[a-z0-9_]+[[:space:]]*\(' | sed -e 's/[[:space:](]*$//' |
  sort -u > "$tmp/header"

# 3. the library
nm -D --defined-only "$lib" > "$tmp/nm"
awk '$2 != "A" { print $3 }' "$tmp/nm" | sed -e 's/@.*$//' | sort -u \
  > "$tmp/library"

report() { # name, file a, file b
  local d
  d=$(diff "$2" "$3" || true)
  if [[ -n $d ]]; then
    echo "FAIL: $1" >&2
    echo "$d" | sed -e 's/^</  only in first: /' -e 's/^>/  only in second:/' \
      | grep -E 'only in' >&2
    status=1
  fi
}
report "exported_symbols.txt vs NIR_EXPORT declarations in nir.h" \
  "$tmp/expected" "$tmp/header"
report "exported_symbols.txt vs nm -D of $(basename "$lib")" \
  "$tmp/expected" "$tmp/library"

# Every exported name is a function (T) bound to the NIR_1 version node.
bad=$(awk '$2 != "A" && ($2 != "T" || $3 !~ /@@NIR_1$/)' "$tmp/nm")
if [[ -n $bad ]]; then
  echo "FAIL: symbols not exported as functions of version NIR_1:" >&2
  echo "$bad" >&2
  status=1
fi
if ! awk '$2 == "A" { print $3 }' "$tmp/nm" | grep -qx 'NIR_1'; then
  echo "FAIL: version node NIR_1 missing" >&2
  status=1
fi

if [[ $status -eq 0 ]]; then
  echo "abi.exports: $(wc -l < "$tmp/expected") symbols, all NIR_1, header and library agree"
fi
exit "$status"
