/*
 * lines_avx2.c -- the sixteen-line kernel of lines_avx2.h.
 *
 * Layout: register r_i holds line i in its low half and line i + 8 in its
 * high half. Each line's bytes become eight 16-bit fields (yy, mm, dd, ...)
 * and a transpose turns the eight registers into eight field vectors of
 * sixteen numbers, lines 0-7 then 8-15. Every rule is then one vector
 * operation for sixteen numbers, and the answers are bit masks (movemask:
 * two bits per 16-bit lane; bit 2 r is line r).
 */
#include "lines_avx2.h"

#ifdef NIR_HAVE_AVX2
#include <immintrin.h>

#include "internal.h"

#define NIR_AVX2 __attribute__((target("avx2,popcnt")))
/* A constant of nir_lines_rules.k, in a kernel that has `lr`. */
#define K(name) \
    _mm256_load_si256((const __m256i *)(const void *)lr->k[NIR_LK_##name])
#define NIR_AVX2_INLINE static inline __attribute__((always_inline, \
                                                     target("avx2,popcnt")))

_Static_assert(NIR_WARN_COUNTRY_UNLISTED == 1u << 0 &&
                   NIR_WARN_COUNTRY_UNKNOWN == 1u << 1 &&
                   NIR_WARN_CORSICA_YEAR == 1u << 2 &&
                   NIR_WARN_NORTH_AFRICA == 1u << 3 &&
                   NIR_WARN_DSN_PLACEHOLDER == 1u << 4 &&
                   NIR_LINES_WARNINGS == 5,
               "nir_lines16.warnings[i] counts warning bit i");

