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

char *nirpg_server_string(const char *utf8)
{
    int encoding = GetDatabaseEncoding();
    size_t len = strlen(utf8);
    Oid proc;
    StringInfoData out;
    char *chunk;

    if (encoding == PG_UTF8 || encoding == PG_SQL_ASCII || all_ascii(utf8, len))
        return (char *)utf8;
    proc = FindDefaultConversionProc(PG_UTF8, encoding);
    if (!OidIsValid(proc))
        return (char *)utf8;
    /* libnir's messages may hold characters the database encoding lacks
     * (LATIN1 has no dash U+2014): each becomes '?' instead of an error. */
    initStringInfo(&out);
    chunk = palloc(len * MAX_CONVERSION_GROWTH + 2);
    while (len > 0) {
        int done = pg_do_encoding_conversion_buf(
            proc, PG_UTF8, encoding, (unsigned char *)utf8, (int)len,
            (unsigned char *)chunk, (int)(len * MAX_CONVERSION_GROWTH + 1),
            true);
        size_t skip;

        appendStringInfoString(&out, chunk);
        utf8 += done;
        len -= (size_t)done;
        if (len == 0)
            break;
        skip = (size_t)pg_utf_mblen((const unsigned char *)utf8);
        skip = skip < 1 ? 1 : skip > len ? len : skip;
        appendStringInfoChar(&out, '?');
        utf8 += skip;
        len -= skip;
    }
    return out.data;
}

text *nirpg_text_from_utf8(const char *s)
{
    return cstring_to_text(nirpg_server_string(s));
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
