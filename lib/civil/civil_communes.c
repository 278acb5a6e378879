/*
 * civil_communes.c -- commune names, postal codes and INSEE codes looked up
 * in the generated commune list (civil_communes_table.c): a name becomes a
 * key (civil_commune_key), every lookup is a binary search over a sorted
 * table. Caller's stack only; nothing allocated, nothing kept.
 */
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "civil_communes.h"
#include "civil_internal.h"

#define MAX_WORDS 24

typedef struct words {
    char text[CIVIL_COMMUNE_KEY_CAP];
    size_t len;
    size_t start[MAX_WORDS], end[MAX_WORDS];
    size_t count;
    int paren; /* a "(" was met: "Havre (Le)" */
} words;

static int push(words *w, const char *s, size_t n)
{
    if (w->len + n >= sizeof w->text)
        return -1;
    memcpy(w->text + w->len, s, n);
    w->len += n;
    return 0;
}

/* Close the word being written, if any. */
static int close_word(words *w, size_t *open)
{
    if (w->len == *open)
        return 0;
    if (w->count == MAX_WORDS)
        return -1;
    w->start[w->count] = *open;
    w->end[w->count++] = w->len;
    *open = w->len;
    return 0;
}

/* Folded, decomposed text -> ASCII words; -1 if a letter has no ASCII
 * form (another script) or it does not fit. */
static int split_words(const UChar *u, int32_t n, words *w)
{
    size_t open = 0;
    int32_t i = 0;
    memset(w, 0, sizeof *w);
    while (i < n) {
        UChar32 c = civil_next_cp(u, &i, n);
        int rc = 0;
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (c < 0x80 && civil_ascii_key((UChar)c) != 0) {
            char a = (char)c;
            rc = push(w, &a, 1);
        } else if (c == 0x153) {
            rc = push(w, "oe", 2);
        } else if (c == 0xE6) {
            rc = push(w, "ae", 2);
        } else if (u_isalnum(c)) {
            return -1;
        } else {
            w->paren |= c == '(';
            rc = close_word(w, &open);
        }
        if (rc != 0)
            return -1;
    }
    return close_word(w, &open);
}

static int word_is(const words *w, size_t i, const char *s)
{
    size_t n = w->end[i] - w->start[i];
    return strlen(s) == n && memcmp(w->text + w->start[i], s, n) == 0;
}

static int is_article(const words *w, size_t i)
{
    return word_is(w, i, "le") || word_is(w, i, "la") ||
           word_is(w, i, "les") || word_is(w, i, "l");
}

/* "st" -> "saint", ...: what word i is written in the key. */
static const char *expanded(const words *w, size_t i, size_t *n)
{
    static const char *const abbreviations[][2] = {
        {"st", "saint"}, {"ste", "sainte"}, {"sts", "saints"},
        {"stes", "saintes"}};
    for (size_t a = 0; a < sizeof abbreviations / sizeof abbreviations[0];
         a++)
        if (word_is(w, i, abbreviations[a][0])) {
            *n = strlen(abbreviations[a][1]);
            return abbreviations[a][1];
        }
    *n = w->end[i] - w->start[i];
    return w->text + w->start[i];
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* 1 if `rest` is an ordinal ending and/or the word arrondissement: "e",
 * "eme", "er", "earrondissement", "arrt", "". */
static int ordinal_rest(const char *rest)
{
    static const char *const ordinals[] = {"er", "eme", "ieme", "em", "e", ""};
    static const char *const words_[] = {"arrondissement", "arrt", "arr", ""};
    for (size_t o = 0; o < sizeof ordinals / sizeof ordinals[0]; o++) {
        if (!starts(rest, ordinals[o]))
            continue;
        for (size_t k = 0; k < sizeof words_ / sizeof words_[0]; k++)
            if (strcmp(rest + strlen(ordinals[o]), words_[k]) == 0)
                return 1;
    }
    return 0;
}

static int roman_digit(char c)
{
    return c == 'i' ? 1 : c == 'v' ? 5 : c == 'x' ? 10 : 0;
}

/* The number written at s (digits "15", "05", or Roman "xv", "ier"), its
 * length in *n; 0 if none. A smaller Roman digit before a larger one is
 * subtracted (tools/gen_communes.py roman()). */
static int arrondissement_number(const char *s, size_t *n)
{
    int value = 0;
    size_t from = s[0] == '0';
    *n = 0;
    if (s[from] >= '1' && s[from] <= '9') {
        *n = from + 1 + (s[from + 1] >= '0' && s[from + 1] <= '9');
        for (size_t i = from; i < *n; i++)
            value = value * 10 + (s[i] - '0');
        return value;
    }
    while (roman_digit(s[*n]) != 0) {
        int v = roman_digit(s[*n]), next = roman_digit(s[*n + 1]);
        value += next > v ? -v : v;
        (*n)++;
    }
    return value >= 1 && value <= 20 ? value : 0;
}

/* "paris15earrondissement", "paris05", "lyon3eme", "parisxve" ->
 * "paris15", "paris5", "lyon3", "paris15": the arrondissements of Paris,
 * Lyon and Marseille, however the number and ordinal are written. */
static size_t arrondissement(char *key, size_t len)
{
    static const char *const cities[] = {"paris", "lyon", "marseille"};
    for (size_t c = 0; c < 3; c++) {
        size_t at = strlen(cities[c]), n;
        int value;
        if (!starts(key, cities[c]))
            continue;
        value = arrondissement_number(key + at, &n);
        if (value == 0 || !ordinal_rest(key + at + n))
            return len;
        if (value >= 10)
            key[at++] = (char)('0' + value / 10);
        key[at++] = (char)('0' + value % 10);
        key[at] = '\0';
        return at;
    }
    return len;
}

size_t civil_commune_key(const char *s, size_t len,
                         char key[CIVIL_COMMUNE_KEY_CAP])
{
    UChar text[CIVIL_COMMUNE_KEY_CAP * 2], folded[CIVIL_COMMUNE_KEY_CAP * 2],
        nfd[CIVIL_COMMUNE_KEY_CAP * 4];
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *decompose;
    words w;
    size_t first = 0, last, out = 0;
    int32_t n;

    key[0] = '\0';
    if (len >= CIVIL_COMMUNE_KEY_CAP * 2)
        return 0;
    n = civil_utf8_to_u(s, len, text, CIVIL_COMMUNE_KEY_CAP * 2);
    if (n <= 0)
        return 0;
    n = u_strFoldCase(folded, CIVIL_COMMUNE_KEY_CAP * 2, text, n,
                      U_FOLD_CASE_DEFAULT, &err);
    decompose = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err) || n >= CIVIL_COMMUNE_KEY_CAP * 2)
        return 0;
    /* NFD that overflows nfd[] is an error (it cannot: fewer than
     * 2 * CIVIL_COMMUNE_KEY_CAP bytes of UTF-8 decompose to fewer units). */
    n = unorm2_normalize(decompose, folded, n, nfd, CIVIL_COMMUNE_KEY_CAP * 4,
                         &err);
    if (U_FAILURE(err) || split_words(nfd, n, &w) != 0 || w.count == 0)
        return 0;
    last = w.count;
    if (w.count > 1 && is_article(&w, 0))
        first = 1;
    if (w.paren && last - first > 1 && is_article(&w, last - 1))
        last--;
    for (size_t i = first; i < last; i++) {
        size_t wn;
        const char *word = expanded(&w, i, &wn);
        if (out + wn >= CIVIL_COMMUNE_KEY_CAP)
            return 0;
        memcpy(key + out, word, wn);
        out += wn;
    }
    key[out] = '\0';
    return arrondissement(key, out);
}

