/*
 * unicode.c -- mapping a non-ASCII code point to what it stands for in a
 * number. The decimal digits come from a table generated from ICU's data
 * (unicode_digits.c), so the core library does not link ICU.
 */
#include "internal.h"
#include "unicode_digits.h"

int nir_unicode_digit_value_(int32_t cp)
{
    /* The last run whose zero is <= cp, by binary search. */
    size_t lo = 0, hi = nir_unicode_digit_runs_;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nir_unicode_digit_zeros_[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    int32_t offset = lo > 0 ? cp - nir_unicode_digit_zeros_[lo - 1] : -1;
    return offset >= 0 && offset <= 9 ? (int)offset : -1;
}

int nir_unicode_map_(int32_t cp)
{
    /* No-break space and narrow no-break space are separators, like ' '. */
    if (cp == 0x00A0 || cp == 0x202F)
        return 0;
    /* Full-width Latin A/B (upper and lower case), as typed with an East
     * Asian input method next to full-width digits. */
    if (cp == 0xFF21 || cp == 0xFF41)
        return 'A';
    if (cp == 0xFF22 || cp == 0xFF42)
        return 'B';
    /* Any Unicode decimal digit (general category Nd): full-width,
     * Arabic-Indic, Devanagari, ... */
    int v = nir_unicode_digit_value_(cp);
    return v >= 0 ? '0' + v : -1;
}
