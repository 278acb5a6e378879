/*
 * outbuf.c -- flushing and integer formatting for outbuf.h.
 */
#include "outbuf.h"

#include <errno.h>
#include <stdlib.h>

int outbuf_init(outbuf *o, FILE *out, size_t cap)
{
    memset(o, 0, sizeof *o);
    o->out = out;
    o->cap = cap ? cap : OUTBUF_DEFAULT_SIZE;
    o->buf = malloc(o->cap);
    return o->buf ? 0 : -1;
}

void outbuf_free(outbuf *o)
{
    free(o->buf);
    o->buf = NULL;
}

static void write_out(outbuf *o, const char *s, size_t n)
{
    if (o->failed || n == 0)
        return;
    errno = 0;
    if (fwrite(s, 1, n, o->out) != n) {
        o->failed = 1;
        o->error = errno ? errno : EIO;
    }
}

/* Memory mode (no FILE): room for n more bytes, growing the buffer. */
static int grow(outbuf *o, size_t n)
{
    size_t cap = o->cap;
    char *bigger;

    if (o->failed)
        return -1;
    while (cap - o->len < n)
        cap *= 2;
    bigger = realloc(o->buf, cap);
    if (bigger == NULL) {
        o->failed = 1;
        o->error = ENOMEM;
        return -1;
    }
    o->buf = bigger;
    o->cap = cap;
    return 0;
}

int outbuf_flush(outbuf *o)
{
    if (o->out == NULL)
        return o->failed ? -1 : 0;
    write_out(o, o->buf, o->len);
    o->len = 0;
    if (!o->failed) {
        errno = 0;
        if (fflush(o->out) != 0) {
            o->failed = 1;
            o->error = errno ? errno : EIO;
        }
    }
    return o->failed ? -1 : 0;
}

void outbuf_put_slow(outbuf *o, const char *s, size_t n)
{
    if (o->out == NULL) {
        if (grow(o, n) == 0) {
            memcpy(o->buf + o->len, s, n);
            o->len += n;
        }
        return;
    }
    write_out(o, o->buf, o->len);
    o->len = 0;
    if (n >= o->cap) {
        write_out(o, s, n);
    } else {
        memcpy(o->buf, s, n);
        o->len = n;
    }
    if (o->failed)
        o->len = 0; /* keep dropping: the caller stops at the next check */
}

char *outbuf_reserve_slow(outbuf *o, size_t n)
{
    if (o->out == NULL)
        return grow(o, n) == 0 ? o->buf + o->len : NULL;
    write_out(o, o->buf, o->len);
    o->len = 0;
    if (n > o->cap) {
        char *bigger = realloc(o->buf, n);
        if (bigger == NULL) {
            o->failed = 1;
            o->error = ENOMEM;
            return NULL;
        }
        o->buf = bigger;
        o->cap = n;
    }
    return o->buf;
}

/* "00" to "99": two digits per division by 100. */
static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

char *outbuf_write_ull_long(char *p, unsigned long long v)
{
    static const unsigned long long pow10[OUTBUF_ULL_MAX] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
        10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
        100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull,
        100000000000000000ull, 1000000000000000000ull,
        10000000000000000000ull};
    /* digits: floor(log10(2) * bit length) (1233 / 4096 ~ log10(2)), or
     * one more; v >= 100 here */
    size_t n = (size_t)(64 - __builtin_clzll(v)) * 1233u >> 12;
    char *end;

    n += v >= pow10[n];
    end = p + n;
    p = end;
    while (v >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10)
        memcpy(p - 2, digit_pairs + 2 * v, 2);
    else
        p[-1] = (char)('0' + v);
    return end;
}
