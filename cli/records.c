/*
 * records.c -- bounded record reader (see records.h). The hot path is one
 * memchr per record over a large buffer filled by fread: no per-record
 * allocation and no per-character stdio call.
 */
#define _POSIX_C_SOURCE 200809L
#include "records.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Enough room for a record of RECORDS_MAX_LEN bytes plus CR and separator, so
 * that a record that fits is always seen whole. */
#define RECORDS_MIN_BUFSIZE (RECORDS_MAX_LEN + 2)

int records_open(records_reader *r, FILE *in, char separator, size_t bufsize)
{
    memset(r, 0, sizeof *r);
    if (bufsize < RECORDS_MIN_BUFSIZE)
        bufsize = bufsize ? RECORDS_MIN_BUFSIZE : RECORDS_DEFAULT_BUFSIZE;
    r->buf = malloc(bufsize);
    if (r->buf == NULL)
        return -1;
    r->cap = bufsize;
    r->in = in;
    r->separator = separator;
    r->at_start = 1;
    return 0;
}

void records_open_buffer(records_reader *r, const char *data, size_t len,
                         char separator)
{
    memset(r, 0, sizeof *r);
    /* The reader never writes through buf in buffer mode. A NULL buffer
     * reads as "" (no pointer arithmetic on NULL, even + 0). */
    r->buf = (char *)(size_t)(data ? data : "");
    r->end = data ? len : 0;
    r->eof = 1;
    r->separator = separator;
    r->at_start = 1;
}

int records_set_ring(records_reader *r, unsigned buffers)
{
    if (r->in == NULL || r->ring_size != 0 || buffers < 1 ||
        buffers > RECORDS_RING_MAX)
        return -1;
    r->ring[0] = r->buf;
    for (unsigned i = 1; i < buffers; i++) {
        r->ring[i] = malloc(r->cap);
        if (r->ring[i] == NULL) {
            while (--i > 0)
                free(r->ring[i]);
            return -1;
        }
    }
    r->ring_size = buffers;
    r->ring_at = 0;
    return 0;
}

void records_set_interactive(records_reader *r)
{
    r->interactive = r->in != NULL && fileno(r->in) >= 0;
}

void records_close(records_reader *r)
{
    if (r->in && r->ring_size > 0)
        for (unsigned i = 0; i < r->ring_size; i++)
            free(r->ring[i]);
    else if (r->in)
        free(r->buf);
    r->buf = NULL;
}

/* Move the unread bytes to the front and read more. Returns 0 (possibly
 * setting eof) or -1 on a read error. */
static int refill(records_reader *r)
{
    size_t got;

    if (r->eof)
        return 0;
    if (r->start > 0 && r->ring_size > 1) {
        /* What was handed out from this buffer stays where it is. */
        char *next = r->ring[(r->ring_at + 1) % r->ring_size];
        memcpy(next, r->buf + r->start, r->end - r->start);
        r->ring_at = (r->ring_at + 1) % r->ring_size;
        r->buf = next;
        r->end -= r->start;
        r->start = 0;
    } else if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->interactive) {
        ssize_t n;
        do
            n = read(fileno(r->in), r->buf + r->end, r->cap - r->end);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            r->error = errno;
            return -1;
        }
        got = (size_t)n;
    } else {
        got = fread(r->buf + r->end, 1, r->cap - r->end, r->in);
    }
    r->end += got;
    if (got == 0) {
        if (!r->interactive && ferror(r->in)) {
            r->error = errno ? errno : EIO;
            return -1;
        }
        r->eof = 1;
    }
    return 0;
}

/* Drop a UTF-8 BOM at the start of the input (spreadsheet exports). */
static int skip_bom(records_reader *r)
{
    while (r->end - r->start < 3 && !r->eof)
        if (refill(r) != 0)
            return -1;
    if (r->end - r->start >= 3 && memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0)
        r->start += 3;
    r->at_start = 0;
    return 0;
}

/* Work owed before the next record: the rest of an overlong record that
 * was not drained, and the BOM of a new input. */
static int settle(records_reader *r)
{
    if (r->skip_pending && records_drain(r, NULL, NULL) != 0)
        return -1;
    if (r->at_start && skip_bom(r) != 0)
        return -1;
    return 0;
}

int records_next(records_reader *r, record *rec)
{
    if (settle(r) != 0)
        return -1;
    for (;;) {
        const char *base = r->buf + r->start;
        size_t avail = r->end - r->start;
        const char *sep = memchr(base, r->separator, avail);

        if (sep != NULL || r->eof) {
            size_t len = sep ? (size_t)(sep - base) : avail;
            int cr = r->separator == '\n' && len > 0 && base[len - 1] == '\r';

            if (sep == NULL && avail == 0)
                return 0;
            if (len - (size_t)cr <= RECORDS_MAX_LEN) {
                r->start += sep ? len + 1 : len;
                rec->data = base;
                rec->len = len - (size_t)cr;
                rec->had_cr = cr;
                rec->overlong = 0;
                rec->number = ++r->count;
                return 1;
            }
        }
        if (sep != NULL || r->eof || avail >= RECORDS_MAX_LEN + 2) {
            /* Too long: hand out a prefix, leave the rest for drain. */
            r->start += RECORDS_MAX_LEN;
            rec->data = base;
            rec->len = RECORDS_MAX_LEN;
            rec->had_cr = 0;
            rec->overlong = 1;
            rec->number = ++r->count;
            r->skip_pending = 1;
            return 1;
        }
        if (refill(r) != 0)
            return -1;
    }
}

/* The last separator in [from, to), or NULL. Usually a few bytes from the
 * end; at worst one pass over a buffer, which is then consumed. */
static const char *last_separator(const char *from, const char *to, char sep)
{
    while (to > from)
        if (*--to == sep)
            return to;
    return NULL;
}

int records_next_span(records_reader *r, const char **data, size_t *len)
{
    if (settle(r) != 0)
        return -1;
    for (;;) {
        const char *base = r->buf + r->start;
        size_t avail = r->end - r->start;
        const char *last = r->eof ? NULL
                                  : last_separator(base, base + avail,
                                                   r->separator);

        if (last != NULL || (r->eof && avail > 0)) {
            *data = base;
            *len = last ? (size_t)(last - base) + 1 : avail;
            r->start += *len;
            return 1;
        }
        if (r->eof)
            return 0;
        /* Where records_next() would hand out a prefix rather than read. */
        if (avail >= RECORDS_MAX_LEN + 2)
            return RECORDS_SPAN_LONG;
        if (refill(r) != 0)
            return -1;
    }
}

int records_drain(records_reader *r, records_sink sink, void *ctx)
{
    while (r->skip_pending) {
        const char *base = r->buf + r->start;
        size_t avail = r->end - r->start;
        const char *sep = memchr(base, r->separator, avail);
        size_t chunk = sep ? (size_t)(sep - base) : avail;

        if (sink && chunk > 0 && sink(ctx, base, chunk) != 0)
            sink = NULL;
        r->start += chunk;
        if (sep) {
            r->start++;
            r->skip_pending = 0;
        } else if (r->eof) {
            r->skip_pending = 0;
        } else if (refill(r) != 0) {
            r->skip_pending = 0;
            return -1;
        }
    }
    return 0;
}
