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

/* -q: stop at the first failure. Lines: nir_find_invalid_lines stops at
 * the first invalid one. */
static void span_quiet(run_state *s, span_walk *w)
{
    nir_line first;
    nir_kind kind;
    unsigned warnings;

    if (w->sep == '\n') {
        if (nir_find_invalid_lines(w->p, (size_t)(w->end - w->p), w->profile,
                                   &first, 1, NULL, NULL) > 0)
            s->any_failure = s->stop = 1;
        return;
    }
    while (w->p < w->end)
        if (span_verdict(w, &kind, &warnings) != NIR_OK) {
            s->any_failure = s->stop = 1;
            return;
        }
}

/* Invalid lines asked of libnir per call by the filters. */
#define FILTER_LINES 1024

/* --valid-only, --invalid-only on lines: libnir says where the invalid
 * records are (nir_find_invalid_lines); the bytes between are the valid
 * ones. Each run of echoed records is copied in one piece, separators and
 * CRs included, which is what line_record() writes record by record; only
 * the input's last record may need its separator added. */
static void span_filter_lines(run_state *s, span_walk *w, int want_valid)
{
    nir_line bad[FILTER_LINES];
    const char *run = w->p, *run_end = w->p; /* echoed, not yet copied */

    while (w->p < w->end) {
        size_t scanned;
        size_t n = nir_find_invalid_lines(w->p, (size_t)(w->end - w->p),
                                          w->profile, bad, FILTER_LINES,
                                          &scanned, NULL);
        for (size_t i = 0; i < n; i++) {
            const char *rec = w->p + bad[i].offset;
            const char *rec_end = rec + bad[i].length;
            if (want_valid) {
                outbuf_put(&s->out, run, (size_t)(rec - run));
                run = run_end = rec_end;
            } else if (rec == run_end) {
                run_end = rec_end; /* next to the run: one copy */
            } else {
                outbuf_put(&s->out, run, (size_t)(run_end - run));
                run = rec;
                run_end = rec_end;
            }
        }
        if (n > 0)
            s->any_failure = 1;
        w->p += scanned;
    }
    if (want_valid)
        run_end = w->end;
    outbuf_put(&s->out, run, (size_t)(run_end - run));
    if (run_end == w->end && run < run_end && w->end[-1] != w->sep)
        outbuf_putc(&s->out, w->sep);
}

/* --valid-only, --invalid-only on NUL-separated records, one by one. */
static void span_filter_records(run_state *s, span_walk *w, int want_valid)
{
    const char *run = w->p; /* echoed records not yet copied: [run, rec) */
    nir_kind kind;
    unsigned warnings;

    while (w->p < w->end) {
        const char *rec = w->p;
        nir_status st = span_verdict(w, &kind, &warnings);

        if (st != NIR_OK)
            s->any_failure = 1;
        if ((st == NIR_OK) != want_valid) {
            outbuf_put(&s->out, run, (size_t)(rec - run));
            run = w->p;
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
    else if (sep == '\n')
        span_filter_lines(s, &w, s->opts->mode == MODE_VALID_ONLY);
    else
        span_filter_records(s, &w, s->opts->mode == MODE_VALID_ONLY);
}
