/*
 * internal.h -- declarations shared by libnir's own sources; not installed.
 */
#ifndef NIR_INTERNAL_H
#define NIR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "nir.h"

/* --- generated tables (nir_tables.c, from data/) --- */
extern const char nir_data_version_[];
extern const nir_country nir_countries_[];
extern const size_t nir_countries_count_;
extern const unsigned short nir_country_index_[1000];
extern const char *const nir_dept_names_[100];
extern const char nir_dept_name_2a_[];
extern const char nir_dept_name_2b_[];
extern const char *const nir_overseas_names_[20];

/* --- normalize.c: input text -> compact characters --- */

/* The normalised characters of one input with, for each, where it stood in
 * the input (for error positions). */
typedef struct nir_norm {
    char c[NIR_COMPACT_BUFSIZE]; /* upper-case ASCII digits and A/B, NUL-terminated */
    size_t n;                    /* 13 or 15 on success; on error, how many
                                    characters were read before it */
    uint16_t byte_at[NIR_COMPACT_BUFSIZE]; /* byte offset of c[i] in input */
    uint16_t char_at[NIR_COMPACT_BUFSIZE]; /* 0-based code-point index of c[i] */
    size_t chars;                /* code points in the input */
    size_t key_byte, key_char;   /* just past the last character kept:
                                    where a missing key is reported */
} nir_norm;

/* Normalise input. On error sets *err_byte / *err_char (0-based) to the
 * offending place and returns EMPTY, LENGTH or CHARACTER. Letters are kept
 * (any A-Z upper-cased); which letters are allowed where is the rules'
 * business, except that letters other than A/B are character errors. */
nir_status nir_normalize_(const char *input, size_t len, nir_norm *out,
                          size_t *err_byte, size_t *err_char);

/* Non-ASCII code point -> ASCII ('0'-'9', 'A', 'B'), 0 for a separator,
 * -1 if not allowed (unicode.c, from the generated unicode_digits.c). */
int nir_unicode_map_(int32_t cp);

/* Today's year in UTC, -1 if the clock is unavailable (clock.c). */
int nir_current_utc_year_(void);

/* --- rules.c: field checks on compact characters --- */

/* Check compact characters (13 or 15, from nir_normalize_ or ASCII input).
 * Returns the status, sets *kind, *warnings and *field (0-based index in
 * the compact string of the failing field's first character). */
nir_status nir_check_(const char *c, size_t n, nir_profile profile,
                      nir_kind *kind, unsigned *warnings, size_t *field);

/* Kind of number from digit 1 (R4, R11); NIR_KIND_NONE for 0, 9, letters. */
nir_kind nir_kind_of_(char d1);

/* nir_validate after its argument checks and fast path (fast_accept.h):
 * the full rules. input may be NULL only with len 0; the profile is valid.
 * For the batch calls, which try the fast path themselves. */
nir_status nir_validate_full_(const char *input, size_t len,
                              nir_profile profile, nir_kind *kind,
                              unsigned *warnings);

/* R9 key of the 13-character body c[0..12] (digits, 2A/2B at 5-6). */
int nir_key_(const char *c);

/* 1 if profile is a known nir_profile, with or without NIR_REQUIRE_KEY. */
int nir_profile_ok_(nir_profile profile);

/* The rule set of a profile argument, without NIR_REQUIRE_KEY: what the
 * fast paths and their tables take (they only decide 15-character
 * numbers, which carry their key). nir_check_ takes the argument whole. */
static inline nir_profile nir_profile_rules_(nir_profile profile)
{
    return (nir_profile)((unsigned)profile & ~(unsigned)NIR_REQUIRE_KEY);
}

/* The totals of a line call (batch.c): the records so far,
 * their statuses when asked, where the invalid ones are when asked, and
 * the tally. Valid NIRs and NIRs with a wrong key, most records, are
 * summed in the fields here and added to the tally at the end: no memory
 * counter per record. */
typedef struct nir_lines_acc {
    nir_profile profile;
    nir_tally *tally;     /* other verdicts, warnings */
    nir_status *statuses; /* statuses[i] of record i < capacity, or NULL */
    size_t capacity;
    const char *base;     /* the buffer: offsets in invalid[] are from it */
    nir_line *invalid;    /* the invalid records, or NULL */
    size_t invalid_capacity, invalid_n;
    size_t n;             /* records so far */
    size_t nir_valid;     /* NIR_OK, NIR_KIND_NIR */
    size_t nir_bad_key;   /* NIR_ERR_KEY, NIR_KIND_NIR */
} nir_lines_acc;

/* Room in acc->invalid for k more records (always, when not collected). */
static inline int nir_lines_room_(const nir_lines_acc *acc, size_t k)
{
    return acc->invalid == NULL ||
           acc->invalid_capacity - acc->invalid_n >= k;
}

/* An invalid record [rec, next) into acc->invalid (room checked before). */
static inline void nir_lines_invalid_(nir_lines_acc *acc, const char *rec,
                                      const char *next, nir_status st)
{
    nir_line *l = &acc->invalid[acc->invalid_n++];
    l->offset = (size_t)(rec - acc->base);
    l->length = (size_t)(next - rec);
    l->status = st;
}

/* Record acc->n, [rec, next), of verdict (st, kind, w), into acc. */
static inline void nir_lines_add_(nir_lines_acc *acc, nir_status st,
                                  nir_kind kind, unsigned w, const char *rec,
                                  const char *next)
{
    if (acc->n < acc->capacity)
        acc->statuses[acc->n] = st;
    acc->n++;
    if (kind == NIR_KIND_NIR && st == NIR_OK) {
        acc->nir_valid++;
    } else if (kind == NIR_KIND_NIR && st == NIR_ERR_KEY) {
        acc->nir_bad_key++;
    } else {
        acc->tally->status[st]++;
        acc->tally->kind[kind]++;
    }
    for (unsigned i = 0; w != 0; i++, w >>= 1)
        acc->tally->warning[i] += w & 1u;
    if (st != NIR_OK && acc->invalid)
        nir_lines_invalid_(acc, rec, next, st);
}

/* Lookups used by decoding. */
const char *nir_department_name_(const char *c, int overseas);
const nir_country *nir_country_main_(int suffix); /* 0..999 */

#endif
