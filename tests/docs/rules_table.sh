#!/usr/bin/env bash
# rules_table.sh NIRCHECK RULES_MD -- the edge-case table of docs/rules.md
# says what the library does: every NIR row's three verdict cells (dsn,
# standard, lenient) are rebuilt from `nircheck --json` and compared.
# A cell is "✓", "✓ <kind>" and/or "+ <warnings>", or "✗ <error>".
set -euo pipefail
nircheck=$1 doc=$2
command -v jq > /dev/null || { echo "FAIL: jq is needed" >&2; exit 1; }

cell() { # profile number -> the cell text (nircheck exits 1 on an invalid one)
  { "$nircheck" --json --profile "$1" -e "$2" || true; } | head -n 1 | jq -r '
    if .valid then
      ["✓"] + (if .kind != "nir" then [.kind] else [] end)
            + (if (.warnings | length) > 0 then ["+ " + (.warnings | join(", "))] else [] end)
      | join(" ")
    else "✗ " + .error end'
}

# shellcheck disable=SC2016 # the backquotes are Markdown, not a command
table=$(sed -n '/^## Edge cases/,/^## /p' "$doc" | grep -E '^\| [0-9]+ \| `[^`]+` \|' | grep -v '(NTT)' || true)
rows=0 status=0
# Table rows: | # | `number` | what | dsn | standard | lenient |  (NTT rows
# are marked "(NTT)" after the number and are checked by unit.ntt instead).
while IFS='|' read -r _ row number _ dsn std len _; do
  [ -n "$row" ] || continue
  number=$(sed -e 's/^ *`//' -e 's/` *$//' <<< "$number")
  got=("$(cell dsn "$number")" "$(cell standard "$number")" "$(cell lenient "$number")")
  want=("$(xargs <<< "$dsn")" "$(xargs <<< "$std")" "$(xargs <<< "$len")")
  for i in 0 1 2; do
    if [ "${got[$i]}" != "${want[$i]}" ]; then
      echo "FAIL: row $(xargs <<< "$row") ($number), profile $((i + 1)): docs/rules.md says '${want[$i]}', the library '${got[$i]}'" >&2
      status=1
    fi
  done
  rows=$((rows + 1))
done <<< "$table"

if [ "$rows" -lt 50 ]; then
  echo "FAIL: only $rows rows found in the edge-case table of $doc" >&2
  exit 1
fi
[ "$status" -eq 0 ] && echo "doc.rules_table: $rows rows x 3 profiles agree with nircheck"
exit "$status"
