/*
 * fuzz_util.h -- what every fuzz target shares: the entry point's
 * declaration, CHECK (abort on a violated property, which libFuzzer and the
 * replay driver report as a crash), and a growable byte buffer for the
 * targets that rebuild their input.
 */
#ifndef NIR_FUZZ_UTIL_H
#define NIR_FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                       \
    do {                                                                  \
        if (!(cond)) {                                                    \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,    \
                    __LINE__, #cond);                                     \
            abort();                                                      \
        }                                                                 \
    } while (0)

/* The harness's own loops run over up to 66 KB per input: keep them out
 * of the coverage instrumentation (its comparison tracing dominated the
 * run time); the code under test stays instrumented. */
#if defined(__clang__)
#define HARNESS __attribute__((no_sanitize("coverage")))
#else
#define HARNESS
#endif

typedef struct growbuf {
    char *p;
    size_t len, cap;
} growbuf;

/* Equal byte strings (memcmp needs non-NULL pointers even for 0 bytes). */
HARNESS
static inline int same(const void *a, size_t alen, const void *b, size_t blen)
{
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

HARNESS
static inline void put(growbuf *g, const void *s, size_t n)
{
    if (g->len + n > g->cap) {
        size_t cap = g->cap ? g->cap : 256;
        char *np;
        while (cap < g->len + n)
            cap *= 2;
        np = realloc(g->p, cap);
        CHECK(np != NULL);
        g->p = np;
        g->cap = cap;
    }
    if (n)
        memcpy(g->p + g->len, s, n);
    g->len += n;
}

#endif
