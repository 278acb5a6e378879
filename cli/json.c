/*
 * json.c -- JSON escaping and small emitters (see json.h).
 */
#include "json.h"

#include <stdint.h>

#include "utf8.h"

/* Bytes copied as they are: printable ASCII but the quote and backslash. */
static int json_plain(unsigned char b)
{
    return b >= 0x20 && b < 0x80 && b != '"' && b != '\\';
}

/* 1 if the 8 bytes of x are all json_plain: none at or above 0x80, none
 * below 0x20, no quote, no backslash (the classic tests for a byte below a
 * bound and for a zero byte, exact on words whose bytes are below 0x80). */
static int json_plain8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x80 * ones;
    uint64_t q = x ^ (0x22 * ones), b = x ^ (0x5C * ones);

    return ((x | ((x - 0x20 * ones) & ~x) | ((q - ones) & ~q) |
             ((b - ones) & ~b)) &
            high) == 0;
}

char *json_write_string(char *p, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;

    *p++ = '"';
    /* Names and most values are plain ASCII: 8 bytes at a time while they
     * are; the room reserved for the string (JSON_STRING_ROOM) covers it. */
    for (uint64_t x; i + 8 <= len; i += 8, p += 8) {
        memcpy(&x, s + i, 8);
        if (!json_plain8(x))
            break;
        memcpy(p, &x, 8);
    }
    while (i < len) {
        unsigned char b = u[i];
        size_t n;

        if (json_plain(b)) {
            *p++ = (char)b;
            i++;
        } else if (b == '"' || b == '\\') {
            p[0] = '\\';
            p[1] = (char)b;
            p += 2;
            i++;
        } else if (b < 0x20) {
            p = OUTBUF_WRITE_LIT(p, "\\u00");
            p[0] = hex[b >> 4];
            p[1] = hex[b & 15];
            p += 2;
            i++;
        } else if ((n = utf8_sequence(u + i, len - i)) != 0) {
            memcpy(p, s + i, n);
            p += n;
            i += n;
        } else {
            p = OUTBUF_WRITE_LIT(p, "\\ufffd");
            i++;
        }
    }
    *p++ = '"';
    return p;
}

void json_put_string(outbuf *o, const char *s, size_t len)
{
    char *p = outbuf_reserve(o, JSON_STRING_ROOM(len));

    if (p != NULL)
        outbuf_commit(o, json_write_string(p, s, len));
}

void json_put_name(outbuf *o, const char *s)
{
    if (s == NULL) {
        OUTBUF_LIT(o, "null");
        return;
    }
    outbuf_putc(o, '"');
    outbuf_puts(o, s);
    outbuf_putc(o, '"');
}

void json_put_cstr_or_null(outbuf *o, const char *s)
{
    if (s == NULL)
        outbuf_put(o, "null", 4);
    else
        json_put_string(o, s, strlen(s));
}

void json_put_key(outbuf *o, const char *key, int first)
{
    if (!first)
        outbuf_putc(o, ',');
    outbuf_putc(o, '"');
    outbuf_puts(o, key);
    outbuf_put(o, "\":", 2);
}

int json_name_set(json_name *n, const char *s)
{
    size_t len = s ? strlen(s) : 0;

    memset(n, 0, sizeof *n);
    if (s == NULL) {
        memcpy(n->text, "null", 4);
        n->len = 4;
        return 0;
    }
    if (len + 2 > sizeof n->text)
        return -1;
    n->text[0] = '"';
    memcpy(n->text + 1, s, len);
    n->text[len + 1] = '"';
    n->len = len + 2;
    return 0;
}
