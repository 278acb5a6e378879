/*
 * fast_accept.h -- digit helpers, the month rule, and the fast acceptance
 * of a compact 15-digit NIR, as static inline functions: rules.c uses the
 * helpers, and nir_validate (parse.c) and the batch loops (batch.c) inline
 * nir_fast15_ into their own loops, which saves a call per number on the
 * hot path. Internal, not installed.
 */
#ifndef NIR_FAST_ACCEPT_H
#define NIR_FAST_ACCEPT_H

#include <stdint.h>
#include <string.h>

#include "internal.h"

static inline int two(const char *c) { return (c[0] - '0') * 10 + (c[1] - '0'); }
static inline int three(const char *c)
{
    return (c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0');
}

/* R6 and Q1: allowed month codes per profile. */
static inline int nir_month_ok_(int m, nir_profile profile)
{
    if (m >= 1 && m <= 12)
        return 1;
    switch (profile) {
    case NIR_PROFILE_DSN: /* 20, 30-42, 50-99 */
        return m == 20 || (m >= 30 && m <= 42) || m >= 50;
    case NIR_PROFILE_LENIENT: /* 20-99 */
        return m >= 20;
    default: /* STANDARD, INSEE normalisation: 20-42, 50-99 */
        return (m >= 20 && m <= 42) || m >= 50;
    }
}

/* --- Fast acceptance (nir_validate and the batch calls) ---
 *
 * nir_fast15_ answers "is this 15-byte ASCII record a valid NIR/NIA
 * (digit 1 = 1/2) under `profile`?" in one pass over two 64-bit words: the
 * digit test and the key are SWAR, the field checks are those of
 * nir_check_ (rules.c), specialised to all-digit input. It returns
 *   NIR_FAST_VALID    when nir_check_ would return NIR_OK with kind
 *                     NIR_KIND_NIR,
 *   NIR_FAST_BAD_KEY  when every field passes but the key (the most common
 *                     typo): nir_check_ would return NIR_ERR_KEY, kind
 *                     NIR_KIND_NIR,
 * both with the warnings nir_check_ would give; and NIR_FAST_UNDECIDED in
 * every other case, where the caller runs the full path, which alone
 * decides the other errors and all positions. The profile must be valid. */
enum { NIR_FAST_UNDECIDED = 0, NIR_FAST_VALID = 1, NIR_FAST_BAD_KEY = 2 };

/* The status of a decided fast verdict. */
static inline nir_status nir_fast_status_(int verdict)
{
    return verdict == NIR_FAST_VALID ? NIR_OK : NIR_ERR_KEY;
}

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NIR_ONES 0x0101010101010101ULL

/* 1 if the 8 bytes of x are all '0'-'9': high nibble 3, and adding 6 keeps
 * it 3. A carry out of a byte only comes from a byte >= 0xFA, which fails
 * on its own, so the test of the whole word is exact. */
static inline int all_digits8(uint64_t x)
{
    uint64_t hi = x & (0xF0 * NIR_ONES);
    uint64_t hi6 = ((x + 0x06 * NIR_ONES) & (0xF0 * NIR_ONES)) >> 4;
    return (hi | hi6) == 0x33 * NIR_ONES;
}

/* Value of 8 digit values (0-9 each, first digit in the lowest byte). */
static inline uint32_t value8(uint64_t d)
{
    d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;   /* 4 x 2 digits */
    d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL; /* 2 x 4 digits */
    return (uint32_t)((d & 0xFFFFFFFFULL) * 10000 + (d >> 32));
}

static inline int nir_fast15_(const char *c, nir_profile profile,
                              unsigned *warnings)
{
    uint64_t w0, w1, body;
    uint32_t tail;
    unsigned w = 0;
    int dd, lenient = profile == NIR_PROFILE_LENIENT;

    memcpy(&w0, c, 8);     /* c[0..7] */
    memcpy(&w1, c + 7, 8); /* c[7..14] */
    if (!all_digits8(w0) || !all_digits8(w1))
        return 0;
    if (c[0] != '1' && c[0] != '2') /* R4: only NIR/NIA here */
        return 0;
    if (!nir_month_ok_(two(c + 3), profile))
        return 0;
    dd = two(c + 5);
    if (dd == 99) { /* check_place, abroad */
        int country = three(c + 7);
        if (country == 0 && !lenient)
            return 0;
        if (country == 990)
            w |= NIR_WARN_COUNTRY_UNKNOWN;
        else if (nir_country_index_[country] == 0)
            w |= NIR_WARN_COUNTRY_UNLISTED;
    } else {
        if (dd == 0 && !lenient)
            return 0;
        if (dd == 20 && two(c + 1) >= 76) /* "20" read as 19YY >= 1976 */
            w |= NIR_WARN_CORSICA_YEAR;
        if (dd >= 91 && dd <= 96)
            w |= NIR_WARN_NORTH_AFRICA;
        if ((dd == 97 || dd == 98) && profile == NIR_PROFILE_STANDARD) {
            int third = c[7] - '0';
            if ((dd == 97 && (third < 1 || third > 8)) ||
                (dd == 98 && third < 4) || (c[8] == '0' && c[9] == '0'))
                return 0;
        } else if (!lenient && three(c + 7) == 0) {
            return 0;
        }
    }
    if (!lenient && three(c + 10) == 0)
        return 0;
    /* Q8: c[1..12] all '9' (bytes 1-7 of w0, bytes 0-5 of w1). */
    if ((w0 >> 8) == 0x39393939393939ULL &&
        (w1 & 0xFFFFFFFFFFFFULL) == 0x393939393939ULL)
        w |= NIR_WARN_DSN_PLACEHOLDER;
    /* R9: body = c[0..7] * 10^5 + c[8..12]; key = c[13..14]. The digit
     * c[7] is cleared from the second word, which then reads c[8..14]. */
    tail = value8((w1 - 0x30 * NIR_ONES) & ~0xFFULL);
    body = (uint64_t)value8(w0 - 0x30 * NIR_ONES) * 100000u + tail / 100u;
    *warnings = w;
    return tail % 100u == 97u - (uint32_t)(body % 97u) ? NIR_FAST_VALID
                                                       : NIR_FAST_BAD_KEY;
}
#else
static inline int nir_fast15_(const char *c, nir_profile profile,
                              unsigned *warnings)
{
    (void)c;
    (void)profile;
    (void)warnings;
    return NIR_FAST_UNDECIDED; /* big-endian: always the full path */
}
#endif

#endif
