/*
 * gen_civil_regions.c -- write lib/civil/civil_regions.c: for every region
 * ICU knows, what its documents look like, computed from ICU's data once
 * instead of on every civil-status check:
 *   - the numeric date order of its official languages' locales (CLDR
 *     territoryInfo: officialStatus "official" or "de_facto_official"), when
 *     they all agree (en_CA M/d/yy and fr_CA y-MM-dd do not: no order);
 *     with no official-language locale, the likely locale's order;
 *   - its likely locale ("und_DZ" -> "ar_DZ") and language;
 *   - the non-Gregorian calendar in civil use there (data/civil_calendars.csv)
 *     and whether ICU has it.
 *
 *   gen_civil_regions data/civil_calendars.csv > lib/civil/civil_regions.c
 *
 * Built by CMake (target regen-civil-regions); test civil_regions.drift
 * compares its output with the committed file when ICU is the version the
 * file records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include "nir.h"

#define MAX_CALENDARS 64

/* y, M and d as they come first in a pattern; 0 for anything else. */
static char field_of(UChar c)
{
    if (c == 'y' || c == 'Y' || c == 'u' || c == 'r')
        return 'y';
    if (c == 'M' || c == 'L')
        return 'M';
    return c == 'd' ? 'd' : 0;
}

/* Order of the first y, M and d fields of an ICU date pattern ("M/d/yy"
 * -> MDY); quoted text is literal. UNSPECIFIED for any other layout. */
static nir_date_order pattern_order(const UChar *p, int32_t len)
{
    static const struct {
        char first, second;
        nir_date_order order;
    } layouts[] = {{'d', 'M', NIR_DATE_ORDER_DMY},
                   {'M', 'd', NIR_DATE_ORDER_MDY},
                   {'y', 'M', NIR_DATE_ORDER_YMD}};
    nir_date_order order = NIR_DATE_ORDER_UNSPECIFIED;
    char seen[3] = {0};
    int n = 0, quoted = 0;
    for (int32_t i = 0; i < len && n < 3; i++) {
        char f = quoted ? 0 : field_of(p[i]);
        quoted ^= p[i] == '\'';
        if (f && memchr(seen, f, (size_t)n) == NULL)
            seen[n++] = f;
    }
    for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++)
        if (n == 3 && seen[0] == layouts[k].first &&
            seen[1] == layouts[k].second)
            order = layouts[k].order;
    return order;
}


typedef struct calendar_row {
    char region[3];
    char calendar[32];
    int era_years;
} calendar_row;

static int read_calendars(const char *path, calendar_row *rows, int cap)
{
    FILE *f = fopen(path, "r");
    char line[512];
    int n = 0, header = 0;
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    while (fgets(line, sizeof line, f) != NULL) {
        char *region, *calendar, *era;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (!header) { /* the column names */
            header = 1;
            continue;
        }
        region = strtok(line, ",");
        calendar = strtok(NULL, ",");
        era = strtok(NULL, ",");
        if (region == NULL || calendar == NULL || era == NULL ||
            strlen(region) != 2 || strlen(calendar) >= 32 || n == cap) {
            fprintf(stderr, "%s: bad row\n", path);
            exit(1);
        }
        memcpy(rows[n].region, region, 3);
        memcpy(rows[n].calendar, calendar, strlen(calendar) + 1);
        rows[n].era_years = atoi(era);
        n++;
    }
    fclose(f);
    return n;
}

/* The short date order of a locale, UNSPECIFIED if ICU cannot tell. */
static nir_date_order locale_order(const char *locale)
{
    UErrorCode err = U_ZERO_ERROR;
    UChar pattern[64];
    UDateFormat *fmt =
        udat_open(UDAT_NONE, UDAT_SHORT, locale, NULL, 0, NULL, 0, &err);
    int32_t n = udat_toPattern(fmt, 0, pattern, 64, &err);
    udat_close(fmt);
    return U_SUCCESS(err) && n < 64 ? pattern_order(pattern, n)
                                    : NIR_DATE_ORDER_UNSPECIFIED;
}

/* 1 if ICU has a locale of its own for lang in region (en_CA, zh_Hant_TW),
 * not just a fallback to the language. */
static int has_locale(const char *lang, const char *region, char *id,
                      size_t cap)
{
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *b;
    const char *actual;
    size_t rl = strlen(region), al;
    int ok;
    snprintf(id, cap, "%s_%s", lang, region);
    b = ures_open(NULL, id, &err);
    actual = ures_getLocaleByType(b, ULOC_ACTUAL_LOCALE, &err);
    al = actual != NULL ? strlen(actual) : 0;
    ok = U_SUCCESS(err) && err != U_USING_DEFAULT_WARNING && al > rl &&
         strcmp(actual + al - rl, region) == 0 && actual[al - rl - 1] == '_';
    ures_close(b);
    return ok;
}

