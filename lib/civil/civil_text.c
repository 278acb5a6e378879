/*
 * civil_text.c -- comparison keys for names typed by people: case and
 * accents do not count, nor do spaces, hyphens or apostrophes.
 */
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "civil_internal.h"

int32_t civil_utf8_to_u(const char *s, size_t len, UChar *out, int32_t cap)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = 0;

    if (len == 0)
        return 0;
    if (len > NIR_MAX_INPUT || s == NULL || memchr(s, '\0', len) != NULL)
        return -1;
    /* Without a substitution character, invalid UTF-8 is an error. */
    u_strFromUTF8(out, cap, &n, s, (int32_t)len, &err);
    return (U_FAILURE(err) || n >= cap) ? -1 : n;
}

UChar32 civil_next_cp(const UChar *s, int32_t *i, int32_t len)
{
    UChar32 c = s[(*i)++];
    if (c >= 0xD800 && c <= 0xDBFF && *i < len && s[*i] >= 0xDC00 &&
        s[*i] <= 0xDFFF) {
        c = ((c - 0xD800) << 10) + (s[*i] - 0xDC00) + 0x10000;
        (*i)++;
    }
    return c;
}

static int is_ascii(const UChar *s, int32_t len)
{
    for (int32_t i = 0; i < len; i++)
        if (s[i] >= 0x80)
            return 0;
    return 1;
}

/* Keep letters and digits only: marks (the accents once decomposed),
 * spaces and punctuation go. Writes at most len units (each code point
 * kept takes the units it had). */
static int32_t keep_alnum(const UChar *s, int32_t len, UChar *out)
{
    int32_t i = 0, n = 0;
    while (i < len) {
        UChar32 c = civil_next_cp(s, &i, len);
        if (!u_isalnum(c))
            continue;
        if (c > 0xFFFF) {
            out[n++] = (UChar)(0xD800 + ((c - 0x10000) >> 10));
            out[n++] = (UChar)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out[n++] = (UChar)c;
        }
    }
    return n;
}

int civil_key_of(const UChar *s, int32_t len, civil_key *key)
{
    UChar folded[CIVIL_KEY_CAP];
    UChar nfd[CIVIL_KEY_CAP];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n;

    key->len = 0;
    if (len <= CIVIL_KEY_CAP && is_ascii(s, len)) {
        /* Fast path: nothing to decompose. */
        for (int32_t i = 0; i < len; i++) {
            UChar c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = (UChar)(c - 'A' + 'a');
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                continue;
            key->s[key->len++] = c;
        }
        return 0;
    }
    /* Folding and decomposing may lengthen the text: each step fails with
     * U_BUFFER_OVERFLOW_ERROR beyond CIVIL_KEY_CAP - 1 units, and does
     * nothing once err is set, so one check covers the three ICU calls.
     * (Texts of up to NIR_MAX_INPUT bytes always fit: at most 1.5 units per
     * byte.) */
    n = u_strFoldCase(folded, CIVIL_KEY_CAP - 1, s, len, U_FOLD_CASE_DEFAULT,
                      &err);
    n = unorm2_normalize(unorm2_getNFDInstance(&err), folded, n, nfd,
                         CIVIL_KEY_CAP - 1, &err);
    if (U_SUCCESS(err))
        key->len = keep_alnum(nfd, n, key->s);
    return U_SUCCESS(err) ? 0 : -1;
}

int civil_key_may_start(const UChar *s, int32_t len, UChar first)
{
    int32_t i = 0;
    int32_t lead = -1; /* the first unit of the key, once known */
    while (i < len && lead < 0) {
        int32_t start = i;
        UChar32 c = civil_next_cp(s, &i, len);
        civil_key k;
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c = c - 'A' + 'a';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                lead = c;
            continue;
        }
        /* The key of this one character decides (it may fold or
         * decompose to nothing alphanumeric, then look further). The key
         * of one character always fits. */
        if (civil_key_of(s + start, i - start, &k) == 0 && k.len > 0)
            lead = k.s[0];
    }
    return lead == first;
}

int civil_key_equals(const UChar *s, int32_t len, const civil_key *key)
{
    civil_key k;
    if (key->len == 0 || !civil_key_may_start(s, len, key->s[0]))
        return 0;
    return civil_key_of(s, len, &k) == 0 && k.len == key->len &&
           memcmp(k.s, key->s, (size_t)k.len * sizeof(UChar)) == 0;
}

int civil_key_equals_utf8(const char *s, const civil_key *key)
{
    UChar u[CIVIL_KEY_CAP];
    size_t len;
    int32_t n;
    if (s == NULL)
        return 0;
    len = strlen(s);
    n = civil_utf8_to_u(s, len, u, CIVIL_KEY_CAP);
    return n > 0 && civil_key_equals(u, n, key);
}

void civil_trim(const char **s, size_t *len)
{
    while (*len > 0 && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        (*len)--;
}
