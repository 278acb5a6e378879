/*
 * nir_text.c -- text between PostgreSQL and libnir: libnir reads and
 * writes UTF-8, the database may use another encoding; and the names of
 * profiles and languages given as arguments.
 */
#include "nir_pg.h"

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

static bool all_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* Converted without raising: a character with no UTF-8 equivalent (a byte
 * WIN1252 leaves undefined, ...) ends the text with a byte that is not
 * UTF-8, so libnir reports a character error there and nir_is_valid()
 * still never raises for data. */
static const char *convert_to_utf8(const char *s, size_t len, int encoding,
                                   size_t *out_len)
{
    Oid proc = FindDefaultConversionProc(encoding, PG_UTF8);
    int room = (int)len * MAX_CONVERSION_GROWTH + 2;
    unsigned char *out;
    int done;

    if (!OidIsValid(proc))
        return s; /* no conversion known: the bytes as they are */
    out = palloc(room);
    done = pg_do_encoding_conversion_buf(proc, encoding, PG_UTF8,
                                         (unsigned char *)s, (int)len, out,
                                         room - 1, true);
    *out_len = strlen((const char *)out);
    if ((size_t)done < len)
        out[(*out_len)++] = 0xFF;
    out[*out_len] = '\0';
    return (const char *)out;
}

const char *nirpg_utf8(const char *s, size_t len, size_t *out_len)
{
    int encoding = GetDatabaseEncoding();

    *out_len = len;
    /* SQL_ASCII stores bytes as given: they go to libnir unchanged, and
     * those that are not UTF-8 are character errors there. */
    if (encoding == PG_UTF8 || encoding == PG_SQL_ASCII || all_ascii(s, len))
        return s;
    return convert_to_utf8(s, len, encoding, out_len);
}

text *nirpg_text_from_utf8(const char *s)
{
    size_t len = strlen(s);
    char *converted;

    if (all_ascii(s, len))
        return cstring_to_text_with_len(s, (int)len);
    converted = pg_any_to_server(s, (int)len, PG_UTF8);
    return cstring_to_text(converted);
}

nir_profile nirpg_profile_arg(text *name)
{
    nir_profile profile;

    if (nir_profile_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name),
                              &profile) != NIR_OK)
        nirpg_bad_argument("NIR profile", "standard, dsn or lenient");
    return profile;
}

nir_lang nirpg_lang_arg(text *name)
{
    const char *s = VARDATA_ANY(name);
    size_t len = VARSIZE_ANY_EXHDR(name);

    if (len == 2 && pg_strncasecmp(s, "en", 2) == 0)
        return NIR_LANG_EN;
    if (len == 2 && pg_strncasecmp(s, "fr", 2) == 0)
        return NIR_LANG_FR;
    nirpg_bad_argument("language", "en or fr");
}
