/*
 * fast_accept.h -- digit helpers, the month rule, and the fast acceptance
 * of a compact 15-digit NIR, as static inline functions: rules.c uses the
 * helpers, and nir_validate (parse.c) and the batch loops (batch.c) inline
 * nir_fast15_ / nir_fast_line_ into their own loops, which saves a call
 * per number on the hot path. Checked against the full rules by
 * bench/tools/diffcheck.sh (both variants: NEW_CFLAGS=-DNIR_NO_SIMD) and
 * by the parse fuzzer. Internal, not installed.
 */
#ifndef NIR_FAST_ACCEPT_H
#define NIR_FAST_ACCEPT_H

#include <stdint.h>
#include <string.h>

#include "internal.h"

/* The fast path must be inlined into each loop, where its constants fold
 * (the byte after the number, the profile): compilers may decline on size. */
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
 * The fast path answers "is this 15-byte ASCII record a valid NIR/NIA
 * (digit 1 = 1/2) under `profile`?" without normalising it: the digit test
 * and the key work on whole words (SSE2 on x86-64, SWAR elsewhere), the
 * field checks are those of nir_check_ (rules.c), specialised to all-digit
 * input. It returns
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
 *                            (else undecided): one line of a buffer.
 * Both take the profile's tables (nir_fast_rules) when a batch call built
 * them, or NULL. */
enum { NIR_FAST_UNDECIDED = 0, NIR_FAST_VALID = 1, NIR_FAST_BAD_KEY = 2 };

/* The status of a decided fast verdict. */
static inline nir_status nir_fast_status_(int verdict)
{
    return verdict == NIR_FAST_VALID ? NIR_OK : NIR_ERR_KEY;
}

/* check_place (rules.c) for an all-digit département code dd, as flags:
 * what nir_fast_decide_ must check and which warnings it may give. */
enum {
    NIR_PF_REFUSED = 1u << 0,      /* 00 outside LENIENT */
    NIR_PF_COMMUNE = 1u << 1,      /* commune (or country) 000 refused */
    NIR_PF_OVERSEAS97 = 1u << 2,   /* STANDARD, R8b: 97x, x = 1-8 */
    NIR_PF_OVERSEAS98 = 1u << 3,   /* STANDARD, R8b: 98x, x >= 4 */
    NIR_PF_ABROAD = 1u << 4,       /* 99: country warnings */
    NIR_PF_NORTH_AFRICA = 1u << 5, /* 91-96: NIR_WARN_NORTH_AFRICA */
    NIR_PF_CORSICA = 1u << 6       /* 20: NIR_WARN_CORSICA_YEAR if YY >= 76 */
};

static inline unsigned nir_place_flags_(int dd, nir_profile profile)
{
    int lenient = profile == NIR_PROFILE_LENIENT;
    unsigned f = 0;

    if (dd == 0 && !lenient)
        f |= NIR_PF_REFUSED;
    if (dd == 99)
        return f | NIR_PF_ABROAD | (lenient ? 0u : NIR_PF_COMMUNE);
    if (dd == 20)
        f |= NIR_PF_CORSICA;
    if (dd >= 91 && dd <= 96)
        f |= NIR_PF_NORTH_AFRICA;
    if ((dd == 97 || dd == 98) && profile == NIR_PROFILE_STANDARD)
        f |= dd == 97 ? NIR_PF_OVERSEAS97 : NIR_PF_OVERSEAS98;
    else if (!lenient)
        f |= NIR_PF_COMMUNE;
    return f;
}

/* The month and place rules of a profile as tables, for the batch calls:
 * built once per call, they replace the branches of nir_month_ok_ and
 * nir_place_flags_ by two loads per number. */
typedef struct nir_fast_rules {
    unsigned char month_ok[100];
    unsigned char place[100];
} nir_fast_rules;

