/*
 * lines_avx2.c -- the sixteen-record kernel of lines_avx2.h.
 *
 * A group is read in two steps. fill() walks sixteen lines with one 32-byte
 * load each: a line of 15 bytes and its LF is used where it lies; a line of
 * 15 ASCII digits among ASCII spaces (and an optional CR) has its digits
 * gathered into a 16-byte slot; any other line is marked for the full path.
 * decide() then loads the sixteen 16-byte records two to a register
 * (record i in the low half, record i + 8 in the high half), turns each
 * into eight 16-bit fields (yy, mm, dd, c7, c8c9, c10c11, c12 + 16 c0, the
 * key) and transposes the eight registers into eight field vectors of
 * sixteen numbers. Every rule is then one vector operation for sixteen
 * numbers, and the answers are bit masks (movemask: two bits per 16-bit
 * lane; bit 2 r is record r).
 */
#include "lines_avx2.h"

#ifdef NIR_HAVE_AVX2
#include <immintrin.h>
#include <string.h>

#include "fast_accept.h"
#include "rules_def.h"

#define NIR_AVX2_TARGET "avx2,bmi,popcnt"
#define NIR_AVX2_INLINE                                                      \
    static inline __attribute__((always_inline, target(NIR_AVX2_TARGET)))

/* The warnings the kernel can give are bits 0-4, counted by bit number. */
enum { NIR_KERNEL_WARNINGS = 5 };
_Static_assert(NIR_WARN_COUNTRY_UNLISTED == 1u << 0 &&
                   NIR_WARN_COUNTRY_UNKNOWN == 1u << 1 &&
                   NIR_WARN_CORSICA_YEAR == 1u << 2 &&
                   NIR_WARN_NORTH_AFRICA == 1u << 3 &&
                   NIR_WARN_DSN_PLACEHOLDER == 1u << 4,
               "warnings[i] counts warning bit i");

/* R9 as a sum: body = c0 10^12 + yy 10^10 + mm 10^8 + dd 10^6 + c7 10^5 +
 * c8c9 10^3 + c10c11 10 + c12, and body + key = 0 (mod 97), the key in
 * 1-97. Each power of ten is replaced by its residue mod 97 in -48..48,
 * so that the sum of a record whose fields are at most 99 lies in
 * -6493..6741 and fits 16 bits; adding 97 * 67 makes it 6..13240, and x in
 * 0..65535 is a multiple of 97 when x times the inverse of 97 mod 2^16 is
 * at most 65535 / 97. */
#define NIR_RESIDUE(p)                                                       \
    ((short)((p) % NIR_KEY_MOD > NIR_KEY_MOD / 2                             \
                 ? (int)((p) % NIR_KEY_MOD) - NIR_KEY_MOD                    \
                 : (int)((p) % NIR_KEY_MOD)))
#define NIR_INVERSE_MOD 0xA3A1 /* of 97, mod 2^16 */
_Static_assert(NIR_KEY_MOD == 97 &&
                   (uint16_t)(NIR_KEY_MOD * NIR_INVERSE_MOD) == 1u,
               "the key sum's constants are those of 97");

/* Placeholder digits (Q8) as the kernel's fields see them. */
#define NIR_NINE (NIR_PLACEHOLDER_DIGIT - '0')

/* The kernel's 16-bit constants, as whole vectors in read-only memory
 * that the instructions read as operands: a constant the compiler sees is
 * rebuilt in a register (a move and a broadcast) at each use, and a
 * multiplication by one of them becomes shifts and adds. */
