/*
 * lines_avx2.h -- sixteen records at a time, for the line calls and
 * nir_validate_array (batch.c) on x86-64 machines with AVX2 (checked at run
 * time). Internal, not installed.
 *
 * The kernel takes the records of a line buffer sixteen at a time, compact
 * ("255081416802538") or printed with spaces ("2 55 08 14 168 025 38", any
 * grouping, CRLF or LF): the 15 digits of each are decided together in
 * vector registers, one field of sixteen numbers per register, from the
 * same tables as every other path (rules_def.h: the bitmaps of nir_rules_,
 * nir_overseas_third_bad_ and the layout macros). It decides what the
 * one-number fast path (fast_accept.h) decides -- a valid NIR, a NIR with
 * a wrong key -- and a wrong month (the first field rule nir_check_
 * applies); every other record goes to the full path, on its own bytes.
 * The cross-path test (tests/unit/cross_paths.c, unit.cross_paths.avx2)
 * checks it against the reference checker; bench/bench_paths.c measures
 * what it gains (bench/README.md).
 */
#ifndef NIR_LINES_AVX2_H
#define NIR_LINES_AVX2_H

#include "internal.h"

#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__) &&      \
    defined(__BYTE_ORDER__) && !defined(NIR_NO_SIMD) && !defined(NIR_NO_AVX2)
#define NIR_HAVE_AVX2 1

/* 1 when this CPU runs AVX2, BMI1 and POPCNT. */
int nir_lines_avx2_ok_(void);

/* The records from p on into acc, sixteen at a time while 32 bytes are
 * left after the record being read, acc has room for sixteen invalid
 * records, and each line holds its LF within 32 bytes. Returns where it
 * stopped (p itself when it took no record): the caller's one-record path
 * then takes the next record, and may call again. */
const char *nir_lines_avx2_(const char *p, const char *end,
                            nir_lines_acc *acc);

/* nir_validate_array's work on records 0 .. count - 1, sixteen at a time
 * while sixteen are left: statuses[i] and, when kinds is not NULL,
 * kinds[i]; the valid ones are added to *valid. Compact records are
 * copied and spaced ones gathered (nir_gather_spaced_) into the group's
 * slots; the others take nir_validate. Returns how many records it took (a
 * multiple of 16); the caller takes the rest. The profile must be valid. */
size_t nir_array_avx2_(const char *const *inputs, const size_t *lengths,
                       size_t count, nir_profile profile,
                       nir_status *statuses, nir_kind *kinds, size_t *valid);
#endif

#endif
