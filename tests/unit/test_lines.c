/*
 * test_lines.c -- the line calls (nir_validate_lines, nir_tally_lines,
 * nir_find_invalid_lines) give, record by record, what nir_validate gives,
 * on buffers long enough for every path of the library: the one-line fast
 * path and the full rules. The records cover every field's boundaries,
 * every warning, every kind and the errors, at every position of a group
 * of sixteen lines; then the calls' own contract (pieces, offsets, CRLF,
 * the last line, bad arguments).
 */
#include <stdint.h>

#include "testutil.h"

/* ---------------------------------------------------------- records --- */

static uint64_t rng_state;

static unsigned below(unsigned n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

static void put(char *o, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        o[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* R9 key of a 13-character body (2A -> 19, 2B -> 18), written from the
 * rule here, not from the library. */
static unsigned key_of(const char *c)
{
    uint64_t body = 0;
    for (int i = 0; i < 13; i++) {
        unsigned d = (unsigned)(c[i] - '0');
        if (i == 5 && (c[6] == 'A' || c[6] == 'B'))
            d = 1;
        else if (i == 6 && c[6] == 'A')
            d = 9;
        else if (i == 6 && c[6] == 'B')
            d = 8;
        else if (d > 9)
            d = 0;
        body = body * 10 + d;
    }
    return (unsigned)(97 - body % 97);
}

/* One record (no separator) into o; returns its length. Most are 15
 * characters, so that runs of 16-byte lines are common. */
static size_t gen_record(char *o)
{
    static const unsigned months[] = {0,  1,  9,  12, 13, 19, 20, 21, 29,
                                      30, 31, 42, 43, 49, 50, 75, 99};
    static const unsigned depts[] = {0,  1,  19, 20, 21, 75, 90, 91,
                                     93, 95, 96, 97, 98, 99};
    static const unsigned places[] = {0, 1, 9, 10, 99, 100, 350, 990, 999};
    unsigned kind = below(20);

    o[0] = (char)('1' + below(2));
    put(o + 1, below(100), 2);
    put(o + 3, 1 + below(12), 2);
    put(o + 5, 1 + below(89), 2);
    if (o[5] == '2' && o[6] == '0')
        o[6] = '1';
    put(o + 7, 1 + below(999), 3);
    put(o + 10, 1 + below(999), 3);
    switch (kind) {
    case 0: case 1: case 2: case 3: case 4: case 5:
        break; /* plain */
    case 6: /* a month at a boundary */
        put(o + 3, months[below(sizeof months / sizeof months[0])], 2);
        break;
    case 7: /* a département and a place at their boundaries */
    case 8:
        put(o + 5, depts[below(sizeof depts / sizeof depts[0])], 2);
        put(o + 7, below(3) ? places[below(sizeof places / sizeof places[0])]
                            : below(1000), 3);
        if (below(2))
            put(o + 1, 74 + below(4), 2); /* Corsica's 1976 */
        break;
    case 9: /* order 000 */
        put(o + 10, 0, 3);
        break;
    case 10: /* the DSN placeholder */
        memset(o + 1, '9', 12);
        break;
    case 11: /* digit 1 of other kinds */
        o[0] = (char)('0' + below(10));
        break;
    case 12: /* Corsica in letters */
        o[5] = '2';
        o[6] = "AB"[below(2)];
        break;
    case 13: /* a character out of place */
        o[below(15)] = "X a-.\r\t\x80"[below(8)];
        break;
    case 14: { /* another length */
        static const size_t lens[] = {0, 1, 13, 14, 16, 20};
        size_t n = lens[below(sizeof lens / sizeof lens[0])];
        if (n > 15)
            memset(o + 15, '7', n - 15);
        return n;
    }
    default: /* wrong key below */
        break;
    }
    put(o + 13, key_of(o), 2);
    if (kind >= 15) {
        unsigned k = (unsigned)(o[13] - '0') * 10 + (unsigned)(o[14] - '0');
        put(o + 13, kind == 15 ? 0 : kind == 16 ? 98 + below(2)
                                                : k % 97 + 1, 2);
    }
    return 15;
}

/* -------------------------------------------------------- reference --- */

#define MAX_RECORDS 3000

typedef struct reference {
    size_t records, valid;
    nir_status status[MAX_RECORDS];
    nir_tally tally;
    nir_line invalid[MAX_RECORDS];
    size_t invalid_count;
} reference;

/* Split as nir_validate_lines documents (LF, one CR before it, last LF
 * optional) and ask nir_validate about each record. */
static void reference_of(const char *buf, size_t len, nir_profile profile,
                         reference *ref)
{
    size_t start = 0;

    memset(ref, 0, sizeof *ref);
    while (start < len) {
        const char *nl = memchr(buf + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - buf) : len, n = end - start;
        nir_kind kind;
        unsigned w;
        nir_status st;

        if (n > 0 && buf[end - 1] == '\r')
            n--;
        st = nir_validate(buf + start, n, profile, &kind, &w);
        ck_assert_uint_lt(ref->records, MAX_RECORDS);
        ref->status[ref->records++] = st;
        ref->valid += st == NIR_OK;
        ref->tally.records++;
        ref->tally.status[st]++;
        ref->tally.kind[kind]++;
        for (unsigned i = 0; i < NIR_TALLY_WARNINGS; i++)
            ref->tally.warning[i] += (w >> i) & 1u;
        if (st != NIR_OK) {
            nir_line *l = &ref->invalid[ref->invalid_count++];
            l->offset = start;
            l->length = (nl ? end + 1 : end) - start;
            l->status = st;
        }
        start = end + 1;
    }
}

static void check_buffer(const char *buf, size_t len, nir_profile profile)
{
    static reference ref;
    static nir_status st[MAX_RECORDS + 1];
    static nir_line found[MAX_RECORDS];
    nir_tally t;
    size_t records = 0, valid;

    reference_of(buf, len, profile, &ref);

    valid = nir_validate_lines(buf, len, profile, st, MAX_RECORDS, &records);
    ck_assert_uint_eq(records, ref.records);
    ck_assert_uint_eq(valid, ref.valid);
    for (size_t i = 0; i < records; i++)
        ck_assert_msg(st[i] == ref.status[i],
                      "record %zu: %d, nir_validate says %d (profile %d)", i,
                      (int)st[i], (int)ref.status[i], (int)profile);

    /* Room for part of the statuses only (it ends inside a group): the
     * same first ones, the same totals. */
    {
        size_t cap = records / 2 + 3;
        st[cap] = (nir_status)77;
        ck_assert_uint_eq(
            nir_validate_lines(buf, len, profile, st, cap, &records), valid);
        ck_assert_uint_eq(records, ref.records);
        ck_assert_int_eq(st[cap], 77);
        for (size_t i = 0; i < cap && i < records; i++)
            ck_assert_int_eq(st[i], ref.status[i]);
    }

    memset(&t, 0, sizeof t);
    ck_assert_uint_eq(nir_tally_lines(buf, len, profile, &t), ref.records);
    ck_assert_mem_eq(&t, &ref.tally, sizeof t);

    /* In pieces of a few sizes, from where each call stopped. */
    for (size_t piece = 1; piece <= MAX_RECORDS; piece = piece * 40 + 17) {
        size_t at = 0, n = 0, total_records = 0;
        while (at < len) {
            size_t scanned = 0, recs = 0;
            size_t k = nir_find_invalid_lines(buf + at, len - at, profile,
                                              found + n, piece, &scanned,
                                              &recs);
            ck_assert_uint_le(k, piece);
            ck_assert_uint_gt(scanned, 0);
            for (size_t i = 0; i < k; i++)
                found[n + i].offset += at;
            n += k;
            total_records += recs;
            at += scanned;
            /* It stops only after the record that fills the room. */
            if (k < piece)
                ck_assert_uint_eq(at, len);
        }
        ck_assert_uint_eq(n, ref.invalid_count);
        ck_assert_uint_eq(total_records, ref.records);
        for (size_t i = 0; i < n; i++) {
            ck_assert_uint_eq(found[i].offset, ref.invalid[i].offset);
            ck_assert_uint_eq(found[i].length, ref.invalid[i].length);
            ck_assert_int_eq(found[i].status, ref.invalid[i].status);
        }
    }
}

/* ------------------------------------------------------------ tests --- */

/* Rounds of a few thousand records; one round in two only 15-character
 * records and LFs (long runs of 16-byte lines), the others with CRLF, other
 * lengths and no final LF now and then. */
START_TEST(lines_agree_with_validate)
{
    static char buf[MAX_RECORDS * 24];

    for (int round = 0; round < 16; round++) {
        int aligned = round % 2 == 0;
        size_t len = 0, count = 600 + below(MAX_RECORDS - 600);

        rng_state = 0x9E3779B97F4A7C15ULL * (uint64_t)(round + 1);
        for (size_t i = 0; i < count; i++) {
            char rec[24];
            size_t n = gen_record(rec);
            if (aligned && n != 15)
                continue;
            if (aligned && memchr(rec, '\r', n))
                rec[below(2) ? 0 : 14] = '1';
            memcpy(buf + len, rec, n);
            len += n;
            if (i + 1 < count || below(2)) {
                if (!aligned && below(10) == 0)
                    buf[len++] = '\r';
                buf[len++] = '\n';
            }
        }
        for (int p = 0; p <= 3; p++) /* 3: not a profile */
            check_buffer(buf, len, (nir_profile)p);
    }
}
END_TEST

/* Every record class, for the runs of plain numbers below. */
static const char *const odd[] = {
    "255081416802539", /* key */
    "255131416802521", /* month */
    "255080016802541", /* department 00 */
    "255089700002574", /* 97 + 0 */
    "180019999912343", /* country_unlisted */
    "180019999012322", /* country_unknown */
    "290012012345635", /* corsica_year */
    "180019112345616", /* north_africa */
    "199999999999995", /* dsn_placeholder (and country_unlisted) */
    "355081416802585", /* temporary */
    "75508141680253X", /* character */
    "2550814168025",   /* 13 characters */
    "25508141680253",  /* length */
    "",                /* empty */
    "255081416802538\r",
    "2 55 08 14 168 025 38",       /* spaced: the line kernel's too */
    " 2550814168025 39\r",         /* spaced, key */
    "2 55 13 14 168 025 21",       /* spaced, month */
    "2 55 08 14 168 025 3 8 0",    /* spaced, length */
    "2550814168025\t38",           /* a tab: the full path's */
    "                  255081416802538"}; /* 32 bytes and more */

/* Every record class at every position of sixteen-line groups: runs of
 * plain numbers with one other record in them. */
START_TEST(lines_one_odd_record)
{
    static char buf[64 * 16 + 64];

    for (size_t o = 0; o < sizeof odd / sizeof odd[0]; o++)
        for (size_t at = 0; at < 48; at++) {
            size_t len = 0;
            for (size_t i = 0; i < 64; i++) {
                const char *rec = i == at ? odd[o] : "255081416802538";
                memcpy(buf + len, rec, strlen(rec));
                len += strlen(rec);
                buf[len++] = '\n';
            }
            for (int p = 0; p < 3; p++)
                check_buffer(buf, len, (nir_profile)p);
        }
}
END_TEST

/* The same for nir_validate_array (sixteen records at a time in the AVX2
 * build): every odd record, and a NULL one, at every position of a run of
 * plain numbers, record by record as nir_validate says, kinds too. */
START_TEST(array_one_odd_record)
{
    enum { N = 48 };
    const char *in[N];
    size_t len[N];
    nir_status st[N];
    nir_kind kinds[N], kind;

    for (size_t o = 0; o <= sizeof odd / sizeof odd[0]; o++)
        for (size_t at = 0; at < N; at++)
            for (int p = 0; p < 3; p++) {
                size_t valid = 0;
                for (size_t i = 0; i < N; i++) {
                    in[i] = "255081416802538";
                    len[i] = 15;
                }
                /* past the list: a NULL record, of length 0 or not */
                in[at] = o < sizeof odd / sizeof odd[0] ? odd[o] : NULL;
                len[at] = in[at] ? strlen(in[at]) : at % 2;
                size_t got = nir_validate_array(in, len, N, (nir_profile)p,
                                                st, kinds);
                for (size_t i = 0; i < N; i++) {
                    nir_status want =
                        nir_validate(in[i], len[i], (nir_profile)p, &kind,
                                     NULL);
                    ck_assert_int_eq(st[i], want);
                    ck_assert_int_eq(kinds[i], kind);
                    valid += want == NIR_OK;
                }
                ck_assert_uint_eq(got, valid);
            }
}
END_TEST

START_TEST(find_invalid_contract)
{
    static const char buf[] = "255081416802538\n"
                              "255081416802539\r\n" /* key, CRLF */
                              "\n"                  /* empty */
                              "255081416802538\n"
                              "25508141680253";     /* length, no LF */
    nir_line l[4];
    size_t scanned = 99, records = 99;

    memset(l, 0, sizeof l);
    ck_assert_uint_eq(nir_find_invalid_lines(buf, sizeof buf - 1,
                                             NIR_PROFILE_STANDARD, l, 4,
                                             &scanned, &records),
                      3);
    ck_assert_uint_eq(scanned, sizeof buf - 1);
    ck_assert_uint_eq(records, 5);
    ck_assert_uint_eq(l[0].offset, 16);
    ck_assert_uint_eq(l[0].length, 17);
    ck_assert_int_eq(l[0].status, NIR_ERR_KEY);
    ck_assert_uint_eq(l[1].offset, 33);
    ck_assert_uint_eq(l[1].length, 1);
    ck_assert_int_eq(l[1].status, NIR_ERR_EMPTY);
    ck_assert_uint_eq(l[2].offset, 50);
    ck_assert_uint_eq(l[2].length, 14);
    ck_assert_int_eq(l[2].status, NIR_ERR_LENGTH);
    /* Room for one: it stops after the record that fills it. */
    ck_assert_uint_eq(nir_find_invalid_lines(buf, sizeof buf - 1,
                                             NIR_PROFILE_STANDARD, l, 1,
                                             &scanned, &records),
                      1);
    ck_assert_uint_eq(scanned, 33);
    ck_assert_uint_eq(records, 2);
    /* Capacity 0: counts the records, writes nothing. */
    ck_assert_uint_eq(nir_find_invalid_lines(buf, sizeof buf - 1,
                                             NIR_PROFILE_STANDARD, NULL, 0,
                                             &scanned, &records),
                      0);
    ck_assert_uint_eq(scanned, sizeof buf - 1);
    ck_assert_uint_eq(records, 5);
    /* Optional outputs; an unknown profile makes every record invalid. */
    ck_assert_uint_eq(nir_find_invalid_lines(buf, sizeof buf - 1,
                                             (nir_profile)7, l, 4, NULL,
                                             NULL),
                      4);
    ck_assert_int_eq(l[0].status, NIR_ERR_ARGUMENT);
    /* Bad arguments: nothing scanned. */
    ck_assert_uint_eq(nir_find_invalid_lines(NULL, 5, NIR_PROFILE_STANDARD,
                                             l, 4, &scanned, &records),
                      0);
    ck_assert_uint_eq(scanned, 0);
    ck_assert_uint_eq(records, 0);
    ck_assert_uint_eq(nir_find_invalid_lines(buf, sizeof buf - 1,
                                             NIR_PROFILE_STANDARD, NULL, 4,
                                             &scanned, &records),
                      0);
    ck_assert_uint_eq(scanned, 0);
    ck_assert_uint_eq(nir_find_invalid_lines(buf, 0, NIR_PROFILE_STANDARD, l,
                                             4, &scanned, &records),
                      0);
    ck_assert_uint_eq(records, 0);
}
END_TEST

/* Short inputs take the word-at-a-time digit test's byte loop: digits
 * only is a length error, anything else goes to the normalisation. */
START_TEST(short_inputs)
{
    nir_kind kind;
    ck_assert_int_eq(nir_validate("1234567", 7, NIR_PROFILE_STANDARD, &kind,
                                  NULL),
                     NIR_ERR_LENGTH);
    ck_assert_int_eq(kind, NIR_KIND_NIR);
    ck_assert_int_eq(nir_validate("12X", 3, NIR_PROFILE_STANDARD, &kind,
                                  NULL),
                     NIR_ERR_CHARACTER);
    ck_assert_int_eq(nir_validate("2A", 2, NIR_PROFILE_STANDARD, NULL, NULL),
                     NIR_ERR_LENGTH);
    ck_assert_int_eq(nir_validate("3 4", 3, NIR_PROFILE_STANDARD, &kind,
                                  NULL),
                     NIR_ERR_LENGTH);
    ck_assert_int_eq(kind, NIR_KIND_TEMPORARY);
}
END_TEST

static Suite *lines_suite(void)
{
    Suite *s = suite_create("lines");
    TCase *tc = tcase_create("lines");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, lines_agree_with_validate);
    tcase_add_test(tc, lines_one_odd_record);
    tcase_add_test(tc, array_one_odd_record);
    tcase_add_test(tc, find_invalid_contract);
    tcase_add_test(tc, short_inputs);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(lines_suite)
