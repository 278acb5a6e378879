#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this):
#   tools/test-all.sh
# 1. installs missing Debian packages, 2. builds and runs every CTest test
# (C unit tests, CLI, Python and Ruby bindings, examples, install, fuzz
# replay, ABI), 3. the same unit tests with clang and as a static library,
# and without the AVX2 kernel, 4. cross builds (aarch64, big-endian s390x
# under qemu-user, a Windows DLL under wine: tools/cross-test.sh),
# 5. hardening: ASan+UBSan, TSan, valgrind, coverage gate, fuzz smoke runs.
# Every build here treats compiler warnings as errors (NIR_WERROR).
# Set NIR_QUICK=1 to stop after step 2.
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

[ "${NIR_QUICK:-0}" = 1 ] && exit 0

# NIR_NO_SIMD: this build runs the portable fast path (lib/fast_accept.h)
# that non-x86 machines use, so the unit tests cover both.
section "clang build, static library, portable fast path: unit, example and install tests"
CC=clang-14 cmake -S . -B build-clang-static -DCMAKE_BUILD_TYPE=Release -DNIR_WERROR=ON \
      -DBUILD_SHARED_LIBS=OFF -DNIR_BUILD_BENCH=OFF -DNIR_NO_SIMD=ON > /dev/null
cmake --build build-clang-static -j"$jobs"
ctest --test-dir build-clang-static --output-on-failure -j"$jobs" \
      -R '^(unit|example|install|tables)\.'

# NIR_NO_AVX2: the line calls without the sixteen-line kernel, as on x86-64
# CPUs without AVX2 (the kernel is chosen at run time on this machine).
section "gcc build without the AVX2 kernel: unit tests"
cmake -S . -B build-noavx2 -DCMAKE_BUILD_TYPE=Release -DNIR_NO_AVX2=ON -DNIR_WERROR=ON \
      -DNIR_BUILD_BENCH=OFF -DNIR_BUILD_CLI=OFF -DNIR_BUILD_EXAMPLES=OFF \
      -DNIR_BUILD_FUZZ=OFF > /dev/null
cmake --build build-noavx2 -j"$jobs"
ctest --test-dir build-noavx2 --output-on-failure -j"$jobs" -R '^unit\.'

# Other architectures and Windows: the core and its unit tests (about two
# minutes for the three on two cores).
section "cross builds: aarch64, s390x (big-endian), Windows DLL"
tools/cross-test.sh

if [ -x tools/hardening.sh ]; then
  section "hardening"
  tools/hardening.sh all
fi
section "all tests passed"
