#!/usr/bin/env bash
# readme_bindings.sh SOURCE_DIR WORK_DIR -- run the README's "Python and
# Ruby" commands, exactly as written, in a scratch copy of the tree (they
# write .venv/, .gems/ and build files), and check what they print.
set -euo pipefail
src=$(cd "$1" && pwd)
work=$2
rm -rf "$work"
mkdir -p "$work/tree"
# The parts of the tree the bindings build from.
cp -r "$src/include" "$src/lib" "$src/bindings" "$work/tree/"
rm -rf "$work/tree/bindings/ruby/tmp" "$work/tree/bindings/ruby/ext/nir/vendor"
# The lines of the first sh block after "## Python and Ruby".
awk '/^## Python and Ruby/ {on = 1} on && /^```sh/ {inblock = 1; next}
     inblock && /^```/ {exit} inblock' "$src/README.md" > "$work/commands.sh"
if [ ! -s "$work/commands.sh" ]; then
  echo "FAIL: no command block under '## Python and Ruby' in README.md" >&2
  exit 1
fi
out=$(cd "$work/tree" && bash -euo pipefail "$work/commands.sh" 2>"$work/stderr") || {
  echo "FAIL: the README commands failed:" >&2
  cat "$work/stderr" >&2
  exit 1
}
# Python prints the département of the example, Ruby its verdict.
if ! printf '%s\n' "$out" | grep -qx '2A' ||
   [ "$(printf '%s\n' "$out" | tail -n 1)" != "true" ]; then
  echo "FAIL: expected a line '2A' (Python) and a last line 'true' (Ruby), got:" >&2
  printf '%s\n' "$out" >&2
  exit 1
fi
echo "README binding commands: ok"
