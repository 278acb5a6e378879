/*
 * nir_decode.c -- what a number says: nir_parse(text) as jsonb and the
 * field accessors of the `nir` type (nir_kind, nir_sex, ...). The order
 * number and the key (enough, with the rest, to rebuild the number) are
 * only given when the caller asks for them with show_number => true.
 */
#include "nir_pg.h"

#include "utils/builtins.h"

static void put_warnings(StringInfo b, unsigned warnings)
{
    nirpg_json_key(b, "warnings");
    appendStringInfoChar(b, '[');
    for (unsigned bit = 0; bit < 32; bit++) {
        const char *name;

        if (!(warnings & (1u << bit)) ||
            (name = nir_warning_name(1u << bit)) == NULL)
            continue;
        if (b->data[b->len - 1] != '[')
            appendStringInfoChar(b, ',');
        nirpg_json_string(b, name);
    }
    appendStringInfoChar(b, ']');
}

/* The fields that do not identify the person: the same keys as the
 * nircheck JSON output. */
static void put_fields(StringInfo b, const nir_result *r)
{
    bool valid = r->status == NIR_OK;
    bool nnp = r->kind == NIR_KIND_NNP || r->kind == NIR_KIND_MIG;

    nirpg_json_bool(b, "valid", valid);
    nirpg_json_str(b, "kind", nir_kind_name(r->kind));
    nirpg_json_str(b, "error", valid ? NULL : nir_status_name(r->status));
    nirpg_json_int(b, "position", (long)r->position, !valid);
    nirpg_json_str(b, "message",
                   valid ? NULL : nir_strerror(r->status, NIR_LANG_EN));
    put_warnings(b, r->warnings);
    nirpg_json_str(b, "sex", r->sex == NIR_SEX_UNKNOWN ? NULL
                                                       : nir_sex_name(r->sex));
    nirpg_json_int(b, "birth_year", r->birth_year, r->birth_year >= 0);
    nirpg_json_int(b, "birth_month", r->birth_month, r->birth_month > 0);
    nirpg_json_int(b, "month_code", r->month_code, r->month_code >= 0);
    nirpg_json_str(b, "month_kind", nir_month_kind_name(r->month_kind));
    nirpg_json_str(b, "place_kind", nir_place_kind_name(r->place_kind));
    nirpg_json_str(b, "department", r->department[0] ? r->department : NULL);
    nirpg_json_str(b, "department_name", r->department_name);
    nirpg_json_str(b, "commune", r->commune[0] ? r->commune : NULL);
    nirpg_json_str(b, "country_code",
                   r->country_code[0] ? r->country_code : NULL);
    nirpg_json_str(b, "country_name", r->country_name);
    nirpg_json_int(b, "caisse", r->nnp_caisse, nnp && r->nnp_caisse >= 0);
}

/* Only with show_number: what rebuilds the number. */
static void put_number(StringInfo b, const nir_result *r)
{
    nirpg_json_str(b, "number", r->compact_len > 0 ? r->compact : NULL);
    nirpg_json_int(b, "order", r->order, r->order >= 0);
    nirpg_json_int(b, "key", r->key, r->key >= 0);
    nirpg_json_int(b, "expected_key", r->expected_key, r->expected_key >= 0);
}

PG_FUNCTION_INFO_V1(nir_parse_text);
Datum nir_parse_text(PG_FUNCTION_ARGS)
{
    text *value = PG_GETARG_TEXT_PP(0);
    nir_profile profile = nirpg_profile_arg(PG_GETARG_TEXT_PP(1));
    bool show_number = PG_GETARG_BOOL(2);
    size_t len;
    const char *s =
        nirpg_utf8(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), &len);
    nir_result r;
    StringInfoData b;
    nir_status status = nir_parse(s, len, profile, &r);

    Assert(status == r.status); /* the verdict is in r */
    (void)status;
    initStringInfo(&b);
    appendStringInfoChar(&b, '{');
    put_fields(&b, &r);
    if (show_number)
        put_number(&b, &r);
    appendStringInfoChar(&b, '}');
    PG_RETURN_DATUM(nirpg_jsonb(&b));
}

/* --- accessors of the nir type: NULL when the field does not apply --- */

#define RETURN_TEXT_OR_NULL(s)                      \
    do {                                            \
        const char *s_ = (s);                       \
        if (s_ == NULL || s_[0] == '\0')            \
            PG_RETURN_NULL();                       \
        PG_RETURN_TEXT_P(nirpg_text_from_utf8(s_)); \
    } while (0)

PG_FUNCTION_INFO_V1(nir_kind_nir);
Datum nir_kind_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    RETURN_TEXT_OR_NULL(nir_kind_name(r.kind));
}

PG_FUNCTION_INFO_V1(nir_sex_nir);
Datum nir_sex_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    RETURN_TEXT_OR_NULL(r.sex == NIR_SEX_UNKNOWN ? NULL : nir_sex_name(r.sex));
}

PG_FUNCTION_INFO_V1(nir_birth_year_nir);
Datum nir_birth_year_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    if (r.birth_year < 0)
        PG_RETURN_NULL();
    PG_RETURN_INT32(r.birth_year);
}

PG_FUNCTION_INFO_V1(nir_birth_month_nir);
Datum nir_birth_month_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    if (r.birth_month <= 0)
        PG_RETURN_NULL();
    PG_RETURN_INT32(r.birth_month);
}

PG_FUNCTION_INFO_V1(nir_department_nir);
Datum nir_department_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    RETURN_TEXT_OR_NULL(r.department);
}

PG_FUNCTION_INFO_V1(nir_country_nir);
Datum nir_country_nir(PG_FUNCTION_ARGS)
{
    nir_result r;

    nirpg_decode(PG_GETARG_NIR(0), &r);
    RETURN_TEXT_OR_NULL(r.country_code);
}

PG_FUNCTION_INFO_V1(nir_has_key_nir);
Datum nir_has_key_nir(PG_FUNCTION_ARGS)
{
    char compact[NIR_COMPACT_BUFSIZE];

    PG_RETURN_BOOL(nirpg_unpack(PG_GETARG_NIR(0), compact) ==
                   NIR_COMPACT_BUFSIZE - 1);
}
