/*
 * outbuf.h -- a large output buffer over a FILE*, with inline appends and
 * hand-rolled integer formatting: output costs a memcpy per piece, not a
 * printf per field.
 *
 * A write error is sticky: once `failed` is set, appends are dropped and the
 * caller is expected to stop and report `error` (an errno value).
 */
#ifndef NIRCHECK_OUTBUF_H
#define NIRCHECK_OUTBUF_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define OUTBUF_DEFAULT_SIZE (1u << 16)

typedef struct outbuf {
    FILE *out;
    char *buf;
    size_t len, cap;
    int failed; /**< a write failed; everything after is dropped */
    int error;  /**< errno of the failed write */
} outbuf;

/** Returns 0, or -1 if the buffer cannot be allocated. */
int outbuf_init(outbuf *o, FILE *out, size_t cap);
void outbuf_free(outbuf *o);
/** Write the buffered bytes to the FILE and fflush it. Returns 0 or -1. */
int outbuf_flush(outbuf *o);
/** Slow path of outbuf_put: flush first, write big pieces directly. */
void outbuf_put_slow(outbuf *o, const char *s, size_t n);
/** Append the decimal form of v (slow path of outbuf_put_ull). */
void outbuf_put_ull_slow(outbuf *o, unsigned long long v);

static inline void outbuf_put(outbuf *o, const char *s, size_t n)
{
    if (n <= o->cap - o->len) {
        memcpy(o->buf + o->len, s, n);
        o->len += n;
    } else {
        outbuf_put_slow(o, s, n);
    }
}

/** Append a string literal (its length is known at compile time). */
#define OUTBUF_LIT(o, lit) outbuf_put((o), "" lit, sizeof(lit) - 1)

static inline void outbuf_putc(outbuf *o, char ch)
{
    if (o->len == o->cap)
        outbuf_put_slow(o, &ch, 1);
    else
        o->buf[o->len++] = ch;
}

static inline void outbuf_puts(outbuf *o, const char *s)
{
    outbuf_put(o, s, strlen(s));
}

/** Append the decimal form of v. */
static inline void outbuf_put_ull(outbuf *o, unsigned long long v)
{
    if (v < 100 && o->cap - o->len >= 2) { /* the common case */
        if (v >= 10)
            o->buf[o->len++] = (char)('0' + v / 10);
        o->buf[o->len++] = (char)('0' + v % 10);
    } else {
        outbuf_put_ull_slow(o, v);
    }
}

static inline void outbuf_put_int(outbuf *o, long long v)
{
    if (v < 0) {
        outbuf_putc(o, '-');
        outbuf_put_ull(o, (unsigned long long)-(v + 1) + 1u);
    } else {
        outbuf_put_ull(o, (unsigned long long)v);
    }
}

/** Two digits with a leading zero (months, years). */
static inline void outbuf_put_2d(outbuf *o, int v)
{
    char d[2];
    d[0] = (char)('0' + (v / 10) % 10);
    d[1] = (char)('0' + v % 10);
    outbuf_put(o, d, 2);
}

#endif
