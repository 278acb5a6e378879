/*
 * batch.c -- many numbers per call, for pipelines and bindings.
 */
#include <string.h>

#include "fast_accept.h"
#include "internal.h"

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
        statuses[i] = nir_validate(inputs[i], lengths[i], profile, &kind, NULL);
        if (kinds)
            kinds[i] = kind;
        valid += statuses[i] == NIR_OK;
    }
    return valid;
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
        const char *nl;
        unsigned w;
        int verdict;
        /* A compact NIR followed by LF: its 15 bytes are digits, so the LF
         * at +15 is the one memchr would find. */
        if (fast && len - start > 15 && buffer[start + 15] == '\n' &&
            (verdict = nir_fast15_(buffer + start, profile, &w)) !=
                NIR_FAST_UNDECIDED) {
            if (n < capacity)
                statuses[n] = nir_fast_status_(verdict);
            valid += verdict == NIR_FAST_VALID;
            n++;
            start += 16;
            continue;
        }
        nl = memchr(buffer + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - buffer) : len;
        size_t rec_len = end - start;
        nir_status st;
        if (rec_len > 0 && buffer[end - 1] == '\r')
            rec_len--; /* CRLF */
        st = nir_validate(buffer + start, rec_len, profile, NULL, NULL);
        if (n < capacity)
            statuses[n] = st;
        valid += st == NIR_OK;
        n++;
        start = end + 1;
    }
    if (records)
        *records = n;
    return valid;
}
