/*
 * diffcheck.c -- differential test of two builds of libnir (before/after an
 * optimisation): the verdicts of nir_validate, nir_parse,
 * nir_validate_array and nir_validate_lines must be identical on millions
 * of random, boundary and mutated inputs, under every profile (and an
 * invalid one). When NEW has nir_tally_lines, its totals must equal those
 * of OLD's nir_validate on the same records, and so must the invalid records
 * that NEW's nir_find_invalid_lines finds. Not part of the build: see
 * bench/README.md.
 *
 *   diffcheck OLD.so NEW.so [ROUNDS] [SEED]
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nir.h"

typedef nir_status (*validate_fn)(const char *, size_t, nir_profile,
                                  nir_kind *, unsigned *);
typedef nir_status (*parse_fn)(const char *, size_t, nir_profile,
                               nir_result *);
typedef size_t (*array_fn)(const char *const *, const size_t *, size_t,
                           nir_profile, nir_status *, nir_kind *);
typedef size_t (*lines_fn)(const char *, size_t, nir_profile, nir_status *,
                           size_t, size_t *);

typedef size_t (*tally_fn)(const char *, size_t, nir_profile, nir_tally *);
typedef size_t (*find_fn)(const char *, size_t, nir_profile, nir_line *,
                          size_t, size_t *, size_t *);

typedef struct lib {
    validate_fn validate;
    parse_fn parse;
    array_fn array;
    lines_fn lines;
    tally_fn tally; /* NULL before it existed */
    find_fn find;   /* nir_find_invalid_lines; NULL before it existed */
} lib;

static void load(const char *path, lib *l)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (h == NULL) {
        fprintf(stderr, "%s\n", dlerror());
        exit(2);
    }
    *(void **)&l->validate = dlsym(h, "nir_validate");
    *(void **)&l->parse = dlsym(h, "nir_parse");
    *(void **)&l->array = dlsym(h, "nir_validate_array");
    *(void **)&l->lines = dlsym(h, "nir_validate_lines");
    *(void **)&l->tally = dlsym(h, "nir_tally_lines");
    *(void **)&l->find = dlsym(h, "nir_find_invalid_lines");
    if (!l->validate || !l->parse || !l->array || !l->lines) {
        fprintf(stderr, "%s: missing symbol\n", path);
        exit(2);
    }
}

static uint64_t state = 88172645463325252ULL;
static uint64_t rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}
static unsigned below(unsigned n) { return (unsigned)(rnd() % n); }

