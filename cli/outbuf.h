/*
 * outbuf.h -- a large output buffer over a FILE*, with inline appends and
 * hand-rolled integer formatting: output costs a memcpy per piece, not a
 * printf per field.
 *
 * A write error is sticky: once `failed` is set, appends are dropped and the
 * caller is expected to stop and report `error` (an errno value).
 *
 * With no FILE (out NULL) the buffer only grows and nothing is written: the
 * output of a helper thread, which the main thread copies out in order.
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

/** Returns 0, or -1 if the buffer cannot be allocated. out may be NULL. */
int outbuf_init(outbuf *o, FILE *out, size_t cap);
void outbuf_free(outbuf *o);
/** Write the buffered bytes to the FILE and fflush it. Returns 0 or -1. */
int outbuf_flush(outbuf *o);
/** Slow path of outbuf_put: flush first, write big pieces directly. */
void outbuf_put_slow(outbuf *o, const char *s, size_t n);
/** Slow path of outbuf_reserve: flush, and grow the buffer if n > cap.
 * NULL (with `failed` set, error ENOMEM) if it cannot grow. */
char *outbuf_reserve_slow(outbuf *o, size_t n);

/** Longest decimal form of an unsigned long long (2^64 - 1). */
#define OUTBUF_ULL_MAX 20
/** Slow path of outbuf_write_ull: three digits or more. */
char *outbuf_write_ull_long(char *p, unsigned long long v);

/** Write the decimal form of v at p (room: OUTBUF_ULL_MAX bytes); returns
 * the end. Inline for the one- and two-digit values of most fields. */
static inline char *outbuf_write_ull(char *p, unsigned long long v)
{
    if (v < 10) {
        *p = (char)('0' + v);
        return p + 1;
    }
    if (v < 100) {
        p[0] = (char)('0' + v / 10);
        p[1] = (char)('0' + v % 10);
        return p + 2;
    }
    return outbuf_write_ull_long(p, v);
}

/*
 * Cursor appends, for writers of many small pieces: reserve the worst case
 * once, write through the returned pointer, then commit the end. Keeping the
 * cursor in a local saves the load and store of `len` per piece (and the
 * capacity check), which the compiler cannot hoist itself since the bytes
 * written might alias the struct.
 */
static inline char *outbuf_reserve(outbuf *o, size_t n)
{
    return n <= o->cap - o->len ? o->buf + o->len : outbuf_reserve_slow(o, n);
}

/** End a cursor append: `end` is just past the last byte written. */
static inline void outbuf_commit(outbuf *o, char *end)
{
    o->len = (size_t)(end - o->buf);
}

/** Copy a string literal at cursor p and return the end; a constant-size
 * memcpy, which compilers turn into a few stores. */
#define OUTBUF_WRITE_LIT(p, lit) \
    (memcpy((p), "" lit, sizeof(lit) - 1), (p) + sizeof(lit) - 1)

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
    char *p = outbuf_reserve(o, OUTBUF_ULL_MAX);
    if (p != NULL)
        outbuf_commit(o, outbuf_write_ull(p, v));
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
