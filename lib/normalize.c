/*
 * normalize.c -- input text to compact characters (rules R1-R3 input side).
 *
 * ASCII is handled here byte by byte without ICU; only non-ASCII code
 * points go to nir_unicode_map_() (unicode.c). UTF-8 is decoded strictly:
 * overlong forms, surrogates, code points above U+10FFFF and truncated
 * sequences are character errors.
 */
#include <string.h>

#include "internal.h"

/* Decode one UTF-8 sequence starting at s[i] (s[i] >= 0x80). Returns the
 * code point and sets *used, or -1 if the sequence is invalid. */
static int32_t utf8_decode(const unsigned char *s, size_t len, size_t i,
                           size_t *used)
{
    unsigned char b = s[i];
    size_t need;
    int32_t cp, min;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1; cp = b & 0x1F; min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2; cp = b & 0x0F; min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3; cp = b & 0x07; min = 0x10000;
    } else {
        return -1; /* continuation byte, C0/C1 overlong lead, F5-FF */
    }
    if (len - i <= need)
        return -1;
    for (size_t k = 1; k <= need; k++) {
        unsigned char cb = s[i + k];
        if ((cb & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (cb & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *used = need + 1;
    return cp;
}

/* ASCII white space: ignored at either end of an input (a value read from
 * a file or a form often keeps its line end, tab or padding). */
static int is_space(unsigned char b)
{
    return b == ' ' || (b >= '\t' && b <= '\r'); /* HT LF VT FF CR */
}

nir_status nir_normalize_(const char *input, size_t len, nir_norm *out,
                          size_t *err_byte, size_t *err_char)
{
    const unsigned char *s = (const unsigned char *)input;
    size_t n = 0, chars = 0, i = 0, lead = 0, tail = len;

    out->n = 0;
    out->c[0] = '\0';
    out->chars = 0;
    out->key_byte = out->key_char = 0;
    if (len > NIR_MAX_INPUT) {
        *err_byte = NIR_MAX_INPUT;
        *err_char = NIR_MAX_INPUT;
        return NIR_ERR_LENGTH;
    }
    /* The leading ASCII digits (most of a number that reaches this path)
     * in one go: character i is byte i and code point i. The loop below
     * goes on from there as if it had read them one by one. */
    static const uint16_t iota[15] = {0, 1, 2,  3,  4,  5,  6, 7,
                                      8, 9, 10, 11, 12, 13, 14};
    while (n < len && n < 15 && (unsigned char)(s[n] - '0') <= 9)
        n++;
    if (n > 0) { /* (input may be NULL when len is 0) */
        memcpy(out->c, s, n);
        memcpy(out->byte_at, iota, n * sizeof iota[0]);
        memcpy(out->char_at, iota, n * sizeof iota[0]);
        out->key_byte = out->key_char = n;
    }
    i = chars = n;
    if (n == 0)
        while (lead < len && is_space(s[lead]))
            lead++;
    while (tail > lead && is_space(s[tail - 1]))
        tail--;
    while (i < len) {
        unsigned char b = s[i];
        size_t used = 1;
        int mapped;
        if (b < 0x80) {
            if (b >= '0' && b <= '9')
                mapped = b;
            else if (b == 'A' || b == 'B')
                mapped = b;
            else if (b == 'a' || b == 'b')
                mapped = b - ('a' - 'A');
            else if (b == ' ' || b == '.' || b == '-')
                mapped = 0;
            else if (is_space(b) && (i < lead || i >= tail))
                mapped = 0; /* surrounding white space */
            else
                mapped = -1;
        } else {
            int32_t cp = utf8_decode(s, len, i, &used);
            mapped = cp < 0 ? -1 : nir_unicode_map_(cp);
        }
        if (mapped < 0) {
            out->n = n;
            *err_byte = i;
            *err_char = chars;
            return NIR_ERR_CHARACTER;
        }
        if (mapped > 0) {
            if (n == 15) {
                out->n = n;
                *err_byte = i;
                *err_char = chars;
                return NIR_ERR_LENGTH;
            }
            out->c[n] = (char)mapped;
            out->byte_at[n] = (uint16_t)i;
            out->char_at[n] = (uint16_t)chars;
            n++;
            out->key_byte = i + used;
            out->key_char = chars + 1;
        }
        i += used;
        chars++;
    }
    out->c[n] = '\0';
    out->chars = chars;
    if (n == 0) {
        *err_byte = 0;
        *err_char = 0;
        return NIR_ERR_EMPTY;
    }
    if (n != 13 && n != 15) {
        /* Too short: point just past the end (where a character is missing). */
        out->n = n;
        *err_byte = len;
        *err_char = chars;
        return NIR_ERR_LENGTH;
    }
    out->n = n;
    return NIR_OK;
}
