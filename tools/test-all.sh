#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this):
#   tools/test-all.sh
# 1. installs missing Debian packages, 2. builds and runs every CTest test
# (C unit tests, CLI, Python and Ruby bindings, examples, install, fuzz
# replay, ABI, PostgreSQL), 3. the same unit tests with clang, as a static
# library and without the fast path, 4. cross builds (aarch64, big-endian
# s390x under qemu-user, a Windows DLL under wine: tools/cross-test.sh),
# 5. hardening: ASan+UBSan, TSan, valgrind, coverage gate, fuzz smoke runs.
# Every build here treats compiler warnings as errors (NIR_WERROR).
# Set NIR_QUICK=1 to stop after step 2; NIR_REPEAT=N repeats the CLI tests
# N times (10 when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

section() { printf '\n==== %s ====\n' "$*"; }

section "dependencies"
tools/install-deps.sh

section "build (gcc, shared) and full CTest suite"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIR_WERROR=ON \
      -DPython3_EXECUTABLE=/usr/bin/python3 > /dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

# Check's own summary lines, visible in the log (CTest hides them).
for t in build/tests/test_*; do
  [ -x "$t" ] && CK_VERBOSITY=minimal "$t" | tail -n 1
done

section "PostgreSQL extension: pg_regress on a throw-away PostgreSQL 15 cluster"
bindings/postgresql/run_tests.sh build/postgresql

# NIR_REPEAT=N: run the CLI tests N times more and fail on any failure, so
# that a flaky test shows up in the run that adds it (issue 13). CI: 10.
repeat=${NIR_REPEAT:-1}
if [ "${CI:-}" = true ] && [ -z "${NIR_REPEAT:-}" ]; then repeat=10; fi
if [ "$repeat" -gt 1 ]; then
  section "CLI tests, $repeat times in a row"
  ctest --test-dir build --output-on-failure -j"$jobs" -R '^cli\.' \
        --repeat until-fail:"$repeat"
fi

[ "${NIR_QUICK:-0}" = 1 ] && exit 0

# NIR_NO_SIMD: this build has no fast path (lib/fast_accept.h), as on
# big-endian machines, so the unit tests cover both.
section "clang build, static library, no fast path: unit, example and install tests"
CC=clang-14 cmake -S . -B build-clang-static -DCMAKE_BUILD_TYPE=Release -DNIR_WERROR=ON \
      -DBUILD_SHARED_LIBS=OFF -DNIR_BUILD_BENCH=OFF -DNIR_NO_SIMD=ON > /dev/null
cmake --build build-clang-static -j"$jobs"
ctest --test-dir build-clang-static --output-on-failure -j"$jobs" \
      -R '^(unit|example|install|tables)\.'

# Other architectures and Windows: the core and its unit tests (about two
# minutes for the three on two cores).
section "cross builds: aarch64, s390x (big-endian), Windows DLL"
tools/cross-test.sh

if [ -x tools/hardening.sh ]; then
  section "hardening"
  tools/hardening.sh all
fi
section "all tests passed"
