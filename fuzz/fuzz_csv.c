/*
 * fuzz_csv.c -- libFuzzer target for the CLI's RFC 4180 reader and field
 * writer (cli/csv.h), from a memory buffer and from a FILE* (fmemopen).
 *
 * Input: byte 0 selects the options, the rest is the file content.
 *   bits 0-1  delimiter: ',' ';' '\t' '|'
 *   bit  2    with bits 4, 5 and 7 also set: amplify, i.e. repeat the
 *             content past CSV_MAX_ROW (and past the FILE read buffer) so
 *             that overlong rows and refills happen (the fuzzers run with
 *             -max_len=512). One option byte in 16: an amplified run costs
 *             ~500 times a plain one (per-byte comparison tracing).
 *   bit  3    drain overlong rows with a sink (else the next call skips)
 *
 * Properties (abort() on violation):
 *   - buffer mode and FILE mode return the same rows and fields;
 *   - rows are numbered 1, 2, 3...; each row starts on the physical line
 *     after the previous row's last line feed;
 *   - raw_len <= CSV_MAX_ROW; an overlong row has no field; csv_field() out
 *     of range is NULL with *len = 0;
 *   - a row without any quote splits on the delimiter exactly into its
 *     fields;
 *   - fields written back with csv_write_field() read back as the same
 *     fields (rows of at most 512 bytes: the write may double a row);
 *   - with draining, the rows put back together are the input (less a
 *     leading BOM; CRs before line feeds compared loosely, see below).
 */
#define _GNU_SOURCE /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "csv.h"
#include "outbuf.h"

HARNESS
static int sink(void *ctx, const char *data, size_t len)
{
    CHECK(len > 0);
    put(ctx, data, len);
    return 0;
}

HARNESS
static size_t count_lf(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

/* Append the fields of the current row to `fields` (count, then length and
 * bytes of each). */
HARNESS
static void log_fields(const csv_reader *c, size_t nfields, growbuf *fields)
{
    put(fields, &nfields, sizeof nfields);
    for (size_t i = 0; i < nfields; i++) {
        size_t flen;
        const char *f = csv_field(c, i, &flen);
        CHECK(f != NULL || flen == 0);
        put(fields, &flen, sizeof flen);
        put(fields, f, flen);
    }
}

/* Write the fields of the current row with csv_write_field, one row per
 * line. */
HARNESS
static void write_row(const csv_reader *c, size_t nfields, char delim,
                      outbuf *o)
{
    for (size_t i = 0; i < nfields; i++) {
        size_t flen;
        const char *f = csv_field(c, i, &flen);
        if (i > 0)
            outbuf_putc(o, delim);
        csv_write_field(o, f ? f : "", flen, delim);
    }
    outbuf_putc(o, '\n');
}

/* The rows written by write_row read back as the same fields. */
HARNESS
static void check_written(const char *text, size_t text_len, char delim,
                          const growbuf *fields)
{
    csv_reader back;
    csv_row row;
    growbuf again = {0};
    int rc;

    CHECK(csv_open_buffer(&back, text, text_len, delim) == 0);
    CHECK(csv_next(&back, &row) == 1); /* the empty guard row */
    CHECK(row.nfields == 1 && row.raw_len == 0);
    while ((rc = csv_next(&back, &row)) == 1) {
        CHECK(!row.overlong && !row.unterminated && !row.had_cr);
        log_fields(&back, row.nfields, &again);
    }
    CHECK(rc == 0);
    csv_close(&back);
    CHECK(same(again.p, again.len, fields->p, fields->len));
    free(again.p);
}

/* One pass over the input; rows summarised into `log`, the input rebuilt
 * into `rebuilt`. Returns the number of rows. */
HARNESS
static unsigned long long pass(csv_reader *c, char delim, int drain,
                               int roundtrip, growbuf *log, growbuf *rebuilt,
                               int *last_overlong)
{
    csv_row row;
    int rc;
    unsigned long long n = 0, next_line = 1;
    int line_known = 1; /* lost after an overlong row that was not drained */
    growbuf fields = {0};
    char *text = NULL;
    size_t text_len = 0;
    FILE *mem = NULL;
    outbuf o;

    if (roundtrip) {
        mem = open_memstream(&text, &text_len);
        CHECK(mem != NULL);
        CHECK(outbuf_init(&o, mem, 256) == 0); /* small: the slow path too */
        /* An empty first row, so that a field starting with a BOM is not
         * taken for one when read back. */
        outbuf_putc(&o, '\n');
    }

    while ((rc = csv_next(c, &row)) == 1) {
        size_t before = rebuilt->len, flen;
        n++;
        CHECK(row.number == n);
        CHECK(!line_known || row.line == next_line);
        CHECK(row.raw_len <= CSV_MAX_ROW);
        CHECK(!row.overlong || row.nfields == 0);
        CHECK(row.overlong || row.nfields >= 1);
        CHECK(row.nfields <= CSV_MAX_FIELDS);
        /* Also for overlong rows: no field of the cut row is handed out. */
        CHECK(csv_field(c, row.nfields, &flen) == NULL && flen == 0);
        if (row.overlong)
            CHECK(csv_field(c, 0, &flen) == NULL && flen == 0);
        put(log, &row.raw_len, sizeof row.raw_len);
        put(log, &row.nfields, sizeof row.nfields);
        put(log, row.had_cr ? "C" : "c", 1);
        put(log, row.overlong ? "O" : "o", 1);
        put(log, row.unterminated ? "U" : "u", 1);
        put(log, row.raw, row.raw_len);
        for (size_t i = 0; i < row.nfields; i++) {
            const char *f = csv_field(c, i, &flen);
            put(log, &flen, sizeof flen);
            put(log, f, flen);
        }
        if (!row.overlong && memchr(row.raw, '"', row.raw_len) == NULL) {
            /* No quote: the fields are the raw row split on delim. */
            size_t start = 0;
            for (size_t i = 0; i < row.nfields; i++) {
                const char *f = csv_field(c, i, &flen);
                const char *d = memchr(row.raw + start, delim,
                                       row.raw_len - start);
                size_t end = d ? (size_t)(d - row.raw) : row.raw_len;
                CHECK(flen == end - start);
                CHECK(flen == 0 || memcmp(f, row.raw + start, flen) == 0);
                CHECK((i + 1 == row.nfields) == (d == NULL));
                start = end + 1;
            }
        }
        if (!row.overlong && roundtrip) {
            write_row(c, row.nfields, delim, &o);
            log_fields(c, row.nfields, &fields);
        }

        put(rebuilt, row.raw, row.raw_len);
        if (row.overlong && drain)
            CHECK(csv_drain(c, sink, rebuilt) == 0);
        if (row.had_cr)
            put(rebuilt, "\r", 1);
        if (rebuilt->len > before)
            next_line += count_lf(rebuilt->p + before, rebuilt->len - before);
        next_line++;
        line_known = !row.overlong || drain;
        *last_overlong = row.overlong;
        if (!row.unterminated) /* else the input ended inside quotes */
            put(rebuilt, "\n", 1);
    }
    CHECK(rc == 0);
    CHECK(csv_next(c, &row) == 0);
    if (roundtrip) {
        CHECK(outbuf_flush(&o) == 0);
        outbuf_free(&o);
        CHECK(fclose(mem) == 0);
        check_written(text, text_len, delim, &fields);
        free(text);
        free(fields.p);
    }
    return n;
}

/* Drop every CR that precedes a LF or ends the text: the reader reports
 * some of them as had_cr, drops others (the CR of an overlong row's CRLF,
 * a final CR), and keeps those inside quotes. */
HARNESS
static size_t squeeze_cr(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            size_t j = i;
            while (j < n && s[j] == '\r')
                j++;
            if (j == n || s[j] == '\n') {
                i = j - 1;
                continue;
            }
        }
        s[o++] = s[i];
    }
    return o;
}

