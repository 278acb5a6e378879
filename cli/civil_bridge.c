/*
 * civil_bridge.c -- civil-status checks through libnir's public API.
 */
#include "civil_bridge.h"

#include <string.h>

int civil_available(void) { return 1; }

int civil_parse_date_order(const char *name, nir_date_order *out)
{
    return nir_date_order_from_name(name, strlen(name), out) == NIR_OK ? 0
                                                                      : -1;
}

nir_status civil_run(const char *number, size_t len, nir_profile profile,
                     const civil_text *text, nir_date_order order,
                     nir_civil_report *report, int *sex_unrecognised)
{
    nir_civil_status civil;

    memset(&civil, 0, sizeof civil);
    *sex_unrecognised = 0;
    if (text->sex != NULL && text->sex_len > 0 &&
        nir_sex_from_name(text->sex, text->sex_len, &civil.sex) != NIR_OK) {
        civil.sex = NIR_SEX_UNKNOWN;
        *sex_unrecognised = 1;
    }
    if (text->birth_date && text->birth_date_len > 0) {
        civil.birth_date = text->birth_date;
        civil.birth_date_len = text->birth_date_len;
    }
    if (text->birthplace && text->birthplace_len > 0) {
        civil.birthplace = text->birthplace;
        civil.birthplace_len = text->birthplace_len;
    }
    if (text->document_country && text->document_country_len > 0) {
        civil.document_country = text->document_country;
        civil.document_country_len = text->document_country_len;
    }
    civil.date_order = order;
    return nir_check_civil_status(number, len, profile, &civil, report);
}

const char *civil_verdict_name(nir_civil_verdict verdict)
{
    return nir_civil_verdict_name(verdict);
}

const char *civil_finding_name(nir_finding_code code)
{
    return nir_finding_name(code);
}

const char *civil_date_order_name(nir_date_order order)
{
    return nir_date_order_name(order);
}

size_t civil_finding_message(const nir_civil_report *report, size_t index,
                             nir_lang lang, char *out, size_t outsize)
{
    return nir_finding_message(report, index, lang, out, outsize);
}
