/*
 * json.h -- JSON text pieces written into an outbuf. Strings are escaped so
 * that the output is always valid UTF-8 JSON whatever the input bytes.
 */
#ifndef NIRCHECK_JSON_H
#define NIRCHECK_JSON_H

#include <stddef.h>

#include "outbuf.h"

/** A JSON string: control characters, '"' and '\\' escaped; each byte of an
 * invalid UTF-8 sequence becomes U+FFFD. */
void json_put_string(outbuf *o, const char *s, size_t len);
/** A JSON string from a C string, or null when s is NULL. */
void json_put_cstr_or_null(outbuf *o, const char *s);
/** A stable lower-case name from libnir (kind, sex, error code, ...): plain
 * ASCII identifiers that need no escaping; null when s is NULL. */
void json_put_name(outbuf *o, const char *s);
/** ,"key": -- `key` is a literal known to need no escaping. `first` omits
 * the comma. */
void json_put_key(outbuf *o, const char *key, int first);
/** An integer, or null when v < 0. */
void json_put_int_or_null(outbuf *o, long long v);

#endif
