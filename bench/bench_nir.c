/*
 * bench_nir.c -- libnir throughput benchmark with a deterministic corpus.
 *
 *   bench_nir [-n N] [--reps R] [--seed S]     timing run (see README.md)
 *   bench_nir --callgrind MODE [-n N]           one untimed pass of one path,
 *                                               for valgrind --toggle-collect
 *   bench_nir --write-corpus FILE N [--invalid PCT] [--seed S]
 *   bench_nir --smoke                           tiny corpus, correctness only
 *
 * The corpus is made by a fixed-seed xorshift64* generator, so every run
 * (and every machine) sees the same numbers. Valid numbers are built with
 * their own R9 key computation (independent of the library); invalid ones
 * are single mutations that are invalid by construction, so the expected
 * verdict counts are known without asking the library.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nir.h"

/* ---------------------------------------------------------------- rng --- */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t x = r->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform-enough integer in [0, n) (n small; the bias is irrelevant). */
static unsigned rng_below(rng *r, unsigned n)
{
    return (unsigned)((rng_next(r) >> 32) % n);
}

/* ------------------------------------------------------------- corpus --- */

/* Record categories, for the corpus description. */
enum {
    CAT_METROPOLE,
    CAT_CORSICA,
    CAT_OVERSEAS,
    CAT_ABROAD,
    CAT_INVALID,
    CAT_COUNT
};
static const char *const cat_names[CAT_COUNT] = {
    "metropole (01-95)", "Corsica (20/2A/2B)", "overseas (97x/98x)",
    "abroad (99 + listed country)", "invalid (one mutation)"};

/* Month-code kinds of valid records. */
enum { MON_REAL, MON_PSEUDO, MON_UNKNOWN, MON_COUNT };
static const char *const mon_names[MON_COUNT] = {
    "01-12", "31-42 pseudo", "20-30/50-99 unknown"};

typedef struct corpus {
    char *buf;           /* records, each followed by '\n' */
    size_t buflen;
    const char **ptrs;   /* ptrs[i], lens[i]: record i without its '\n' */
    size_t *lens;
    size_t n;
    size_t expected_valid; /* known by construction */
    size_t cat[CAT_COUNT];
    size_t mon[MON_COUNT];
} corpus;

/* Listed INSEE country suffixes (99xxx with a country row), from the
 * library's public table. */
static unsigned countries[1000];
static unsigned country_count;

static void load_countries(void)
{
    char code[4];
    country_count = 0;
    for (unsigned s = 1; s < 1000; s++) {
        if (s == 990)
            continue; /* "unknown country": valid, but warned about */
        snprintf(code, sizeof code, "%03u", s);
        if (nir_country_by_code(code, 3) != NULL)
            countries[country_count++] = s;
    }
}

/* R9 key of 13 characters, 2A -> 19 and 2B -> 18; written here from the
 * rule, independently of lib/. */
static unsigned gen_key(const char *c)
{
    uint64_t body = 0;
    for (int i = 0; i < 13; i++) {
        unsigned d;
        if (i == 5 && (c[6] == 'A' || c[6] == 'B'))
            d = 1;
        else if (i == 6 && c[6] == 'A')
            d = 9;
        else if (i == 6 && c[6] == 'B')
            d = 8;
        else
            d = (unsigned)(c[i] - '0');
        body = body * 10 + d;
    }
    return (unsigned)(97 - body % 97);
}

static void put_digits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + value % 10);
        value /= 10;
    }
}

/* One valid 15-character number under NIR_PROFILE_STANDARD (and DSN for
 * every month code but 21-29) that carries no warning. Returns its
 * category; *mon receives its month kind. */
