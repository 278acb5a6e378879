/*
 * csv.c -- RFC 4180 reader and field writer (see csv.h). A byte-at-a-time
 * state machine over a fixed read buffer; the row and its unquoted fields go
 * to two fixed buffers, so memory never grows with the input.
 */
#define _POSIX_C_SOURCE 200809L
#include "csv.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

enum csv_state {
    FIELD_START, /* nothing read in this field yet */
    UNQUOTED,    /* inside a field that did not start with a quote */
    QUOTED,      /* inside a quoted field */
    QUOTE_SEEN   /* a quote inside a quoted field: closing or doubled */
};

/* What one byte did to the row. */
enum csv_event { CONTINUE, ROW_END };

static int alloc_rows(csv_reader *c)
{
    c->raw = malloc(CSV_MAX_ROW + 1); /* + the LF, removed at row end */
    c->values = malloc(CSV_MAX_ROW);
    return c->raw && c->values ? 0 : -1;
}

int csv_open(csv_reader *c, FILE *in, char delimiter)
{
    memset(c, 0, sizeof *c);
    c->in = in;
    c->delimiter = delimiter;
    c->at_start = 1;
    c->line = 1;
    c->read_buf = malloc(CSV_READ_BUFSIZE);
    c->in_buf = c->read_buf;
    if (c->read_buf == NULL || alloc_rows(c) != 0) {
        csv_close(c);
        return -1;
    }
    return 0;
}

int csv_open_buffer(csv_reader *c, const char *data, size_t len,
                    char delimiter)
{
    memset(c, 0, sizeof *c);
    c->in_buf = data;
    c->in_end = data ? len : 0;
    c->eof = 1;
    c->delimiter = delimiter;
    c->at_start = 1;
    c->line = 1;
    if (alloc_rows(c) != 0) {
        csv_close(c);
        return -1;
    }
    return 0;
}

void csv_set_interactive(csv_reader *c)
{
    c->interactive = c->in != NULL && fileno(c->in) >= 0;
}

void csv_close(csv_reader *c)
{
    free(c->read_buf);
    free(c->raw);
    free(c->values);
    c->read_buf = c->raw = c->values = NULL;
}

/* Read more input once the buffer is used up. 0 (maybe setting eof) or -1. */
static int refill(csv_reader *c)
{
    size_t got;

    if (c->eof)
        return 0;
    if (c->interactive) {
        ssize_t n;
        do
            n = read(fileno(c->in), c->read_buf, CSV_READ_BUFSIZE);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            c->error = errno;
            return -1;
        }
        got = (size_t)n;
    } else {
        got = fread(c->read_buf, 1, CSV_READ_BUFSIZE, c->in);
    }
    c->in_pos = 0;
    c->in_end = got;
    if (got == 0) {
        if (!c->interactive && ferror(c->in)) {
            c->error = errno ? errno : EIO;
            return -1;
        }
        c->eof = 1;
    }
    return 0;
}

static void end_field(csv_reader *c)
{
    size_t i = c->nfields;
    if (i == CSV_MAX_FIELDS) {
        c->too_wide = 1;
        return;
    }
    c->field_len[i] = c->values_len - c->field_start[i];
    c->nfields++;
    if (c->nfields < CSV_MAX_FIELDS)
        c->field_start[c->nfields] = c->values_len;
}

static void add_value(csv_reader *c, char b)
{
    /* values never outgrows raw, which is checked by the caller */
    c->values[c->values_len++] = b;
}

/* Feed one byte (already appended to raw when stored). `store` is 0 while
 * draining an overlong row: only the quoting state is tracked. */
static enum csv_event step(csv_reader *c, char b, int store)
{
    if (b == '\n')
        c->line++;
    switch (c->state) {
    case QUOTED:
        if (b == '"')
            c->state = QUOTE_SEEN;
        else if (store)
            add_value(c, b);
        return CONTINUE;
    case QUOTE_SEEN:
        if (b == '"') {
            c->state = QUOTED;
            if (store)
                add_value(c, b);
            return CONTINUE;
        }
        break;
    case FIELD_START:
        if (b == '"') {
            c->state = QUOTED;
            return CONTINUE;
        }
        break;
    default:
        break;
    }
    if (b == c->delimiter) {
        if (store)
            end_field(c);
        c->state = FIELD_START;
        return CONTINUE;
    }
    if (b == '\n') {
        if (store) {
            /* One CR before the LF belongs to the terminator; it can only be
             * the last byte of an unquoted field. */
            if (c->state == UNQUOTED && c->raw_len >= 2 &&
                c->raw[c->raw_len - 2] == '\r') {
                c->values_len--;
                c->raw_len--;
                c->raw[c->raw_len - 1] = '\n';
                c->pending_cr = 1; /* reported as had_cr */
            }
            end_field(c);
        }
        c->state = FIELD_START;
        return ROW_END;
    }
    c->state = UNQUOTED;
    if (store)
        add_value(c, b);
    return CONTINUE;
}

static void start_row(csv_reader *c, csv_row *row)
{
    c->raw_len = c->values_len = c->nfields = 0;
    c->field_start[0] = 0;
    c->too_wide = 0;
    c->pending_cr = 0;
    c->state = FIELD_START;
    memset(row, 0, sizeof *row);
    row->line = c->line;
}

static int skip_bom(csv_reader *c)
{
    c->at_start = 0;
    if (c->in_end - c->in_pos == 0 && refill(c) != 0)
        return -1;
    /* A read may split the BOM only for absurdly small reads; fread fills
     * the buffer, so three bytes are there unless the input is shorter. */
    if (c->in_end - c->in_pos >= 3 &&
        memcmp(c->in_buf + c->in_pos, "\xEF\xBB\xBF", 3) == 0)
        c->in_pos += 3;
    return 0;
}

