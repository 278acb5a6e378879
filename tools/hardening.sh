#!/usr/bin/env bash
# tools/hardening.sh -- libnir's hardening jobs (docs/hardening.md).
#
#   tools/hardening.sh asan|tsan|valgrind|coverage|fuzz|all
#
#   asan      ASan+UBSan build (clang, else gcc); the whole CTest suite
#             except the tests listed in ASAN_EXCLUDE (see below)
#   tsan      TSan build (clang); unit.threads, unit.civil_threads, cli.jobs
#   valgrind  plain gcc build; every unit-test program (CK_FORK=no) and
#             every fuzz replay driver under memcheck: errors and
#             definite/indirect leaks fail (ICU's still-reachable caches
#             do not)
#   coverage  gcc --coverage build; unit tests; gcovr gate: 100 % lines and
#             >= 95 % branches of lib/*.c; lib/civil/ at its own floor
#             (COVERAGE_CIVIL_LINES, default 100; COVERAGE_CIVIL_BRANCHES,
#             default 95: a ratchet, see docs/hardening.md);
#             COVERAGE_GATE_CIVIL=0 leaves lib/civil/ out of the gate; its
#             figures are printed in any case
#   fuzz      clang + libFuzzer: every fuzz target for FUZZ_SECONDS
#             (default 60) with -max_len=512 and fuzz/nir.dict, all targets
#             at once; a crash fails (artifacts under build-fuzz/artifacts)
#   all       every job above in turn; fails if any failed
#
# Environment: BUILD_ROOT (default: the source tree; build dirs are
# $BUILD_ROOT/build-<job>), JOBS (default: nproc), FUZZ_SECONDS,
# ASAN_EXCLUDE (CTest -E regex; default: the Python/Ruby binding tests,
# install.consumer and doc.readme_bindings, which load or link libnir from
# programs that are not built with the sanitizer runtime).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_ROOT=${BUILD_ROOT:-$ROOT}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
ASAN_EXCLUDE=${ASAN_EXCLUDE:-'^(python|ruby|bindings)\.|^(install\.consumer|doc\.readme_bindings)$'}

section() { printf '\n==== %s ====\n' "$*"; }
finish() { printf '==== %s: %s ====\n' "$1" "$2"; }

have() { command -v "$1" > /dev/null 2>&1; }

# configure DIR ARGS...: a fresh CMake configuration, quiet unless it fails.
configure() {
  local dir=$1 log
  shift
  log=$(mktemp)
  if ! cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Debug \
       -DNIR_BUILD_BENCH=OFF "$@" > "$log" 2>&1; then
    cat "$log"
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

build() { # DIR [TARGET...]
  local dir=$1 log
  shift
  log=$(mktemp)
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  if ! cmake --build "$dir" -j"$JOBS" "${targets[@]}" > "$log" 2>&1; then
    grep -E 'error|Error' "$log" | head -n 40
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

pick_cc() { # clang when available, else gcc
  if have clang; then echo clang; elif have clang-14; then echo clang-14
  else echo gcc; fi
}

job_asan() {
  section "asan: ASan + UBSan, whole CTest suite"
  local dir=$BUILD_ROOT/build-asan cc
  cc=$(pick_cc)
  echo "compiler: $cc; excluded tests: $ASAN_EXCLUDE"
  CC=$cc configure "$dir" -DNIR_SANITIZE=address,undefined
  build "$dir"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$dir" --output-on-failure -j"$JOBS" -E "$ASAN_EXCLUDE"
  finish asan "PASSED ($(ctest --test-dir "$dir" -N -E "$ASAN_EXCLUDE" |
    sed -n 's/^Total Tests: //p') tests, no sanitizer report)"
}

job_tsan() {
  section "tsan: ThreadSanitizer, unit.threads, unit.civil_threads, cli.jobs"
  local dir=$BUILD_ROOT/build-tsan cc
  cc=$(pick_cc)
  if [[ $cc == gcc ]]; then
    finish tsan "SKIPPED (clang not found)"
    return 0
  fi
  CC=$cc configure "$dir" -DNIR_SANITIZE=thread -DNIR_BUILD_CLI=ON \
    -DNIR_BUILD_EXAMPLES=OFF -DNIR_BUILD_FUZZ=OFF
  build "$dir" test_threads test_civil_threads nircheck
  # Check's fork mode is not needed and only slows TSan down.
  CK_FORK=no TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
    ctest --test-dir "$dir" --output-on-failure \
    -R '^(unit\.(threads|civil_threads)|cli\.jobs)$'
  finish tsan "PASSED (3 programs: 8 and 4 threads, nircheck -j2/-j3/-j8; no data race reported)"
}