static int gen_valid(rng *r, char out[16], int *mon)
{
    unsigned yy = rng_below(r, 100), month, roll, cat;
    out[0] = (char)('1' + rng_below(r, 2));

    roll = rng_below(r, 100);
    if (roll < 88) {
        month = 1 + rng_below(r, 12);
        *mon = MON_REAL;
    } else if (roll < 92) {
        month = 31 + rng_below(r, 12);
        *mon = MON_PSEUDO;
    } else {
        month = rng_below(r, 2) ? 20 + rng_below(r, 11) : 50 + rng_below(r, 50);
        *mon = MON_UNKNOWN;
    }

    roll = rng_below(r, 1000);
    if (roll < 850) { /* metropole, 01-95 but 20 */
        unsigned dd;
        do
            dd = 1 + rng_below(r, 95);
        while (dd == 20);
        put_digits(out + 5, dd, 2);
        put_digits(out + 7, 1 + rng_below(r, 999), 3);
        cat = CAT_METROPOLE;
    } else if (roll < 860) { /* Corsica, with a year that fits the code */
        unsigned which = rng_below(r, 3);
        out[5] = '2';
        if (which == 0) {
            out[6] = '0';
            yy = rng_below(r, 76); /* 1900-1975 */
        } else {
            out[6] = which == 1 ? 'A' : 'B';
            yy = 76 + rng_below(r, 24); /* 1976-1999 */
        }
        put_digits(out + 7, 1 + rng_below(r, 999), 3);
        cat = CAT_CORSICA;
    } else if (roll < 890) { /* overseas: 971-978, 984-989 */
        unsigned d3 = rng_below(r, 14);
        unsigned code = d3 < 8 ? 971 + d3 : 984 + (d3 - 8);
        put_digits(out + 5, code, 3);
        put_digits(out + 8, 1 + rng_below(r, 99), 2);
        cat = CAT_OVERSEAS;
    } else { /* abroad, a listed country */
        out[5] = '9';
        out[6] = '9';
        put_digits(out + 7, countries[rng_below(r, country_count)], 3);
        cat = CAT_ABROAD;
    }
    put_digits(out + 1, yy, 2);
    put_digits(out + 3, month, 2);
    put_digits(out + 10, 1 + rng_below(r, 999), 3);
    if (out[0] == '1' && memcmp(out + 1, "999999999999", 12) == 0)
        out[12] = '8'; /* never the DSN placeholder (a warning) */
    put_digits(out + 13, gen_key(out), 2);
    out[15] = '\0';
    return (int)cat;
}

/* Mutate a valid number so that it is invalid under every profile, by
 * construction (see the comments). Returns the new length. */
static size_t gen_invalid(rng *r, char rec[17])
{
    int corsica = rec[6] == 'A' || rec[6] == 'B';
    switch (rng_below(r, 6)) {
    case 0: { /* another key in 1..97 */
        unsigned key = (unsigned)((rec[13] - '0') * 10 + (rec[14] - '0'));
        put_digits(rec + 13, key % 97 + 1, 2);
        return 15;
    }
    case 1: /* one body digit changed: body mod 97 changes (10^k * d, d in
               1..9, is never a multiple of 97) */
    case 2: { /* adjacent transposition in the body: 9 * 10^k * (a - b) */
        unsigned pos;
        do
            pos = rng_below(r, 12);
        while (corsica && (pos == 5 || pos == 6 || pos == 4));
        if (rec[pos] == rec[pos + 1] || rng_below(r, 2) == 0) {
            unsigned d = (unsigned)(rec[pos] - '0') + 1 + rng_below(r, 9);
            rec[pos] = (char)('0' + d % 10);
        } else {
            char t = rec[pos];
            rec[pos] = rec[pos + 1];
            rec[pos + 1] = t;
        }
        return 15;
    }
    case 3: /* one character dropped: 14 characters */
        memmove(rec + 7, rec + 8, 8);
        return 14;
    case 4: /* month 13-19, never valid; key kept valid for the new body */
        put_digits(rec + 3, 13 + rng_below(r, 7), 2);
        put_digits(rec + 13, gen_key(rec), 2);
        return 15;
    default: /* a letter where none is allowed */
        rec[10 + rng_below(r, 3)] = 'X';
        return 15;
    }
}

/* n records, invalid_pct percent of them invalid (chosen at random). */
static int corpus_make(corpus *c, size_t n, unsigned invalid_pct,
                       uint64_t seed)
{
    rng r = {seed ? seed : 1};
    char *p;
    memset(c, 0, sizeof *c);
    c->buf = malloc(n * 16 + 1);
    c->ptrs = malloc((n ? n : 1) * sizeof *c->ptrs);
    c->lens = malloc((n ? n : 1) * sizeof *c->lens);
    if (c->buf == NULL || c->ptrs == NULL || c->lens == NULL)
        return -1;
    p = c->buf;
    for (size_t i = 0; i < n; i++) {
        char rec[17];
        int mon;
        int cat = gen_valid(&r, rec, &mon);
        size_t len = 15;
        if (rng_below(&r, 100) < invalid_pct) {
            len = gen_invalid(&r, rec);
            cat = CAT_INVALID;
        } else {
            c->mon[mon]++;
            c->expected_valid++;
        }
        c->cat[cat]++;
        memcpy(p, rec, len);
        c->ptrs[i] = p;
        c->lens[i] = len;
        p[len] = '\n';
        p += len + 1;
    }
    c->buflen = (size_t)(p - c->buf);
    c->n = n;
    return 0;
}

