/*
 * civil_data.h -- the civil-status check's tables generated from data/:
 * lib/civil/civil_country_data.c (tools/gen_civil_data.py, committed) and
 * civil_regions.c (tools/gen_civil_regions.c, written from ICU's data when
 * the library is built). Read-only; not installed.
 */
#ifndef NIR_CIVIL_DATA_H
#define NIR_CIVIL_DATA_H

#include <stddef.h>

#include "nir.h"

/* A country name and the INSEE code (or French ISO alpha-2) it means. */
typedef struct civil_name {
    const char *name;
    const char *code;
} civil_name;

typedef struct civil_link {
    const char *a, *b;
} civil_link;

typedef struct civil_sex_word {
    const char *word;
    nir_sex sex;
} civil_sex_word;

extern const civil_name civil_country_aliases[];
extern const size_t civil_country_alias_count;
extern const civil_name civil_country_former_names[];
extern const size_t civil_country_former_name_count;
extern const civil_link civil_country_links[];
extern const size_t civil_country_link_count;
extern const civil_link civil_code_regions[];
extern const size_t civil_code_region_count;
extern const civil_sex_word civil_sex_words[];
extern const size_t civil_sex_word_count;

/* --- civil_regions.c: per region, from ICU when the library is built --- */

typedef struct civil_region {
    char region[3];      /* ISO alpha-2, the table is sorted by it */
    unsigned char order; /* nir_date_order the official languages' locales
                            all use for short dates, else UNSPECIFIED */
    char locale[16];     /* the likely locale, minimised ("ar_DZ", "en_US") */
    char lang[12];       /* its language ("ar") */
    const char *calendar; /* non-Gregorian calendar in civil use, or NULL */
    unsigned char calendar_in_icu; /* 1 if ICU has it */
    unsigned char era_years;       /* its years are 1-3 digits */
} civil_region;

extern const civil_region civil_regions[];
extern const size_t civil_region_count;
/* The ICU version the table was computed with ("72.1"). */
extern const char civil_regions_icu_version[];

#endif
