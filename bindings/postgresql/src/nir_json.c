/*
 * nir_json.c -- the jsonb results of nir_parse and nir_check_civil_status,
 * written as JSON text and read by jsonb_in.
 */
#include "nir_pg.h"

#include "utils/fmgrprotos.h"
#include "utils/json.h"

static void separate(StringInfo b)
{
    char last = b->len > 0 ? b->data[b->len - 1] : '{';

    if (last != '{' && last != '[')
        appendStringInfoChar(b, ',');
}

void nirpg_json_key(StringInfo b, const char *key)
{
    separate(b);
    escape_json(b, key);
    appendStringInfoChar(b, ':');
}

void nirpg_json_string(StringInfo b, const char *utf8)
{
    if (utf8 == NULL) {
        appendStringInfoString(b, "null");
        return;
    }
    /* jsonb_in reads the database encoding; libnir writes UTF-8 */
    escape_json(b, nirpg_server_string(utf8));
}

void nirpg_json_str(StringInfo b, const char *key, const char *utf8)
{
    nirpg_json_key(b, key);
    nirpg_json_string(b, utf8);
}

void nirpg_json_int(StringInfo b, const char *key, long value, bool present)
{
    nirpg_json_key(b, key);
    if (present)
        appendStringInfo(b, "%ld", value);
    else
        appendStringInfoString(b, "null");
}

void nirpg_json_bool(StringInfo b, const char *key, bool value)
{
    nirpg_json_key(b, key);
    appendStringInfoString(b, value ? "true" : "false");
}

Datum nirpg_jsonb(StringInfo b)
{
    return DirectFunctionCall1(jsonb_in, CStringGetDatum(b->data));
}
