/*
 * batch.c -- many numbers per call, for pipelines and bindings.
 */
#include <string.h>

#include "fast_accept.h"
#include "internal.h"

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
    for (size_t i = 0; i < count; i++) {
        nir_kind kind;
        unsigned w;
        int verdict;
        if (fast && lengths[i] == 15 && inputs[i] != NULL &&
            (verdict = nir_fast15_(inputs[i], profile, &w)) !=
                NIR_FAST_UNDECIDED) {
            /* A compact NIR: what nir_validate would say. */
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

/* The verdict of the record at *start of buffer, which the fast path did
 * not decide, and *start moved past its LF. `tried`: the fast path was
 * tried on the 15 bytes at *start (followed by LF), so if they are the
 * whole record it needs no second try. Out of the loop, as above. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static nir_status record_verdict(const char *buffer, size_t len,
                                 size_t *start, nir_profile profile,
                                 int tried)
{
    const char *rec = buffer + *start;
    const char *nl = memchr(rec, '\n', len - *start);
    size_t end = nl ? (size_t)(nl - buffer) : len;
    size_t rec_len = end - *start;
    nir_kind kind;
    unsigned w;

    *start = end + 1;
    if (rec_len > 0 && buffer[end - 1] == '\r')
        rec_len--; /* CRLF */
    if (tried && rec_len == 15)
        return nir_validate_full_(rec, 15, profile, &kind, &w);
    return nir_validate(rec, rec_len, profile, NULL, NULL);
}

size_t nir_validate_lines(const char *buffer, size_t len, nir_profile profile,
                          nir_status *statuses, size_t capacity,
                          size_t *records)
{
    size_t valid = 0, n = 0, start = 0;
    if (buffer == NULL || (statuses == NULL && capacity > 0)) {
        if (records)
            *records = 0;
        return 0;
    }
    int fast = nir_profile_ok_(profile);
    while (start < len) {
        nir_status st;
        unsigned w;
        int verdict;
        /* Fast path tried on a 15-byte record followed by LF. */
        int tried = fast && len - start > 15 && buffer[start + 15] == '\n';
        /* Decided, it is a compact NIR: its 15 bytes are digits, so the LF
         * at +15 is the one memchr would find. */
        if (tried && (verdict = nir_fast15_(buffer + start, profile, &w)) !=
                         NIR_FAST_UNDECIDED) {
            if (n < capacity)
                statuses[n] = nir_fast_status_(verdict);
            valid += verdict == NIR_FAST_VALID;
            n++;
            start += 16;
            continue;
        }
        st = record_verdict(buffer, len, &start, profile, tried);
        if (n < capacity)
            statuses[n] = st;
        valid += st == NIR_OK;
        n++;
    }
    if (records)
        *records = n;
    return valid;
}