job_valgrind() {
  section "valgrind: memcheck on unit tests and fuzz replays"
  local dir=$BUILD_ROOT/build-valgrind n=0 t name
  if ! have valgrind; then
    finish valgrind "SKIPPED (valgrind not found)"
    return 0
  fi
  CC=gcc configure "$dir" -DNIR_BUILD_EXAMPLES=OFF
  build "$dir"
  local vg=(valgrind -q --error-exitcode=1 --leak-check=full
            '--errors-for-leak-kinds=definite,indirect'
            '--show-leak-kinds=definite,indirect' --track-origins=yes)
  for t in "$dir"/tests/test_*; do
    [[ -x $t ]] || continue
    name=$(basename "$t")
    printf '%-22s ' "$name"
    CK_FORK=no CK_VERBOSITY=silent NIR_SOURCE_DIR=$ROOT "${vg[@]}" "$t"
    echo "clean"
    n=$((n + 1))
  done
  for t in "$dir"/fuzz/replay_*; do
    [[ -x $t ]] || continue
    name=$(basename "$t")
    printf '%-22s ' "$name"
    "${vg[@]}" "$t" "$ROOT/fuzz/corpus/${name#replay_}"
    n=$((n + 1))
  done
  finish valgrind "PASSED ($n programs, no error, no definite/indirect leak)"
}

job_coverage() {
  section "coverage: gcc --coverage, unit tests, gate on lib/"
  local dir=$BUILD_ROOT/build-cov
  if ! have gcovr; then
    echo "gcovr not found" >&2
    return 1
  fi
  # Atomic counters: unit.threads updates them from 8 threads at once (with
  # the default, racy updates leave negative counts that gcovr rejects).
  CC=gcc configure "$dir" -DNIR_ENABLE_COVERAGE=ON -DNIR_BUILD_CLI=OFF \
    -DNIR_BUILD_EXAMPLES=OFF -DNIR_BUILD_FUZZ=OFF \
    -DCMAKE_C_FLAGS=-fprofile-update=atomic
  build "$dir"
  find "$dir" -name '*.gcda' -delete
  ctest --test-dir "$dir" --output-on-failure -j"$JOBS" -R '^unit\.'
  (
    cd "$ROOT"
    gcovr -r . --filter 'lib/' "$dir"
    gcovr -r . --filter 'lib/' --branches "$dir"
    # Never `-o /dev/null`: gcovr 5.2 checks an output path by creating it
    # and unlinking it, which deletes /dev/null when run as root.
    # The gate: lib/*.c and lib/civil/ (COVERAGE_GATE_CIVIL=0 gates only
    # lib/*.c). Both figures are printed either way, so a gap is never
    # silent.
    # The civil part has a floor of its own (COVERAGE_CIVIL_LINES,
    # COVERAGE_CIVIL_BRANCHES): a ratchet, raised back to the core's 100/95
    # by the coverage round of 2026-12-04 (docs/hardening.md); never lower
    # it, raise it when the tests reach more.
    local gate=('--fail-under-line' 100 '--fail-under-branch' 95)
    local civil_gate=('--fail-under-line' "${COVERAGE_CIVIL_LINES:-100}"
                      '--fail-under-branch' "${COVERAGE_CIVIL_BRANCHES:-95}")
    echo "core (lib/*.c), gated:"
    gcovr -r . --filter 'lib/[^/]+$' --print-summary -o "$dir/core.txt" "$dir" |
      sed 's/^/  /'
    if compgen -G 'lib/civil/*.c' > /dev/null; then
      if [[ ${COVERAGE_GATE_CIVIL:-1} == 1 ]]; then
        echo "civil (lib/civil/), gated:"
      else
        echo "civil (lib/civil/), NOT gated (COVERAGE_GATE_CIVIL=0):"
      fi
      gcovr -r . --filter 'lib/civil/' --print-summary -o "$dir/civil.txt" \
        "$dir" |
        sed 's/^/  /'
    fi
    echo "gate: core lines 100 %, branches >= 95 %; civil lines >= ${civil_gate[1]} %, branches >= ${civil_gate[3]} %"
    gcovr -r . --filter 'lib/[^/]+$' "${gate[@]}" -o "$dir/gate.txt" "$dir"
    if [[ ${COVERAGE_GATE_CIVIL:-1} == 1 ]] && compgen -G 'lib/civil/*.c' > /dev/null; then
      gcovr -r . --filter 'lib/civil/' "${civil_gate[@]}" -o "$dir/gate-civil.txt" "$dir"
    fi
  )
  finish coverage "PASSED (gate met)"
}

