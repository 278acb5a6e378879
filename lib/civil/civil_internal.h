/*
 * civil_internal.h -- declarations shared by the civil-status cross-check
 * (the sources in lib/civil); not installed. Everything here works on caller-owned
 * stack buffers: no allocation, no state kept between calls.
 */
#ifndef NIR_CIVIL_INTERNAL_H
#define NIR_CIVIL_INTERNAL_H

#include <stddef.h>

#include <unicode/utypes.h>

#include "nir.h"

/* --- civil_text.c: Unicode text -> comparison keys --- */

/* A comparison key: case-folded, decomposed, marks, spaces and punctuation
 * dropped, so "États-Unis", "ETATS UNIS" and "etats-unis" give one key. */
#define CIVIL_KEY_CAP 512
typedef struct civil_key {
    UChar s[CIVIL_KEY_CAP];
    int32_t len;
} civil_key;

/* Strict UTF-8 (no NUL byte, at most NIR_MAX_INPUT bytes) -> UTF-16.
 * Returns the length, or -1 if the text is rejected. */
int32_t civil_utf8_to_u(const char *s, size_t len, UChar *out, int32_t cap);

/* Key of a UTF-16 string; 0 on success, -1 if it does not fit. */
int civil_key_of(const UChar *s, int32_t len, civil_key *key);

/* Cheap pre-filter: 1 if the key of s could start with `first` (the first
 * unit of some key), 0 if it certainly does not. */
int civil_key_may_start(const UChar *s, int32_t len, UChar first);

/* 1 if the key of s equals `key` (with the pre-filter first). */
int civil_key_equals(const UChar *s, int32_t len, const civil_key *key);

/* Same for an UTF-8 string of the library's tables. */
int civil_key_equals_utf8(const char *s, const civil_key *key);

/* The code point at s[*i] (a lone surrogate stands for itself); advances
 * *i. ICU's U16_NEXT macro trips -Wsign-conversion. */
UChar32 civil_next_cp(const UChar *s, int32_t *i, int32_t len);

/* Trim ASCII spaces and tabs at both ends of (s, len), in place. */
void civil_trim(const char **s, size_t *len);

/* --- civil_locales.c: the locales to try, in priority order --- */

/* Iterates the preferred languages (`first`, then fr, en, de, es, it, pt,
 * nl, ar, ru, pl, tr, zh, ja) and then every other language (or language_Script) that ICU has,
 * each once. Plain values on the caller's stack. */
typedef struct civil_locale_iter {
    char first[16];
    size_t preferred; /* next index in the preferred list */
    int32_t available; /* next index in uloc_getAvailable() */
} civil_locale_iter;

void civil_locales_begin(civil_locale_iter *it, const char *first);
/* The next locale ID, or NULL when all were given. */
const char *civil_locales_next(civil_locale_iter *it);

/* --- civil_order.c: what a country's documents usually look like --- */

/* Usual numeric date order of a region's short date pattern ("US" -> MDY);
 * UNSPECIFIED if ICU cannot tell. */
nir_date_order civil_region_date_order(const char *region);
/* Likely language of a region ("US" -> "en") into lang (cap >= 16);
 * "" if unknown. */
void civil_region_language(const char *region, char *lang, size_t cap);

/* --- civil_country.c: a country from a code or a name --- */

typedef struct civil_country {
    char region[4];           /* ISO alpha-2 ("US"), "" if none */
    const nir_country *insee; /* INSEE entry, NULL for France itself and
                                 the French overseas territories */
    const char *french_dept;  /* "972" for Martinique, ...; NULL */
} civil_country;

/* Resolve a country given as INSEE code, ISO alpha-2/3 or a name in any
 * language ICU knows. `lang` (may be "") is tried first for names.
 * Returns 1 if resolved, 0 if not. */
int civil_country_resolve(const char *s, size_t len, const char *lang,
                          civil_country *out);

/* --- civil_date.c: a written date --- */

typedef struct civil_date {
    int numeric;        /* 1: three numbers, the order decides */
    nir_date_order forced; /* order fixed by the text itself (ISO 8601,
                              year first, CJK 年月日), else UNSPECIFIED */
    int field[3];       /* numeric: the three numbers as written */
    int digits[3];      /* their digit counts */
    nir_date written;   /* !numeric: the date with a month name */
} civil_date;

/* Parse a written birth date. `lang` (may be "") is tried first for month
 * names. Returns 1 if understood, 0 if not. */
int civil_date_parse(const char *s, size_t len, const char *lang,
                     civil_date *out);
/* Reading of a numeric date in an order; 1 if it is a valid date. */
int civil_date_read(const civil_date *d, nir_date_order order, nir_date *out);

/* --- civil_months.c: month names in every language ICU has --- */

#define CIVIL_MAX_WORDS 6
/* For each word key, the month it names (1-12), -2 for a weekday name, or
 * 0 if unknown. Words are tried against `lang` first, then the rest. */
void civil_months_match(const civil_key *words, size_t count,
                        const char *lang, int *month);

/* --- civil_place.c: birthplace resolution and comparison --- */

typedef enum civil_place_kind {
    CIVIL_PLACE_NONE = 0,
    CIVIL_PLACE_COUNTRY,   /* code = "99404" */
    CIVIL_PLACE_FRANCE,    /* "France" with no more detail; code = "FR" */
    CIVIL_PLACE_DEPT,      /* code = "14", "2A", "972" */
    CIVIL_PLACE_COMMUNE    /* code = "14168", "2A004", "97209" */
} civil_place_kind;

typedef struct civil_place {
    civil_place_kind kind;
    char code[6];
} civil_place;

/* Resolve a place of birth; 1 if resolved. */
int civil_place_resolve(const char *s, size_t len, const char *lang,
                        civil_place *out);
/* 1 if the number's place (decoded in r) may be `place` for someone born in
 * `year` (4 digits, or 0 when unknown). */
int civil_place_matches(const nir_result *r, const civil_place *place,
                        int year);

/* --- civil_message.c helpers shared with civil_check.c --- */
const char *civil_month_name(int month, nir_lang lang);

#endif
