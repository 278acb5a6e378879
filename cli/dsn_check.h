/*
 * dsn_check.h -- the verdicts of one DSN individual: its number (NIR under
 * the DSN profile, or its NTT) and, for a valid NIR, the civil-status
 * cross-check against the sex, birth date and place the same file declares.
 */
#ifndef NIRCHECK_DSN_CHECK_H
#define NIRCHECK_DSN_CHECK_H

#include "dsn_reader.h"
#include "nir.h"

/** Which identifier the individual carries. */
typedef enum dsn_id_kind {
    DSN_ID_NONE, /* neither S21.G00.30.001 nor .020: "nir_missing" */
    DSN_ID_NIR,
    DSN_ID_NTT
} dsn_id_kind;

typedef struct dsn_verdict {
    dsn_id_kind id;
    nir_status status;   /* of the NIR or NTT; NIR_ERR_EMPTY when missing */
    size_t position;     /* 1-based position in the value, 0 if valid */
    nir_kind kind;
    int civil_run;       /* the civil check ran (valid NIR, some data) */
    int sex_unrecognised;/* .005 is neither 01 nor 02 */
    nir_civil_report civil;
    char birthplace[DSN_VALUE_MAX + 1]; /* what was compared as the place */
} dsn_verdict;

/** Check one individual. */
void dsn_check(const dsn_employee *e, dsn_verdict *v);

/** 1 if the number is valid (NIR or NTT). */
int dsn_number_valid(const dsn_verdict *v);

/** The stable code of the number's verdict: "ok", a status name, or
 * "nir_missing". */
const char *dsn_status_name(const dsn_verdict *v);

#endif
