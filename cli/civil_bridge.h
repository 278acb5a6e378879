/*
 * civil_bridge.h -- the CLI's only door to libnir's civil-status API.
 *
 * Kept in one file so that the CLI still builds, without the civil-status
 * options, against a libnir built without lib/civil/ (the CMake option
 * NIRCHECK_CIVIL picks civil_bridge.c or civil_bridge_none.c).
 */
#ifndef NIRCHECK_CIVIL_BRIDGE_H
#define NIRCHECK_CIVIL_BRIDGE_H

#include <stddef.h>

#include "nir.h"

/** The text of the civil-status columns of one record (NULL: not given). */
typedef struct civil_text {
    const char *sex;
    size_t sex_len;
    const char *birth_date;
    size_t birth_date_len;
    const char *birthplace;
    size_t birthplace_len;
    const char *document_country;
    size_t document_country_len;
} civil_text;

/** 1 if this build has the civil-status checks. */
int civil_available(void);

/** Parse a --date-order value; 0 on success, -1 if unknown. */
int civil_parse_date_order(const char *name, nir_date_order *out);

/** Run the check. *sex_unrecognised is set to 1 when a sex was given but not
 * understood (it is then left out of the comparison). Returns the status of
 * nir_check_civil_status (NIR_ERR_ARGUMENT when unavailable). */
nir_status civil_run(const char *number, size_t len, nir_profile profile,
                     const civil_text *text, nir_date_order order,
                     nir_civil_report *report, int *sex_unrecognised);

/** Names and messages, as in nir.h ("cannot_tell" etc.). */
const char *civil_verdict_name(nir_civil_verdict verdict);
const char *civil_finding_name(nir_finding_code code);
const char *civil_date_order_name(nir_date_order order);
size_t civil_finding_message(const nir_civil_report *report, size_t index,
                             nir_lang lang, char *out, size_t outsize);

#endif