job_fuzz() {
  section "fuzz: libFuzzer, ${FUZZ_SECONDS}s per target, all at once"
  local dir=$BUILD_ROOT/build-fuzz cc probe t name failed=0
  local -a pids=() names=()
  cc=$(pick_cc)
  probe=$(mktemp -d)
  if [[ $cc == gcc ]] || ! printf '%s\n' \
      '#include <stddef.h>' '#include <stdint.h>' \
      'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
      'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)' \
      '{ (void)d; (void)n; return 0; }' |
      "$cc" -fsanitize=fuzzer -x c - -o "$probe/probe" > /dev/null 2>&1; then
    rm -rf "$probe"
    finish fuzz "SKIPPED (clang with libFuzzer not available)"
    return 0
  fi
  rm -rf "$probe"
  # Optimised (-O2 -g): the fuzzers run several times faster than at -O0.
  CC=$cc configure "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNIR_ENABLE_LIBFUZZER=ON -DNIR_SANITIZE=address,undefined \
    -DBUILD_TESTING=OFF -DNIR_BUILD_EXAMPLES=OFF
  build "$dir"
  rm -rf "$dir/artifacts" "$dir/work"
  mkdir -p "$dir/artifacts" "$dir/work"
  for t in "$dir"/fuzz/fuzz_*; do
    [[ -x $t ]] || continue
    name=${t##*/fuzz_}
    mkdir -p "$dir/work/$name"
    # New inputs go to the work directory; the committed seeds stay as
    # they are.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$t" -max_len=512 -dict="$ROOT/fuzz/nir.dict" \
        -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/$name-" \
        "$dir/work/$name" "$ROOT/fuzz/corpus/$name" \
        > "$dir/work/$name.log" 2>&1 &
    pids+=($!)
    names+=("$name")
  done
  for i in "${!pids[@]}"; do
    name=${names[$i]}
    if wait "${pids[$i]}"; then
      printf '%-8s %10s execs  %6s exec/s  corpus %s seeds + %s new  no crash\n' \
        "$name" \
        "$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/work/$name.log")" \
        "$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/work/$name.log")" \
        "$(find "$ROOT/fuzz/corpus/$name" -type f | wc -l)" \
        "$(find "$dir/work/$name" -type f | wc -l)"
    else
      echo "$name: CRASH -- log $dir/work/$name.log, artifacts:"
      find "$dir/artifacts" -name "$name-*" -type f
      grep -E 'invariant failed|ERROR:|SUMMARY:|runtime error' \
        "$dir/work/$name.log" | head -n 10
      failed=1
    fi
  done
  if [[ $failed -ne 0 ]]; then
    finish fuzz "FAILED"
    return 1
  fi
  finish fuzz "PASSED (${#names[@]} targets, ${FUZZ_SECONDS}s each, no crash)"
}

dispatch() {
  case $1 in
    asan) job_asan ;;
    tsan) job_tsan ;;
    valgrind) job_valgrind ;;
    coverage) job_coverage ;;
    fuzz) job_fuzz ;;
  esac
}

# run_job NAME: the job in a subshell with errexit in force; its exit status
# goes to JOB_STATUS. run_job itself must not be called as a condition
# (`if run_job`, `run_job || ...`): bash would then ignore errexit inside
# the job too, and a failing step would not stop it.
JOB_STATUS=0
run_job() {
  local t0=$SECONDS
  set +e
  ( set -e; dispatch "$1" )
  JOB_STATUS=$?
  set -e
  if [[ $JOB_STATUS -ne 0 ]]; then
    finish "$1" "FAILED (exit status $JOB_STATUS)"
  fi
  echo "($1 took $((SECONDS - t0)) s)"
}

run_all() {
  local job failed=()
  for job in asan tsan valgrind coverage fuzz; do
    run_job "$job"
    [[ $JOB_STATUS -eq 0 ]] || failed+=("$job")
  done
  section "hardening summary"
  if [[ ${#failed[@]} -gt 0 ]]; then
    finish all "FAILED: ${failed[*]}"
    JOB_STATUS=1
  else
    finish all "PASSED (asan tsan valgrind coverage fuzz)"
    JOB_STATUS=0
  fi
}

case ${1:-} in
  asan|tsan|valgrind|coverage|fuzz)
    run_job "$1"
    exit "$JOB_STATUS"
    ;;
  all)
    start=$SECONDS
    run_all
    echo "(all took $((SECONDS - start)) s)"
    exit "$JOB_STATUS"
    ;;
  *)
    echo "usage: $0 asan|tsan|valgrind|coverage|fuzz|all" >&2
    exit 2
    ;;
esac
