/*
 * fast_accept.h -- digit helpers and the fast acceptance of a compact
 * 15-digit NIR, as static inline functions: rules.c uses the helpers, and
 * nir_validate, nir_parse (parse.c) and the batch loops (batch.c) inline
 * nir_fast15_ / nir_fast_line_ into their own loops. Its decisions come
 * from the tables of rules_def.h, as the reference checker's do; the
 * cross-path test (tests/unit/cross_paths.c) checks that they agree.
 * Internal, not installed.
 */
#ifndef NIR_FAST_ACCEPT_H
#define NIR_FAST_ACCEPT_H

#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "rules_def.h"

/* The fast path must be inlined into each loop, where its constants fold
 * (the byte after the number): compilers may decline on size. */
#if defined(__GNUC__)
#define NIR_FAST_INLINE static inline __attribute__((always_inline))
#else
#define NIR_FAST_INLINE static inline
#endif

static inline int two(const char *c) { return (c[0] - '0') * 10 + (c[1] - '0'); }
static inline int three(const char *c)
{
    return (c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0');
}

/* --- Fast acceptance (nir_validate, nir_parse and the batch calls) ---
 *
 * The fast path answers "is this 15-byte ASCII record a valid NIR/NIA
 * (digit 1 = 1/2) under `profile`?" without normalising it: the digit test
 * and the key work on two 8-byte words (SWAR), the field checks are those
 * of nir_check_ (rules.c), read from the same tables (rules_def.h) and
 * specialised to all-digit input. It returns
 *   NIR_FAST_VALID    when nir_check_ would return NIR_OK with kind
 *                     NIR_KIND_NIR,
 *   NIR_FAST_BAD_KEY  when every field passes but the key (the most common
 *                     typo): nir_check_ would return NIR_ERR_KEY, kind
 *                     NIR_KIND_NIR,
 * both with the warnings nir_check_ would give; and NIR_FAST_UNDECIDED in
 * every other case, where the caller runs the full path, which alone
 * decides the other errors and all positions. The profile must be valid.
 *
 *   nir_fast15_(c, ...)      the 15 bytes c[0..14];
 *   nir_fast_line_(c, ...)   the 16 bytes c[0..15], c[15] being an LF
 *                            (else undecided): one line of a buffer;
 *   nir_fast_input_(s, len, ...)  an input of any length: 15 bytes, or
 *                            15 digits among spaces (the printed form).
 *
 * Built with NIR_NO_SIMD (and on big-endian machines) there is no fast
 * path: every record takes the full path. The line calls also have a
 * sixteen-record kernel on x86-64 CPUs with AVX2 (lines_avx2.h), which
 * decides the same records as this path and reads the same tables.
 * bench/bench_paths.c measures what each path gains (bench/README.md); an
 * SSE2 variant of this one was removed for gaining too little. */
enum { NIR_FAST_UNDECIDED = 0, NIR_FAST_VALID = 1, NIR_FAST_BAD_KEY = 2 };

/* The status of a decided fast verdict. */
static inline nir_status nir_fast_status_(int verdict)
{
    return verdict == NIR_FAST_VALID ? NIR_OK : NIR_ERR_KEY;
}

/* What the word-level code found in 15 digits c[0..14]. */
typedef struct nir_fast_digits {
    int year;          /* c[1..2] */
    int place;         /* c[7..9]: the commune, or the country after 99 */
    int third;         /* c[7] */
    int commune_zero;  /* c[7..9] is "000" */
    int overseas_zero; /* c[8..9] is "00" (commune of 97x/98x) */
    int order_zero;    /* c[10..12] is "000" */
    int placeholder;   /* Q8: c[1..12] are all '9' */
} nir_fast_digits;

/* The field checks of nir_check_ on 15 digits, digit 1 being 1/2, from
 * the month verdict and the place flags of the profile's tables: 1 when
 * every field but the key passes, 0 (undecided) otherwise; the warnings
 * nir_check_ would give in *warnings when 1. Without branches (bitwise
 * operators, flags times values): the fields of a file are random to the
 * branch predictor, and a mispredicted branch costs more than this whole
 * function. */
NIR_FAST_INLINE int nir_fast_decide_(int month_ok, unsigned pf,
                                     const nir_fast_digits *f,
                                     const nir_rules *rules,
                                     unsigned *warnings)
{
    unsigned strict = rules->zeros_ok ? 0u : 1u;
    unsigned abroad = (pf & NIR_PF_ABROAD) != 0;
    unsigned unknown = (unsigned)(f->place == NIR_COUNTRY_UNKNOWN);
    unsigned unlisted =
        (unknown ^ 1u) & (unsigned)(nir_country_index_[f->place] == 0);
    unsigned bad =
        ((pf & NIR_PF_REFUSED) != 0) |
        (((pf & NIR_PF_COMMUNE) != 0) & (unsigned)f->commune_zero) |
        (((pf & NIR_PF_DOM) != 0) &
         ((unsigned)!NIR_DOM_THIRD_OK(f->third) | (unsigned)f->overseas_zero)) |
        (((pf & NIR_PF_COM) != 0) &
         ((unsigned)!NIR_COM_THIRD_OK(f->third) | (unsigned)f->overseas_zero)) |
        (strict & (unsigned)f->order_zero);

    unsigned north_africa = (pf & NIR_PF_NORTH_AFRICA) != 0;
    unsigned corsica = ((pf & NIR_PF_CORSICA) != 0) &
                       (unsigned)(f->year >= NIR_CORSICA_SPLIT_YY);

    *warnings = abroad * (unknown * (unsigned)NIR_WARN_COUNTRY_UNKNOWN |
                          unlisted * (unsigned)NIR_WARN_COUNTRY_UNLISTED) |
                north_africa * (unsigned)NIR_WARN_NORTH_AFRICA |
                corsica * (unsigned)NIR_WARN_CORSICA_YEAR |
                (unsigned)f->placeholder * (unsigned)NIR_WARN_DSN_PLACEHOLDER;
    return (int)((unsigned)month_ok & (bad ^ 1u));
}

#define NIR_ONES 0x0101010101010101ULL

/* 1 if the 8 bytes of x are all '0'-'9': high nibble 3, and adding 6 keeps
 * it 3. A carry out of a byte only comes from a byte >= 0xFA, which fails
 * on its own, so the test of the whole word is exact, in either byte
 * order. (The SWAR fast path below and parse.c's digit test.) */
static inline int all_digits8(uint64_t x)
{
    uint64_t hi = x & (0xF0 * NIR_ONES);
    uint64_t hi6 = ((x + 0x06 * NIR_ONES) & (0xF0 * NIR_ONES)) >> 4;
    return (hi | hi6) == 0x33 * NIR_ONES;
}

/* Longest input the fast paths look for 15 digits in. */
#define NIR_FAST_SPACED_MAX 32

/* 1 when s[0..len) (16 to NIR_FAST_SPACED_MAX bytes) is 15 ASCII digits
 * among ASCII spaces, as a number is usually printed ("2 55 08 14 168 025
 * 38", whatever the grouping), the digits then in d[0..14]: what
 * normalising it would give the full path (spaces are separators, R1,
 * white space around is ignored). 0 otherwise. */
static inline int nir_gather_spaced_(const char *s, size_t len, char d[16])
{
    size_t n = 0;
    if (len <= 15 || len > NIR_FAST_SPACED_MAX)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ')
            continue;
        if ((unsigned char)(b - '0') > 9 || n == 15)
            return 0;
        d[n++] = (char)b;
    }
    return n == 15;
}

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NIR_NO_SIMD)

