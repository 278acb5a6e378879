/*
 * nir13.c -- the 13-character numbers of DSN data (rubric S21.G00.30.001:
 * no key), under the DSN profile: the check of the nir13 domain, nir_to_dsn()
 * that normalises any written form into it, and nir_with_key() that makes
 * a full `nir` of it.
 */
#include "nir_pg.h"

#include "utils/builtins.h"

#define BODY_LEN 13

/* Validate under DSN; raises 22P02 naming the field. */
static void parse_dsn(text *value, nir_result *r)
{
    size_t len;
    const char *s =
        nirpg_utf8(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), &len);

    if (nir_parse(s, len, NIR_PROFILE_DSN, r) != NIR_OK)
        nirpg_invalid("NIR13", r->status, r->position);
}

/* CHECK of the nir13 domain: true for 13 characters in compact form that
 * are valid under the DSN profile; anything else raises 22P02 (a plain
 * false would give PostgreSQL's "violates check constraint" without the
 * field at fault). */
PG_FUNCTION_INFO_V1(nir13_check);
Datum nir13_check(PG_FUNCTION_ARGS)
{
    text *value = PG_GETARG_TEXT_PP(0);
    nir_result r;

    parse_dsn(value, &r);
    if (r.compact_len != BODY_LEN)
        nirpg_invalid_text("NIR13",
                           "15 characters: a DSN number has 13, without key");
    if (VARSIZE_ANY_EXHDR(value) != BODY_LEN ||
        memcmp(VARDATA_ANY(value), r.compact, BODY_LEN) != 0)
        nirpg_invalid_text("NIR13", "not in compact form (nir_to_dsn() "
                                    "normalises it)");
    PG_RETURN_BOOL(true);
}

/* nir_to_dsn(text): any written form of a number valid under DSN, with or
 * without its key, as its 13 compact characters. */
PG_FUNCTION_INFO_V1(nir13_from_text);
Datum nir13_from_text(PG_FUNCTION_ARGS)
{
    nir_result r;

    parse_dsn(PG_GETARG_TEXT_PP(0), &r);
    PG_RETURN_TEXT_P(cstring_to_text_with_len(r.compact, BODY_LEN));
}

/* nir_with_key(nir13): the full number, its key appended; it must be
 * valid under STANDARD like every `nir`. */
PG_FUNCTION_INFO_V1(nir_with_key);
Datum nir_with_key(PG_FUNCTION_ARGS)
{
    text *value = PG_GETARG_TEXT_PP(0);
    char full[NIR_COMPACT_BUFSIZE];
    nir_result r;

    parse_dsn(value, &r);
    memcpy(full, r.compact, BODY_LEN);
    snprintf(full + BODY_LEN, sizeof full - BODY_LEN, "%02d", r.expected_key);
    if (nir_parse(full, BODY_LEN + 2, NIR_PROFILE_STANDARD, &r) != NIR_OK)
        nirpg_invalid("NIR", r.status, r.position);
    PG_RETURN_NIR(nirpg_pack(r.compact, r.compact_len));
}
