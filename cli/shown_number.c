/*
 * shown_number.c -- the one place that decides how a number is echoed:
 * never unless --show-number, masked by libnir with --mask.
 */
#include <string.h>

#include "output.h"

int shown_number(const options *opts, const char *compact, size_t len,
                 char out[NIR_FORMAT_BUFSIZE])
{
    if (!opts->show_number || len == 0)
        return 0;
    if (opts->mask)
        return nir_mask(compact, len, 0, NIR_FORMAT_COMPACT, out,
                        NIR_FORMAT_BUFSIZE) == NIR_OK;
    memcpy(out, compact, len);
    out[len] = '\0';
    return 1;
}