HARNESS
static void check_rebuilt(growbuf *rebuilt, const char *in, size_t len,
                          int last_overlong)
{
    char *exp;
    size_t elen, rlen;
    if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
        in += 3;
        len -= 3;
    }
    exp = malloc(len + 2);
    CHECK(exp != NULL);
    if (len)
        memcpy(exp, in, len);
    /* Every terminated row was given a LF; the input's last may lack it. */
    if (len > 0 && in[len - 1] != '\n' && rebuilt->len > 0 &&
        rebuilt->p[rebuilt->len - 1] == '\n')
        exp[len++] = '\n';
    elen = squeeze_cr(exp, len);
    rlen = squeeze_cr(rebuilt->p, rebuilt->len);
    /* A drained overlong last row may have ended inside quotes at the end
     * of the input rather than with a LF: the reader cannot flag it
     * `unterminated` (it is handed out before its end is seen). */
    if (last_overlong && rlen == elen + 1 && rebuilt->p[elen] == '\n')
        rlen--;
    CHECK(rlen == elen);
    CHECK(elen == 0 || memcmp(rebuilt->p, exp, elen) == 0);
    free(exp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char delims[4] = {',', ';', '\t', '|'};
    unsigned opt;
    char delim;
    const char *in;
    char *amplified = NULL;
    size_t len;
    int drain, last1 = 0, last2 = 0;
    csv_reader c;
    growbuf log1 = {0}, log2 = {0}, reb1 = {0}, reb2 = {0};
    unsigned long long n1, n2;
    FILE *f;

    if (size == 0)
        return 0;
    opt = data[0];
    delim = delims[opt & 3u];
    in = (const char *)data + 1;
    len = size - 1;
    drain = (opt & 8u) != 0;
    if ((opt & 0xB4u) == 0xB4u && len > 0) {
        size_t target = CSV_MAX_ROW + 333, n = 0;
        amplified = malloc(target + len);
        CHECK(amplified != NULL);
        while (n < target) {
            memcpy(amplified + n, in, len);
            n += len;
        }
        in = amplified;
        len = n;
    }

    CHECK(csv_open_buffer(&c, in, len, delim) == 0);
    n1 = pass(&c, delim, drain, amplified == NULL, &log1, &reb1, &last1);
    csv_close(&c);

    f = len ? fmemopen((void *)(size_t)in, len, "rb") : NULL;
    if (f) {
        CHECK(csv_open(&c, f, delim) == 0);
        n2 = pass(&c, delim, drain, 0, &log2, &reb2, &last2);
        CHECK(c.error == 0);
        csv_close(&c);
        fclose(f);
        CHECK(n2 == n1 && last2 == last1);
        CHECK(same(log2.p, log2.len, log1.p, log1.len));
        CHECK(same(reb2.p, reb2.len, reb1.p, reb1.len));
    }
    if (drain)
        check_rebuilt(&reb1, in, len, last1); /* squeezes reb1: keep last */

    free(log1.p); free(log2.p); free(reb1.p); free(reb2.p);
    free(amplified);
    return 0;
}
