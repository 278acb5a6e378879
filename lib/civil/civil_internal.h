/*
 * civil_internal.h -- declarations shared by the civil-status cross-check
 * (the sources in lib/civil); not installed. Everything here works on caller-owned
 * stack buffers: no allocation, no state kept between calls.
 */
#ifndef NIR_CIVIL_INTERNAL_H
#define NIR_CIVIL_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/udata.h>
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

/* The first unit of the key of each code point met, and the length of
 * that key, for one walk over many names: the caller's stack, never kept
 * across calls. A code point takes slot cp % CIVIL_LEAD_SLOTS. */
#define CIVIL_LEAD_SLOTS 1024
typedef struct civil_leads {
    UChar32 cp[CIVIL_LEAD_SLOTS]; /* -1: slot unused */
    UChar lead[CIVIL_LEAD_SLOTS]; /* 0 when the key is empty */
    unsigned char len[CIVIL_LEAD_SLOTS]; /* units of the key (at most 3) */
} civil_leads;

void civil_leads_init(civil_leads *leads);

/* 1 if the key of s (len units, or NUL-terminated if len < 0) is `key`
 * (civil_key_matches) or begins with it (civil_key_begins). The keys are
 * compared a code point at a time, up to the first difference: most
 * names differ from the first letter, compared without any ICU call.
 * For the names of the library's and ICU's tables (a few dozen units, so
 * that civil_key_of() always holds their keys) the same as comparing
 * civil_key_of(s) with `key`. */
int civil_key_matches(const UChar *s, int32_t len, const civil_key *key,
                      civil_leads *leads);
int civil_key_begins(const UChar *s, int32_t len, const civil_key *key,
                     civil_leads *leads);
/* civil_key_matches() for an UTF-8 name (NULL: no name); `key` not
 * empty. */
int civil_key_matches_utf8(const char *s, const civil_key *key,
                           civil_leads *leads);

/* The key of an ASCII character: its lower case if a letter or digit,
 * else 0 (none). No jump: walks take it for every name. */
static inline UChar civil_ascii_key(UChar u)
{
    UChar lower = (UChar)(u | 0x20); /* digits have that bit already */
    int alnum = ((unsigned)(lower - 'a') < 26u) | ((unsigned)(u - '0') < 10u);
    return (UChar)(lower * alnum);
}

/* 1 if a text whose first unit is u, an ASCII character, certainly has
 * another key than `key` (not empty): u is a letter or digit, and not
 * key's first unit. */
static inline int civil_ascii_lead_differs(UChar u, const civil_key *key)
{
    UChar lower = (UChar)(u | 0x20); /* digits have that bit already */
    return lower != key->s[0] &&
           ((unsigned)(lower - 'a') < 26u || (unsigned)(u - '0') < 10u);
}

/* The same for any first unit, judged without a call: an ASCII letter or
 * digit, or a code point of the BMP whose key `leads` already holds. Most
 * names of a walk end here; for the others (0), civil_key_matches()
 * decides. */
static inline int civil_lead_differs(UChar u, const civil_key *key,
                                     const civil_leads *leads)
{
    size_t slot = u % CIVIL_LEAD_SLOTS;
    if (u < 0x80)
        return civil_ascii_lead_differs(u, key);
    /* The slot of a lone surrogate (half a code point) holds an empty key,
     * and an empty key looks further: no decision then. */
    return leads->cp[slot] == u && leads->len[slot] != 0 &&
           leads->lead[slot] != key->s[0];
}

/* The code point at s[*i] (a lone surrogate stands for itself); advances
 * *i. ICU's U16_NEXT macro trips -Wsign-conversion. */
UChar32 civil_next_cp(const UChar *s, int32_t *i, int32_t len);

/* Trim ASCII spaces and tabs at both ends of (s, len), in place. */
void civil_trim(const char **s, size_t *len);

/* --- civil_bundle.c: ICU resource bundles, read in place --- */

