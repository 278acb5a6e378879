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
    # Make the prefix and start one persistent wineserver before the tests:
    # two wine processes starting a fresh prefix at once can lose their
    # connection to the server ("recvmsg: Connection reset by peer"). One
    # test at a time under wine, for the same reason.
    wineboot --init > /dev/null 2>&1 || true
    wineserver -p > /dev/null 2>&1 || true # (fails when wineboot's server still runs)
    test_jobs=1
  fi
  local rc=0
  ctest --test-dir "$dir" --output-on-failure -j"$test_jobs" -R '^unit\.' || rc=$?
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
