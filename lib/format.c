/*
 * format.c -- display forms: compact or spaced, and masked.
 */
#include <string.h>

#include "internal.h"
#include "rules_def.h"

/* NNP and MIG follow the CNAM layout S V CCC OOOOOOOO (R4c, R4d). */
static int cnam_layout(const char *c)
{
    return (NIR_STANDARD_CNAM & NIR_KIND_BIT(nir_kind_of_(c[0]))) != 0;
}

/* Group lengths of the spaced layout; 0-terminated. */
static const unsigned char *groups_of(const char *c)
{
    static const unsigned char nir_layout[] = {1, 2, 2, 2, 3, 3, 2, 0};
    static const unsigned char overseas_layout[] = {1, 2, 2, 3, 2, 3, 2, 0};
    static const unsigned char cnam_groups[] = {1, 1, 3, 8, 2, 0};
    if (cnam_layout(c))
        return cnam_groups; /* NNP and MIG: S V CCC OOOOOOOO */
    /* (2A/2B read as 37/38 here: never overseas) */
    int dd = (c[NIR_DD_AT] - '0') * 10 + (c[NIR_DD_AT + 1] - '0');
    if (dd == NIR_DD_DOM || dd == NIR_DD_COM)
        return overseas_layout;
    return nir_layout;
}

/* Which nir_mask_keep flag covers character i of the compact number. An
 * NNP/MIG has no year, month or place: its digits 2-13 are the order. */
static unsigned field_flag(const char *c, size_t i)
{
    if (i == 0) return NIR_MASK_KEEP_SEX;
    if (cnam_layout(c) && i < NIR_KEY_AT) return NIR_MASK_KEEP_ORDER;
    if (i < NIR_MONTH_AT) return NIR_MASK_KEEP_YEAR;
    if (i < NIR_DD_AT) return NIR_MASK_KEEP_MONTH;
    if (i < NIR_ORDER_AT) return NIR_MASK_KEEP_PLACE;
    if (i < NIR_KEY_AT) return NIR_MASK_KEEP_ORDER;
    return NIR_MASK_KEEP_KEY;
}

/* Lay out compact characters c (n of them) with the optional mask. */
static nir_status layout(const char *c, size_t n, nir_format_style style,
                         unsigned keep, int masked, char *out, size_t outsize)
{
    char buf[NIR_FORMAT_BUFSIZE];
    size_t o = 0, i = 0;
    const unsigned char *g = groups_of(c);

    for (; *g && i < n; g++) {
        if (style == NIR_FORMAT_SPACED && i > 0)
            buf[o++] = ' ';
        for (unsigned k = 0; k < *g && i < n; k++, i++)
            buf[o++] = (!masked || (keep & field_flag(c, i))) ? c[i] : '*';
    }
    buf[o] = '\0';
    if (outsize < o + 1)
        return NIR_ERR_BUFFER;
    memcpy(out, buf, o + 1);
    return NIR_OK;
}

static nir_status prepare(const char *input, size_t len,
                          nir_format_style style, char *out, nir_norm *norm)
{
    size_t eb, ec;
    if (out == NULL || (input == NULL && len > 0) ||
        (style != NIR_FORMAT_COMPACT && style != NIR_FORMAT_SPACED))
        return NIR_ERR_ARGUMENT;
    return nir_normalize_(input, len, norm, &eb, &ec);
}

nir_status nir_format(const char *input, size_t len, nir_format_style style,
                      char *out, size_t outsize)
{
    nir_norm norm;
    nir_status st = prepare(input, len, style, out, &norm);
    if (st != NIR_OK)
        return st;
    return layout(norm.c, norm.n, style, 0, 0, out, outsize);
}

nir_status nir_mask(const char *input, size_t len, unsigned keep,
                    nir_format_style style, char *out, size_t outsize)
{
    nir_norm norm;
    nir_status st = prepare(input, len, style, out, &norm);
    if (st != NIR_OK)
        return st;
    if (keep == 0)
        keep = NIR_MASK_DEFAULT;
    return layout(norm.c, norm.n, style, keep, 1, out, outsize);
}
