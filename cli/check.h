/*
 * check.h -- run libnir on one record and keep what the outputs need.
 */
#ifndef NIRCHECK_CHECK_H
#define NIRCHECK_CHECK_H

#include <stddef.h>

#include "civil_bridge.h"
#include "nir.h"
#include "problems.h"

/** Corrections kept per record (nir_suggest may find more: see count). */
#define CHECK_MAX_SUGGESTIONS 8

typedef struct check_settings {
    nir_profile profile;
    int decode;      /**< 1: nir_parse (fields printed); 0: nir_validate */
    int suggest;     /**< compute corrections for key errors (how many
                          there are is said even when they are not shown) */
    int civil;       /**< run the civil-status check */
    nir_date_order date_order;
} check_settings;

typedef struct record_check {
    nir_status status;
    nir_kind kind;
    unsigned warnings;
    int decoded;                 /**< `result` is filled */
    nir_result result;
    size_t suggestion_count;     /**< total found (may exceed the kept ones) */
    size_t suggestions_kept;
    char suggestions[CHECK_MAX_SUGGESTIONS][NIR_COMPACT_BUFSIZE];
    int civil_ran;
    int sex_unrecognised;
    nir_civil_report civil;
    row_problem problem;         /**< a reason of the row (CSV) */
    damage_hint hint;            /**< spreadsheet damage (decode only) */
    int fails;                   /**< invalid, civil status inconsistent, or
                                      a problem of the row */
} record_check;

/** The record's verdict as the outputs show it: valid when the number is
 * and its row has no problem. */
static inline int check_valid(const record_check *c)
{
    return c->status == NIR_OK && c->problem == PROBLEM_NONE;
}

/** The key column of a CSV record (see check_record_keyed). */
typedef struct key_field {
    const char *text; /**< NULL: no --key-column */
    size_t len;
} key_field;

/** What libnir is given for a record: one cut at the reader's bound is
 * longer than any number can be (the library agrees, NIR_MAX_INPUT, but
 * the prefix is not the input). */
static inline size_t check_input_len(size_t len, int overlong)
{
    return overlong ? NIR_MAX_INPUT + 1 : len;
}

/** The verdict alone, as check_record() finds it without decoding or
 * civil checks: inline for the verdict-only loops. */
static inline nir_status check_verdict(nir_profile profile, const char *value,
                                       size_t len, int overlong,
                                       nir_kind *kind, unsigned *warnings)
{
    return nir_validate(value, check_input_len(len, overlong), profile, kind,
                        warnings);
}

/** Check one number. `civil` may be NULL when settings->civil is 0.
 * `overlong` forces the length error for records cut at the bound. */
void check_record(const check_settings *settings, const char *value,
                  size_t len, int overlong, const civil_text *civil,
                  record_check *out);

/** check_record with the key from its own column: a 13-character number
 * is checked with the key appended (7 = 07); a 15-character one must carry
 * the same key (else PROBLEM_KEY_MISMATCH); an empty key field means no
 * key; anything but 1 or 2 digits is PROBLEM_KEY_COLUMN. */
void check_record_keyed(const check_settings *settings, const char *value,
                        size_t len, const key_field *key,
                        const civil_text *civil, record_check *out);

/** The error code of a failing record ("key", "short_row"); NULL when it
 * is valid. */
const char *check_error_name(const record_check *c);

/** The error message of a failing record in `lang`, with the hint of any
 * spreadsheet damage, into out (NUL-terminated, cut to size); its length.
 * "" for a valid record. No digit of the number is in it. */
size_t check_message(const record_check *c, nir_lang lang, char *out,
                     size_t size);

/** A record that fails for a problem of its row alone. */
void check_problem(row_problem problem, record_check *out);

#endif
