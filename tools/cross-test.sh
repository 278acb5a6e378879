#!/usr/bin/env bash
# Cross builds of libnir whose unit tests run on the build machine:
#   aarch64  Debian's aarch64-linux-gnu gcc, tests under qemu-aarch64
#   s390x    big-endian s390x-linux-gnu gcc, tests under qemu-s390x
#   windows  libnir.dll with mingw-w64, tests under wine
# Usage: tools/cross-test.sh [aarch64|s390x|windows]...  (default: all three)
# Debian has no ICU or Check for these targets here, so each builds the
# core (NIR_WITH_CIVIL=OFF, no ICU at all) and the unit-test programs that
# do not call the civil-status check, against tests/unit/check_lite/check.h.
# Build directories: $BUILD_ROOT/build-cross-<job> (default: the source tree).
# Each job ends with a "==== cross <job>: PASSED in Ns ====" line.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${BUILD_ROOT:-.}
jobs=$(nproc 2>/dev/null || echo 2)

toolchain_of() {
  case $1 in
    aarch64) echo cmake/toolchains/aarch64-linux-gnu.cmake ;;
    s390x) echo cmake/toolchains/s390x-linux-gnu.cmake ;;
    windows) echo cmake/toolchains/x86_64-w64-mingw32.cmake ;;
    *) echo "cross-test: unknown job '$1' (aarch64, s390x, windows)" >&2; return 2 ;;
  esac
}

# 0 when every failed test of the last ctest run in $1 failed because wine
# could not start it (the wineserver race above), not in the test itself.
wine_start_lost() {
  local log=$1/ctest.log failed lost
  failed=$(grep -c '\*\*\*Failed' "$log" || true)
  lost=$(grep -A1 '\*\*\*Failed' "$log" | grep -c '^wine client error' || true)
  [ "$failed" -gt 0 ] && [ "$failed" -eq "$lost" ]
}

run_job() {
  local job=$1 toolchain dir start
  toolchain=$(toolchain_of "$job")
  dir=$root/build-cross-$job
  start=$(date +%s)
  printf '\n==== cross %s ====\n' "$job"
  if [ "$job" = windows ]; then
    # wine keeps its state in a prefix of its own, made on first use.
    export WINEPREFIX
    WINEPREFIX=$(cd "$root" && pwd)/build-cross-windows-wine
    export WINEDEBUG=-all
  fi
  cmake -S . -B "$dir" --toolchain "$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -DNIR_WERROR=ON -DNIR_WITH_CIVIL=OFF -DNIR_BUILD_CLI=OFF \
        -DNIR_BUILD_EXAMPLES=OFF -DNIR_BUILD_BENCH=OFF -DNIR_BUILD_FUZZ=OFF \
        > /dev/null
  cmake --build "$dir" -j"$jobs" > "$dir/build.log" 2>&1 || {
    cat "$dir/build.log" >&2
    echo "==== cross $job: FAILED (build) ====" >&2
    return 1
  }
  # At least the core's unit programs must be there: a toolchain that
  # quietly built none would otherwise pass with nothing tested.
  local count
  count=$(ctest --test-dir "$dir" -N -R '^unit\.' | grep -c ' unit\.' || true)
  if [ "$count" -lt 8 ]; then
    echo "==== cross $job: FAILED (only $count unit tests registered) ====" >&2
    return 1
  fi
  local test_jobs=$jobs
  if [ "$job" = windows ]; then
    # Make the prefix first, then one test at a time: two wine processes
    # starting a fresh prefix at once lose their connection to the server.
    # (No persistent wineserver: wine's system processes would then keep
    # each test's output open, and ctest would wait for them forever.)
    wineboot --init > /dev/null 2>&1 || true
    test_jobs=1
  fi
  local rc=0
  ctest --test-dir "$dir" --output-on-failure -j"$test_jobs" -R '^unit\.' \
    > "$dir/ctest.log" 2>&1 || rc=$?
  cat "$dir/ctest.log"
  # A wine process that starts just as the wineserver stops (a few seconds
  # after its last client) dies before the test runs: "wine client error:
  # recvmsg: Connection reset by peer". When that is the only kind of
  # failure, the failed tests run again (at most twice), saying so; a test
  # that fails on its own fails the job.
  local again=0
  while [ "$rc" -ne 0 ] && [ "$job" = windows ] && [ "$again" -lt 2 ] &&
        wine_start_lost "$dir"; do
    again=$((again + 1))
    echo "cross windows: wine did not start a test (wine client error); running the failed tests again ($again)" >&2
    rc=0
    ctest --test-dir "$dir" --output-on-failure -j1 --rerun-failed \
      > "$dir/ctest.log" 2>&1 || rc=$?
    cat "$dir/ctest.log"
  done
  if [ "$job" = windows ]; then
    wineserver -k > /dev/null 2>&1 || true
  fi
  if [ "$rc" -ne 0 ]; then
    echo "==== cross $job: FAILED (tests) ====" >&2
    return 1
  fi
  printf '==== cross %s: PASSED in %ss ====\n' "$job" "$(( $(date +%s) - start ))"
}

[ $# -gt 0 ] || set -- aarch64 s390x windows
for job in "$@"; do
  run_job "$job"
done
