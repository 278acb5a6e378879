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

static int likely_locale(const char *region, char *out, int32_t cap)
{
    char und[16];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n;
    if (region == NULL || strlen(region) != 2)
        return -1;
    snprintf(und, sizeof und, "und_%s", region);
    n = uloc_addLikelySubtags(und, out, cap, &err);
    return (U_FAILURE(err) || n >= cap) ? -1 : 0;
}

/* Order of the first y, M and d fields of a pattern; quoted text is
 * literal. */
static nir_date_order order_of_pattern(const UChar *p, int32_t len)
{
    char seen[3];
    int n = 0, quoted = 0;
    for (int32_t i = 0; i < len && n < 3; i++) {
        char f = 0;
        if (p[i] == '\'') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (p[i] == 'y' || p[i] == 'Y' || p[i] == 'u' || p[i] == 'r')
            f = 'y';
        else if (p[i] == 'M' || p[i] == 'L')
            f = 'M';
        else if (p[i] == 'd')
            f = 'd';
        if (f && memchr(seen, f, (size_t)n) == NULL)
            seen[n++] = f;
    }
    if (n != 3)
        return NIR_DATE_ORDER_UNSPECIFIED;
    if (seen[0] == 'd' && seen[1] == 'M')
        return NIR_DATE_ORDER_DMY;
    if (seen[0] == 'M' && seen[1] == 'd')
        return NIR_DATE_ORDER_MDY;
    if (seen[0] == 'y' && seen[1] == 'M')
        return NIR_DATE_ORDER_YMD;
    return NIR_DATE_ORDER_UNSPECIFIED;
}

nir_date_order civil_region_date_order(const char *region)
{
    char locale[ULOC_FULLNAME_CAPACITY];
    UChar pattern[64];
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *fmt;
    int32_t n;

    if (region && strcmp(region, "FR") == 0)
        return NIR_DATE_ORDER_DMY; /* French documents: day first */
    if (likely_locale(region, locale, (int32_t)sizeof locale) != 0)
        return NIR_DATE_ORDER_UNSPECIFIED;
    fmt = udat_open(UDAT_NONE, UDAT_SHORT, locale, NULL, 0, NULL, 0, &err);
    if (U_FAILURE(err))
        return NIR_DATE_ORDER_UNSPECIFIED;
    n = udat_toPattern(fmt, 0, pattern, (int32_t)(sizeof pattern / sizeof pattern[0]), &err);
    udat_close(fmt);
    if (U_FAILURE(err) || n >= (int32_t)(sizeof pattern / sizeof pattern[0]))
        return NIR_DATE_ORDER_UNSPECIFIED;
    return order_of_pattern(pattern, n);
}

void civil_region_language(const char *region, char *lang, size_t cap)
{
    char locale[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n;

    lang[0] = '\0';
    if (likely_locale(region, locale, (int32_t)sizeof locale) != 0)
        return;
    n = uloc_getLanguage(locale, lang, (int32_t)cap, &err);
    if (U_FAILURE(err) || n < 0 || (size_t)n >= cap)
        lang[0] = '\0';
}
