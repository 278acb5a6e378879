/*
 * suggest.c -- typo corrections from the key: single substitutions and
 * adjacent transpositions of the 13-character body.
 */
#include <string.h>

#include "internal.h"
#include "rules_def.h"

static int valid(const char *c, nir_profile profile)
{
    nir_kind kind;
    unsigned warnings;
    size_t field;
    return nir_check_(c, NIR_KEYED_LEN, profile, &kind, &warnings, &field) == NIR_OK;
}

static void add(const char *c, char (*out)[NIR_COMPACT_BUFSIZE],
                size_t capacity, size_t *count)
{
    if (*count < capacity)
        memcpy(out[*count], c, NIR_COMPACT_BUFSIZE);
    (*count)++;
}

nir_status nir_suggest(const char *input, size_t len, nir_profile profile,
                       char (*out)[NIR_COMPACT_BUFSIZE], size_t capacity,
                       size_t *count)
{
    static const char alphabet[] = "0123456789AB";
    nir_norm norm;
    size_t eb, ec;
    nir_status st;
    char c[NIR_COMPACT_BUFSIZE];

    if (count == NULL || (out == NULL && capacity > 0) ||
        (input == NULL && len > 0) || !nir_profile_ok_(profile))
        return NIR_ERR_ARGUMENT;
    *count = 0;
    st = nir_normalize_(input, len, &norm, &eb, &ec);
    if (st != NIR_OK)
        return st;
    if (norm.n != NIR_KEYED_LEN)
        return NIR_ERR_LENGTH;
    if (norm.c[NIR_KEY_AT] < '0' || norm.c[NIR_KEY_AT] > '9' ||
        norm.c[NIR_KEY_AT + 1] < '0' || norm.c[NIR_KEY_AT + 1] > '9')
        return NIR_ERR_CHARACTER; /* a key with a letter suggests nothing */
    if (valid(norm.c, profile))
        return NIR_OK;

    memcpy(c, norm.c, sizeof c);
    for (size_t i = 0; i < NIR_BODY_LEN; i++) {
        char was = c[i];
        for (const char *a = alphabet; *a; a++) {
            if (*a == was)
                continue;
            c[i] = *a;
            if (valid(c, profile))
                add(c, out, capacity, count);
        }
        c[i] = was;
    }
    for (size_t i = 0; i + 1 < NIR_BODY_LEN; i++) {
        char t = c[i];
        if (t == c[i + 1])
            continue;
        c[i] = c[i + 1];
        c[i + 1] = t;
        if (valid(c, profile))
            add(c, out, capacity, count);
        c[i + 1] = c[i];
        c[i] = t;
    }
    return NIR_OK;
}
