/*
 * lines_avx2.h -- sixteen lines at a time, for the batch line calls
 * (batch.c) on x86-64 machines with AVX2 (checked at run time). Internal,
 * not installed.
 *
 * A buffer of compact numbers is mostly 16-byte lines: 15 digits and an LF.
 * nir_lines16_avx2_ decides 16 such lines in vector registers, one field of
 * sixteen numbers per register, without a branch per number: the answers
 * of the fast path (fast_accept.h), from the same tables (nir_fast_rules),
 * for every line the fast path would decide; the others are left to the
 * caller's full path. Checked against the one-line path by
 * bench/tools/diffcheck.sh, the unit test batch_wide and the parse fuzzer.
 */
#ifndef NIR_LINES_AVX2_H
#define NIR_LINES_AVX2_H

#include <stdint.h>

#include "fast_accept.h"
#include "internal.h"

#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__) && \
    !defined(NIR_NO_SIMD) && !defined(NIR_NO_AVX2)
#define NIR_HAVE_AVX2 1

/* The tables of nir_fast_rules as bitmaps a byte shuffle can read: bit
 * v % 8 of byte v / 8 is the rule's answer for the two-digit value v. */
enum {
    NIR_LT_MONTH_BAD, /* !month_ok */
    NIR_LT_REFUSED,   /* the NIR_PF_* place flags, in their order */
    NIR_LT_COMMUNE,
    NIR_LT_OVERSEAS97,
    NIR_LT_OVERSEAS98,
    NIR_LT_ABROAD,
    NIR_LT_NORTH_AFRICA,
    NIR_LT_CORSICA,
    NIR_LT_COUNT
};

/* The kernel's 16-bit constants, as whole vectors in memory that the
 * instructions read as operands: a constant the compiler sees is built in
 * a register (a move and a broadcast) every time, and a multiplication by
 * one becomes shifts and adds. */
enum {
    NIR_LK_7, NIR_LK_15, NIR_LK_100, NIR_LK_W12, NIR_LK_W10, NIR_LK_W8,
    NIR_LK_W6, NIR_LK_W5, NIR_LK_W3, NIR_LK_W1, NIR_LK_KEY_OFFSET,
    NIR_LK_INV97, NIR_LK_675, NIR_LK_98, NIR_LK_8, NIR_LK_4, NIR_LK_990,
    NIR_LK_75, NIR_LK_99, NIR_LK_9, NIR_LK_STRICT, NIR_LK_BIT7,
    NIR_LK_LF, NIR_LK_LF_AT_15,
    NIR_LK_COUNT
};

typedef struct nir_lines_rules {
    _Alignas(32) short k[NIR_LK_COUNT][16];
    unsigned char bits[NIR_LT_COUNT][16];
} nir_lines_rules;

/* Warnings the fast path can give: bits 0-4 of nir_warning. */
#define NIR_LINES_WARNINGS 5

void nir_lines_rules_init_(nir_lines_rules *lr, const nir_fast_rules *r,
                           nir_profile profile);

/* 1 when this CPU runs AVX2 and POPCNT. */
int nir_lines_avx2_ok_(void);

/* The lines from p on, 16 at a time while at least 256 bytes are left,
 * acc has room for 16 invalid records, and all 16 are 16 bytes long (an LF
 * at byte 15, none before), into acc; the leading such lines of the last
 * group too. Lines of 15 digits, the first 1 or 2, are decided in vector
 * registers, the others by the full path. Returns where it stopped: p
 * itself when the first line is not 16 bytes long. */
const char *nir_lines_avx2_(const char *p, const char *end,
                            const nir_lines_rules *lr, nir_lines_acc *acc);
#endif

#endif
