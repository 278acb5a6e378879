/*
 * redact.c -- see redact.h. A word is judged on its bytes only: no locale,
 * no library call, so usage errors can use it before anything is set up.
 */
#include "redact.h"

#include <string.h>

/* Length of the separator at s (0 if none): ASCII ones and U+00A0,
 * U+202F in UTF-8, or a lone A0 byte (Windows-1252 pasted). */
static size_t separator_len(const unsigned char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '.' || *s == '-' || *s == '/' ||
        *s == '_' || *s == 0xA0 || *s == ',' || *s == ';' || *s == '"' ||
        *s == '\'')
        return 1; /* and what a paste from a CSV file brings along */
    if (s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xAF)
        return 3;
    return 0;
}

int looks_like_number(const char *word)
{
    const unsigned char *s = (const unsigned char *)word;
    unsigned digits = 0, letters = 0;

    while (*s) {
        size_t sep = separator_len(s);
        if (sep) {
            s += sep;
        } else if (*s >= '0' && *s <= '9') {
            digits++;
            s++;
        } else if (*s == 'A' || *s == 'B' || *s == 'a' || *s == 'b') {
            letters++;
            s++;
        } else {
            return 0;
        }
    }
    return digits >= 11 && digits + letters >= 12 && digits + letters <= 16;
}

int redacted_word(const char *s)
{
    const char *eq = strchr(s, '=');
    unsigned digits = 0;

    if (looks_like_number(s) || (eq && looks_like_number(eq + 1)))
        return 1;
    for (; *s; s++)
        digits += *s >= '0' && *s <= '9';
    return digits >= 10;
}