const char *civil_commune_name(uint32_t entry)
{
    const char *key = civil_commune_text_ + civil_commune_text_at_[entry];
    return key + strlen(key) + 1;
}

const char *civil_commune_code(uint32_t entry)
{
    return civil_commune_code_ + 5 * (size_t)entry;
}

/* The run of rows [lo, hi) of a sorted table of `count` rows whose row
 * compares equal to the target (cmp(row) < 0: row before it). */
typedef int (*row_cmp)(uint32_t row, const char *target);

static civil_range equal_run(uint32_t count, row_cmp cmp, const char *target)
{
    uint32_t lo = 0, hi = count, first;
    civil_range r = {0, 0};
    while (lo < hi) { /* first row not before the target */
        uint32_t mid = lo + (hi - lo) / 2;
        if (cmp(mid, target) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    first = lo;
    hi = count;
    while (lo < hi) { /* first row after it */
        uint32_t mid = lo + (hi - lo) / 2;
        if (cmp(mid, target) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    r.first = first;
    r.count = lo - first;
    return r;
}

static int by_key(uint32_t row, const char *key)
{
    return strcmp(civil_commune_text_ + civil_commune_text_at_[row], key);
}

static int by_postal(uint32_t row, const char *code)
{
    return memcmp(civil_postal_code_ + 5 * (size_t)row, code, 5);
}

static int by_insee(uint32_t row, const char *code)
{
    return memcmp(civil_commune_code(civil_commune_by_code_[row]), code, 5);
}

static int by_former(uint32_t row, const char *code)
{
    return memcmp(civil_former_code_ + 5 * (size_t)row, code, 5);
}

civil_range civil_communes_named(const char *key)
{
    return equal_run(civil_commune_count_, by_key, key);
}

civil_range civil_communes_by_postal(const char *code)
{
    return equal_run(civil_postal_count_, by_postal, code);
}

civil_range civil_communes_by_insee(const char *code)
{
    return equal_run(civil_commune_count_, by_insee, code);
}

civil_range civil_communes_by_former(const char *code)
{
    return equal_run(civil_former_count_, by_former, code);
}

int32_t civil_commune_home_of(const char *code)
{
    civil_range r = civil_communes_by_insee(code);
    if (r.count > 0)
        return civil_commune_home_[civil_commune_by_code_[r.first]];
    r = civil_communes_by_former(code);
    if (r.count > 0)
        return civil_commune_home_[civil_former_entry_[r.first]];
    return -1;
}

const char *civil_commune_country(const char *key)
{
    for (uint32_t i = 0; i < civil_commune_country_count_; i++)
        if (strcmp(civil_commune_countries_[i].key, key) == 0)
            return civil_commune_countries_[i].code;
    return NULL;
}
