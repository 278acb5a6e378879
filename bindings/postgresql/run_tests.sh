#!/bin/sh
# Build the nir extension, install it into a staging directory and run its
# pg_regress suites (make installcheck) on a throw-away PostgreSQL 15
# cluster started by pg_virtualenv (postgresql-common); then check that no
# error, notice or context line -- in psql's output or in the server log --
# shows a number. Works as root (CI) and as a user; needs no stdin and
# installs nothing into the system.
# Usage: run_tests.sh [BUILD_DIR]   (default: bindings/postgresql/build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)

# Lines a server error report is made of; none may hold 6 digits in a row
# once separators are removed ("LINE n:" is psql echoing its own query).
no_numbers() { # file...
  found=$(sed -n 's/^\(ERROR\|WARNING\|NOTICE\|DETAIL\|CONTEXT\|HINT\|STATEMENT\|QUERY\): *//p' "$@" |
          tr -d ' .-' | grep -E '[0-9]{6}' || true)
  if [ -n "$found" ]; then
    echo "run_tests.sh: a number in an error report:" >&2
    echo "$found" >&2
    return 1
  fi
}

if [ "${1:-}" = --in-cluster ]; then
  build=$2
  status=0
  # PG_CONFIG and PGVERSION come from the outer run and pg_virtualenv
  make -C "$build" -f "$here/Makefile" PG_CONFIG="${PG_CONFIG:?}" installcheck || status=$?
  [ -f "$build/regression.diffs" ] && cat "$build/regression.diffs"
  [ "$status" = 0 ] || exit "$status"
  no_numbers "$build"/results/*.out
  log=$(dirname "$PG_CLUSTER_CONF_ROOT")/log/postgresql-$PGVERSION-regress.log
  # the server log, without the "pid: " prefix set below
  sed 's/^[0-9]*: //' "$log" > "$build/server.log"
  grep -q 'invalid NIR' "$build/server.log" ||
    { echo "run_tests.sh: server log not found or empty: $log" >&2; exit 1; }
  no_numbers "$build/server.log"
  echo "run_tests.sh: $(grep -c '^ERROR' "$build/server.log") errors in the server log, none shows a number"
  exit 0
fi

build=${1:-$here/build}
mkdir -p "$build"
build=$(cd "$build" && pwd)
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
version=$("$pg_config" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
pkglibdir=$("$pg_config" --pkglibdir)

make -C "$build" -f "$here/Makefile" PG_CONFIG="$pg_config" -j2 -s
# Staged install, readable by the server's user: Debian's PostgreSQL looks
# there first (extension_destdir), so the system stays untouched.
stage=$(mktemp -d "${TMPDIR:-/tmp}/nir-pg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"
make -C "$build" -f "$here/Makefile" PG_CONFIG="$pg_config" -s install DESTDIR="$stage"
# the file the COPY test loads, where the server can read it
cp "$here/data/copy_rows.txt" "$stage/copy_rows.txt"
chmod 644 "$stage/copy_rows.txt"
# and a directory where the server writes (binary COPY round trip)
mkdir "$stage/out"
chmod 1777 "$stage/out"
rm -rf "$build/results" "$build/regression.diffs" "$build/regression.out"

NIR_COPY_FILE=$stage/copy_rows.txt NIR_TEST_OUT_DIR=$stage/out PG_CONFIG=$pg_config \
  pg_virtualenv -t -v "$version" \
    -o "extension_destdir=$stage" \
    -o "dynamic_library_path=$stage$pkglibdir:$pkglibdir" \
    -o "log_line_prefix=%p: " \
    -o "max_worker_processes=8" -o "max_parallel_workers=8" \
    "$here/run_tests.sh" --in-cluster "$build" < /dev/null
