/*
 * civil_text.c -- comparison keys for names typed by people: case and
 * accents do not count, nor do spaces, hyphens or apostrophes.
 */
#include <stdint.h>
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
    if ((c & 0xFC00) == 0xD800 && *i < len && (s[*i] & 0xFC00) == 0xDC00) {
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

void civil_leads_init(civil_leads *leads)
{
    for (size_t i = 0; i < CIVIL_LEAD_SLOTS; i++)
        leads->cp[i] = -1;
}

/* The keys Unicode fixes for good, without asking ICU: the letters of
 * most of a Chinese or Japanese walk (the CJK unified ideographs of the
 * BMP, which have neither case nor decomposition) are their own keys, and
 * a Hangul syllable decomposes by the standard's algorithm (3.12) into
 * its leading consonant, vowel and, for 27 of each 28, final consonant. */
static int known_lead(UChar32 c, UChar *lead, unsigned char *len)
{
    if (c >= 0x4E00 && c <= 0x9FFF) {
        *lead = (UChar)c;
        *len = 1;
        return 1;
    }
    if (c >= 0xAC00 && c <= 0xD7A3) {
        *lead = (UChar)(0x1100 + (c - 0xAC00) / 588);
        *len = (unsigned char)((c - 0xAC00) % 28 == 0 ? 2 : 3);
        return 1;
    }
    return 0;
}

/* The key of code point c (the n units at s) into leads' slot for it: its
 * first unit and its length. When c folds to one code point that NFD
 * leaves alone (inert) -- almost every letter --, that code point is the
 * key if a letter or digit, and there is none otherwise; only the other
 * code points are normalised in full. */
static void compute_lead(civil_leads *leads, size_t slot, UChar32 c,
                         const UChar *s, int32_t n)
{
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    UChar folded[8] = {0}; /* a code point folds to 3 at most */
    int32_t len, i = 0;
    UChar32 f;
    civil_key k;

    leads->cp[slot] = c;
    if (known_lead(c, &leads->lead[slot], &leads->len[slot]))
        return;
    len = u_strFoldCase(folded, 8, s, n, U_FOLD_CASE_DEFAULT, &err);
    f = civil_next_cp(folded, &i, len);
    if (U_SUCCESS(err) && i == len && unorm2_isInert(nfd, f)) {
        int alnum = u_isalnum(f);
        leads->lead[slot] = alnum ? folded[0] : 0;
        leads->len[slot] = (unsigned char)(alnum ? len : 0);
        return;
    }
    civil_key_of(s, n, &k); /* one code point's key always fits */
    leads->lead[slot] = k.len > 0 ? k.s[0] : 0;
    leads->len[slot] = (unsigned char)k.len;
}

/* The slot of c in leads, filled on first use within the call (or when
 * another code point took it). */
static size_t lead_slot(civil_leads *leads, UChar32 c, const UChar *s,
                        int32_t n)
{
    size_t slot = (size_t)c % CIVIL_LEAD_SLOTS;
    if (leads->cp[slot] != c)
        compute_lead(leads, slot, c, s, n);
    return slot;
}

/* The key of the code point at s (n units) against key from unit *at,
 * when it has several units ("ß" is "ss", a Hangul syllable two or three
 * jamo): 1 and *at past it, or 0 on a difference. With `prefix`, key may
 * end within it ("ss" begins with "s"). Rare: kept out of the walks. */
static int match_long_key(const UChar *s, int32_t n, const civil_key *key,
                          int32_t *at, int prefix)
{
    civil_key piece;
    int32_t m;
    civil_key_of(s, n, &piece);
    m = piece.len < key->len - *at ? piece.len : key->len - *at;
    if ((m < piece.len && !prefix) ||
        memcmp(piece.s, key->s + *at, (size_t)m * sizeof(UChar)) != 0)
        return 0;
    *at += m;
    return 1;
}

/* Matches the key of code point c (the n units at s) against key from
 * unit *at: 1 and *at past it, or 0 on a difference. */
static int match_code_point(UChar32 c, const UChar *s, int32_t n,
                            const civil_key *key, int32_t *at,
                            civil_leads *leads, int prefix)
{
    size_t slot;
    if (c < 0x80) {
        UChar k = civil_ascii_key((UChar)c);
        if (k != 0 && (*at == key->len || key->s[*at] != k))
            return 0;
        *at += k != 0;
        return 1;
    }
    slot = lead_slot(leads, c, s, n);
    if (leads->len[slot] == 0)
        return 1;
    if (*at == key->len || key->s[*at] != leads->lead[slot])
        return 0;
    if (leads->len[slot] > 1)
        return match_long_key(s, n, key, at, prefix);
    (*at)++; /* the key is that first unit */
    return 1;
}

/* The key of a text is the keys of its code points one after the other:
 * case folding maps each code point alone, and NFD's reordering only
 * moves marks (combining class > 0), never a letter or a digit. So the
 * keys are compared a code point at a time, up to the first difference;
 * with `prefix`, the key of s need only begin with `key`. */
static int compare(const UChar *s, int32_t len, const civil_key *key,
                   civil_leads *leads, int prefix)
{
    int32_t end = len < 0 ? INT32_MAX : len;
    int32_t i = 0, at = 0; /* at: units of `key` matched so far */
    while (i < end && (len >= 0 || s[i] != 0) &&
           !(prefix && at == key->len)) {
        int32_t start = i;
        UChar32 c = civil_next_cp(s, &i, end);
        if (!match_code_point(c, s + start, i - start, key, &at, leads,
                              prefix))
            return 0;
    }
    return at == key->len;
}

int civil_key_matches(const UChar *s, int32_t len, const civil_key *key,
                      civil_leads *leads)
{
    return compare(s, len, key, leads, 0);
}

int civil_key_begins(const UChar *s, int32_t len, const civil_key *key,
                     civil_leads *leads)
{
    return compare(s, len, key, leads, 1);
}

int civil_key_matches_utf8(const char *s, const civil_key *key,
                           civil_leads *leads)
{
    UChar u[CIVIL_KEY_CAP];
    int32_t n;
    /* Most of the library's names begin with another ASCII letter: no
     * conversion for them. */
    if (s == NULL || ((unsigned char)s[0] < 0x80 &&
                      civil_ascii_lead_differs((UChar)s[0], key)))
        return 0;
    n = civil_utf8_to_u(s, strlen(s), u, CIVIL_KEY_CAP);
    return n > 0 && civil_key_matches(u, n, key, leads);
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
