/*
 * fuzz_records.c -- libFuzzer target for the CLI's bounded record reader
 * (cli/records.h), from a memory buffer and from a FILE* (fmemopen).
 *
 * Input: byte 0 selects the options, the rest is the file content.
 *   bit  0    separator: '\n' (lines) or '\0' (NUL-separated records)
 *   bits 1-2  FILE read buffer size: default, minimum, 4099, 8192
 *   bit  3    amplify: repeat the content past 2 x RECORDS_MAX_LEN bytes so
 *             that overlong records and buffer refills happen (the fuzzers
 *             run with -max_len=512)
 *   bit  4    the drain sink stops after a few bytes (non-zero return)
 *
 * Properties (abort() on violation):
 *   - buffer mode, FILE mode with draining, and buffer mode without
 *     draining (the next call skips the rest) return the same records;
 *   - numbers are 1, 2, 3...; len <= RECORDS_MAX_LEN; overlong records are
 *     exactly RECORDS_MAX_LEN bytes; had_cr only in line mode;
 *   - the records, their separators, the removed CRs and the drained tails
 *     put back together are the input (less a leading BOM).
 */
#define _GNU_SOURCE /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "records.h"

typedef struct sink_ctx {
    growbuf *out;
    size_t budget; /* bytes accepted before returning non-zero */
    int stopped;
    int limited;
} sink_ctx;

HARNESS
static int sink(void *ctx, const char *data, size_t len)
{
    sink_ctx *s = ctx;
    CHECK(!s->stopped); /* no call after a non-zero return */
    CHECK(len > 0);
    if (s->limited && len > s->budget) {
        put(s->out, data, s->budget);
        s->stopped = 1;
        return 1;
    }
    put(s->out, data, len);
    if (s->limited)
        s->budget -= len;
    return 0;
}

/* One pass: every record summarised into `log` (len, flags, bytes) and the
 * input rebuilt into `rebuilt`. Returns the number of records. */
HARNESS
static unsigned long long pass(records_reader *r, int drain, int limited,
                               growbuf *log, growbuf *rebuilt)
{
    record rec;
    int rc;
    unsigned long long n = 0;
    while ((rc = records_next(r, &rec)) == 1) {
        n++;
        CHECK(rec.number == n);
        CHECK(rec.len <= RECORDS_MAX_LEN);
        CHECK(rec.data != NULL || rec.len == 0);
        CHECK(!rec.had_cr || r->separator == '\n');
        CHECK(!rec.overlong || rec.len == RECORDS_MAX_LEN);
        CHECK(!(rec.overlong && rec.had_cr));
        CHECK(memchr(rec.data, r->separator, rec.len) == NULL);
        put(log, (const char *)&rec.len, sizeof rec.len);
        put(log, rec.had_cr ? "C" : "c", 1);
        put(log, rec.overlong ? "O" : "o", 1);
        put(log, rec.data, rec.len);
        put(rebuilt, rec.data, rec.len);
        if (rec.overlong && drain) {
            sink_ctx s = {rebuilt, 3, 0, limited};
            CHECK(records_drain(r, sink, &s) == 0);
            CHECK(!r->skip_pending);
        }
        if (rec.had_cr)
            put(rebuilt, "\r", 1);
        put(rebuilt, &r->separator, 1);
    }
    CHECK(rc == 0);
    CHECK(records_next(r, &rec) == 0); /* the end is sticky */
    /* drain with nothing pending is a no-op */
    CHECK(records_drain(r, NULL, NULL) == 0);
    return n;
}

HARNESS
static void check_rebuilt(const growbuf *rebuilt, const char *in, size_t len,
                          char sep)
{
    if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
        in += 3;
        len -= 3;
    }
    /* Every record was given a separator; the input's last one may lack
     * it. */
    if (len == 0) {
        CHECK(rebuilt->len == 0);
        return;
    }
    if (in[len - 1] == sep) {
        CHECK(rebuilt->len == len);
    } else {
        CHECK(rebuilt->len == len + 1);
        CHECK(rebuilt->p[len] == sep);
    }
    CHECK(memcmp(rebuilt->p, in, len) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t bufsizes[4] = {0, 1, 4099, 8192};
    unsigned opt;
    char sep;
    const char *in;
    char *amplified = NULL;
    size_t len;
    int limited;
    records_reader r;
    growbuf log1 = {0}, log2 = {0}, log3 = {0};
    growbuf reb1 = {0}, reb2 = {0}, reb3 = {0};
    unsigned long long n1, n2, n3;
    FILE *f;

    if (size == 0)
        return 0;
    opt = data[0];
    sep = (opt & 1u) ? '\0' : '\n';
    in = (const char *)data + 1;
    len = size - 1;
    limited = (opt & 16u) != 0;
    if ((opt & 8u) && len > 0) {
        size_t target = 2 * RECORDS_MAX_LEN + 777, n = 0;
        amplified = malloc(target + len);
        CHECK(amplified != NULL);
        while (n < target) {
            memcpy(amplified + n, in, len);
            n += len;
        }
        in = amplified;
        len = n;
    }

    /* 1: buffer mode, draining overlong records into the rebuilt input. */
    records_open_buffer(&r, in, len, sep);
    n1 = pass(&r, 1, limited, &log1, &reb1);
    records_close(&r);
    if (!limited)
        check_rebuilt(&reb1, in, len, sep);

    /* 2: buffer mode, overlong tails skipped by the next call. */
    records_open_buffer(&r, in, len, sep);
    n2 = pass(&r, 0, 0, &log2, &reb2);
    records_close(&r);
    CHECK(n2 == n1);
    CHECK(same(log2.p, log2.len, log1.p, log1.len));

    /* 3: FILE mode (glibc's fmemopen refuses a size of 0). */
    f = len ? fmemopen((void *)(size_t)in, len, "rb") : NULL;
    if (f) {
        CHECK(records_open(&r, f, sep, bufsizes[(opt >> 1) & 3u]) == 0);
        n3 = pass(&r, 1, limited, &log3, &reb3);
        CHECK(r.error == 0);
        records_close(&r);
        fclose(f);
        CHECK(n3 == n1);
        CHECK(same(log3.p, log3.len, log1.p, log1.len));
        CHECK(same(reb3.p, reb3.len, reb1.p, reb1.len));
    }

    /* NULL buffer: no record (it reads as ""). */
    records_open_buffer(&r, NULL, len, sep);
    {
        record rec;
        CHECK(records_next(&r, &rec) == 0);
    }
    records_close(&r);

    free(log1.p); free(log2.p); free(log3.p);
    free(reb1.p); free(reb2.p); free(reb3.p);
    free(amplified);
    return 0;
}
