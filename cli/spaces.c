/*
 * spaces.c -- see spaces.h.
 */
#include "spaces.h"

/* Length of the white space that starts s[0..n), 0 if none. */
static size_t space_at(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;

    if (n >= 1 && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        return 1;
    if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF)
        return 3;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return 3;
    return 0;
}

/* The same at the end of s[0..n). */
static size_t space_before(const char *s, size_t n)
{
    for (size_t k = 1; k <= 3 && k <= n; k++)
        if (space_at(s + n - k, k) == k)
            return k;
    return 0;
}

void spaces_trim(const char **s, size_t *len)
{
    size_t k;

    while ((k = space_at(*s, *len)) > 0) {
        *s += k;
        *len -= k;
    }
    while ((k = space_before(*s, *len)) > 0)
        *len -= k;
}
