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

int outbuf_flush(outbuf *o)
{
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

void outbuf_put_ull_slow(outbuf *o, unsigned long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;

    if (o->cap - o->len >= sizeof tmp) { /* room: write in place */
        char *end = o->buf + o->len + 20, *p = end;
        unsigned long long w = v;
        size_t n;
        do {
            *--p = (char)('0' + w % 10);
            w /= 10;
        } while (w != 0);
        n = (size_t)(end - p);
        memmove(o->buf + o->len, p, n);
        o->len += n;
        return;
    }
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    outbuf_put(o, tmp + i, sizeof tmp - i);
}
