/*
 * civil_order.c -- what a country's documents look like: the numeric date
 * order its official languages agree on, its likely locale and language,
 * and the non-Gregorian calendar in civil use there (civil_data.h). All of
 * it is read
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