/* An open bundle (a .res of ICU's data) and where its parts are. */
typedef struct civil_bundle {
    UDataMemory *data;
    const int32_t *root;     /* root resource, then indexes[] */
    const UChar *units;      /* its 16-bit units (strings, Table16s) */
    int32_t key_limit;       /* key offsets below it: the bundle's own */
    int32_t pool_limit;      /* string offsets below them: the pool's */
    int32_t pool_limit16;    /* (in 32-bit and 16-bit containers) */
    const char *key_base[2]; /* [0] the bundle's, [1] the pool's */
    int32_t key_skip[2];
    const UChar *string_base[2];
    int32_t string_skip[2];
} civil_bundle;

/* A resource of a bundle: ICU's 32-bit Resource (type in bits 31-28). */
typedef uint32_t civil_res;
/* What civil_res_get() finds in what is no table: nothing is read from
 * it (type 15 is no resource type). */
#define CIVIL_RES_UNREADABLE 0xffffffffu

/* A Table16 of a bundle: `count` strings. The offset of each is in the
 * pool's units below the pool limit, else in the bundle's own units
 * (after the limit): base[1] and skip[1] are the pool's, base[0] and
 * skip[0] the bundle's. */
typedef struct civil_table {
    int32_t count;
    const uint16_t *values;
    const UChar *base[2];
    int32_t skip[2];
    int32_t pool_limit16;
} civil_table;

/* Open bundle `name` of the tree `path` (as given to ures_openDirect()),
 * read with `pool`, the tree's bundle "pool" (NULL to open the pool
 * itself). 0 on success; -1 if it is missing or of another layout. */
int civil_bundle_open(const char *path, const char *name,
                      const civil_bundle *pool, civil_bundle *b);
void civil_bundle_close(civil_bundle *b);
civil_res civil_bundle_root(const civil_bundle *b);
/* Item `key` of a table into *out: 1 found, 0 absent. What is no Table
 * or Table16 "holds" every key as CIVIL_RES_UNREADABLE, which has no
 * string and no items: the walks take it as "may match". */
int civil_res_get(const civil_bundle *b, civil_res table, const char *key,
                  civil_res *out);
/* Items of a table or array (Table, Table16, Array, Array16), -1 for any
 * other resource; and item i (0 <= i < count) of one. */
int32_t civil_res_count(const civil_bundle *b, civil_res r);
civil_res civil_res_at(const civil_bundle *b, civil_res r, int32_t i);
int civil_res_is_alias(civil_res r);
/* A string resource, its length in *len (-1: NUL-terminated); NULL for
 * any other resource or a string of another layout. */
const UChar *civil_res_string(const civil_bundle *b, civil_res r,
                              int32_t *len);
/* Table16 `key` of the root table: 1 found, 0 absent, -1 if it is of
 * another type or the root of another layout (use ures_*). */
int civil_bundle_table(const civil_bundle *b, const char *key,
                       civil_table *out);

/* The String-v2 stored at p, its length in *len (-1: NUL-terminated);
 * NULL for one longer than 1023 units. A first unit that is not a trail
 * surrogate begins a NUL-terminated string; 0xDC00-0xDFEE give the
 * length of the units after it. */
static inline const UChar *civil_string_v2(const UChar *p, int32_t *len)
{
    if (!U16_IS_TRAIL(p[0])) {
        *len = -1;
        return p;
    }
    *len = p[0] & 0x3ff;
    return p[0] < 0xDFEF ? p + 1 : NULL;
}

/* String i of a Table16 (0 <= i < count), as civil_res_string() gives it.
 * Inline: a walk takes every string of every table. */
static inline const UChar *civil_table_string(const civil_table *t,
                                              int32_t i, int32_t *len)
{
    int32_t v = t->values[i];
    int in_pool = v < t->pool_limit16; /* both are common: no jump */
    return civil_string_v2(t->base[in_pool] + (v - t->skip[in_pool]), len);
}

/* --- civil_locales.c: the locales to try, in priority order --- */