enum {
    K_7, K_15, K_100, K_W12, K_W10, K_W8, K_W6, K_W5, K_W3, K_W1,
    K_KEY_OFFSET, K_INVERSE, K_MULTIPLE_MAX, K_KEY_MAX1, K_UNKNOWN,
    K_CORSICA_YY, K_NINE, K_NINE2, K_BIT7,
    K_COUNT
};
#define X16(v) {v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v}
static const _Alignas(32) short kernel_k[K_COUNT][16] = {
    [K_7] = X16(7), [K_15] = X16(15), [K_100] = X16(100),
    [K_W12] = X16(NIR_RESIDUE(1000000000000ULL)),
    [K_W10] = X16(NIR_RESIDUE(10000000000ULL)),
    [K_W8] = X16(NIR_RESIDUE(100000000ULL)),
    [K_W6] = X16(NIR_RESIDUE(1000000ULL)),
    [K_W5] = X16(NIR_RESIDUE(100000ULL)),
    [K_W3] = X16(NIR_RESIDUE(1000ULL)),
    [K_W1] = X16(NIR_RESIDUE(10ULL)),
    [K_KEY_OFFSET] = X16(NIR_KEY_MOD * 67),
    [K_INVERSE] = X16((short)NIR_INVERSE_MOD),
    [K_MULTIPLE_MAX] = X16(0xFFFF / NIR_KEY_MOD),
    [K_KEY_MAX1] = X16(NIR_KEY_MOD + 1),
    [K_UNKNOWN] = X16(NIR_COUNTRY_UNKNOWN),
    [K_CORSICA_YY] = X16(NIR_CORSICA_SPLIT_YY - 1),
    [K_NINE] = X16(NIR_NINE),
    [K_NINE2] = X16(NIR_NINE * 11),
    [K_BIT7] = X16((short)0x8080),
};
#undef X16
#define K(name)                                                              \
    _mm256_load_si256((const __m256i *)(const void *)kernel_k[K_##name])

/* What a slot holds when its line is not for the kernel: a byte no field
 * takes, so the slot is never decided. */
static const char not_a_record[16] = {'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
                                      'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'};

int nir_lines_avx2_ok_(void)
{
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
           __builtin_cpu_supports("popcnt");
}

/* A group of at most sixteen records. */
typedef struct group {
    unsigned count;        /* records in the group */
    const char *src[16];   /* 15 digits and an LF, or not_a_record */
    const char *rec[17];   /* record r is [rec[r], rec[r + 1]), LF included */
    _Alignas(16) char slot[16][16]; /* gathered digits of spaced records */
} group;

/* How many of the lines at p, from the first and up to sixteen, are 15
 * bytes and an LF (most lines of a file of compact numbers): one test per
 * 32 bytes. The 256 bytes at p are in the buffer. */
NIR_AVX2_INLINE unsigned leading_compact(const char *p)
{
    const __m256i lf = _mm256_set1_epi8('\n');
    for (unsigned k = 0; k < 8; k++) {
        __m256i x =
            _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * k));
        uint32_t nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, lf));
        if (nl != 0x80008000u)
            return 2 * k + ((nl & 0xFFFFu) == 1u << 15);
    }
    return 16;
}

/* Up to sixteen lines from p into g, while 32 bytes are left and each line
 * ends within them; returns how many. */
NIR_AVX2_INLINE unsigned fill(group *g, const char *p, const char *end)
{
    const __m256i lf = _mm256_set1_epi8('\n'), space = _mm256_set1_epi8(' ');
    const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9);
    unsigned r = 0;
    if (end - p >= 256) {
        unsigned compact = leading_compact(p);
        for (; r < compact; r++)
            g->rec[r] = g->src[r] = p + 16 * r;
        p += 16 * compact;
    }
    for (; r < 16 && end - p >= 32; r++) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
        uint32_t nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, lf));
        g->rec[r] = p;
        if ((nl & 0xFFFFu) == 1u << 15) { /* 15 bytes and the LF */
            g->src[r] = p;
            p += 16;
            continue;
        }
        if (nl == 0)
            break; /* a line of 32 bytes or more: the caller's */
        unsigned len = (unsigned)__builtin_ctz(nl);
        unsigned rec_len = len - (len > 0 && p[len - 1] == '\r');
        uint32_t in_rec = (1u << rec_len) - 1u;
        __m256i d = _mm256_sub_epi8(x, zero);
        uint32_t digits = in_rec & (uint32_t)_mm256_movemask_epi8(
                                       _mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d));
        uint32_t spaces = in_rec & (uint32_t)_mm256_movemask_epi8(
                                       _mm256_cmpeq_epi8(x, space));
        g->src[r] = not_a_record;
        if ((digits | spaces) == in_rec && __builtin_popcount(digits) == 15) {
            /* As printed: the full path would read the same 15 digits,
             * spaces being separators and white space around ignored. */
            char *o = g->slot[r];
            for (unsigned k = 0; k < 15; k++, digits &= digits - 1)
                o[k] = p[__builtin_ctz(digits)];
            o[15] = '\n';
            g->src[r] = o;
        }
        p += len + 1;
    }
    g->rec[r] = p;
    g->count = r;
    for (unsigned i = r; i < 16; i++)
        g->src[i] = not_a_record;
    return r;
}

