/*
 * civil_pattern.c -- the order of the day, month and year fields of an
 * ICU date pattern ("M/d/yy" -> MDY). Shared by the library and by
 * tools/gen_civil_regions.c, which computes each region's order once.
 */
#include <string.h>

#include "civil_internal.h"

/* y, M and d as they come first in a pattern; 0 for anything else. */
static char field_of(UChar c)
{
    if (c == 'y' || c == 'Y' || c == 'u' || c == 'r')
        return 'y';
    if (c == 'M' || c == 'L')
        return 'M';
    return c == 'd' ? 'd' : 0;
}

nir_date_order civil_pattern_order(const UChar *p, int32_t len)
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