/* Iterates the preferred languages (`first`, then fr, en, de, es, it, pt,
 * nl, ar, ru, pl, tr, zh, ja) and then every other language (or language_Script) that ICU has,
 * each once. Plain values on the caller's stack. */
typedef struct civil_locale_iter {
    char first[16];
    size_t preferred; /* next index in the preferred list */
    int32_t available; /* next index in uloc_getAvailable() (minus its
                          count in the regional pass) */
    int regional;     /* 1: then every regional locale (month names) */
    int in_regional;  /* 1 once the walk gives regional locales: their
                         parents were given before */
} civil_locale_iter;

void civil_locales_begin(civil_locale_iter *it, const char *first);
/* The same walk, followed by every regional locale ("ar_DZ", "ar_SY",
 * "de_AT": month names of their own). */
void civil_locales_begin_regional(civil_locale_iter *it, const char *first);
/* The next locale ID, or NULL when all were given. */
const char *civil_locales_next(civil_locale_iter *it);

/* --- civil_order.c: what a country's documents look like --- */

struct civil_region;
/* The row of lib/civil/civil_regions.c for an ISO alpha-2 region, NULL if
 * none (civil_data.h): the numeric date order the region's official
 * languages agree on ("US" -> MDY, "CA" -> none: en_CA and fr_CA differ),
 * its likely locale, its other calendar. */
const struct civil_region *civil_region_find(const char *region);

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
/* 1 if one of two INSEE country codes succeeded the other (URSS and
 * Ukraine, RFA and Allemagne, Tchécoslovaquie and Slovaquie). */
int civil_country_linked(const char *number, const char *document);

/* --- civil_date.c: a written date --- */

#define CIVIL_ERA_CAP 8
typedef struct civil_date {
    int numeric;        /* 1: three numbers, the order decides */
    nir_date_order forced; /* order fixed by the text itself (ISO 8601,
                              year first, CJK 年月日), else UNSPECIFIED */
    int field[3];       /* numeric: the three numbers as written */
    int digits[3];      /* their digit counts */
    nir_date written;   /* !numeric: the date with a month name */
    int gregorian;      /* 1 if some order reads a Gregorian date (a
                           numeric date may only fit another calendar) */
    UChar era[CIVIL_ERA_CAP]; /* 昭和40年2月4日: the era's name (era_len
                                 units), its year in field[0] */
    int32_t era_len;
} civil_date;

/* Parse a written birth date. `lang` (may be "") is tried first for month
 * names. Returns 1 if understood, 0 if not. */
int civil_date_parse(const char *s, size_t len, const char *lang,
                     civil_date *out);
/* Reading of a numeric date in an order; 1 if it is a valid date. */
int civil_date_read(const civil_date *d, nir_date_order order, nir_date *out);

/* --- civil_calendar.c: a numeric date in another calendar --- */

/* The Gregorian dates a numeric date stands for when read in `order` in
 * the region's non-Gregorian calendar (civil_data.h), one per era that
 * fits (Japanese eras) or in the era the date names (昭和, 民國: ICU's
 * era names of the region's locale), at most cap; 0 if none, or if ICU
 * lacks the calendar. Only years of people in the register (1870 to now). */
int civil_calendar_read(const struct civil_region *region,
                        const civil_date *d, nir_date_order order,
                        nir_date *out, int cap);

/* --- civil_months.c: month names in every language ICU has --- */

#define CIVIL_MAX_WORDS 6
/* For each word key, the month it names (1-12), -2 for a weekday name, or
 * 0 if unknown. Words are tried against `lang` first, then the rest. */
void civil_months_match(const civil_key *words, size_t count,
                        const char *lang, int *month);

/* --- civil_place.c: birthplace resolution; civil_place_match.c: its
 * comparison with the number --- */

typedef enum civil_place_kind {
    CIVIL_PLACE_NONE = 0,  /* only candidates (below) */
    CIVIL_PLACE_COUNTRY,   /* code = "99404" */
    CIVIL_PLACE_FRANCE,    /* "France" with no more detail; code = "FR" */
    CIVIL_PLACE_DEPT,      /* code = "14", "2A", "972" */
    CIVIL_PLACE_COMMUNE    /* code = "14168", "2A004", "97209" */
} civil_place_kind;