/* 10^e mod 97 as a residue in -48..48, for a key sum that fits 16 bits. */
#define NIR_R97(e) \
    ((short)((1##e##ULL % 97u) > 48u ? (int)(1##e##ULL % 97u) - 97 \
                                     : (int)(1##e##ULL % 97u)))
/* With these weights the sum of the fields of a 15-digit line lies in
 * -6493..6741; adding 97 * 67 makes it 6..13240, and x in 0..65535 is a
 * multiple of 97 when x times the inverse of 97 mod 2^16 is at most
 * 65535 / 97 = 675. */
#define NIR_KEY_OFFSET (97 * 67)
#define NIR_INV97_16 ((short)0xA3A1)
_Static_assert((uint16_t)(97u * 0xA3A1u) == 1u, "inverse of 97 mod 2^16");

void nir_lines_rules_init_(nir_lines_rules *lr, const nir_fast_rules *r,
                           nir_profile profile)
{
    memset(lr, 0, sizeof *lr);
    for (unsigned v = 0; v < 100; v++) {
        unsigned char bit = (unsigned char)(1u << (v % 8));
        if (!r->month_ok[v])
            lr->bits[NIR_LT_MONTH_BAD][v / 8] |= bit;
        for (unsigned f = 0; f + 1 < NIR_LT_COUNT; f++)
            if (r->place[v] & (1u << f))
                lr->bits[NIR_LT_REFUSED + f][v / 8] |= bit;
    }
    static const short k[NIR_LK_COUNT] = {
        [NIR_LK_7] = 7, [NIR_LK_15] = 15, [NIR_LK_100] = 100,
        [NIR_LK_W12] = NIR_R97(000000000000), [NIR_LK_W10] = NIR_R97(0000000000),
        [NIR_LK_W8] = NIR_R97(00000000), [NIR_LK_W6] = NIR_R97(000000),
        [NIR_LK_W5] = NIR_R97(00000), [NIR_LK_W3] = NIR_R97(000),
        [NIR_LK_W1] = NIR_R97(0), [NIR_LK_KEY_OFFSET] = NIR_KEY_OFFSET,
        [NIR_LK_INV97] = NIR_INV97_16, [NIR_LK_675] = 675, [NIR_LK_98] = 98,
        [NIR_LK_8] = 8, [NIR_LK_4] = 4, [NIR_LK_990] = 990, [NIR_LK_75] = 75,
        [NIR_LK_99] = 99, [NIR_LK_9] = 9, [NIR_LK_STRICT] = 0,
        [NIR_LK_BIT7] = (short)0x8080, [NIR_LK_LF] = 0x0A0A};
    for (unsigned i = 0; i < NIR_LK_COUNT; i++)
        for (unsigned j = 0; j < 16; j++)
            lr->k[i][j] = k[i];
    /* An order 000 is refused but in LENIENT. */
    for (unsigned j = 0; j < 16; j++)
        lr->k[NIR_LK_STRICT][j] = profile == NIR_PROFILE_LENIENT ? 0 : -1;
    /* The LF of a 16-byte line: byte 15 of each half (lanes 7 and 15). */
    lr->k[NIR_LK_LF_AT_15][7] = lr->k[NIR_LK_LF_AT_15][15] = (short)0xFF00;
}

_Static_assert(NIR_PF_REFUSED == 1u << 0 && NIR_PF_COMMUNE == 1u << 1 &&
                   NIR_PF_OVERSEAS97 == 1u << 2 &&
                   NIR_PF_OVERSEAS98 == 1u << 3 &&
                   NIR_PF_ABROAD == 1u << 4 &&
                   NIR_PF_NORTH_AFRICA == 1u << 5 &&
                   NIR_PF_CORSICA == 1u << 6 && NIR_LT_COUNT == 8,
               "NIR_LT_REFUSED + f is place flag bit f");

int nir_lines_avx2_ok_(void)
{
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
}

/* Lines i and i + 8 as eight 16-bit fields each: yy, mm, dd, c7, c8c9,
 * c10c11, c12 + 16 c0 and the key. A byte out of place (not a digit, first
 * digit not 1 or 2, no LF at 15) gets bit 7 set before the fields are
 * summed, which puts its field above 99: one test of all fields then tells
 * the lines of the right shape. The LF counts 0 in the c7 field.
 * *misplaced_lf: per 8 bytes, nonzero when an LF is missing at byte 15 or
 * present before it (the line is not 16 bytes long). */
NIR_AVX2_INLINE __m256i line_fields(const nir_lines_rules *lr, const char *p,
                                    int i, __m256i *misplaced_lf)
{
#define NIR_X2(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)
    const __m256i lo = NIR_X2('1', '0', '0', '0', '0', '0', '0', '0', '0',
                              '0', '0', '0', '0', '0', '0', '\n');
    const __m256i hi = NIR_X2('2', '9', '9', '9', '9', '9', '9', '9', '9',
                              '9', '9', '9', '9', '9', '9', '\n');
    const __m256i base = NIR_X2('0', '0', '0', '0', '0', '0', '0', '0', '0',
                                '0', '0', '0', '0', '0', '0', '\n');
    const __m256i order = NIR_X2(1, 2, 3, 4, 5, 6, 7, 15, 8, 9, 10, 11, 12, 0,
                                 13, 14);
    const __m256i tens = NIR_X2(10, 1, 10, 1, 10, 1, 1, 1, 10, 1, 10, 1, 1,
                                16, 10, 1);
#undef NIR_X2
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i));
    __m128i b =
        _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * (i + 8)));
    __m256i x = _mm256_inserti128_si256(_mm256_castsi128_si256(a), b, 1);
    __m256i out = _mm256_or_si256(_mm256_subs_epu8(x, hi),
                                  _mm256_subs_epu8(lo, x));
    *misplaced_lf = _mm256_sad_epu8(
        _mm256_xor_si256(_mm256_cmpeq_epi8(x, K(LF)), K(LF_AT_15)),
        _mm256_setzero_si256());
    __m256i d = _mm256_sub_epi8(x, base);
    d = _mm256_or_si256(
        d, _mm256_andnot_si256(_mm256_cmpeq_epi8(out, _mm256_setzero_si256()),
                               K(BIT7)));
    return _mm256_maddubs_epi16(_mm256_shuffle_epi8(d, order), tens);
}

/* From the *misplaced_lf of the 8 registers: one 16-bit lane per line,
 * lines 0-7 then 8-15, zero when the line is 16 bytes long. Register i
 * holds line i in qwords 0-1 and line i + 8 in qwords 2-3; sums of 8
 * bytes are below 2^11, so four lines fit a qword. */
NIR_AVX2_INLINE __m256i misplaced_lines(const __m256i s[8])
{
    __m256i a = _mm256_or_si256(
        _mm256_or_si256(s[0], _mm256_slli_epi64(s[1], 16)),
        _mm256_or_si256(_mm256_slli_epi64(s[2], 32),
                        _mm256_slli_epi64(s[3], 48)));
    __m256i b = _mm256_or_si256(
        _mm256_or_si256(s[4], _mm256_slli_epi64(s[5], 16)),
        _mm256_or_si256(_mm256_slli_epi64(s[6], 32),
                        _mm256_slli_epi64(s[7], 48)));
    a = _mm256_or_si256(a, _mm256_shuffle_epi32(a, 0x4E)); /* both halves */
    b = _mm256_or_si256(b, _mm256_shuffle_epi32(b, 0x4E));
    return _mm256_unpacklo_epi64(a, b);
}