static void put(char *o, unsigned v, int w)
{
    for (int i = w - 1; i >= 0; i--) {
        o[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

static unsigned key_of(const char *c)
{
    uint64_t b = 0;
    for (int i = 0; i < 13; i++) {
        unsigned d = (unsigned)(c[i] - '0');
        if (i == 5 && (c[6] == 'A' || c[6] == 'B'))
            d = 1;
        if (i == 6 && c[6] == 'A')
            d = 9;
        if (i == 6 && c[6] == 'B')
            d = 8;
        if (d > 9)
            d = 0;
        b = b * 10 + d;
    }
    return (unsigned)(97 - b % 97);
}

/* A 15-digit number with every field drawn near its boundaries, the key
 * mostly right. */
static size_t gen_boundary(char *o)
{
    static const unsigned months[] = {0,  1,  2,  9,  10, 11, 12, 13, 19, 20,
                                      21, 29, 30, 31, 35, 42, 43, 49, 50, 51,
                                      98, 99};
    static const char *const depts[] = {"00", "01", "09", "10", "19", "20",
                                        "21", "2A", "2B", "2C", "75", "90",
                                        "91", "92", "93", "94", "95", "96",
                                        "97", "98", "99", "3A", "a0"};
    unsigned r;
    o[0] = (char)('0' + below(10));
    put(o + 1, below(4) ? below(100) : (below(2) ? 75 + below(3) : 99), 2);
    put(o + 3, below(3) ? months[below(sizeof months / sizeof months[0])]
                        : below(100), 2);
    memcpy(o + 5, depts[below(sizeof depts / sizeof depts[0])], 2);
    r = below(8);
    put(o + 7, r == 0 ? 0 : r == 1 ? 990 : r == 2 ? 999 : r == 3 ? 1 + below(9)
               : r == 4 ? below(100) : below(1000), 3);
    if (below(10) == 0)
        o[7] = (char)('0' + below(10));
    r = below(6);
    put(o + 10, r == 0 ? 0 : r == 1 ? 1 : r == 2 ? 999 : below(1000), 3);
    if (below(30) == 0) /* the DSN placeholder */
        memset(o + 1, '9', 12);
    r = below(10);
    put(o + 13, r < 6 ? key_of(o) : r == 6 ? 0 : r == 7 ? 97 + below(3)
                : below(100), 2);
    return below(20) == 0 ? 13 : 15;
}

/* A number that is mostly valid: digit 1 = 1/2 (sometimes 3-8), any month
 * and place, correct key; the accept path sees most of these. */
static size_t gen_near_valid(char *o)
{
    unsigned r = below(100);
    o[0] = (char)('0' + (r < 90 ? 1 + below(2) : below(10)));
    put(o + 1, below(100), 2);
    put(o + 3, below(4) ? 1 + below(12) : below(100), 2);
    r = below(100);
    if (r < 3) {
        o[5] = '2';
        o[6] = "AB0"[below(3)];
    } else if (r < 20) {
        put(o + 5, 90 + below(10), 2);
    } else {
        put(o + 5, below(100), 2);
    }
    put(o + 7, below(10) ? below(1000) : below(10), 3);
    put(o + 10, below(10) ? below(1000) : below(3), 3);
    if (below(200) == 0)
        memset(o + 1, '9', 12);
    put(o + 13, below(20) ? key_of(o) : below(100), 2);
    return 15;
}

/* Random bytes from a hostile alphabet, length 0-20. */
static size_t gen_random(char *o)
{
    static const char alpha[] = "0123456789012345678901234567890123456789"
                                "AB ab.-\n\r\tX\x00\xC2\xA0\xEF\xBC\x91";
    size_t n = below(21);
    for (size_t i = 0; i < n; i++)
        o[i] = alpha[below(sizeof alpha - 1)];
    return n;
}

/* A boundary number, then 1-2 byte edits / insertions of separators. */
static size_t gen_mutated(char *o)
{
    size_t n = gen_boundary(o);
    int edits = 1 + (int)below(2);
    for (int e = 0; e < edits && n > 0; e++) {
        size_t p = below((unsigned)n);
        switch (below(5)) {
        case 0:
            o[p] = (char)('0' + below(10));
            break;
        case 1:
            if (p + 1 < n) {
                char t = o[p];
                o[p] = o[p + 1];
                o[p + 1] = t;
            }
            break;
        case 2: /* insert a separator */
            memmove(o + p + 1, o + p, n - p);
            o[p] = " .-"[below(3)];
            n++;
            break;
        case 3:
            o[p] = "aAbBxX\n\r"[below(8)];
            break;
        default: /* delete */
            memmove(o + p, o + p + 1, n - p - 1);
            n--;
            break;
        }
    }
    return n;
}

/* The totals of the records of buf as nir_validate_lines splits them (LF,
 * one CR stripped, last LF optional), from l's nir_validate. */
static size_t reference_tally(const lib *l, const char *buf, size_t len,
                              nir_profile prof, nir_tally *t)
{
    size_t start = 0, n = 0;
    memset(t, 0, sizeof *t);
    while (start < len) {
        const char *nl = memchr(buf + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - buf) : len, rec = end - start;
        nir_kind k = NIR_KIND_NONE;
        unsigned w = 0;
        nir_status st;
        if (rec > 0 && buf[end - 1] == '\r')
            rec--;
        st = l->validate(buf + start, rec, prof, &k, &w);
        t->records++;
        t->status[st]++;
        t->kind[k]++;
        for (unsigned i = 0; i < NIR_TALLY_WARNINGS; i++)
            if (w & (1u << i))
                t->warning[i]++;
        start = end + 1;
        n++;
    }
    return n;
}

/* The invalid records of buf (as reference_tally splits them), from l's
 * nir_validate, as nir_find_invalid_lines gives them; returns how many. */
static size_t reference_invalid(const lib *l, const char *buf, size_t len,
                                nir_profile prof, nir_line *out,
                                size_t *records)
{
    size_t start = 0, n = 0;
    *records = 0;
    while (start < len) {
        const char *nl = memchr(buf + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - buf) : len, rec = end - start;
        nir_status st;
        if (rec > 0 && buf[end - 1] == '\r')
            rec--;
        st = l->validate(buf + start, rec, prof, NULL, NULL);
        if (st != NIR_OK) {
            out[n].offset = start;
            out[n].length = (nl ? end + 1 : end) - start;
            out[n].status = st;
            n++;
        }
        ++*records;
        start = end + 1;
    }
    return n;
}

static int str_eq(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

static int result_eq(const nir_result *a, const nir_result *b)
{
    return a->status == b->status && a->kind == b->kind &&
           a->position == b->position && a->offset == b->offset &&
           a->warnings == b->warnings &&
           memcmp(a->compact, b->compact, sizeof a->compact) == 0 &&
           a->compact_len == b->compact_len && a->has_key == b->has_key &&
           a->key == b->key && a->expected_key == b->expected_key &&
           a->sex == b->sex && a->birth_year == b->birth_year &&
           a->month_code == b->month_code &&
           a->birth_month == b->birth_month &&
           a->month_kind == b->month_kind && a->place_kind == b->place_kind &&
           memcmp(a->department, b->department, sizeof a->department) == 0 &&
           str_eq(a->department_name, b->department_name) &&
           memcmp(a->commune, b->commune, sizeof a->commune) == 0 &&
           memcmp(a->country_code, b->country_code, sizeof a->country_code) ==
               0 &&
           str_eq(a->country_name, b->country_name) &&
           str_eq(a->country_iso2, b->country_iso2) &&
           str_eq(a->country_iso3, b->country_iso3) && a->order == b->order &&
           a->nnp_caisse == b->nnp_caisse &&
           a->nnp_verification == b->nnp_verification &&
           memcmp(a->reserved, b->reserved, sizeof a->reserved) == 0;
}

static void show(const char *what, const char *s, size_t n, int profile)
{
    fprintf(stderr, "MISMATCH %s profile %d input \"", what, profile);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, (unsigned char)s[i] >= 32 && (unsigned char)s[i] < 127
                            ? "%c" : "\\x%02x",
                (unsigned char)s[i]);
    fprintf(stderr, "\" (%zu bytes)\n", n);
}

#define BATCH 512

int main(int argc, char **argv)
{
    lib a, b;
    unsigned long long rounds, checked = 0, valid = 0;
    static char store[BATCH][40];
    static const char *ptrs[BATCH];
    static size_t lens[BATCH];
    static char buf[BATCH * 42];
    static nir_status sa[BATCH], sb[BATCH];
    static nir_kind ka[BATCH], kb[BATCH];
    if (argc < 3) {
        fputs("usage: diffcheck OLD.so NEW.so [ROUNDS] [SEED]\n", stderr);
        return 2;
    }
    load(argv[1], &a);
    load(argv[2], &b);
    rounds = argc > 3 ? strtoull(argv[3], NULL, 10) : 10000;
    if (argc > 4)
        state ^= strtoull(argv[4], NULL, 10) * 0x9E3779B97F4A7C15ULL;

    for (unsigned long long r = 0; r < rounds; r++) {
        size_t blen = 0;
        for (int i = 0; i < BATCH; i++) {
            unsigned g = below(10);
            char *o = store[i];
            lens[i] = g < 3   ? gen_boundary(o)
                      : g < 7 ? gen_near_valid(o)
                      : g < 9 ? gen_mutated(o)
                              : gen_random(o);
            ptrs[i] = o;
        }
        for (int p = 0; p < 4; p++) { /* 3 = invalid profile */
            nir_profile prof = (nir_profile)p;
            for (int i = 0; i < BATCH; i++) {
                nir_kind k1 = NIR_KIND_NONE, k2 = NIR_KIND_NONE;
                unsigned w1 = 0, w2 = 0;
                nir_result r1, r2;
                nir_status s1 = a.validate(ptrs[i], lens[i], prof, &k1, &w1);
                nir_status s2 = b.validate(ptrs[i], lens[i], prof, &k2, &w2);
                if (s1 != s2 || k1 != k2 || w1 != w2) {
                    show("nir_validate", ptrs[i], lens[i], p);
                    return 1;
                }
                memset(&r1, 0x5A, sizeof r1);
                memset(&r2, 0x5A, sizeof r2);
                if (a.parse(ptrs[i], lens[i], prof, &r1) !=
                        b.parse(ptrs[i], lens[i], prof, &r2) ||
                    !result_eq(&r1, &r2)) {
                    show("nir_parse", ptrs[i], lens[i], p);
                    return 1;
                }
                checked++;
                valid += s1 == NIR_OK;
            }
            {
                size_t v1 = a.array(ptrs, lens, BATCH, prof, sa, ka);
                size_t v2 = b.array(ptrs, lens, BATCH, prof, sb, kb);
                if (v1 != v2 || memcmp(sa, sb, sizeof sa) != 0 ||
                    memcmp(ka, kb, sizeof ka) != 0) {
                    fprintf(stderr, "MISMATCH nir_validate_array round %llu\n",
                            r);
                    return 1;
                }
            }
        }
        /* Lines: the same records, LF or CRLF, last newline optional; inputs
         * holding LF make extra records, as in a real file. One round in
         * two keeps only the 15-byte inputs, LF only, digit 1 mostly 1 or 2:
         * long runs of 16-byte lines, as in a file of compact numbers. */
        int aligned = below(2);
        for (int i = 0; i < BATCH; i++) {
            if (aligned && lens[i] != 15)
                continue;
            memcpy(buf + blen, ptrs[i], lens[i]);
            if (aligned && below(8) != 0) /* digit 1 of a NIR/NIA, mostly */
                buf[blen] = (char)('1' + below(2));
            blen += lens[i];
            if (i + 1 < BATCH || below(2)) {
                if (!aligned && below(8) == 0)
                    buf[blen++] = '\r';
                buf[blen++] = '\n';
            }
        }
        for (int p = 0; p < 4; p++) {
            size_t cap = below(4) == 0 ? below(BATCH) : BATCH * 2;
            static nir_status la[BATCH * 2], lb[BATCH * 2];
            size_t n1 = 7, n2 = 9;
            size_t v1, v2;
            memset(la, 0x77, sizeof la);
            memset(lb, 0x77, sizeof lb);
            v1 = a.lines(buf, blen, (nir_profile)p, la, cap, &n1);
            v2 = b.lines(buf, blen, (nir_profile)p, lb, cap, &n2);
            if (v1 != v2 || n1 != n2 || memcmp(la, lb, sizeof la) != 0) {
                fprintf(stderr, "MISMATCH nir_validate_lines round %llu\n", r);
                for (size_t i = 0; i < BATCH * 2; i++)
                    if (la[i] != lb[i]) {
                        fprintf(stderr, "  record %zu: %d vs %d (profile %d)\n",
                                i, (int)la[i], (int)lb[i], p);
                        break;
                    }
                return 1;
            }
            if (b.find) {
                /* In pieces of `cap` invalid records, from where each call
                 * stopped: the same records as the reference. */
                static nir_line ref[BATCH * 2], got[BATCH * 2];
                size_t ref_records, nref, ngot = 0, records = 0, at = 0;
                size_t piece = 1 + below(BATCH / 4);
                nref = reference_invalid(&a, buf, blen, (nir_profile)p, ref,
                                         &ref_records);
                while (at < blen) {
                    size_t scanned, recs;
                    size_t k = b.find(buf + at, blen - at, (nir_profile)p,
                                      got + ngot, piece, &scanned, &recs);
                    for (size_t i = 0; i < k; i++)
                        got[ngot + i].offset += at;
                    ngot += k;
                    records += recs;
                    at += scanned;
                    if (scanned == 0 || ngot > nref)
                        break;
                }
                int same = ngot == nref && records == ref_records;
                for (size_t i = 0; same && i < nref; i++)
                    same = ref[i].offset == got[i].offset &&
                           ref[i].length == got[i].length &&
                           ref[i].status == got[i].status;
                if (!same) {
                    fprintf(stderr,
                            "MISMATCH nir_find_invalid_lines round %llu\n",
                            r);
                    return 1;
                }
            }
            if (b.tally) {
                /* From a tally holding earlier counts: it adds. */
                nir_tally ta, tb;
                size_t skip = below((unsigned)blen + 1), ra, rb;
                reference_tally(&a, buf + skip, blen - skip, (nir_profile)p,
                                &ta);
                memset(&tb, 0, sizeof tb);
                tb.records = 5;
                tb.status[NIR_ERR_KEY] = 5;
                tb.kind[NIR_KIND_NIR] = 5;
                tb.warning[0] = 5;
                rb = b.tally(buf + skip, blen - skip, (nir_profile)p, &tb);
                ra = ta.records;
                ta.records += 5;
                ta.status[NIR_ERR_KEY] += 5;
                ta.kind[NIR_KIND_NIR] += 5;
                ta.warning[0] += 5;
                if (ra != rb || memcmp(&ta, &tb, sizeof ta) != 0) {
                    fprintf(stderr, "MISMATCH nir_tally_lines round %llu\n",
                            r);
                    return 1;
                }
            }
        }
    }
    printf("diffcheck: %llu inputs x profile compared (validate, parse), "
           "%llu valid; arrays and line buffers%s%s too: identical\n",
           checked, valid, b.tally ? " and tallies" : "",
           b.find ? " and invalid lines" : "");
    return 0;
}
