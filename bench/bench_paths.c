/*
 * bench_paths.c -- does each fast path pay for itself? (issue 16)
 *
 *   bench_paths DIR CORPUS [--reps R]   timing run (see README.md)
 *   bench_paths DIR CORPUS --smoke      verdicts only, no timing
 *
 * DIR holds the core built once per path (bench/CMakeLists.txt): portable
 * (no fast path, NIR_NO_SIMD: what a big-endian machine runs), swar (the
 * 8-byte-word fast path of lib/fast_accept.h, NIR_NO_AVX2) and avx2 (that
 * and the sixteen-record line kernel of lib/lines_avx2.c, which only the
 * line calls use), as modules loaded side by side: one process, the same
 * buffer, the paths timed in turn within each repetition. (An SSE2 path
 * and a compact-lines-only AVX2 kernel were measured the same way and
 * removed: bench/README.md.)
 *
 * CORPUS is a file of compact records, one a line (bench_nir
 * --write-corpus, 10 % invalid); every third record gets the spaces of the
 * printed form ("2 55 08 14 168 025 38"), the realistic mix of the issue. The
 * last row times nir_tally_lines on the corpus as written (compact records
 * only), the files the line kernel was first made for.
 * Every path must give the same verdicts as the portable one (exit 1 if
 * not); the timings are printed as ns/record and as ratios against the
 * portable path and against the path each one builds on.
 */
#define _POSIX_C_SOURCE 200809L

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nir.h"

typedef nir_status (*validate_fn)(const char *, size_t, nir_profile,
                                  nir_kind *, unsigned *);
typedef size_t (*array_fn)(const char *const *, const size_t *, size_t,
                           nir_profile, nir_status *, nir_kind *);
typedef size_t (*tally_fn)(const char *, size_t, nir_profile, nir_tally *);

enum { PATHS = 3, CALLS = 4 };
static const char *const path_names[PATHS] = {"portable", "swar", "avx2"};
/* The path each one would fall back to if it were removed. */
static const int builds_on[PATHS] = {-1, 0, 1};
static const char *const call_names[CALLS] = {
    "nir_validate (one call per record)", "nir_validate_array",
    "nir_tally_lines (whole buffer)",
    "nir_tally_lines, compact records only (not the mix)"};

typedef struct path {
    void *handle;
    validate_fn validate;
    array_fn array;
    tally_fn tally;
} path;

typedef struct mix {
    char *buf; /* records, each followed by '\n' */
    size_t len, n;
    char *compact; /* the corpus file as it is */
    size_t compact_len;
    const char **ptrs;
    size_t *lens;
    nir_status *statuses;
} mix;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* preemption aside */
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void module_file(char *file, size_t size, const char *dir,
                        const char *name)
{
    snprintf(file, size, "%s/libnir_bench_%s.so", dir, name);
}