static void corpus_free(corpus *c)
{
    free(c->buf);
    free((void *)c->ptrs);
    free(c->lens);
    memset(c, 0, sizeof *c);
}

static void corpus_describe(const corpus *c, const char *title)
{
    printf("corpus %s: %zu records, %zu bytes (%.2f bytes/record), "
           "%zu valid by construction\n",
           title, c->n, c->buflen,
           c->n ? (double)c->buflen / (double)c->n : 0.0, c->expected_valid);
    for (int k = 0; k < CAT_COUNT; k++)
        if (c->cat[k])
            printf("  %-30s %10zu (%5.2f%%)\n", cat_names[k], c->cat[k],
                   100.0 * (double)c->cat[k] / (double)c->n);
    printf("  month codes of valid records:");
    for (int k = 0; k < MON_COUNT; k++)
        printf(" %s %.1f%%%s", mon_names[k],
               c->expected_valid
                   ? 100.0 * (double)c->mon[k] / (double)c->expected_valid
                   : 0.0,
               k + 1 < MON_COUNT ? "," : "\n");
}

/* ---------------------------------------------------------- the paths --- */

static nir_status *statuses; /* one per record */

static size_t run_validate(const corpus *c)
{
    size_t valid = 0;
    for (size_t i = 0; i < c->n; i++) {
        nir_kind kind;
        nir_status st = nir_validate(c->ptrs[i], c->lens[i],
                                     NIR_PROFILE_STANDARD, &kind, NULL);
        statuses[i] = st;
        valid += st == NIR_OK;
    }
    return valid;
}

static size_t run_parse(const corpus *c)
{
    size_t valid = 0;
    nir_result res;
    for (size_t i = 0; i < c->n; i++) {
        nir_status st = nir_parse(c->ptrs[i], c->lens[i],
                                  NIR_PROFILE_STANDARD, &res);
        statuses[i] = st;
        valid += st == NIR_OK;
    }
    return valid;
}

static size_t run_array(const corpus *c)
{
    return nir_validate_array(c->ptrs, c->lens, c->n, NIR_PROFILE_STANDARD,
                              statuses, NULL);
}

static size_t run_lines(const corpus *c)
{
    size_t records = 0;
    size_t valid = nir_validate_lines(c->buf, c->buflen, NIR_PROFILE_STANDARD,
                                      statuses, c->n, &records);
    return records == c->n ? valid : (size_t)-1;
}

/* Baseline 1, the speed of light of reading the data: count the lines of
 * the buffer with memchr (what `wc -l` does). Returns the line count. */
static size_t run_memchr(const corpus *c)
{
    size_t lines = 0;
    const char *p = c->buf, *end = c->buf + c->buflen;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL)
            break;
        lines++;
        p = nl + 1;
    }
    return lines;
}

/* Baseline 2, the naive check everybody writes first: strtoull of the 13
 * body digits, % 97, compared with the key (no field rules, no 2A/2B).
 * Returns how many pass. */
static size_t run_naive(const corpus *c)
{
    size_t valid = 0;
    for (size_t i = 0; i < c->n; i++) {
        char body[14], key[3];
        const char *s = c->ptrs[i];
        if (c->lens[i] != 15)
            continue;
        memcpy(body, s, 13);
        body[13] = '\0';
        memcpy(key, s + 13, 2);
        key[2] = '\0';
        unsigned long long b = strtoull(body, NULL, 10);
        unsigned long k = strtoul(key, NULL, 10);
        valid += 97 - b % 97 == k;
    }
    return valid;
}

typedef size_t (*path_fn)(const corpus *);

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile size_t sink;

/* Best (least) time over reps passes. */
static double time_path(path_fn fn, const corpus *c, int reps, size_t *result)
{
    double best = 1e300;
    for (int k = 0; k < reps; k++) {
        double t0 = now_sec();
        size_t v = fn(c);
        double t = now_sec() - t0;
        sink = v;
        *result = v;
        if (t < best)
            best = t;
    }
    return best;
}