/* Records i and i + 8 as eight 16-bit fields each: yy, mm, dd, c7, c8c9,
 * c10c11, c12 + 16 c0 and the key. A byte out of place (not a digit,
 * digit 1 not that of a NIR, no LF at 15) gets bit 7 set before the fields
 * are summed, which puts its field above 99: one test of all fields then
 * tells the records the kernel decides. The LF counts 0 in the c7 field. */
NIR_AVX2_INLINE __m256i record_fields(const group *g, int i)
{
#define X2(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)
#define LO1 ('0' + NIR_DIGIT1_NIR_FIRST)
#define HI1 ('0' + NIR_DIGIT1_NIR_LAST)
    const __m256i lo = X2(LO1, '0', '0', '0', '0', '0', '0', '0', '0', '0',
                          '0', '0', '0', '0', '0', '\n');
    const __m256i hi = X2(HI1, '9', '9', '9', '9', '9', '9', '9', '9', '9',
                          '9', '9', '9', '9', '9', '\n');
    const __m256i base = X2('0', '0', '0', '0', '0', '0', '0', '0', '0', '0',
                            '0', '0', '0', '0', '0', '\n');
    const __m256i order = X2(
        NIR_YEAR_AT, NIR_YEAR_AT + 1, NIR_MONTH_AT, NIR_MONTH_AT + 1,
        NIR_DD_AT, NIR_DD_AT + 1, NIR_PLACE_AT, 15, NIR_OVERSEAS_COMMUNE_AT,
        NIR_OVERSEAS_COMMUNE_AT + 1, NIR_ORDER_AT, NIR_ORDER_AT + 1,
        NIR_ORDER_AT + 2, 0, NIR_KEY_AT, NIR_KEY_AT + 1);
    const __m256i tens = X2(10, 1, 10, 1, 10, 1, 1, 1, 10, 1, 10, 1, 1, 16,
                            10, 1);
#undef LO1
#undef HI1
#undef X2
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)g->src[i]);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)g->src[i + 8]);
    __m256i x = _mm256_inserti128_si256(_mm256_castsi128_si256(a), b, 1);
    __m256i out = _mm256_or_si256(_mm256_subs_epu8(x, hi),
                                  _mm256_subs_epu8(lo, x));
    __m256i d = _mm256_sub_epi8(x, base);
    d = _mm256_or_si256(
        d, _mm256_andnot_si256(_mm256_cmpeq_epi8(out, _mm256_setzero_si256()),
                               K(BIT7)));
    return _mm256_maddubs_epi16(_mm256_shuffle_epi8(d, order), tens);
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

/* Byte `idx` of a 16-byte table, for each 16-bit lane's low byte (the
 * high byte is left undefined; only low bytes are read, set_if_nonzero). */
NIR_AVX2_INLINE __m256i lookup16(const unsigned char table[16], __m256i idx)
{
    __m256i t = _mm256_broadcastsi128_si256(
        _mm_loadu_si128((const __m128i *)(const void *)table));
    return _mm256_shuffle_epi8(t, idx);
}

/* Bit v of a nir_bits100 bitmap, for each lane v (0-99), in the low byte:
 * its byte v / 8 (idx) masked by the lane's bit 1 << v % 8 (sel). */
NIR_AVX2_INLINE __m256i bit_of(const nir_bits100 bits, __m256i idx,
                               __m256i sel)
{
    return _mm256_and_si256(lookup16(bits, idx), sel);
}