/* The order all official languages' locales of the region agree on. */
static nir_date_order official_order(const char *region, int *languages)
{
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *sup = ures_openDirect(NULL, "supplementalData", &err);
    UResourceBundle *info = ures_getByKey(sup, "territoryInfo", NULL, &err);
    UResourceBundle *terr = ures_getByKey(info, region, NULL, &err);
    nir_date_order order = NIR_DATE_ORDER_UNSPECIFIED;
    int disagree = 0;
    *languages = 0;
    while (U_SUCCESS(err) && ures_hasNext(terr)) {
        UErrorCode e2 = U_ZERO_ERROR;
        UResourceBundle *lang = ures_getNextResource(terr, NULL, &e2);
        UResourceBundle *st = ures_getByKey(lang, "officialStatus", NULL, &e2);
        int32_t n = 0;
        const UChar *s = ures_getString(st, &n, &e2);
        char status[32] = "", id[64];
        if (U_SUCCESS(e2) && n < 32)
            u_UCharsToChars(s, status, n);
        if ((strcmp(status, "official") == 0 ||
             strcmp(status, "de_facto_official") == 0) &&
            has_locale(ures_getKey(lang), region, id, sizeof id)) {
            nir_date_order o = locale_order(id);
            if (*languages == 0)
                order = o;
            else if (o != order)
                disagree = 1;
            ++*languages;
        }
        ures_close(st);
        ures_close(lang);
    }
    ures_close(terr);
    ures_close(info);
    ures_close(sup);
    return disagree ? NIR_DATE_ORDER_UNSPECIFIED : order;
}

static int calendar_in_icu(const char *calendar)
{
    char locale[64];
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *cal;
    const char *type;
    int ok;
    snprintf(locale, sizeof locale, "und@calendar=%s", calendar);
    cal = ucal_open(NULL, 0, locale, UCAL_DEFAULT, &err);
    type = ucal_getType(cal, &err);
    ok = U_SUCCESS(err) && type != NULL && strcmp(type, calendar) == 0;
    ucal_close(cal);
    return ok;
}

static int by_code(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv)
{
    static calendar_row calendars[MAX_CALENDARS];
    const char *const *iso = uloc_getISOCountries();
    const char *regions[512];
    size_t count = 0;
    int ncal;
    UVersionInfo v;
    char version[U_MAX_VERSION_STRING_LENGTH];

    if (argc != 2) {
        fprintf(stderr, "usage: gen_civil_regions data/civil_calendars.csv\n");
        return 2;
    }
    ncal = read_calendars(argv[1], calendars, MAX_CALENDARS);
    while (iso[count] != NULL && count < 512) {
        regions[count] = iso[count];
        count++;
    }
    qsort(regions, count, sizeof regions[0], by_code);
    u_getVersion(v);
    u_versionToString(v, version);

    printf("/* Generated by tools/gen_civil_regions.c from ICU %s's data and\n"
           " * data/civil_calendars.csv. Do not edit: run `cmake --build <build>\n"
           " * --target regen-civil-regions` (test civil_regions.drift). */\n",
           version);
    printf("#include \"civil_data.h\"\n\n");
    printf("const char civil_regions_icu_version[] = \"%s\";\n\n", version);
    printf("const civil_region civil_regions[] = {\n");
    for (size_t i = 0; i < count; i++) {
        const char *region = regions[i];
        char und[16], likely[ULOC_FULLNAME_CAPACITY] = "";
        char minimal[ULOC_FULLNAME_CAPACITY] = "", lang[16] = "";
        UErrorCode err = U_ZERO_ERROR;
        int languages;
        nir_date_order order = official_order(region, &languages);
        const calendar_row *cal = NULL;

        snprintf(und, sizeof und, "und_%s", region);
        uloc_addLikelySubtags(und, likely, sizeof likely, &err);
        uloc_minimizeSubtags(likely, minimal, sizeof minimal, &err);
        uloc_getLanguage(likely, lang, sizeof lang, &err);
        if (U_FAILURE(err) || strcmp(lang, "und") == 0) {
            minimal[0] = lang[0] = '\0';
        }
        if (languages == 0 && likely[0] != '\0')
            order = locale_order(likely);
        if (strlen(minimal) >= 16 || strlen(lang) >= 12)
            minimal[0] = lang[0] = '\0';
        for (int k = 0; k < ncal; k++)
            if (strcmp(calendars[k].region, region) == 0)
                cal = &calendars[k];
        printf("    {\"%s\", %d, \"%s\", \"%s\", ", region, (int)order,
               minimal, lang);
        if (cal != NULL)
            printf("\"%s\", %d, %d},\n", cal->calendar,
                   calendar_in_icu(cal->calendar), cal->era_years);
        else
            printf("NULL, 0, 0},\n");
    }
    printf("};\nconst size_t civil_region_count =\n"
           "    sizeof civil_regions / sizeof civil_regions[0];\n");
    return 0;
}
