/*
 * utf8.c -- see utf8.h.
 */
#include "utf8.h"

size_t utf8_sequence(const unsigned char *s, size_t len)
{
    unsigned char b = s[0];
    size_t n;
    unsigned cp;

    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        n = 2, cp = b & 0x1Fu;
    else if (b >= 0xE0 && b <= 0xEF)
        n = 3, cp = b & 0x0Fu;
    else if (b >= 0xF0 && b <= 0xF4)
        n = 4, cp = b & 0x07u;
    else
        return 0;
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

void utf8_put_text(outbuf *o, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t from = 0, i = 0;

    while (i < len) {
        size_t n = u[i] < 0x80 ? 1 : utf8_sequence(u + i, len - i);
        if (n > 0) {
            i += n;
            continue;
        }
        outbuf_put(o, s + from, i - from);
        outbuf_put(o, "\xEF\xBF\xBD", 3); /* U+FFFD */
        from = ++i;
    }
    outbuf_put(o, s + from, len - from);
}