NIR_AVX2_INLINE __m256i bit_select(__m256i v)
{
    const __m256i bits = _mm256_setr_epi8(
        1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16,
        32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
    return _mm256_shuffle_epi8(bits, _mm256_and_si256(v, K(7)));
}

/* Lanes as masks, one bit per record (bit 2 r): a lane that is a 16-bit
 * mask (all ones or all zeros), or a lane whose low byte is nonzero. */
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

/* What decide() finds; masks hold record r in bit 2 r. */
typedef struct verdicts {
    uint32_t valid;     /* NIR_OK, kind NIR */
    uint32_t decided;   /* NIR_OK or NIR_ERR_KEY, kind NIR: what the fast
                           path decides */
    uint32_t bad_month; /* NIR_ERR_MONTH, kind NIR */
    unsigned warnings[NIR_KERNEL_WARNINGS]; /* decided records with warning
                                               bit i */
} verdicts;

NIR_AVX2_INLINE void decide(const group *g, const nir_rules *rules,
                            verdicts *v)
{
    const __m256i zero = _mm256_setzero_si256();
    __m256i f[8];
    for (int i = 0; i < 8; i++)
        f[i] = record_fields(g, i);
    transpose8(f);
    const __m256i yy = f[0], mm = f[1], dd = f[2], c7 = f[3], c89 = f[4],
                  c1011 = f[5], key = f[7];
    const __m256i c12 = _mm256_and_si256(f[6], K(15));
    const __m256i c0 = _mm256_srli_epi16(f[6], 4);

    /* The records of the right shape: every field at most 99. */
    __m256i top = _mm256_max_epu16(_mm256_max_epu16(f[0], f[1]),
                                   _mm256_max_epu16(f[2], f[3]));
    top = _mm256_max_epu16(top, _mm256_max_epu16(_mm256_max_epu16(f[4], f[5]),
                                                 _mm256_max_epu16(f[6], f[7])));
    uint32_t shaped = mask_of(_mm256_cmpgt_epi16(K(100), top));

    /* R9 */
#define TERM(v, w) _mm256_mullo_epi16(v, K(w))
    __m256i sum = _mm256_add_epi16(_mm256_add_epi16(TERM(c0, W12), TERM(yy, W10)),
                                   _mm256_add_epi16(TERM(mm, W8), TERM(dd, W6)));
    sum = _mm256_add_epi16(
        sum, _mm256_add_epi16(_mm256_add_epi16(TERM(c7, W5), TERM(c89, W3)),
                              _mm256_add_epi16(TERM(c1011, W1),
                                               _mm256_add_epi16(c12, key))));
#undef TERM
    sum = _mm256_mullo_epi16(_mm256_add_epi16(sum, K(KEY_OFFSET)), K(INVERSE));
    __m256i key_ok = _mm256_and_si256(
        _mm256_cmpeq_epi16(_mm256_min_epu16(sum, K(MULTIPLE_MAX)), sum),
        _mm256_and_si256(_mm256_cmpgt_epi16(key, zero),
                         _mm256_cmpgt_epi16(K(KEY_MAX1), key)));

    /* The month and place tables: nir_fast_decide_ for sixteen records. */
    const __m256i m_idx = _mm256_srli_epi16(mm, 3), m_sel = bit_select(mm);
    const __m256i d_idx = _mm256_srli_epi16(dd, 3), d_sel = bit_select(dd);
#define FLAG(pf) bit_of(rules->place_bits[__builtin_ctz(pf)], d_idx, d_sel)
    __m256i place = _mm256_add_epi16(_mm256_mullo_epi16(c7, K(100)), c89);
    __m256i overseas_zero = _mm256_cmpeq_epi16(c89, zero);
    __m256i commune_zero = _mm256_cmpeq_epi16(_mm256_or_si256(c7, c89), zero);
    __m256i order_zero = _mm256_cmpeq_epi16(_mm256_or_si256(c1011, c12), zero);
    __m256i strict = _mm256_set1_epi16(rules->zeros_ok ? 0 : -1);
    /* R7b: the third digit of 97x / 98x, and not 00 after it */
    __m256i bad97 = _mm256_or_si256(
        overseas_zero, lookup16(nir_overseas_third_bad_[0], c7));
    __m256i bad98 = _mm256_or_si256(
        overseas_zero, lookup16(nir_overseas_third_bad_[1], c7));
    __m256i month_bad = bit_of(rules->month_bad_bits, m_idx, m_sel);
    __m256i bad = _mm256_or_si256(month_bad, FLAG(NIR_PF_REFUSED));
    bad = _mm256_or_si256(bad, _mm256_and_si256(FLAG(NIR_PF_COMMUNE),
                                                commune_zero));
    bad = _mm256_or_si256(bad, _mm256_and_si256(FLAG(NIR_PF_DOM), bad97));
    bad = _mm256_or_si256(bad, _mm256_and_si256(FLAG(NIR_PF_COM), bad98));
    bad = _mm256_or_si256(bad, _mm256_and_si256(strict, order_zero));

    uint32_t decided = shaped & ~set_if_nonzero(bad);
    v->decided = decided;
    /* Its digits being right and digit 1 that of a NIR, a record's month
     * is the first field rule nir_check_ applies: a wrong month is its
     * verdict. */
    v->bad_month = shaped & set_if_nonzero(month_bad);
    v->valid = decided & mask_of(key_ok);

    /* The warnings of the decided records. */
    uint32_t abroad = decided & set_if_nonzero(FLAG(NIR_PF_ABROAD));
    uint32_t unknown = mask_of(_mm256_cmpeq_epi16(place, K(UNKNOWN)));
    uint32_t corsica = set_if_nonzero(FLAG(NIR_PF_CORSICA)) &
                       mask_of(_mm256_cmpgt_epi16(yy, K(CORSICA_YY)));
    uint32_t north_africa = set_if_nonzero(FLAG(NIR_PF_NORTH_AFRICA));
#undef FLAG
    /* Q8: c1-c12 all 9. Every field being at most 99 (c7, c12: 9), their
     * AND is 99 (9) only when each one is. */
    __m256i nines = _mm256_and_si256(
        _mm256_and_si256(yy, mm),
        _mm256_and_si256(dd, _mm256_and_si256(c89, c1011)));
    uint32_t placeholder = mask_of(_mm256_and_si256(
        _mm256_cmpeq_epi16(nines, K(NINE2)),
        _mm256_cmpeq_epi16(_mm256_and_si256(c7, c12), K(NINE))));
    unsigned unlisted = 0;
    uint32_t listed_check = abroad & ~unknown;
    if (listed_check) {
        uint16_t places[16];
        _mm256_storeu_si256((__m256i *)(void *)places, place);
        for (; listed_check; listed_check &= listed_check - 1)
            unlisted += nir_country_index_[places[__builtin_ctz(listed_check) /
                                                  2]] == 0;
    }
    v->warnings[0] = unlisted;
    v->warnings[1] = (unsigned)__builtin_popcount(abroad & unknown);
    v->warnings[2] = (unsigned)__builtin_popcount(decided & corsica);
    v->warnings[3] = (unsigned)__builtin_popcount(decided & north_africa);
    v->warnings[4] = (unsigned)__builtin_popcount(decided & placeholder);
}

/* The verdicts of a group into acc, in record order: the decided ones
 * from v, the others from the full path on their own bytes. */
NIR_AVX2_INLINE void account(const group *g, const verdicts *v,
                             nir_lines_acc *acc)
{
    uint32_t lines = g->count == 16 ? 0x55555555u
                                    : ((1u << (2 * g->count)) - 1u) & 0x55555555u;
    uint32_t valid = v->valid & lines, decided = v->decided & lines;
    uint32_t month = v->bad_month & lines;
    unsigned months = (unsigned)__builtin_popcount(month);
    size_t n = acc->n;

    acc->nir_valid += (unsigned)__builtin_popcount(valid);
    acc->nir_bad_key += (unsigned)__builtin_popcount(decided & ~valid);
    acc->tally->status[NIR_ERR_MONTH] += months;
    acc->tally->kind[NIR_KIND_NIR] += months;
    for (unsigned i = 0; i < NIR_KERNEL_WARNINGS; i++)
        acc->tally->warning[i] += v->warnings[i]; /* slots past count: none */
    if (n < acc->capacity) {
        size_t room = acc->capacity - n;
        for (unsigned r = 0; r < g->count && r < room; r++)
            acc->statuses[n + r] = (valid >> (2 * r)) & 1u   ? NIR_OK
                                   : (month >> (2 * r)) & 1u ? NIR_ERR_MONTH
                                                             : NIR_ERR_KEY;
    }
    /* The others to the full path and, when asked, the invalid ones in
     * order. */
    uint32_t undecided = lines & ~decided & ~month;
    uint32_t todo = acc->invalid ? (lines & ~valid) : undecided;
    for (; todo; todo &= todo - 1) {
        unsigned r = (unsigned)__builtin_ctz(todo) / 2;
        const char *rec = g->rec[r], *next = g->rec[r + 1];
        nir_kind kind;
        unsigned w;
        if (!((undecided >> (2 * r)) & 1u)) { /* counted above */
            nir_lines_invalid_(acc, rec, next,
                               (month >> (2 * r)) & 1u ? NIR_ERR_MONTH
                                                       : NIR_ERR_KEY);
            continue;
        }
        size_t len = (size_t)(next - rec) - 1; /* the record, its CR and LF */
        if (len > 0 && rec[len - 1] == '\r')
            len--;
        nir_status st = nir_validate_full_(rec, len, acc->profile, &kind, &w);
        acc->n = n + r;
        nir_lines_add_(acc, st, kind, w, rec, next);
    }
    acc->n = n + g->count;
}

__attribute__((target(NIR_AVX2_TARGET))) const char *
nir_lines_avx2_(const char *p, const char *end, nir_lines_acc *acc)
{
    const nir_rules *rules = &nir_rules_[nir_profile_rules_(acc->profile)];
    group g;
    while (nir_lines_room_(acc, 16)) {
        verdicts v;
        if (fill(&g, p, end) == 0)
            break;
        decide(&g, rules, &v);
        account(&g, &v, acc);
        p = g.rec[g.count];
        if (g.count < 16)
            break;
    }
    return p;
}
/* Sixteen records of an array into g: each one's 15 digits in its slot
 * (copied: the kernel reads 16 bytes, an input may end after 15), or
 * not_a_record. */
NIR_AVX2_INLINE void fill_array(group *g, const char *const *inputs,
                                const size_t *lengths)
{
    for (unsigned r = 0; r < 16; r++) {
        const char *s = inputs[r];
        char *o = g->slot[r];
        g->src[r] = not_a_record;
        if (s == NULL)
            continue;
        if (lengths[r] == 15)
            memcpy(o, s, 15);
        else if (!nir_gather_spaced_(s, lengths[r], o))
            continue;
        o[15] = '\n';
        g->src[r] = o;
    }
    g->count = 16;
}

__attribute__((target(NIR_AVX2_TARGET))) size_t
nir_array_avx2_(const char *const *inputs, const size_t *lengths,
                size_t count, nir_profile profile, nir_status *statuses,
                nir_kind *kinds, size_t *valid)
{
    const nir_rules *rules = &nir_rules_[nir_profile_rules_(profile)];
    group g;
    size_t i = 0;
    for (; count - i >= 16; i += 16) {
        verdicts v;
        fill_array(&g, inputs + i, lengths + i);
        decide(&g, rules, &v);
        *valid += (unsigned)__builtin_popcount(v.valid);
        for (unsigned r = 0; r < 16; r++) {
            uint32_t bit = 1u << (2 * r);
            nir_kind kind = NIR_KIND_NIR;
            nir_status st = (v.valid & bit)       ? NIR_OK
                            : (v.bad_month & bit) ? NIR_ERR_MONTH
                            : (v.decided & bit)   ? NIR_ERR_KEY
                                                  : NIR_STATUS_COUNT;
            if (st == NIR_STATUS_COUNT) { /* the full path's */
                st = nir_validate(inputs[i + r], lengths[i + r], profile,
                                  &kind, NULL);
                *valid += st == NIR_OK;
            }
            statuses[i + r] = st;
            if (kinds)
                kinds[i + r] = kind;
        }
    }
    return i;
}
#else
typedef int nir_lines_avx2_unused_; /* ISO C: a unit declares something */
#endif
