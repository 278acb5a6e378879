/*
 * civil_order.c -- what a country's documents look like: the numeric date
 * order its official languages agree on, its likely locale and language,
 * and the non-Gregorian calendar in civil use there. All of it is read
 * from lib/civil/civil_regions.c, computed once from ICU's data by
 * tools/gen_civil_regions.c (a check used to cost ~18 us a row in
 * udat_open() alone).
 */
#include <string.h>

#include "civil_data.h"
#include "civil_internal.h"

const civil_region *civil_region_find(const char *region)
{
    size_t lo = 0, hi = civil_region_count;
    if (region == NULL || strlen(region) != 2)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(region, civil_regions[mid].region);
        if (cmp == 0)
            return &civil_regions[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

nir_date_order civil_region_date_order(const char *region)
{
    const civil_region *r = civil_region_find(region);
    return r != NULL ? (nir_date_order)r->order : NIR_DATE_ORDER_UNSPECIFIED;
}

void civil_region_language(const char *region, char *lang, size_t cap)
{
    const civil_region *r = civil_region_find(region);
    lang[0] = '\0';
    if (r != NULL && strlen(r->lang) < cap)
        memcpy(lang, r->lang, strlen(r->lang) + 1);
}
