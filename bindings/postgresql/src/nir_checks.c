/*
 * nir_checks.c -- verdicts on text that may not be a number at all:
 * nir_is_valid, nir_error and nir_is_valid_ntt. They never raise for bad
 * data, only for an unknown profile.
 */
#include "nir_pg.h"

#include "utils/builtins.h"

/* The verdict of libnir on a text argument under a profile argument. */
static nir_status status_of(text *value, text *profile_name)
{
    size_t len;
    const char *s =
        nirpg_utf8(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), &len);

    return nir_validate(s, len, nirpg_profile_arg(profile_name), NULL, NULL);
}

PG_FUNCTION_INFO_V1(nir_is_valid_text);
Datum nir_is_valid_text(PG_FUNCTION_ARGS)
{
    PG_RETURN_BOOL(status_of(PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1)) ==
                   NIR_OK);
}

PG_FUNCTION_INFO_V1(nir_error_text);
Datum nir_error_text(PG_FUNCTION_ARGS)
{
    nir_status status = status_of(PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));

    if (status == NIR_OK)
        PG_RETURN_NULL();
    PG_RETURN_TEXT_P(cstring_to_text(nir_status_name(status)));
}

PG_FUNCTION_INFO_V1(nir_is_valid_ntt_text);
Datum nir_is_valid_ntt_text(PG_FUNCTION_ARGS)
{
    text *value = PG_GETARG_TEXT_PP(0);
    nir_profile profile = nirpg_profile_arg(PG_GETARG_TEXT_PP(1));
    nir_status status;

    /* An NTT is ASCII taken as given: no conversion is needed, and bytes
     * that are not ASCII are character errors in any encoding. */
    status = nir_validate_ntt(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value),
                              profile, NULL);
    PG_RETURN_BOOL(status == NIR_OK);
}