static inline void nir_fast_rules_init_(nir_fast_rules *r,
                                        nir_profile profile)
{
    for (int v = 0; v < 100; v++) {
        r->month_ok[v] = (unsigned char)nir_month_ok_(v, profile);
        r->place[v] = (unsigned char)nir_place_flags_(v, profile);
    }
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
 * the month verdict and the place flags: 1 when every field but the key
 * passes, 0 (undecided) otherwise; the warnings nir_check_ would give in
 * *warnings when 1. Without branches (bitwise operators, flags times
 * values): the fields of a file are random to the branch predictor, and a
 * mispredicted branch costs more than this whole function. */
NIR_FAST_INLINE int nir_fast_decide_(int month_ok, unsigned pf,
                                     const nir_fast_digits *f,
                                     nir_profile profile, unsigned *warnings)
{
    unsigned lenient = profile == NIR_PROFILE_LENIENT;
    unsigned abroad = (pf & NIR_PF_ABROAD) != 0;
    unsigned unknown = (unsigned)(f->place == 990);
    unsigned unlisted =
        (unknown ^ 1u) & (unsigned)(nir_country_index_[f->place] == 0);
    unsigned bad =
        ((pf & NIR_PF_REFUSED) != 0) |
        (((pf & NIR_PF_COMMUNE) != 0) & (unsigned)f->commune_zero) |
        (((pf & NIR_PF_OVERSEAS97) != 0) &
         (((unsigned)(f->third - 1) >= 8u) | (unsigned)f->overseas_zero)) |
        (((pf & NIR_PF_OVERSEAS98) != 0) &
         ((unsigned)(f->third < 4) | (unsigned)f->overseas_zero)) |
        ((lenient ^ 1u) & (unsigned)f->order_zero);

    unsigned north_africa = (pf & NIR_PF_NORTH_AFRICA) != 0;
    unsigned corsica = ((pf & NIR_PF_CORSICA) != 0) & (unsigned)(f->year >= 76);

    *warnings = abroad * (unknown * (unsigned)NIR_WARN_COUNTRY_UNKNOWN |
                          unlisted * (unsigned)NIR_WARN_COUNTRY_UNLISTED) |
                north_africa * (unsigned)NIR_WARN_NORTH_AFRICA |
                corsica * (unsigned)NIR_WARN_CORSICA_YEAR |
                (unsigned)f->placeholder * (unsigned)NIR_WARN_DSN_PLACEHOLDER;
    return (int)((unsigned)month_ok & (bad ^ 1u));
}

/* The month and place verdicts of nir_fast_decide_: from the tables when
 * a batch call built them, else from the rules. */
NIR_FAST_INLINE int nir_fast_month_(const nir_fast_rules *r, int m,
                                    nir_profile profile)
{
    return r ? r->month_ok[m] : nir_month_ok_(m, profile);
}

NIR_FAST_INLINE unsigned nir_fast_place_(const nir_fast_rules *r, int dd,
                                         nir_profile profile)
{
    return r ? r->place[dd] : nir_place_flags_(dd, profile);
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

#if (defined(__x86_64__) || defined(_M_X64)) && !defined(NIR_NO_SIMD)
#include <emmintrin.h> /* SSE2: part of every x86-64 */

/* x % 97 == 0, as x times the inverse of 97 modulo 2^32 being at most
 * (2^32 - 1) / 97: two instructions where the remainder takes ten. */
#define NIR_INV97 0x5F02A3A1u
_Static_assert((uint32_t)(97u * NIR_INV97) == 1u, "inverse of 97 mod 2^32");
static inline int nir_divisible97_(uint32_t x)
{
    return (uint32_t)(x * NIR_INV97) <= UINT32_MAX / 97u;
}

/* 10^e mod 97 for the key sum below. */
#define NIR_P10M97(e) ((short)(1##e##ULL % 97u))

/* x holds 15 bytes and, in byte 15, `last` (below '0'). Undecided unless
 * bytes 0-14 are digits, byte 0 being 1 or 2, and byte 15 is `last`.
 *
 * Most numbers are plain: month 01-12, département 01-90 but 20, commune
 * and order not 000, key 01-97. Every profile accepts those fields and
 * none gives them a warning, so a plain number is decided by its key
 * alone after one test of all its fields in vector registers; the others
 * take nir_fast_decide_. */
NIR_FAST_INLINE int nir_fast_vec_(__m128i x, char last, nir_profile profile,
                                  const nir_fast_rules *rules,
                                  unsigned *warnings)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i lo = _mm_setr_epi8('1', '0', '0', '0', '0', '0', '0', '0',
                                     '0', '0', '0', '0', '0', '0', '0', last);
    const __m128i hi = _mm_setr_epi8('2', '9', '9', '9', '9', '9', '9', '9',
                                     '9', '9', '9', '9', '9', '9', '9', last);
    const __m128i tens = _mm_setr_epi16(10, 1, 10, 1, 10, 1, 10, 1);
    /* The lanes of `pairs` (below), the values of a plain number in them,
     * and their weights in the key sum. */
    /*                                      yy  mm  dd c7-8 c9-10 c11-12 key c0 */
    const __m128i plain_lo = _mm_setr_epi16(0, 1, 1, 0, 0, 0, 1, 0);
    const __m128i plain_hi = _mm_setr_epi16(99, 12, 90, 99, 99, 99, 97, 9);
    const __m128i not_plain = _mm_setr_epi16(-1, -1, 20, -1, -1, -1, -1, -1);
    const __m128i weights = _mm_setr_epi16(
        NIR_P10M97(0000000000), NIR_P10M97(00000000), NIR_P10M97(000000),
        NIR_P10M97(0000), NIR_P10M97(00), 1, 1, NIR_P10M97(000000000000));
    __m128i out = _mm_or_si128(_mm_subs_epu8(x, hi), _mm_subs_epu8(lo, x));
    __m128i d, pairs, odd, sum;
    unsigned zeros, nines, c78, key_ok;
    nir_fast_digits f;

    /* Digit values, byte 15 (below '0') made 0; rotated so that the lanes
     * of pairs are the numbers c[1..2], c[3..4], ..., c[13..14] and c[0]. */
    d = _mm_subs_epu8(x, _mm_set1_epi8('0'));
    d = _mm_or_si128(_mm_srli_si128(d, 1), _mm_slli_si128(d, 15));
    pairs = _mm_packs_epi32(_mm_madd_epi16(_mm_unpacklo_epi8(d, zero), tens),
                            _mm_madd_epi16(_mm_unpackhi_epi8(d, zero), tens));
    odd = _mm_or_si128(_mm_or_si128(_mm_cmpgt_epi16(plain_lo, pairs),
                                    _mm_cmpgt_epi16(pairs, plain_hi)),
                       _mm_cmpeq_epi16(pairs, not_plain));
    zeros = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('0')));
    f.commune_zero = (zeros & 0x0380u) == 0x0380u;  /* bytes 7-9 */
    f.order_zero = (zeros & 0x1C00u) == 0x1C00u;    /* bytes 10-12 */
    /* R9: the key k is right when 1 <= k <= 97 and body + k = 0 (mod 97),
     * body mod 97 being the sum of its pairs of digits times 10^e mod 97. */
    sum = _mm_madd_epi16(pairs, weights);
    sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0x4E));
    sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0xB1));
    key_ok = (unsigned)nir_divisible97_((uint32_t)_mm_cvtsi128_si32(sum));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(out, odd), zero)) ==
            0xFFFF &&
        !(f.commune_zero | f.order_zero)) {
        *warnings = 0;
        return key_ok ? NIR_FAST_VALID : NIR_FAST_BAD_KEY;
    }
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(out, zero)) != 0xFFFF)
        return NIR_FAST_UNDECIDED;
    key_ok &= (unsigned)_mm_extract_epi16(pairs, 6) - 1u < 97u;
    nines = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('9')));
    c78 = (unsigned)_mm_extract_epi16(pairs, 3);
    /* x * 205 >> 11 is x / 10 for x < 1024 */
    f.year = _mm_extract_epi16(pairs, 0);
    f.place = (int)(c78 * 10u +
                    (((unsigned)_mm_extract_epi16(pairs, 4) * 205u) >> 11));
    f.third = (int)((c78 * 205u) >> 11);
    f.overseas_zero = (zeros & 0x0300u) == 0x0300u; /* bytes 8-9 */
    f.placeholder = (nines & 0x1FFEu) == 0x1FFEu;   /* bytes 1-12 */
    if (!nir_fast_decide_(
            nir_fast_month_(rules, _mm_extract_epi16(pairs, 1), profile),
            nir_fast_place_(rules, _mm_extract_epi16(pairs, 2), profile), &f,
            profile, warnings))
        return NIR_FAST_UNDECIDED;
    return key_ok ? NIR_FAST_VALID : NIR_FAST_BAD_KEY;
}