/* Where a place's candidate communes are: rows of the commune list. */
typedef enum civil_place_list {
    CIVIL_LIST_NONE = 0,
    CIVIL_LIST_NAME,   /* entries first.. (one name) */
    CIVIL_LIST_POSTAL  /* rows first.. of the postal table */
} civil_place_list;

struct civil_history;

typedef struct civil_place {
    civil_place_kind kind;
    char code[6];
    const struct civil_history *old_name; /* resolved by a former name of
                                             Algeria's, or NULL */
    const struct civil_history *named_by; /* any former name it was
                                             resolved by (for messages) */
    civil_place_list list; /* the communes it may also be */
    uint32_t first, count;
} civil_place;

/* nir_finding.place_detail of a birthplace_mismatch with candidates: the
 * list (high bits) and its first row. */
#define CIVIL_DETAIL_NAME (1u << 30)
#define CIVIL_DETAIL_POSTAL (2u << 30)
#define CIVIL_DETAIL_FORMER_NAME (3u << 30) /* + history row + 1 */
#define CIVIL_DETAIL_ROW (CIVIL_DETAIL_NAME - 1u)

/* --- civil_place_hints.c: a commune name with what people write beside
 * it --- */
typedef struct civil_place_hints {
    const char *name; /* the commune name */
    size_t name_len;
    char postal[6];   /* "14000", or "" */
    const char *dept; /* the text in final parentheses ("14", "Gers") */
    size_t dept_len;  /* 0 if none */
} civil_place_hints;

/* 1 if s holds a commune name with a postal code before or after it, a
 * département in final parentheses or a final "CEDEX [n]"; 0 otherwise
 * (then h is not to be read). */
int civil_place_hints_split(const char *s, size_t len, civil_place_hints *h);
/* Narrow a place's name candidates to those of a postal code, or of a
 * département, when some are; else leave them. */
void civil_place_narrow_postal(civil_place *place, const char *postal);
void civil_place_narrow_dept(civil_place *place, const char *dept);

/* Length of the département part of a code ("14168" -> 2, "97209" -> 3,
 * "2A004" -> 2), 0 if it has none. */
int civil_dept_length(const char *s, size_t len);
/* Resolve a place of birth for someone born in `year` (4 digits, or 0
 * when unknown: former names then count); 1 if resolved. */
int civil_place_resolve(const char *s, size_t len, const char *lang,
                        int year, civil_place *out);
/* Entry (in the commune list) of candidate i < place->count. */
uint32_t civil_place_candidate(const civil_place *place, uint32_t i);
/* 1 if the number's place (decoded in r) may be `place` for someone born
 * in `year` (4 digits, or 0 when unknown). *history is set to the history
 * rule (civil_history.c) the match needed, NULL when today's codes
 * match. */
int civil_place_matches(const nir_result *r, const civil_place *place,
                        int year, const struct civil_history **history);
/* 1 if the 5-character codes a and b are Paris, Lyon or Marseille and one
 * of its arrondissements (either way round). */
int civil_same_city(const char *a, const char *b);
/* The number's place as an INSEE code: "99350", "14118", "2A004",
 * "98501"; out has 6 bytes. */
void civil_number_place(const nir_result *r, char out[6]);

/* --- civil_place_words.c: places in words for the messages --- */

/* A place code ("FR", "99350", "14", "14118") in words: "Morocco",
 * "Calvados", "Caen (Calvados)". */
void civil_place_words(const char *code, nir_lang lang, char *out,
                       size_t cap);
/* The number's place in words, read with the birth year (0 unknown): "92"
 * in 1960 is Algeria. */
void civil_number_place_words(const char *code, int year, nir_lang lang,
                              char *out, size_t cap);

/* --- civil_message.c helpers shared with civil_check.c --- */
const char *civil_month_name(int month, nir_lang lang);

#endif
