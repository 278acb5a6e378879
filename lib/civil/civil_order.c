/*
 * civil_order.c -- the usual numeric date order of a country's documents,
 * read from ICU's locale data: region -> likely locale ("und_US" ->
 * "en_Latn_US") -> short date pattern ("M/d/yy") -> order of y, M and d.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/uloc.h>

#include "civil_internal.h"

#define PATTERN_CAP 64

/* The likely locale of a region (two letters, as civil_country keeps
 * them): "und_US" -> "en_Latn_US". Like every ICU call, it does nothing
 * once *err is set, and sets it when the ID does not fit. */
static void likely_locale(const char *region, char *out, int32_t cap,
                          UErrorCode *err)
{
    char und[16];
    snprintf(und, sizeof und, "und_%s", region);
    out[cap - 1] = '\0'; /* an ID of cap - 1 characters is terminated */
    uloc_addLikelySubtags(und, out, cap - 1, err);
}

/* y, M and d as they come first in a pattern; 0 for anything else. */
static char field_of(UChar c)
{
    if (c == 'y' || c == 'Y' || c == 'u' || c == 'r')
        return 'y';
    if (c == 'M' || c == 'L')
        return 'M';
    return c == 'd' ? 'd' : 0;
}

/* Order of the first y, M and d fields of a pattern; quoted text is
 * literal. UNSPECIFIED for any other layout. */
static nir_date_order order_of_pattern(const UChar *p, int32_t len)
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

nir_date_order civil_region_date_order(const char *region)
{
    char locale[ULOC_FULLNAME_CAPACITY];
    UChar pattern[PATTERN_CAP];
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *fmt;
    int32_t n;

    if (strcmp(region, "FR") == 0)
        return NIR_DATE_ORDER_DMY; /* French documents: day first */
    /* Each step does nothing once err is set: one check at the end. */
    likely_locale(region, locale, (int32_t)sizeof locale, &err);
    fmt = udat_open(UDAT_NONE, UDAT_SHORT, locale, NULL, 0, NULL, 0, &err);
    n = udat_toPattern(fmt, 0, pattern, PATTERN_CAP, &err);
    udat_close(fmt);
    /* A pattern that failed or does not fit reads as empty: UNSPECIFIED. */
    return order_of_pattern(pattern,
                            U_SUCCESS(err) && n < PATTERN_CAP ? n : 0);
}

void civil_region_language(const char *region, char *lang, size_t cap)
{
    char locale[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n;

    lang[cap - 1] = '\0'; /* a language of cap - 1 letters is terminated */
    likely_locale(region, locale, (int32_t)sizeof locale, &err);
    n = uloc_getLanguage(locale, lang, (int32_t)cap - 1, &err);
    lang[U_SUCCESS(err) ? n : 0] = '\0'; /* "" if ICU could not tell */
}