/* Value of 8 digit values (0-9 each, first digit in the lowest byte). */
static inline uint32_t value8(uint64_t d)
{
    d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;   /* 4 x 2 digits */
    d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL; /* 2 x 4 digits */
    return (uint32_t)((d & 0xFFFFFFFFULL) * 10000 + (d >> 32));
}

NIR_FAST_INLINE int nir_fast15_(const char *c, nir_profile profile,
                                unsigned *warnings)
{
    /* NIR_REQUIRE_KEY aside: 15 characters carry their key */
    const nir_rules *rules = &nir_rules_[nir_profile_rules_(profile)];
    const uint64_t nines = (uint64_t)NIR_PLACEHOLDER_DIGIT * NIR_ONES;
    uint64_t w0, w1, body;
    uint32_t tail;
    nir_fast_digits f;

    memcpy(&w0, c, 8);     /* c[0..7] */
    memcpy(&w1, c + 7, 8); /* c[7..14] */
    if (!all_digits8(w0) || !all_digits8(w1))
        return NIR_FAST_UNDECIDED;
    /* R4: only NIR/NIA here */
    if (!NIR_IN(c[0] - '0', NIR_DIGIT1_NIR_FIRST, NIR_DIGIT1_NIR_LAST))
        return NIR_FAST_UNDECIDED;
    f.year = two(c + NIR_YEAR_AT);
    f.place = three(c + NIR_PLACE_AT);
    f.third = c[NIR_PLACE_AT] - '0';
    f.commune_zero = f.place == 0;
    f.overseas_zero = two(c + NIR_OVERSEAS_COMMUNE_AT) == 0;
    f.order_zero = three(c + NIR_ORDER_AT) == 0;
    /* Q8: c[1..12] all '9' (bytes 1-7 of w0, bytes 0-5 of w1). */
    f.placeholder = (w0 >> 8) == (nines >> 8) &&
                    (w1 & 0xFFFFFFFFFFFFULL) == (nines & 0xFFFFFFFFFFFFULL);
    if (!nir_fast_decide_(rules->month_ok[two(c + NIR_MONTH_AT)],
                          rules->place[two(c + NIR_DD_AT)], &f, rules,
                          warnings))
        return NIR_FAST_UNDECIDED;
    /* R9: body = c[0..7] * 10^5 + c[8..12]; key = c[13..14]. The digit
     * c[7] is cleared from the second word, which then reads c[8..14]. */
    tail = value8((w1 - 0x30 * NIR_ONES) & ~0xFFULL);
    body = (uint64_t)value8(w0 - 0x30 * NIR_ONES) * 100000u + tail / 100u;
    return tail % 100u == NIR_KEY_MOD - (uint32_t)(body % NIR_KEY_MOD)
               ? NIR_FAST_VALID
               : NIR_FAST_BAD_KEY;
}

