/*
 * shown_number.c -- the one place that decides how a number is echoed:
 * never unless --show-number or --mask, masked by libnir with --mask;
 * and the fields that would rebuild it (order, key, expected key,
 * corrections) only with --show-number and without --mask.
 */
#include <string.h>

#include "output.h"

int number_shown(const options *opts)
{
    return opts->show_number || opts->mask;
}

int digits_shown(const options *opts)
{
    return opts->show_number && !opts->mask;
}

int shown_number(const options *opts, const char *compact, size_t len,
                 char out[NIR_FORMAT_BUFSIZE])
{
    if (!number_shown(opts) || len == 0)
        return 0;
    if (opts->mask)
        return nir_mask(compact, len, 0, NIR_FORMAT_COMPACT, out,
                        NIR_FORMAT_BUFSIZE) == NIR_OK;
    memcpy(out, compact, len);
    out[len] = '\0';
    return 1;
}