/* 8 x 8 transpose of 16-bit lanes in each 128-bit half. */
NIR_AVX2_INLINE void transpose8(__m256i r[8])
{
    __m256i t[8], u[8];
    for (int i = 0; i < 4; i++) {
        t[2 * i] = _mm256_unpacklo_epi16(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm256_unpackhi_epi16(r[2 * i], r[2 * i + 1]);
    }
    for (int i = 0; i < 2; i++) {
        u[4 * i] = _mm256_unpacklo_epi32(t[4 * i], t[4 * i + 2]);
        u[4 * i + 1] = _mm256_unpackhi_epi32(t[4 * i], t[4 * i + 2]);
        u[4 * i + 2] = _mm256_unpacklo_epi32(t[4 * i + 1], t[4 * i + 3]);
        u[4 * i + 3] = _mm256_unpackhi_epi32(t[4 * i + 1], t[4 * i + 3]);
    }
    for (int i = 0; i < 4; i++) {
        r[2 * i] = _mm256_unpacklo_epi64(u[i], u[i + 4]);
        r[2 * i + 1] = _mm256_unpackhi_epi64(u[i], u[i + 4]);
    }
}

/* Bit v % 8 of byte v / 8 of a bitmap, for each 16-bit lane v (0-99): the
 * low byte of each lane is nonzero when the bit is set (the high byte is
 * left undefined). sel = the lane's bit, idx = its byte (see below). */
NIR_AVX2_INLINE __m256i lookup(const unsigned char table[16], __m256i idx,
                               __m256i sel)
{
    __m256i t = _mm256_broadcastsi128_si256(
        _mm_loadu_si128((const __m128i *)(const void *)table));
    return _mm256_and_si256(_mm256_shuffle_epi8(t, idx), sel);
}

NIR_AVX2_INLINE __m256i bit_of(const nir_lines_rules *lr, __m256i v)
{
    const __m256i bits = _mm256_setr_epi8(
        1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16,
        32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
    return _mm256_shuffle_epi8(bits, _mm256_and_si256(v, K(7)));
}

/* Lanes as masks, one bit per line: a 16-bit lane mask (all ones or all
 * zeros), or a lane whose low byte is zero or not (`set_if_nonzero`). */
NIR_AVX2_INLINE uint32_t mask_of(__m256i lanes)
{
    return (uint32_t)_mm256_movemask_epi8(lanes) & 0x55555555u;
}

NIR_AVX2_INLINE uint32_t set_if_nonzero(__m256i bytes)
{
    return ~(uint32_t)_mm256_movemask_epi8(
               _mm256_cmpeq_epi8(bytes, _mm256_setzero_si256())) &
           0x55555555u;
}



/* What one group of sixteen lines holds; masks hold line r in bit 2 r. */
typedef struct group {
    unsigned count;     /* leading lines of 16 bytes, LF last (0-16) */
    uint32_t valid;     /* of those: NIR_OK, kind NIR */
    uint32_t decided;   /* of those: NIR_OK or NIR_ERR_KEY, kind NIR (the
                           lines of the right shape, as for the fast path) */
    uint32_t bad_month; /* of those: NIR_ERR_MONTH, kind NIR */
    uint32_t undecided; /* of those: left to the full path */
    unsigned warnings[NIR_LINES_WARNINGS]; /* decided lines with warning
                                              bit i */
} group;

NIR_AVX2_INLINE void group_verdicts(const char *p, const nir_lines_rules *lr,
                                    group *g)
{
    const __m256i zero = _mm256_setzero_si256();
    __m256i f[8], lf[8];
    for (int i = 0; i < 8; i++)
        f[i] = line_fields(lr, p, i, &lf[i]);
    transpose8(f);
    const __m256i yy = f[0], mm = f[1], dd = f[2], c7 = f[3], c89 = f[4],
                  c1011 = f[5], key = f[7];
    const __m256i c12 = _mm256_and_si256(f[6], K(15));
    const __m256i c0 = _mm256_srli_epi16(f[6], 4);

    /* The group: the lines up to the first one that is not 16 bytes
     * long. Among them, those of the right shape: every field at most 99;
     * the others go to the full path. */
    uint32_t misplaced =
        ~mask_of(_mm256_cmpeq_epi16(misplaced_lines(lf), zero)) & 0x55555555u;
    g->count = misplaced ? (unsigned)__builtin_ctz(misplaced) / 2 : 16;
    if (g->count == 0)
        return;
    uint32_t lines = g->count == 16
                         ? 0x55555555u
                         : ((1u << (2 * g->count)) - 1u) & 0x55555555u;
    __m256i top = _mm256_max_epu16(_mm256_max_epu16(f[0], f[1]),
                                   _mm256_max_epu16(f[2], f[3]));
    top = _mm256_max_epu16(top, _mm256_max_epu16(_mm256_max_epu16(f[4], f[5]),
                                                 _mm256_max_epu16(f[6], f[7])));
    uint32_t shaped = lines & mask_of(_mm256_cmpgt_epi16(K(100), top));

    /* R9: body + key = 0 (mod 97), the key in 1-97. */
#define NIR_TERM(v, w) _mm256_mullo_epi16(v, K(w))
    __m256i sum = _mm256_add_epi16(
        _mm256_add_epi16(NIR_TERM(c0, W12), NIR_TERM(yy, W10)),
        _mm256_add_epi16(NIR_TERM(mm, W8), NIR_TERM(dd, W6)));
    sum = _mm256_add_epi16(
        sum, _mm256_add_epi16(
                 _mm256_add_epi16(NIR_TERM(c7, W5), NIR_TERM(c89, W3)),
                 _mm256_add_epi16(NIR_TERM(c1011, W1),
                                  _mm256_add_epi16(c12, key))));
#undef NIR_TERM
    sum = _mm256_mullo_epi16(
        _mm256_add_epi16(sum, K(KEY_OFFSET)),
        K(INV97));
    __m256i key_ok = _mm256_and_si256(
        _mm256_cmpeq_epi16(_mm256_min_epu16(sum, K(675)), sum),
        _mm256_and_si256(_mm256_cmpgt_epi16(key, zero),
                         _mm256_cmpgt_epi16(K(98), key)));

    /* The month and place tables: nir_fast_decide_ for sixteen lines. */
    const __m256i m_idx = _mm256_srli_epi16(mm, 3), m_sel = bit_of(lr, mm);
    const __m256i d_idx = _mm256_srli_epi16(dd, 3), d_sel = bit_of(lr, dd);
#define NIR_FLAG(t) lookup(lr->bits[t], d_idx, d_sel)
    __m256i place =
        _mm256_add_epi16(_mm256_mullo_epi16(c7, K(100)), c89);
    __m256i overseas_zero = _mm256_cmpeq_epi16(c89, zero);
    __m256i commune_zero = _mm256_cmpeq_epi16(_mm256_or_si256(c7, c89), zero);
    __m256i order_zero = _mm256_cmpeq_epi16(_mm256_or_si256(c1011, c12), zero);
    /* R8b: 97x with x in 1-8, 98x with x >= 4, and not 00 after it */
    __m256i bad97 = _mm256_or_si256(
        overseas_zero,
        _mm256_or_si256(_mm256_cmpeq_epi16(c7, zero),
                        _mm256_cmpgt_epi16(c7, K(8))));
    __m256i bad98 = _mm256_or_si256(
        overseas_zero, _mm256_cmpgt_epi16(K(4), c7));
    __m256i month_bad = lookup(lr->bits[NIR_LT_MONTH_BAD], m_idx, m_sel);
    __m256i bad = _mm256_or_si256(month_bad, NIR_FLAG(NIR_LT_REFUSED));
    bad = _mm256_or_si256(
        bad, _mm256_and_si256(NIR_FLAG(NIR_LT_COMMUNE), commune_zero));
    bad = _mm256_or_si256(
        bad, _mm256_and_si256(NIR_FLAG(NIR_LT_OVERSEAS97), bad97));
    bad = _mm256_or_si256(
        bad, _mm256_and_si256(NIR_FLAG(NIR_LT_OVERSEAS98), bad98));
    bad = _mm256_or_si256(
        bad, _mm256_and_si256(K(STRICT), order_zero));

    uint32_t decided = shaped & ~set_if_nonzero(bad);
    g->decided = decided;
    /* The digits being right and digit 1 being 1 or 2, the month is the
     * first rule nir_check_ applies: a wrong month is its verdict. */
    g->bad_month = shaped & set_if_nonzero(month_bad);
    g->undecided = lines & ~decided & ~g->bad_month;
    g->valid = decided & mask_of(key_ok);

    /* Warnings of the decided lines. */
    uint32_t abroad = decided & set_if_nonzero(NIR_FLAG(NIR_LT_ABROAD));
    uint32_t unknown =
        mask_of(_mm256_cmpeq_epi16(place, K(990)));
    uint32_t corsica =
        set_if_nonzero(NIR_FLAG(NIR_LT_CORSICA)) &
        mask_of(_mm256_cmpgt_epi16(yy, K(75)));
    uint32_t north_africa = set_if_nonzero(NIR_FLAG(NIR_LT_NORTH_AFRICA));
#undef NIR_FLAG
    /* Q8: c1-c12 all 9. Every field being at most 99 (c7, c12: 9), their
     * AND is 99 (9) only when each one is. */
    __m256i nines = _mm256_and_si256(
        _mm256_and_si256(yy, mm),
        _mm256_and_si256(dd, _mm256_and_si256(c89, c1011)));
    uint32_t placeholder = mask_of(_mm256_and_si256(
        _mm256_cmpeq_epi16(nines, K(99)),
        _mm256_cmpeq_epi16(_mm256_and_si256(c7, c12), K(9))));
    unsigned unlisted = 0;
    uint32_t listed_check = abroad & ~unknown;
    if (listed_check) {
        uint16_t places[16];
        _mm256_storeu_si256((__m256i *)(void *)places, place);
        for (; listed_check; listed_check &= listed_check - 1)
            unlisted +=
                nir_country_index_[places[__builtin_ctz(listed_check) / 2]] ==
                0;
    }
    g->warnings[0] = unlisted;
    g->warnings[1] = (unsigned)__builtin_popcount(abroad & unknown);
    g->warnings[2] = (unsigned)__builtin_popcount(decided & corsica);
    g->warnings[3] = (unsigned)__builtin_popcount(decided & north_africa);
    g->warnings[4] = (unsigned)__builtin_popcount(decided & placeholder);
}

NIR_AVX2 const char *nir_lines_avx2_(const char *p, const char *end,
                                     const nir_lines_rules *lr,
                                     nir_lines_acc *acc)
{
    while (end - p >= 256 && nir_lines_room_(acc, 16)) {
        group g;
        group_verdicts(p, lr, &g);
        if (g.count == 0)
            break;
        uint32_t valid = g.valid, decided = g.decided, month = g.bad_month;
        unsigned months = (unsigned)__builtin_popcount(month);
        acc->nir_valid += (unsigned)__builtin_popcount(valid);
        acc->nir_bad_key += (unsigned)__builtin_popcount(decided & ~valid);
        acc->tally->status[NIR_ERR_MONTH] += months;
        acc->tally->kind[NIR_KIND_NIR] += months;
        for (unsigned i = 0; i < NIR_LINES_WARNINGS; i++)
            acc->tally->warning[i] += g.warnings[i];
        if (acc->n < acc->capacity) {
            size_t room = acc->capacity - acc->n;
            for (unsigned r = 0; r < g.count && r < room; r++)
                acc->statuses[acc->n + r] =
                    (valid >> (2 * r)) & 1u   ? NIR_OK
                    : (month >> (2 * r)) & 1u ? NIR_ERR_MONTH
                                              : NIR_ERR_KEY;
        }
        /* The others, to the full path (as line_verdict would send them),
         * and, when asked, where the invalid ones are, in order. */
        size_t n = acc->n;
        uint32_t todo = acc->invalid
                            ? (decided | month | g.undecided) & ~valid
                            : g.undecided;
        for (; todo; todo &= todo - 1) {
            unsigned r = (unsigned)__builtin_ctz(todo) / 2;
            const char *rec = p + 16 * r;
            nir_kind kind;
            unsigned w;
            if (((decided | month) >> (2 * r)) & 1u) { /* counted above */
                nir_lines_invalid_(acc, rec, rec + 16,
                                   (month >> (2 * r)) & 1u ? NIR_ERR_MONTH
                                                           : NIR_ERR_KEY);
                continue;
            }
            /* 15 bytes and the LF, or 14 and a CR (CRLF) */
            nir_status st = nir_validate_full_(rec, 15 - (rec[14] == '\r'),
                                               acc->profile, &kind, &w);
            acc->n = n + r;
            nir_lines_add_(acc, st, kind, w, rec, rec + 16);
        }
        acc->n = n + g.count;
        p += 16 * g.count;
        if (g.count < 16)
            break;
    }
    return p;
}
#else
typedef int nir_lines_avx2_unused_; /* ISO C: a unit declares something */
#endif
