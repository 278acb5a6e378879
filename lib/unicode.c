/*
 * unicode.c -- the one place where the validation path meets ICU: mapping
 * a non-ASCII code point to what it stands for in a number.
 */
#include <unicode/uchar.h>

#include "internal.h"

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
    if (u_charType(cp) == U_DECIMAL_DIGIT_NUMBER) {
        int32_t v = u_charDigitValue(cp);
        if (v >= 0 && v <= 9)
            return '0' + v;
    }
    return -1;
}