NIR_FAST_INLINE int nir_fast15_(const char *c, nir_profile profile,
                                const nir_fast_rules *rules,
                                unsigned *warnings)
{
    /* Two 8-byte loads: c[0..7] and c[8..14] (read as c[7..14], shifted);
     * byte 15 is then 0. */
    __m128i a = _mm_loadl_epi64((const __m128i *)(const void *)c);
    __m128i b = _mm_srli_epi64(
        _mm_loadl_epi64((const __m128i *)(const void *)(c + 7)), 8);
    return nir_fast_vec_(_mm_unpacklo_epi64(a, b), 0, profile, rules,
                         warnings);
}

NIR_FAST_INLINE int nir_fast_line_(const char *c, nir_profile profile,
                                   const nir_fast_rules *rules,
                                   unsigned *warnings)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)c);
    return nir_fast_vec_(x, '\n', profile, rules, warnings);
}
#undef NIR_P10M97

#elif defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__

/* Value of 8 digit values (0-9 each, first digit in the lowest byte). */
static inline uint32_t value8(uint64_t d)
{
    d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;   /* 4 x 2 digits */
    d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL; /* 2 x 4 digits */
    return (uint32_t)((d & 0xFFFFFFFFULL) * 10000 + (d >> 32));
}

NIR_FAST_INLINE int nir_fast15_(const char *c, nir_profile profile,
                                const nir_fast_rules *rules,
                                unsigned *warnings)
{
    uint64_t w0, w1, body;
    uint32_t tail;
    nir_fast_digits f;

    memcpy(&w0, c, 8);     /* c[0..7] */
    memcpy(&w1, c + 7, 8); /* c[7..14] */
    if (!all_digits8(w0) || !all_digits8(w1))
        return NIR_FAST_UNDECIDED;
    if (c[0] != '1' && c[0] != '2') /* R4: only NIR/NIA here */
        return NIR_FAST_UNDECIDED;
    f.year = two(c + 1);
    f.place = three(c + 7);
    f.third = c[7] - '0';
    f.commune_zero = f.place == 0;
    f.overseas_zero = c[8] == '0' && c[9] == '0';
    f.order_zero = three(c + 10) == 0;
    /* Q8: c[1..12] all '9' (bytes 1-7 of w0, bytes 0-5 of w1). */
    f.placeholder = (w0 >> 8) == 0x39393939393939ULL &&
                    (w1 & 0xFFFFFFFFFFFFULL) == 0x393939393939ULL;
    if (!nir_fast_decide_(nir_fast_month_(rules, two(c + 3), profile),
                          nir_fast_place_(rules, two(c + 5), profile), &f,
                          profile, warnings))
        return NIR_FAST_UNDECIDED;
    /* R9: body = c[0..7] * 10^5 + c[8..12]; key = c[13..14]. The digit
     * c[7] is cleared from the second word, which then reads c[8..14]. */
    tail = value8((w1 - 0x30 * NIR_ONES) & ~0xFFULL);
    body = (uint64_t)value8(w0 - 0x30 * NIR_ONES) * 100000u + tail / 100u;
    return tail % 100u == 97u - (uint32_t)(body % 97u) ? NIR_FAST_VALID
                                                       : NIR_FAST_BAD_KEY;
}

NIR_FAST_INLINE int nir_fast_line_(const char *c, nir_profile profile,
                                   const nir_fast_rules *rules,
                                   unsigned *warnings)
{
    return c[15] == '\n' ? nir_fast15_(c, profile, rules, warnings)
                         : NIR_FAST_UNDECIDED;
}
#else
NIR_FAST_INLINE int nir_fast15_(const char *c, nir_profile profile,
                                const nir_fast_rules *rules,
                                unsigned *warnings)
{
    (void)c;
    (void)profile;
    (void)rules;
    (void)warnings;
    return NIR_FAST_UNDECIDED; /* big-endian: always the full path */
}

NIR_FAST_INLINE int nir_fast_line_(const char *c, nir_profile profile,
                                   const nir_fast_rules *rules,
                                   unsigned *warnings)
{
    return nir_fast15_(c, profile, rules, warnings);
}
#endif

#endif