typedef struct path {
    const char *name;
    const char *what;
    const char *function; /* for --callgrind --toggle-collect */
    path_fn fn;
    int checks_verdicts;  /* fills statuses[] and returns the valid count */
} path;

static const path paths[] = {
    {"memchr", "baseline: memchr line count (speed of light)", NULL,
     run_memchr, 0},
    {"naive", "baseline: strtoull key check, no field rules", NULL, run_naive,
     0},
    {"validate", "nir_validate (single)", "nir_validate", run_validate, 1},
    {"parse", "nir_parse (full decode)", "nir_parse", run_parse, 1},
    {"array", "nir_validate_array (batch)", "nir_validate_array", run_array,
     1},
    {"lines", "nir_validate_lines (batch)", "nir_validate_lines", run_lines,
     1},
};
#define PATH_COUNT (sizeof paths / sizeof paths[0])

/* Timing run on one corpus. Returns 0, or 1 if a path disagreed with the
 * verdicts known by construction. */
static int bench_corpus(const corpus *c, int reps, double *lines_rate)
{
    double t_memchr = 0, t_naive = 0;
    nir_status *ref = malloc((c->n ? c->n : 1) * sizeof *ref);
    int bad = 0, have_ref = 0;
    if (ref == NULL)
        return 1;
    double t[PATH_COUNT];
    printf("  %-46s %9s %12s %9s %9s\n", "path", "ns/number", "numbers/s",
           "x memchr", "x naive");
    for (size_t k = 0; k < PATH_COUNT; k++) {
        size_t result = 0;
        t[k] = time_path(paths[k].fn, c, reps, &result);
        if (k == 0 && result != c->n) {
            fprintf(stderr, "bench_nir: memchr counted %zu lines, not %zu\n",
                    result, c->n);
            bad = 1;
        }
        if (!paths[k].checks_verdicts)
            continue;
        if (result != c->expected_valid) {
            fprintf(stderr, "bench_nir: %s: %zu valid, expected %zu\n",
                    paths[k].name, result, c->expected_valid);
            bad = 1;
        }
        if (!have_ref) {
            memcpy(ref, statuses, c->n * sizeof *ref);
            have_ref = 1;
        } else if (memcmp(ref, statuses, c->n * sizeof *ref) != 0) {
            fprintf(stderr, "bench_nir: %s: verdicts differ from %s\n",
                    paths[k].name, paths[2].name);
            bad = 1;
        }
    }
    t_memchr = t[0];
    t_naive = t[1];
    for (size_t k = 0; k < PATH_COUNT; k++) {
        double ns = c->n ? t[k] * 1e9 / (double)c->n : 0.0;
        double rate = t[k] > 0 ? (double)c->n / t[k] : 0.0;
        printf("  %-46s %9.2f %10.2f M %8.2fx %8.2fx\n", paths[k].what, ns,
               rate / 1e6, t_memchr > 0 ? t[k] / t_memchr : 0.0,
               t_naive > 0 ? t[k] / t_naive : 0.0);
        if (strcmp(paths[k].name, "lines") == 0 && lines_rate)
            *lines_rate = rate;
    }
    free(ref);
    return bad;
}

/* ----------------------------------------------------------------- main --- */

static void usage(FILE *f)
{
    fputs("usage: bench_nir [-n N] [--reps R] [--seed S]\n"
          "       bench_nir --callgrind validate|parse|array|lines [-n N]\n"
          "       bench_nir --write-corpus FILE N [--invalid PCT] [--seed S]\n"
          "       bench_nir --smoke\n",
          f);
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;
    errno = 0;
    if (s == NULL || *s == '\0' || *s == '-')
        return -1;
    v = strtoull(s, &end, 10);
    if (errno != 0 || *end != '\0')
        return -1;
    *out = (size_t)v;
    return 0;
}

static int write_corpus(const char *file, size_t n, unsigned invalid_pct,
                        uint64_t seed)
{
    corpus c;
    FILE *f;
    int rc = 0;
    if (corpus_make(&c, n, invalid_pct, seed) != 0) {
        fputs("bench_nir: out of memory\n", stderr);
        return 1;
    }
    f = strcmp(file, "-") == 0 ? stdout : fopen(file, "wb");
    if (f == NULL) {
        perror(file);
        corpus_free(&c);
        return 1;
    }
    if (fwrite(c.buf, 1, c.buflen, f) != c.buflen)
        rc = 1;
    if (f != stdout && fclose(f) != 0)
        rc = 1;
    if (rc)
        perror(file);
    else
        fprintf(stderr, "bench_nir: wrote %zu records (%zu valid) to %s\n", c.n,
                c.expected_valid, file);
    corpus_free(&c);
    return rc;
}

