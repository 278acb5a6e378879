/*
 * civil_bridge_none.c -- stand-in used while libnir is built without its
 * civil-status part (lib/civil/ absent): the options are refused at parse
 * time, so these are never reached with real data.
 */
#include "civil_bridge.h"

#include <string.h>

int civil_available(void) { return 0; }

int civil_parse_date_order(const char *name, nir_date_order *out)
{
    (void)name;
    (void)out;
    return -1;
}

nir_status civil_run(const char *number, size_t len, nir_profile profile,
                     const civil_text *text, nir_date_order order,
                     nir_civil_report *report, int *sex_unrecognised)
{
    (void)number;
    (void)len;
    (void)profile;
    (void)text;
    (void)order;
    memset(report, 0, sizeof *report);
    report->verdict = NIR_CIVIL_UNDETERMINED;
    *sex_unrecognised = 0;
    return NIR_ERR_ARGUMENT;
}

const char *civil_verdict_name(nir_civil_verdict verdict)
{
    (void)verdict;
    return "cannot_tell";
}

const char *civil_finding_name(nir_finding_code code)
{
    (void)code;
    return NULL;
}

const char *civil_date_order_name(nir_date_order order)
{
    (void)order;
    return NULL;
}

size_t civil_finding_message(const nir_civil_report *report, size_t index,
                             nir_lang lang, char *out, size_t outsize)
{
    (void)report;
    (void)index;
    (void)lang;
    if (outsize > 0)
        out[0] = '\0';
    return 0;
}
