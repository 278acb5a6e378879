/*
 * json.h -- JSON text pieces written into an outbuf. Strings are escaped so
 * that the output is always valid UTF-8 JSON whatever the input bytes.
 *
 * Each piece comes in two forms: json_put_* appends to an outbuf, and
 * json_write_* writes at a cursor after outbuf_reserve() (see outbuf.h) and
 * returns the end; the *_ROOM macros give the room a cursor write needs.
 */
#ifndef NIRCHECK_JSON_H
#define NIRCHECK_JSON_H

#include <stddef.h>

#include "outbuf.h"

/** Room for a JSON string of len input bytes: any byte may become a
 * 6-byte escape, plus the quotes. */
#define JSON_STRING_ROOM(len) (6 * (size_t)(len) + 2)
/** Room for json_write_int_or_null. */
#define JSON_INT_ROOM OUTBUF_ULL_MAX

/** A JSON string: control characters, '"' and '\\' escaped; each byte of an
 * invalid UTF-8 sequence becomes U+FFFD. */
void json_put_string(outbuf *o, const char *s, size_t len);
char *json_write_string(char *p, const char *s, size_t len);
/** A JSON string from a C string, or null when s is NULL. */
void json_put_cstr_or_null(outbuf *o, const char *s);
/** A stable lower-case name from libnir (kind, sex, error code, ...): plain
 * ASCII identifiers that need no escaping; null when s is NULL. */
void json_put_name(outbuf *o, const char *s);
/** ,"key": -- `key` is a literal known to need no escaping. `first` omits
 * the comma. */
void json_put_key(outbuf *o, const char *key, int first);

/** An integer, or null when v < 0. */
static inline char *json_write_int_or_null(char *p, long long v)
{
    if (v < 0)
        return OUTBUF_WRITE_LIT(p, "null");
    return outbuf_write_ull(p, (unsigned long long)v);
}

/** Room for json_write_code of a char[size] field. */
#define JSON_CODE_ROOM(size) ((size) + 2)

/** A code field of nir_result held in char[size] ("14", "2A", "99126"),
 * null when "": built by libnir from normalised characters, so nothing to
 * escape. Inline so that the copy has a constant size. */
static inline char *json_write_code(char *p, const char *code, size_t size)
{
    size_t n = 0;

    if (code[0] == '\0')
        return OUTBUF_WRITE_LIT(p, "null");
    while (n < size && code[n] != '\0')
        n++;
    *p = '"';
    memcpy(p + 1, code, size); /* whole field: the tail is overwritten */
    p[n + 1] = '"';
    return p + n + 2;
}

/** Room a json_name takes at the cursor (it is copied whole). */
#define JSON_NAME_ROOM 32

/** A name (or null) in its JSON form, ready to copy: for the names of a
 * small fixed set, quoted once instead of at every record. */
typedef struct json_name {
    char text[JSON_NAME_ROOM]; /**< "\"nir\"" or "null", zero-padded */
    size_t len;
} json_name;

/** Set *n to the JSON form of s (null when s is NULL). Returns 0, or -1 if
 * the name is too long to be held (the names of libnir are far shorter). */
int json_name_set(json_name *n, const char *s);

static inline char *json_write_name(char *p, const json_name *n)
{
    memcpy(p, n->text, sizeof n->text);
    return p + n->len;
}

#endif