static int callgrind_run(const char *mode, size_t n)
{
    corpus c;
    const path *p = NULL;
    size_t valid, expected;
    for (size_t k = 0; k < PATH_COUNT; k++)
        if (paths[k].function && strcmp(paths[k].name, mode) == 0)
            p = &paths[k];
    if (p == NULL) {
        usage(stderr);
        return 2;
    }
    if (corpus_make(&c, n, 0, 42) != 0 ||
        (statuses = malloc((n ? n : 1) * sizeof *statuses)) == NULL) {
        fputs("bench_nir: out of memory\n", stderr);
        return 1;
    }
    valid = p->fn(&c);
    printf("callgrind: mode=%s function=%s records=%zu valid=%zu\n", mode,
           p->function, c.n, valid);
    expected = c.expected_valid;
    corpus_free(&c);
    free(statuses);
    return valid == expected ? 0 : 1;
}

int main(int argc, char **argv)
{
    size_t n = 4000000, reps = 3, invalid_pct = 0;
    size_t seed = 42;
    const char *callgrind = NULL, *out_file = NULL;
    int smoke = 0, bad = 0;
    double lines_rate = 0;
    corpus c;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "-n") == 0 && parse_size(v, &n) == 0) {
            i++;
        } else if (strcmp(a, "--reps") == 0 && parse_size(v, &reps) == 0 &&
                   reps > 0) {
            i++;
        } else if (strcmp(a, "--seed") == 0 && parse_size(v, &seed) == 0) {
            i++;
        } else if (strcmp(a, "--invalid") == 0 &&
                   parse_size(v, &invalid_pct) == 0 && invalid_pct <= 100) {
            i++;
        } else if (strcmp(a, "--callgrind") == 0 && v) {
            callgrind = v;
            i++;
            n = 100000;
        } else if (strcmp(a, "--write-corpus") == 0 && v && i + 2 < argc &&
                   parse_size(argv[i + 2], &n) == 0) {
            out_file = v;
            i += 2;
        } else if (strcmp(a, "--smoke") == 0) {
            smoke = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }

    load_countries();
    if (country_count == 0) {
        fputs("bench_nir: the library lists no country\n", stderr);
        return 1;
    }
    if (out_file)
        return write_corpus(out_file, n, (unsigned)invalid_pct, seed);
    if (callgrind) {
        for (int i = 1; i < argc; i++) /* -n given after --callgrind */
            if (strcmp(argv[i], "-n") == 0)
                (void)parse_size(argv[i + 1], &n);
        return callgrind_run(callgrind, n);
    }
    if (smoke) {
        n = 5000;
        reps = 1;
    }

    printf("libnir %s, bench_nir: profile standard, best of %zu passes, "
           "seed %zu\n",
           nir_version_string(), reps, seed);
    statuses = malloc((n ? n : 1) * sizeof *statuses);
    if (statuses == NULL) {
        fputs("bench_nir: out of memory\n", stderr);
        return 1;
    }

    if (corpus_make(&c, n, 0, seed) != 0) {
        fputs("bench_nir: out of memory\n", stderr);
        return 1;
    }
    corpus_describe(&c, "valid-only");
    bad |= bench_corpus(&c, (int)reps, &lines_rate);
    corpus_free(&c);
    printf("  target >= 50 M valid numbers/s on the batch path: "
           "nir_validate_lines %.1f M/s (%s); 120 M numbers in %.2f s\n",
           lines_rate / 1e6, lines_rate >= 50e6 ? "met" : "NOT met",
           lines_rate > 0 ? 120e6 / lines_rate : 0.0);

    if (corpus_make(&c, n, 10, seed + 1) != 0) {
        fputs("bench_nir: out of memory\n", stderr);
        return 1;
    }
    printf("\n");
    corpus_describe(&c, "10% invalid");
    bad |= bench_corpus(&c, (int)reps, NULL);
    corpus_free(&c);
    free(statuses);
    if (bad)
        fputs("bench_nir: FAILED: verdicts differ from the corpus\n", stderr);
    return bad;
}