/* 1 when the module of a path was built (the avx2 one only on x86-64). */
static int path_built(const char *dir, const char *name)
{
    char file[4096];
    FILE *f;
    module_file(file, sizeof file, dir, name);
    f = fopen(file, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

static int load_path(const char *dir, const char *name, path *p)
{
    char file[4096];
    module_file(file, sizeof file, dir, name);
    p->handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (!p->handle) {
        fprintf(stderr, "bench_paths: %s\n", dlerror());
        return -1;
    }
    /* POSIX: a function pointer round-trips through void * */
    *(void **)(void *)&p->validate = dlsym(p->handle, "nir_validate");
    *(void **)(void *)&p->array = dlsym(p->handle, "nir_validate_array");
    *(void **)(void *)&p->tally = dlsym(p->handle, "nir_tally_lines");
    if (!p->validate || !p->array || !p->tally) {
        fprintf(stderr, "bench_paths: %s lacks the API\n", file);
        return -1;
    }
    return 0;
}

/* A growing buffer of lines. */
typedef struct lines_buf {
    char *p;
    size_t len, cap;
} lines_buf;

/* rec[0..len) and an LF at the end of b; -1 when memory runs out. */
static int append_line(lines_buf *b, const char *rec, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1 << 20;
        char *grown = realloc(b->p, cap);
        if (!grown)
            return -1;
        b->p = grown;
        b->cap = cap;
    }
    memcpy(b->p + b->len, rec, len);
    b->p[b->len + len] = '\n';
    b->len += len + 1;
    return 0;
}

/* The corpus file as it is, and with every third record spaced as
 * printed. */
static int load_mix(const char *file, mix *m)
{
    FILE *f = fopen(file, "rb");
    char line[256];
    lines_buf spaced = {0}, compact = {0};
    int failed = 0;

    memset(m, 0, sizeof *m);
    if (!f) {
        perror(file);
        return -1;
    }
    while (!failed && fgets(line, sizeof line, f)) {
        char rec[64];
        size_t len = strcspn(line, "\r\n");
        if (len > 32)
            len = 32;
        failed = append_line(&compact, line, len) != 0;
        if (m->n % 3 == 2 && len == 15) {
            /* S YY MM DD CCC NNN KK */
            static const int cut[] = {1, 3, 5, 7, 10, 13};
            size_t k = 0, c = 0;
            for (size_t i = 0; i < 15; i++) {
                if (c < 6 && i == (size_t)cut[c]) {
                    rec[k++] = ' ';
                    c++;
                }
                rec[k++] = line[i];
            }
            len = k;
        } else {
            memcpy(rec, line, len);
        }
        failed = failed || append_line(&spaced, rec, len) != 0;
        m->n++;
    }
    m->buf = spaced.p;
    m->len = spaced.len;
    m->compact = compact.p;
    m->compact_len = compact.len;
    if (failed) {
        fclose(f);
        return -1;
    }
    fclose(f);
    m->ptrs = malloc(m->n * sizeof *m->ptrs);
    m->lens = malloc(m->n * sizeof *m->lens);
    m->statuses = malloc(m->n * sizeof *m->statuses);
    if (!m->buf || !m->ptrs || !m->lens || !m->statuses || m->n == 0)
        return -1;
    for (size_t i = 0, off = 0; i < m->n; i++) {
        const char *nl = memchr(m->buf + off, '\n', m->len - off);
        m->ptrs[i] = m->buf + off;
        m->lens[i] = (size_t)(nl - (m->buf + off));
        off += m->lens[i] + 1;
    }
    return 0;
}

/* One call of one path over the whole mix; returns the valid records. */
static size_t run(const path *p, int call, const mix *m)
{
    size_t valid = 0;
    nir_tally t = {0};
    switch (call) {
    case 0:
        for (size_t i = 0; i < m->n; i++)
            valid += p->validate(m->ptrs[i], m->lens[i],
                                 NIR_PROFILE_STANDARD, NULL, NULL) == NIR_OK;
        return valid;
    case 1:
        return p->array(m->ptrs, m->lens, m->n, NIR_PROFILE_STANDARD,
                        m->statuses, NULL);
    case 2:
        p->tally(m->buf, m->len, NIR_PROFILE_STANDARD, &t);
        return t.status[NIR_OK];
    default:
        p->tally(m->compact, m->compact_len, NIR_PROFILE_STANDARD, &t);
        return t.status[NIR_OK];
    }
}

int main(int argc, char **argv)
{
    path paths[PATHS];
    mix m;
    int reps = 5, smoke = 0;
    double best[CALLS][PATHS];

    if (argc < 3) {
        fprintf(stderr, "usage: bench_paths DIR CORPUS [--reps R|--smoke]\n");
        return 2;
    }
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--smoke") == 0)
            smoke = 1;
        else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
            reps = atoi(argv[++i]);
    }
    int n_paths = PATHS;
    if (!path_built(argv[1], path_names[PATHS - 1])) {
        n_paths = PATHS - 1;
        printf("(no %s path on this machine)\n", path_names[PATHS - 1]);
    }
    for (int p = 0; p < n_paths; p++)
        if (load_path(argv[1], path_names[p], &paths[p]) != 0)
            return 2;
    if (load_mix(argv[2], &m) != 0) {
        fprintf(stderr, "bench_paths: cannot read %s\n", argv[2]);
        return 2;
    }

    /* Verdicts first: every path and call agrees with portable. */
    size_t expected = run(&paths[0], 0, &m);
    for (int c = 0; c < CALLS; c++)
        for (int p = 0; p < n_paths; p++) {
            size_t got = run(&paths[p], c, &m);
            if (got != expected) {
                fprintf(stderr, "bench_paths: %s, %s: %zu valid, portable "
                        "says %zu\n", path_names[p], call_names[c], got,
                        expected);
                return 1;
            }
        }
    printf("corpus: %zu records (%zu valid under standard), a third spaced\n",
           m.n, expected);
    if (smoke)
        return 0;

    for (int c = 0; c < CALLS; c++)
        for (int p = 0; p < n_paths; p++)
            best[c][p] = 1e30;
    for (int r = 0; r < reps; r++)
        for (int c = 0; c < CALLS; c++)
            for (int p = 0; p < n_paths; p++) {
                double t0 = now();
                size_t sink = run(&paths[p], c, &m);
                double dt = now() - t0;
                if (sink != expected)
                    return 1;
                if (dt < best[c][p])
                    best[c][p] = dt;
            }
    printf("best of %d; ratio = time of the other path / time of this one\n",
           reps);
    for (int c = 0; c < CALLS; c++) {
        printf("\n%s\n  %-9s %10s %12s %14s\n", call_names[c], "path",
               "ns/record", "vs portable", "vs the path it builds on");
        for (int p = 0; p < n_paths; p++) {
            double ns = best[c][p] * 1e9 / (double)m.n;
            if (builds_on[p] < 0) {
                printf("  %-9s %10.2f %12s %14s\n", path_names[p], ns, "1.00",
                       "-");
                continue;
            }
            printf("  %-9s %10.2f %11.2fx %9.2fx (%s)\n", path_names[p], ns,
                   best[c][0] / best[c][p], best[c][builds_on[p]] / best[c][p],
                   path_names[builds_on[p]]);
        }
    }
    for (int p = 0; p < n_paths; p++)
        dlclose(paths[p].handle);
    free(m.buf);
    free(m.compact);
    free(m.ptrs);
    free(m.lens);
    free(m.statuses);
    return 0;
}
