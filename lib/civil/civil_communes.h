/*
 * civil_communes.h -- the INSEE commune list (current, delegated and
 * associated communes, municipal arrondissements, former codes, postal
 * codes) compiled in by tools/gen_communes.py, and its lookups. Read-only
 * tables, binary searches, nothing allocated.
 */
#ifndef NIR_CIVIL_COMMUNES_H
#define NIR_CIVIL_COMMUNES_H

#include <stddef.h>
#include <stdint.h>

/* --- civil_communes_table.c (generated) --- */
extern const uint32_t civil_commune_count_; /* entries */
extern const uint32_t civil_postal_count_;
extern const uint32_t civil_former_count_;
extern const char civil_communes_vintage_[];
/* Entry i: "key\0name\0" at civil_commune_text_ + civil_commune_text_at_[i],
 * entries sorted by key; its INSEE code at civil_commune_code_ + 5 * i. */
extern const char civil_commune_text_[];
extern const uint32_t civil_commune_text_at_[];
extern const char civil_commune_code_[];
extern const uint16_t civil_commune_home_[]; /* entry of its current commune */
extern const uint16_t civil_commune_by_code_[]; /* entries sorted by code */
extern const char civil_postal_code_[];     /* 5 chars each, sorted */
extern const uint16_t civil_postal_entry_[];
extern const char civil_former_code_[];     /* 5 chars each, sorted */
extern const uint16_t civil_former_entry_[];
/* Commune names that are also an INSEE country's name ("suisse"), sorted
 * by key. */
typedef struct civil_named_country {
    const char *key;
    const char *code; /* "99140" */
} civil_named_country;
extern const civil_named_country civil_commune_countries_[];
extern const uint32_t civil_commune_country_count_;

/* --- civil_communes.c --- */

/* A run of rows of one of the sorted tables; count 0 when nothing. */
typedef struct civil_range {
    uint32_t first, count;
} civil_range;

/* Longest key kept; a longer name is no commune name. */
#define CIVIL_COMMUNE_KEY_CAP 96

/* Lookup key of a commune name as people write it (UTF-8): case, accents,
 * spaces and punctuation ignored, "St"/"Ste" read as "Saint"/"Sainte", a
 * leading article ("Le Havre") or a trailing one in parentheses ("Havre
 * (Le)") dropped; "Paris 15e arrondissement", "Paris 15", "Paris 15ème",
 * "Paris XVe" all give "paris15" (Lyon, Marseille likewise). Returns the key's length (it is
 * NUL-terminated in key[CIVIL_COMMUNE_KEY_CAP]), 0 if the text cannot be a
 * commune name (another script, too long, no letter). tools/gen_communes.py
 * place_key() is the same function: keep them in step. */
size_t civil_commune_key(const char *s, size_t len,
                         char key[CIVIL_COMMUNE_KEY_CAP]);

/* Entries whose key is `key`. */
civil_range civil_communes_named(const char *key);
/* Rows of the postal table for a 5-character postal code. */
civil_range civil_communes_by_postal(const char *code);
/* Rows of civil_commune_by_code_ for a 5-character INSEE code. */
civil_range civil_communes_by_insee(const char *code);
/* Rows of the former-code table for a 5-character code. */
civil_range civil_communes_by_former(const char *code);

/* The INSEE country code whose name is also the commune key `key`, or
 * NULL. */
const char *civil_commune_country(const char *key);

/* The entry of the current commune a code (current, delegated, associated,
 * arrondissement or former) belongs to; -1 if the list does not know it. */
int32_t civil_commune_home_of(const char *code);
/* Entry i's name ("Saint-Martin") and code (5 chars, no NUL). */
const char *civil_commune_name(uint32_t entry);
const char *civil_commune_code(uint32_t entry);

#endif
