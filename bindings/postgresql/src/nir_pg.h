/*
 * nir_pg.h -- what the files of the PostgreSQL extension share: the
 * packed form of the `nir` type, errors that never show the number, and
 * text conversions between the database encoding and libnir's UTF-8.
 */
#ifndef NIR_PG_H
#define NIR_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "nir.h"

/* --- the `nir` type (nir_type.c) ---
 * A number is stored in an int64, one 4-bit symbol a character, character 1
 * in the highest nibble: '0'-'9' -> 1-10, 'A' -> 11, 'B' -> 12; a 13-
 * character number (no key) leaves its last two nibbles 0. So integer order
 * is the order of the compact texts, and equality is integer equality.
 * This layout is on disk: it may never change within major version 1. */
int64 nirpg_pack(const char *compact, size_t len);
/* The compact text of a packed value into out[NIR_COMPACT_BUFSIZE];
 * returns its length (13 or 15). */
size_t nirpg_unpack(int64 packed, char *out);
/* Decode a stored number (always valid under STANDARD) into *result. */
void nirpg_decode(int64 packed, nir_result *result);

#define PG_GETARG_NIR(n) PG_GETARG_INT64(n)
#define PG_RETURN_NIR(x) PG_RETURN_INT64(x)

/* --- errors (nir_errors.c) ---
 * Each raises ERROR with SQLSTATE 22P02 and a message naming the field and
 * its position, never the value; the statement is kept out of the server
 * log and a COPY context names the line and column but not the value.
 * `what` is "NIR", "NIR13", ... */
pg_attribute_noreturn() void nirpg_invalid(const char *what, nir_status status,
                                           size_t position);
pg_attribute_noreturn() void nirpg_invalid_text(const char *what,
                                                const char *reason);
/* 22023 for an argument that is not one of the allowed names; the value
 * is not echoed (it could be a number given in the wrong place). */
pg_attribute_noreturn() void nirpg_bad_argument(const char *argument,
                                                const char *allowed);

/* --- text (nir_text.c) --- */
/* The bytes of a text value as UTF-8 for libnir: the value itself in UTF-8
 * and SQL_ASCII databases (there, bytes that are not UTF-8 are character
 * errors), else converted from the database encoding. */
const char *nirpg_utf8(const char *s, size_t len, size_t *out_len);
/* A NUL-terminated UTF-8 string from libnir in the database encoding
 * (characters it lacks become '?'), as a C string or a text. */
char *nirpg_server_string(const char *utf8);
text *nirpg_text_from_utf8(const char *s);
/* Argument parsers; they raise nirpg_bad_argument on an unknown name. */
nir_profile nirpg_profile_arg(text *name);
nir_lang nirpg_lang_arg(text *name);

/* --- JSON objects for jsonb results (nir_json.c) ---
 * Members are appended to a StringInfo that holds an open object or array;
 * the separator is added as needed. Strings are libnir's UTF-8 (or NULL,
 * written as null). */
#include "lib/stringinfo.h"
void nirpg_json_key(StringInfo b, const char *key);
void nirpg_json_string(StringInfo b, const char *utf8); /* a value */
void nirpg_json_str(StringInfo b, const char *key, const char *utf8);
void nirpg_json_int(StringInfo b, const char *key, long value, bool present);
void nirpg_json_bool(StringInfo b, const char *key, bool value);
/* The finished text (objects and arrays closed by the caller) as jsonb. */
Datum nirpg_jsonb(StringInfo b);

#endif /* NIR_PG_H */
