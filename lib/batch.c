/*
 * batch.c -- many numbers per call, for pipelines and bindings.
 */
#include <string.h>

#include "fast_accept.h"
#include "internal.h"
#include "lines_avx2.h"

/* The verdict of an input the fast path did not decide (or could not try):
 * the full rules, or nir_validate for bad arguments, which it names. Kept
 * out of the loop so that the loop's registers serve the fast path. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static nir_status undecided_verdict(const char *input, size_t len,
                                    nir_profile profile, int profile_ok,
                                    nir_kind *kind)
{
    unsigned w;
    if (profile_ok && (input != NULL || len == 0))
        return nir_validate_full_(input, len, profile, kind, &w);
    return nir_validate(input, len, profile, kind, NULL);
}

size_t nir_validate_array(const char *const *inputs, const size_t *lengths,
                          size_t count, nir_profile profile,
                          nir_status *statuses, nir_kind *kinds)
{
    size_t valid = 0;
    if (inputs == NULL || lengths == NULL || statuses == NULL)
        return 0;
    int fast = nir_profile_ok_(profile);
    size_t i = 0;
#ifdef NIR_HAVE_AVX2
    if (fast && nir_lines_avx2_ok_())
        i = nir_array_avx2_(inputs, lengths, count, profile, statuses, kinds,
                            &valid);
#endif
    for (; i < count; i++) {
        nir_kind kind;
        unsigned w;
        int verdict;
        if (fast && inputs[i] != NULL &&
            (verdict = nir_fast_input_(inputs[i], lengths[i], profile,
                                       &w)) != NIR_FAST_UNDECIDED) {
            /* A compact or spaced NIR: what nir_validate would say. */
            statuses[i] = nir_fast_status_(verdict);
            if (kinds)
                kinds[i] = NIR_KIND_NIR;
            valid += statuses[i] == NIR_OK;
            continue;
        }
        statuses[i] = undecided_verdict(inputs[i], lengths[i], profile, fast,
                                        &kind);
        if (kinds)
            kinds[i] = kind;
        valid += statuses[i] == NIR_OK;
    }
    return valid;
}

/* The verdict (and kind, warnings) of the record at p, which the fast path
 * did not decide, into *st; returns where the next record starts (past its
 * LF, or end). When `fast`, the fast path was tried on the 16 bytes at p if
 * they were in the buffer; if they are a 15-byte record and its LF, it
 * needs no second try. Out of the loop, as above. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const char *record_verdict(const char *p, const char *end,
                                  nir_profile profile, int fast,
                                  nir_status *st, nir_kind *kind,
                                  unsigned *warnings)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *rec_end = nl ? nl : end;
    size_t raw_len = (size_t)(rec_end - p), rec_len = raw_len;

    if (rec_len > 0 && rec_end[-1] == '\r')
        rec_len--; /* CRLF */
    if (fast && raw_len == 15 && rec_len == 15 && nl)
        *st = nir_validate_full_(p, 15, profile, kind, warnings);
    else
        *st = nir_validate(p, rec_len, profile, kind, warnings);
    return nl ? nl + 1 : end;
}

/* The verdict, kind and warnings of the line at p: the fast path when 16
 * bytes are left (see nir_fast_line_), else record_verdict. Returns where
 * the next line starts. Inline: both line loops below are built on it. */
static inline const char *line_verdict(const char *p, const char *end,
                                       int fast, nir_profile profile,
                                       nir_status *st, nir_kind *kind,
                                       unsigned *w)
{
    int verdict = fast && end - p > 15 ? nir_fast_line_(p, profile, w)
                                       : NIR_FAST_UNDECIDED;
    if (verdict != NIR_FAST_UNDECIDED) {
        /* A compact NIR and its LF: 16 bytes. */
        *st = nir_fast_status_(verdict);
        *kind = NIR_KIND_NIR;
        return p + 16;
    }
    return record_verdict(p, end, profile, fast, st, kind, w);
}

/* The records of a line buffer into acc, until the end or until
 * acc->invalid is full. Every line call is built on it: the sixteen-record
 * kernel (lines_avx2.h) where the CPU has it, for as long as it goes, and
 * the one-record path for the records it leaves. Returns where it
 * stopped. */
static const char *lines_loop(const char *p, const char *end,
                              nir_lines_acc *acc)
{
    nir_profile profile = acc->profile;
    int fast = nir_profile_ok_(profile);
#ifdef NIR_HAVE_AVX2
    int wide = fast && nir_lines_avx2_ok_();
#endif
    while (p < end && nir_lines_room_(acc, 1)) {
        const char *rec;
#ifdef NIR_HAVE_AVX2
        if (wide) {
            p = nir_lines_avx2_(p, end, acc);
            if (p == end || !nir_lines_room_(acc, 1))
                break;
        }
#endif
        rec = p;
        nir_status st;
        nir_kind kind;
        unsigned w;
        p = line_verdict(p, end, fast, profile, &st, &kind, &w);
        nir_lines_add_(acc, st, kind, w, rec, p);
    }
    return p;
}

size_t nir_validate_lines(const char *buffer, size_t len, nir_profile profile,
                          nir_status *statuses, size_t capacity,
                          size_t *records)
{
    nir_tally others = {0};
    nir_lines_acc acc = {profile, &others, statuses, capacity, buffer,
                         NULL, 0, 0, 0, 0, 0};
    if (buffer == NULL || (statuses == NULL && capacity > 0)) {
        if (records)
            *records = 0;
        return 0;
    }
    lines_loop(buffer, buffer + len, &acc);
    if (records)
        *records = acc.n;
    return acc.nir_valid + others.status[NIR_OK];
}

_Static_assert(NIR_STATUS_COUNT <= NIR_TALLY_STATUSES &&
                   NIR_KIND_MIG < NIR_TALLY_KINDS &&
                   NIR_WARNING_COUNT <= NIR_TALLY_WARNINGS,
               "nir_tally has room for every code");

size_t nir_tally_lines(const char *buffer, size_t len, nir_profile profile,
                       nir_tally *tally)
{
    nir_lines_acc acc = {profile, tally, NULL, 0, buffer, NULL, 0, 0, 0, 0, 0};
    if (tally == NULL || (buffer == NULL && len > 0))
        return 0;
    if (len == 0)
        return 0;
    lines_loop(buffer, buffer + len, &acc);
    tally->status[NIR_OK] += acc.nir_valid;
    tally->status[NIR_ERR_KEY] += acc.nir_bad_key;
    tally->kind[NIR_KIND_NIR] += acc.nir_valid + acc.nir_bad_key;
    tally->records += acc.n;
    return acc.n;
}

size_t nir_find_invalid_lines(const char *buffer, size_t len,
                              nir_profile profile, nir_line *lines,
                              size_t capacity, size_t *scanned,
                              size_t *records)
{
    nir_tally others = {0};
    nir_lines_acc acc = {profile, &others, NULL, 0, buffer,
                         capacity ? lines : NULL, capacity, 0, 0, 0, 0};
    size_t done = 0;

    if (buffer != NULL && (lines != NULL || capacity == 0))
        done = (size_t)(lines_loop(buffer, buffer + len, &acc) - buffer);
    if (scanned)
        *scanned = done;
    if (records)
        *records = acc.n;
    return acc.invalid_n;
}
