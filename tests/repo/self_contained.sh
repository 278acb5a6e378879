#!/usr/bin/env bash
# self_contained.sh SOURCE_DIR -- no file of the repository refers to a path
# outside it: a clone must hold everything it points to (the specification
# is docs/rules.md, the data is in data/ with its provenance).
#
# Looked for in every tracked text file (git ls-files; every file when the
# tree is not a git checkout):
#   - a parent of the tree:        ../shared, shared/docs/, shared/data/
#   - absolute paths of a machine: /work/..., /home/..., /root/..., /Users/...,
#                                  C:\Users\...
#   - documents that live outside: nir-rules.md, peers.md, ecosystem.md,
#                                  c-style-anchors.md
# A match prints file:line and fails the test.
set -euo pipefail
src=$(cd "$1" && pwd)
cd "$src"
self=tests/repo/self_contained.sh

if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  list() { git ls-files -z; }
else
  list() { find . -type f -not -path './build*' -not -path './.git/*' -print0 | sed -z 's|^\./||'; }
fi

# Each pattern is an extended regular expression, spelled in pieces so that
# this script does not match itself.
dot2='\.\.'
# shellcheck disable=SC1003 # the backslashes are part of the regex
patterns=(
  "${dot2}/shared\\b"
  '(^|[^A-Za-z0-9_.$}/-])shared/(docs|data)/'
  '(^|[^A-Za-z0-9_.$}~-])/(work|home|root|Users)/'
  '[A-Za-z]:\\(Users|Documents and Settings)\\'
  '(^|[^A-Za-z0-9_-])(nir-rules|peers|ecosystem|c-style-anchors)\.md'
)

list | tr '\0' '\n' | grep -vxF "$self" | while IFS= read -r f; do
  [ -f "$f" ] && printf '%s\0' "$f"
done > "${TMPDIR:-/tmp}/self_contained.$$"
trap 'rm -f "${TMPDIR:-/tmp}/self_contained.$$"' EXIT
checked=$(tr -cd '\0' < "${TMPDIR:-/tmp}/self_contained.$$" | wc -c)
status=0
for p in "${patterns[@]}"; do
  # (xargs may run grep several times: judge by what it prints.)
  hits=$(xargs -0 grep -I -n -H -E -- "$p" < "${TMPDIR:-/tmp}/self_contained.$$" || true)
  if [ -n "$hits" ]; then
    printf '%s\n' "$hits" >&2
    status=1
  fi
done

if [ "$checked" -lt 50 ]; then
  echo "FAIL: only $checked files looked at: is $src the source tree?" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: the lines above refer to paths or documents outside the repository" >&2
  exit 1
fi
echo "repo.self_contained: $checked files, none refers to a path outside the repository"