NIR_FAST_INLINE int nir_fast_line_(const char *c, nir_profile profile,
                                   unsigned *warnings)
{
    return c[15] == '\n' ? nir_fast15_(c, profile, warnings)
                         : NIR_FAST_UNDECIDED;
}

/* nir_fast15_ for an input of any length: 15 bytes as they are, or 15
 * ASCII digits among ASCII spaces (nir_gather_spaced_). Anything else is
 * undecided. */
NIR_FAST_INLINE int nir_fast_input_(const char *s, size_t len,
                                    nir_profile profile, unsigned *warnings)
{
    char d[16];
    if (len == 15)
        return nir_fast15_(s, profile, warnings);
    return nir_gather_spaced_(s, len, d) ? nir_fast15_(d, profile, warnings)
                                         : NIR_FAST_UNDECIDED;
}
#else
NIR_FAST_INLINE int nir_fast15_(const char *c, nir_profile profile,
                                unsigned *warnings)
{
    (void)c;
    (void)profile;
    (void)warnings;
    return NIR_FAST_UNDECIDED; /* no fast path: always the full path */
}

NIR_FAST_INLINE int nir_fast_line_(const char *c, nir_profile profile,
                                   unsigned *warnings)
{
    return nir_fast15_(c, profile, warnings);
}

NIR_FAST_INLINE int nir_fast_input_(const char *s, size_t len,
                                    nir_profile profile, unsigned *warnings)
{
    (void)len;
    return nir_fast15_(s, profile, warnings);
}
#endif

#endif