static void finish_row(csv_reader *c, csv_row *row)
{
    row->raw = c->raw;
    row->raw_len = c->raw_len;
    row->had_cr = c->pending_cr;
    c->pending_cr = 0;
    row->nfields = c->nfields;
    if (c->too_wide) {
        row->overlong = 1;
        row->nfields = 0;
    }
    row->number = ++c->rows;
}

char csv_detect_delimiter(const char *p, size_t n)
{
    static const char candidates[] = {',', ';', '\t', '|'};
    size_t count[sizeof candidates] = {0};
    size_t best = 0;
    int quoted = 0;
    size_t i = 0;

    while (i < n && (p[i] == '\n' || p[i] == '\r'))
        i++; /* blank lines before the header */
    for (; i < n; i++) {
        if (p[i] == '"')
            quoted = !quoted;
        else if (!quoted && (p[i] == '\n' || p[i] == '\r'))
            break;
        else if (!quoted)
            for (size_t k = 0; k < sizeof candidates; k++)
                count[k] += p[i] == candidates[k];
    }
    for (size_t k = 1; k < sizeof candidates; k++)
        if (count[k] > count[best])
            best = k;
    return candidates[best];
}

int csv_next(csv_reader *c, csv_row *row)
{
    int any = 0;

    if (c->skip_pending && csv_drain(c, NULL, NULL) != 0)
        return -1;
    if (c->at_start && skip_bom(c) != 0)
        return -1;
    if (c->delimiter == CSV_DETECT)
        c->delimiter =
            csv_detect_delimiter(c->in_buf + c->in_pos, c->in_end - c->in_pos);
    start_row(c, row);
    for (;;) {
        if (c->in_pos == c->in_end) {
            if (refill(c) != 0)
                return -1;
            if (c->in_pos == c->in_end) { /* end of input */
                if (!any)
                    return 0;
                row->unterminated = c->state == QUOTED;
                if (c->state == UNQUOTED && c->raw_len > 0 &&
                    c->raw[c->raw_len - 1] == '\r') {
                    c->raw_len--; /* a final CR without LF */
                    c->values_len--;
                }
                end_field(c);
                finish_row(c, row);
                return 1;
            }
        }
        any = 1;
        {
            char b = c->in_buf[c->in_pos++];
            if (c->raw_len == CSV_MAX_ROW &&
                !(b == '\n' && c->state != QUOTED)) {
                /* Too long: give out the prefix, leave the rest for drain
                 * (which counts this byte's line, if it is a LF). */
                c->in_pos--;
                finish_row(c, row);
                row->overlong = 1;
                row->nfields = 0;
                c->nfields = 0; /* csv_field() then gives NULL, as csv.h says */
                c->skip_pending = 1;
                return 1;
            }
            c->raw[c->raw_len++] = b;
            if (step(c, b, 1) == ROW_END) {
                c->raw_len--; /* the LF */
                finish_row(c, row);
                return 1;
            }
        }
    }
}

const char *csv_field(const csv_reader *c, size_t i, size_t *len)
{
    if (i >= c->nfields || c->too_wide) {
        *len = 0;
        return NULL;
    }
    *len = c->field_len[i];
    return c->values + c->field_start[i];
}

int csv_drain(csv_reader *c, csv_sink sink, void *ctx)
{
    int held_cr = 0; /* a CR at a chunk end, maybe part of CRLF */

    c->drained_crlf = 0;

    while (c->skip_pending) {
        size_t from = c->in_pos;
        int ended = 0;

        while (c->in_pos < c->in_end) {
            char b = c->in_buf[c->in_pos++];
            if (step(c, b, 0) == ROW_END) {
                ended = 1;
                break;
            }
        }
        {
            size_t n = c->in_pos - from - (size_t)ended;
            const char *p = c->in_buf + from;
            int keep_cr;

            if (n > 0 && held_cr) {
                if (sink && sink(ctx, "\r", 1) != 0)
                    sink = NULL;
                held_cr = 0;
            }
            if (ended && n == 0 && held_cr) {
                held_cr = 0; /* the held CR was the terminator's */
                c->drained_crlf = 1;
            }
            keep_cr = n > 0 && p[n - 1] == '\r' && c->state != QUOTED;
            if (keep_cr) /* decide when the next byte is seen */
                n--;
            if (sink && n > 0 && sink(ctx, p, n) != 0)
                sink = NULL;
            if (keep_cr) {
                if (ended) {
                    c->drained_crlf = 1; /* CRLF terminator: CR dropped */
                } else {
                    held_cr = 1;
                }
            }
        }
        if (ended || c->eof) {
            c->skip_pending = 0; /* at the end of input a held CR is dropped */
        } else if (refill(c) != 0) {
            c->skip_pending = 0;
            return -1;
        } else if (c->in_pos == c->in_end) {
            c->skip_pending = 0;
        }
        if (!c->skip_pending && !ended && c->state == QUOTED)
            c->unterminated_skip = 1;
    }
    return 0;
}

void csv_write_field(outbuf *o, const char *s, size_t len, char delimiter)
{
    int quote = 0;

    for (size_t i = 0; i < len; i++)
        if (s[i] == delimiter || s[i] == '"' || s[i] == '\r' || s[i] == '\n') {
            quote = 1;
            break;
        }
    if (!quote) {
        outbuf_put(o, s, len);
        return;
    }
    outbuf_putc(o, '"');
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            outbuf_putc(o, '"');
        outbuf_putc(o, s[i]);
    }
    outbuf_putc(o, '"');
}
