/*
 * spans.c -- the verdict-only modes (-c, -q, --valid-only, --invalid-only)
 * over whole spans of records (see records_next_span): the verdicts come
 * from libnir's batch calls, and a filter copies each run of echoed
 * records in one piece.
 */
#include "spans.h"

#include <stdint.h>
#include <string.h>

#include "records.h"

/* End of the record at p in a span: its separator, or `end` for the last
 * record of the input. Most records are 15-digit numbers: two word loads
 * show that their 15 bytes hold no separator, so one byte test finds it
 * without a memchr call. */
static inline const char *record_end(const char *p, const char *end, char sep)
{
    const uint64_t ones = 0x0101010101010101u, high = ones << 7;
    const uint64_t seps = ones * (unsigned char)sep;
    const char *at;

    if (end - p > 15 && p[15] == sep) {
        uint64_t a, b;
        memcpy(&a, p, 8);
        memcpy(&b, p + 7, 8);
        a ^= seps; /* a zero byte where p holds a separator */
        b ^= seps;
        /* the classic zero-byte test, exact for a word taken whole */
        if (((((a - ones) & ~a) | ((b - ones) & ~b)) & high) == 0)
            return p + 15;
    }
    at = memchr(p, sep, (size_t)(end - p));
    return at ? at : end;
}

/* A walk over the records of a span (see records_next_span). */
typedef struct span_walk {
    const char *p, *end; /* the records not yet checked */
    char sep;
    nir_profile profile;
} span_walk;

/* Check the next record of the walk (there must be one) and step past it:
 * the verdict of check_record() without decoding, on the record as
 * records_next() would give it. */
static inline nir_status span_verdict(span_walk *w, nir_kind *kind,
                                      unsigned *warnings)
{
    const char *rec = w->p, *rec_end = record_end(rec, w->end, w->sep);
    size_t n = (size_t)(rec_end - rec);

    w->p = rec_end < w->end ? rec_end + 1 : w->end;
    if (w->sep == '\n' && n > 0 && rec[n - 1] == '\r')
        n--; /* CRLF */
    return check_verdict(w->profile, rec, n, n > RECORDS_MAX_LEN, kind,
                         warnings);
}

/* -c: count every record of the span. Lines go to nir_tally_lines(),
 * which splits and strips CRs as records_next() does; a record longer than
 * RECORDS_MAX_LEN is a length error either way (NIR_MAX_INPUT). */
static void span_count(run_state *s, span_walk *w)
{
    unsigned long long invalid = s->totals.invalid;
    nir_kind kind;
    unsigned warnings;

    if (w->sep == '\n') {
        nir_tally tally = {0};
        nir_tally_lines(w->p, (size_t)(w->end - w->p), w->profile, &tally);
        counts_add_tally(&s->totals, &tally);
        w->p = w->end;
    }
    while (w->p < w->end) {
        nir_status st = span_verdict(w, &kind, &warnings);
        counts_add_verdict(&s->totals, st, kind, warnings);
    }
    if (s->totals.invalid != invalid) /* a record of the span failed */
        s->any_failure = 1;
}

/* Most bytes in one batch of verdicts (unless its one record is longer):
 * a batch then has at most this many records. */
#define BATCH_BYTES 16384

/* End of the next batch of the walk: whole records, within BATCH_BYTES
 * bytes when the first record fits. */
static const char *batch_end(const span_walk *w)
{
    const char *limit = w->p + BATCH_BYTES, *at;

    if (w->end - w->p <= BATCH_BYTES)
        return w->end;
    for (at = limit; at > w->p;)
        if (*--at == w->sep)
            return at + 1;
    at = memchr(limit, w->sep, (size_t)(w->end - limit));
    return at ? at + 1 : w->end;
}

/* The verdicts of the records in [w->p, stop) into st[], without moving
 * the walk; returns their number. Lines go to nir_validate_lines(), whose
 * inlined fast acceptance saves a library call per record; it splits and
 * strips CRs as records_next() does, and a record longer than
 * RECORDS_MAX_LEN is a length error either way (NIR_MAX_INPUT). */
static size_t batch_verdicts(const span_walk *w, const char *stop,
                             nir_status st[BATCH_BYTES])
{
    span_walk batch = {w->p, stop, w->sep, w->profile};
    size_t n = 0;
    nir_kind kind;
    unsigned warnings;

    if (w->sep == '\n') {
        nir_validate_lines(w->p, (size_t)(stop - w->p), w->profile, st,
                           BATCH_BYTES, &n);
        return n;
    }
    while (batch.p < batch.end)
        st[n++] = span_verdict(&batch, &kind, &warnings);
    return n;
}

/* -q: stop at the first failure (checking the rest of its batch is
 * harmless: nothing more is read). */
static void span_quiet(run_state *s, span_walk *w)
{
    nir_status st[BATCH_BYTES];

    while (w->p < w->end) {
        const char *stop = batch_end(w);
        size_t n = batch_verdicts(w, stop, st);

        for (size_t i = 0; i < n; i++)
            if (st[i] != NIR_OK) {
                s->any_failure = s->stop = 1;
                return;
            }
        w->p = stop;
    }
}

/* --valid-only, --invalid-only: copy each run of echoed records in one
 * piece. The bytes of a run are the records as written, separators and CRs
 * included, which is what line_record() writes record by record; only the
 * input's last record may need its separator added. */
static void span_filter(run_state *s, span_walk *w)
{
    const int want_valid = s->opts->mode == MODE_VALID_ONLY;
    const char *run = w->p; /* echoed records not yet copied: [run, rec) */
    nir_status st[BATCH_BYTES];

    while (w->p < w->end) {
        const char *stop = batch_end(w);
        size_t n = batch_verdicts(w, stop, st);

        /* st[i] is the verdict of the i-th record that record_end() finds:
         * both split at every separator. */
        for (size_t i = 0; i < n; i++) {
            const char *rec = w->p, *rec_end = record_end(rec, stop, w->sep);

            w->p = rec_end < stop ? rec_end + 1 : stop;
            if (st[i] != NIR_OK)
                s->any_failure = 1;
            if ((st[i] == NIR_OK) != want_valid) {
                outbuf_put(&s->out, run, (size_t)(rec - run));
                run = w->p;
            }
        }
    }
    if (run < w->end) {
        outbuf_put(&s->out, run, (size_t)(w->end - run));
        if (w->end[-1] != w->sep)
            outbuf_putc(&s->out, w->sep);
    }
}

/* The records of one span, in a verdict-only mode. */
void spans_check(run_state *s, const char *data, size_t len, char sep)
{
    span_walk w = {data, data + len, sep, s->settings.profile};

    if (s->opts->mode == MODE_COUNT)
        span_count(s, &w);
    else if (s->opts->mode == MODE_QUIET)
        span_quiet(s, &w);
    else
        span_filter(s, &w);
}
