/* civil_testutil.h -- shared by the civil-status unit tests
 * (test_civil.c, test_civil_paths.c): a case as the strings a caller has,
 * the check run on it, and finding / message / date helpers. */
#ifndef NIR_CIVIL_TESTUTIL_H
#define NIR_CIVIL_TESTUTIL_H

#include "testutil.h"

/* Cases are written as (given){number, sex, date, ...}: the fields left
 * out are "not given" (zero). */
typedef struct given {
    const char *number;
    const char *sex; /* parsed with nir_sex_from_name */
    const char *date;
    const char *country;
    const char *place;
    nir_date_order order;
} given;

static inline nir_civil_report run(given g)
{
    nir_civil_status civil;
    nir_civil_report report;
    memset(&civil, 0, sizeof civil);
    if (g.sex)
        ck_assert_int_eq(nir_sex_from_name(g.sex, strlen(g.sex), &civil.sex),
                         NIR_OK);
    if (g.date) {
        civil.birth_date = g.date;
        civil.birth_date_len = strlen(g.date);
    }
    if (g.country) {
        civil.document_country = g.country;
        civil.document_country_len = strlen(g.country);
    }
    if (g.place) {
        civil.birthplace = g.place;
        civil.birthplace_len = strlen(g.place);
    }
    civil.date_order = g.order;
    ck_assert_int_eq(nir_check_civil_status(g.number, strlen(g.number),
                                            NIR_PROFILE_STANDARD, &civil,
                                            &report),
                     NIR_OK);
    return report;
}

/* Index of the first finding with this code, -1 if none. */
static inline int find(const nir_civil_report *r, nir_finding_code code)
{
    for (size_t i = 0; i < r->finding_count; i++)
        if (r->findings[i].code == code)
            return (int)i;
    return -1;
}

static inline const nir_finding *must_find(const nir_civil_report *r,
                                           nir_finding_code code)
{
    int i = find(r, code);
    ck_assert_msg(i >= 0, "finding %s missing", nir_finding_name(code));
    return &r->findings[i];
}

/* The message of the first finding with this code, into out[512]. */
static inline void message(const nir_civil_report *r,
                           nir_finding_code code, nir_lang lang, char *out)
{
    int i = find(r, code);
    size_t n;
    ck_assert_int_ge(i, 0);
    n = nir_finding_message(r, (size_t)i, lang, out, 512);
    ck_assert_uint_gt(n, 20);
    ck_assert_uint_lt(n, 512);
    ck_assert_uint_eq(n, strlen(out));
}

static inline void assert_date(const nir_date *d, int year, int month,
                               int day, int digits)
{
    ck_assert_int_eq(d->year, year);
    ck_assert_int_eq(d->month, month);
    ck_assert_int_eq(d->day, day);
    ck_assert_int_eq(d->year_digits, digits);
}

#endif
