/*
 * nir_type.c -- the `nir` type: text and binary input/output, the packed
 * int64 form (see nir_pg.h), and the formatted and masked forms.
 */
#include "nir_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

/* PASSEDBYVALUE with INTERNALLENGTH 8 needs 8-byte Datums. */
StaticAssertDecl(SIZEOF_DATUM == 8, "the nir type needs 64-bit Datums");

static int symbol_of(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0' + 1;
    return c == 'A' ? 11 : c == 'B' ? 12 : -1;
}

static const char char_of_symbol[13] = "\0" "0123456789AB";

int64 nirpg_pack(const char *compact, size_t len)
{
    uint64 packed = 0;

    for (size_t i = 0; i < NIR_COMPACT_BUFSIZE - 1; i++)
        packed = packed << 4 | (uint64)(i < len ? symbol_of(compact[i]) : 0);
    return (int64)packed;
}

size_t nirpg_unpack(int64 packed, char *out)
{
    size_t len = 0;

    for (int shift = 56; shift >= 0; shift -= 4) {
        unsigned symbol = (unsigned)((uint64)packed >> shift) & 0xFu;

        if (symbol == 0 || symbol > 12)
            break;
        out[len++] = char_of_symbol[symbol];
    }
    out[len] = '\0';
    return len;
}

void nirpg_decode(int64 packed, nir_result *result)
{
    char compact[NIR_COMPACT_BUFSIZE];
    size_t len = nirpg_unpack(packed, compact);

    if (nir_parse(compact, len, NIR_PROFILE_STANDARD, result) != NIR_OK)
        elog(ERROR, "corrupt nir value"); /* stored values are valid */
}

/* 15 characters already in compact form: the common case of a clean
 * column, validated without normalising. */
static bool already_compact(const char *s, size_t len)
{
    if (len != NIR_COMPACT_BUFSIZE - 1)
        return false;
    for (size_t i = 0; i < len; i++)
        if (symbol_of(s[i]) < 0)
            return false;
    return true;
}

/* Validate text under STANDARD and pack it; raises 22P02 when invalid. */
static int64 nir_from_text(const char *s, size_t len)
{
    size_t ulen;
    const char *u = nirpg_utf8(s, len, &ulen);
    nir_result r;

    if (already_compact(u, ulen) &&
        nir_validate(u, ulen, NIR_PROFILE_STANDARD, NULL, NULL) == NIR_OK)
        return nirpg_pack(u, ulen);
    if (nir_parse(u, ulen, NIR_PROFILE_STANDARD, &r) != NIR_OK)
        nirpg_invalid("NIR", r.status, r.position);
    return nirpg_pack(r.compact, r.compact_len);
}

PG_FUNCTION_INFO_V1(nir_in);
Datum nir_in(PG_FUNCTION_ARGS)
{
    const char *s = PG_GETARG_CSTRING(0);

    PG_RETURN_NIR(nir_from_text(s, strlen(s)));
}

PG_FUNCTION_INFO_V1(nir_out);
Datum nir_out(PG_FUNCTION_ARGS)
{
    char *out = palloc(NIR_COMPACT_BUFSIZE);

    nirpg_unpack(PG_GETARG_NIR(0), out);
    PG_RETURN_CSTRING(out);
}

/* Binary form: the compact text, as `text` sends it (client encoding), so
 * that drivers need no knowledge of the packed layout. */
PG_FUNCTION_INFO_V1(nir_send);
Datum nir_send(PG_FUNCTION_ARGS)
{
    char compact[NIR_COMPACT_BUFSIZE];
    size_t len = nirpg_unpack(PG_GETARG_NIR(0), compact);
    StringInfoData buf;

    pq_begintypsend(&buf);
    pq_sendtext(&buf, compact, (int)len);
    PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(nir_recv);
Datum nir_recv(PG_FUNCTION_ARGS)
{
    StringInfo buf = (StringInfo)PG_GETARG_POINTER(0);
    int nbytes;
    char *s = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

    PG_RETURN_NIR(nir_from_text(s, (size_t)nbytes));
}

PG_FUNCTION_INFO_V1(nir_format_nir);
Datum nir_format_nir(PG_FUNCTION_ARGS)
{
    char compact[NIR_COMPACT_BUFSIZE], out[NIR_FORMAT_BUFSIZE];
    size_t len = nirpg_unpack(PG_GETARG_NIR(0), compact);

    if (nir_format(compact, len, NIR_FORMAT_SPACED, out, sizeof out) != NIR_OK)
        elog(ERROR, "corrupt nir value");
    PG_RETURN_TEXT_P(cstring_to_text(out));
}

PG_FUNCTION_INFO_V1(nir_mask_nir);
Datum nir_mask_nir(PG_FUNCTION_ARGS)
{
    char compact[NIR_COMPACT_BUFSIZE], out[NIR_FORMAT_BUFSIZE];
    size_t len = nirpg_unpack(PG_GETARG_NIR(0), compact);

    if (nir_mask(compact, len, 0, NIR_FORMAT_SPACED, out, sizeof out) !=
        NIR_OK)
        elog(ERROR, "corrupt nir value");
    PG_RETURN_TEXT_P(cstring_to_text(out));
}
