#!/usr/bin/env bash
# man_coverage.sh MAN3_DIR EXPORTED_SYMBOLS_TXT [LIBRARY]
# Every function libnir exports is documented in the section-3 man pages,
# and every function they document is exported:
#   exported   = tests/abi/exported_symbols.txt (the reviewed list, tied to
#                nir.h by abi.exports), plus `nm -D` of the built shared
#                library when one is given;
#   documented = a .Fn/.Fo line in a page's SYNOPSIS, and a .Fn mention
#                after its DESCRIPTION header (what it does, not only its
#                prototype).
set -euo pipefail
man3=$1 expected=$2 lib=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C

pages=("$man3"/*.3)
[ -e "${pages[0]}" ] || { echo "FAIL: no page in $man3" >&2; exit 1; }

grep -E '^nir_[a-z0-9_]+$' "$expected" > "$tmp/exported"
if [ -n "$lib" ]; then
  nm -D --defined-only "$lib" | awk '$2 == "T" { print $3 }' |
    sed -e 's/@.*$//' | grep -E '^nir_' >> "$tmp/exported" || true
fi
sort -u -o "$tmp/exported" "$tmp/exported"
if [ "$(wc -l < "$tmp/exported")" -lt 10 ]; then
  echo "FAIL: only $(wc -l < "$tmp/exported") exported functions found" >&2
  exit 1
fi

for page in "${pages[@]}"; do
  awk '/^\.Sh /{ syn = ($2 == "SYNOPSIS") } syn && /^\.F[no] nir_/ { print $2 }' "$page"
done | sort -u > "$tmp/synopsis"
for page in "${pages[@]}"; do
  awk '/^\.Sh DESCRIPTION/{ on = 1 } /^\.Sh (SEE|AUTHORS|HISTORY)/{ on = 0 }
       on && /^\.Fn nir_/ { print $2 }' "$page"
done | sort -u > "$tmp/described"

status=0
report() { # message, names
  if [ -s "$2" ]; then
    echo "FAIL: $1:" >&2
    sed -e 's/^/  /' "$2" >&2
    status=1
  fi
}
comm -23 "$tmp/exported" "$tmp/synopsis" > "$tmp/no_synopsis"
comm -23 "$tmp/exported" "$tmp/described" > "$tmp/no_description"
comm -13 "$tmp/exported" "$tmp/synopsis" > "$tmp/stale"
report "exported but not in any SYNOPSIS of $man3" "$tmp/no_synopsis"
report "exported but never described in a DESCRIPTION" "$tmp/no_description"
report "in a SYNOPSIS but not exported" "$tmp/stale"
[ "$status" -eq 0 ] &&
  echo "doc.man_coverage: $(wc -l < "$tmp/exported") exported functions, all documented in ${#pages[@]} page(s)"
exit "$status"
