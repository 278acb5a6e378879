/*
 * nir_civil.c -- nir_check_civil_status(): the number against what the
 * civil-status documents say, as jsonb. Findings are listed generically
 * (code, message, values), so codes a later libnir adds come through.
 */
#include "nir_pg.h"

#include "utils/builtins.h"

/* A text argument as (UTF-8 pointer, length); NULL when SQL NULL. */
static const char *utf8_arg(FunctionCallInfo fcinfo, int n, size_t *len)
{
    text *t;

    *len = 0;
    if (PG_ARGISNULL(n))
        return NULL;
    t = PG_GETARG_TEXT_PP(n);
    return nirpg_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), len);
}

static void put_reading(StringInfo b, const nir_date *d)
{
    appendStringInfoChar(b, '{');
    nirpg_json_int(b, "year", d->year, true);
    nirpg_json_int(b, "year_digits", d->year_digits, true);
    nirpg_json_int(b, "month", d->month, true);
    nirpg_json_int(b, "day", d->day, true);
    appendStringInfoChar(b, '}');
}

static void put_finding(StringInfo b, const nir_civil_report *report,
                        size_t i, nir_lang lang)
{
    const nir_finding *f = &report->findings[i];
    char small[512];
    char *message = small;
    size_t need = nir_finding_message(report, i, lang, small, sizeof small);

    if (need >= sizeof small) {
        message = palloc(need + 1);
        nir_finding_message(report, i, lang, message, need + 1);
    }
    appendStringInfoChar(b, '{');
    nirpg_json_str(b, "code", nir_finding_name(f->code));
    nirpg_json_bool(b, "mismatch", f->mismatch != 0);
    nirpg_json_str(b, "message", need > 0 ? message : NULL);
    nirpg_json_int(b, "number_value", f->number_value, f->number_value >= 0);
    nirpg_json_int(b, "document_value", f->document_value,
                   f->document_value >= 0);
    nirpg_json_int(b, "expected_month", f->expected_month,
                   f->expected_month >= 0);
    nirpg_json_str(b, "matched_order", nir_date_order_name(f->matched_order));
    appendStringInfoChar(b, '}');
}

static void put_report(StringInfo b, const nir_civil_report *report,
                       bool sex_unrecognised, nir_lang lang)
{
    appendStringInfoChar(b, '{');
    nirpg_json_str(b, "verdict", nir_civil_verdict_name(report->verdict));
    nirpg_json_str(b, "number_status",
                   nir_status_name(report->number_status));
    nirpg_json_str(b, "date_order", nir_date_order_name(report->date_order));
    nirpg_json_str(b, "birthplace_code", report->birthplace_code[0]
                                             ? report->birthplace_code
                                             : NULL);
    nirpg_json_bool(b, "sex_unrecognised", sex_unrecognised);
    nirpg_json_key(b, "readings");
    appendStringInfoChar(b, '[');
    for (int i = 0; i < report->date_readings && i < 2; i++) {
        if (i > 0)
            appendStringInfoChar(b, ',');
        put_reading(b, &report->reading[i]);
    }
    appendStringInfoChar(b, ']');
    nirpg_json_key(b, "findings");
    appendStringInfoChar(b, '[');
    for (size_t i = 0; i < report->finding_count && i < NIR_MAX_FINDINGS;
         i++) {
        if (i > 0)
            appendStringInfoChar(b, ',');
        put_finding(b, report, i, lang);
    }
    appendStringInfoChar(b, ']');
    appendStringInfoChar(b, '}');
}

/* nir_check_civil_status(nir, sex, birth_date, document_country,
 * birthplace, date_order, lang, profile): NULL arguments are "not given";
 * NULL for a NULL number. */
PG_FUNCTION_INFO_V1(nir_check_civil_status_text);
Datum nir_check_civil_status_text(PG_FUNCTION_ARGS)
{
    nir_civil_status civil = {0};
    nir_civil_report report;
    nir_lang lang = NIR_LANG_EN;
    nir_profile profile = NIR_PROFILE_STANDARD;
    bool sex_unrecognised = false;
    const char *number, *sex;
    size_t number_len, sex_len;
    StringInfoData b;

    if (PG_ARGISNULL(0))
        PG_RETURN_NULL();
    number = utf8_arg(fcinfo, 0, &number_len);
    sex = utf8_arg(fcinfo, 1, &sex_len);
    if (sex != NULL &&
        nir_sex_from_name(sex, sex_len, &civil.sex) != NIR_OK) {
        civil.sex = NIR_SEX_UNKNOWN;
        sex_unrecognised = true;
    }
    civil.birth_date = utf8_arg(fcinfo, 2, &civil.birth_date_len);
    civil.document_country = utf8_arg(fcinfo, 3, &civil.document_country_len);
    civil.birthplace = utf8_arg(fcinfo, 4, &civil.birthplace_len);
    if (!PG_ARGISNULL(5)) {
        text *order = PG_GETARG_TEXT_PP(5);

        if (nir_date_order_from_name(VARDATA_ANY(order),
                                     VARSIZE_ANY_EXHDR(order),
                                     &civil.date_order) != NIR_OK)
            nirpg_bad_argument("date order", "dmy, mdy or ymd");
    }
    if (!PG_ARGISNULL(6))
        lang = nirpg_lang_arg(PG_GETARG_TEXT_PP(6));
    if (!PG_ARGISNULL(7))
        profile = nirpg_profile_arg(PG_GETARG_TEXT_PP(7));

    if (nir_check_civil_status(number, number_len, profile, &civil,
                               &report) != NIR_OK)
        elog(ERROR, "nir_check_civil_status: invalid arguments");
    initStringInfo(&b);
    put_report(&b, &report, sex_unrecognised, lang);
    PG_RETURN_DATUM(nirpg_jsonb(&b));
}
