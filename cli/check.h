/*
 * check.h -- run libnir on one record and keep what the outputs need.
 */
#ifndef NIRCHECK_CHECK_H
#define NIRCHECK_CHECK_H

#include <stddef.h>

#include "civil_bridge.h"
#include "nir.h"

/** Corrections kept per record (nir_suggest may find more: see count). */
#define CHECK_MAX_SUGGESTIONS 8

typedef struct check_settings {
    nir_profile profile;
    int decode;      /**< 1: nir_parse (fields printed); 0: nir_validate */
    int suggest;     /**< compute corrections for key errors */
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
    int fails;                   /**< invalid, or civil status inconsistent */
} record_check;

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

#endif
