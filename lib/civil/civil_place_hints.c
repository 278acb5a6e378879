/*
 * civil_place_hints.c -- a commune as HR files often write it, with its
 * postal code or département beside the name: "14000 Caen", "CAEN 14000",
 * "Caen (14)", "Saint-Martin (Gers)", "CAEN CEDEX 9". The name gives the
 * candidates; what is beside it narrows them.
 */
#include <string.h>

#include "civil_communes.h"
#include "civil_internal.h"

static int digit(char c) { return c >= '0' && c <= '9'; }

static int five_digits(const char *s)
{
    for (int i = 0; i < 5; i++)
        if (!digit(s[i]))
            return 0;
    return 1;
}

static int separator(char c) { return c == ' ' || c == ',' || c == '-'; }

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Drop separators at the end of (s, *len). */
static void trim_end(const char *s, size_t *len)
{
    while (*len > 0 && (separator(s[*len - 1]) || s[*len - 1] == '\t'))
        (*len)--;
}

/* A final "CEDEX" or "CEDEX 9" (a postal routing word, not a place). */
static int drop_cedex(const char *s, size_t *len)
{
    size_t n = *len;
    while (n > 0 && digit(s[n - 1]))
        n--;
    trim_end(s, &n);
    if (n < 6 || !separator(s[n - 6]))
        return 0;
    for (size_t i = 0; i < 5; i++)
        if (lower(s[n - 5 + i]) != "cedex"[i])
            return 0;
    *len = n - 6;
    trim_end(s, len);
    return 1;
}

int civil_place_hints_split(const char *s, size_t len, civil_place_hints *h)
{
    int split = 0;
    memset(h, 0, sizeof *h);
    if (len >= 7 && five_digits(s) && separator(s[5])) {
        memcpy(h->postal, s, 5);
        s += 6;
        len -= 6;
        split = 1;
    }
    while (len > 0 && separator(s[0])) {
        s++;
        len--;
    }
    split |= drop_cedex(s, &len);
    if (h->postal[0] == '\0' && len >= 7 && five_digits(s + len - 5) &&
        separator(s[len - 6])) {
        memcpy(h->postal, s + len - 5, 5);
        len -= 6;
        trim_end(s, &len);
        split = 1;
    }
    if (len > 3 && s[len - 1] == ')') {
        const char *open = memchr(s, '(', len);
        if (open != NULL && open > s) {
            h->dept = open + 1;
            h->dept_len = (size_t)(s + len - 1 - h->dept);
            len = (size_t)(open - s);
            trim_end(s, &len);
            split = 1;
        }
    }
    h->name = s;
    h->name_len = len;
    return split && len > 0;
}

static const char *candidate_code(const civil_place *place, uint32_t i)
{
    return civil_commune_code(civil_place_candidate(place, i));
}

/* Keep candidates first..first+count-1 of the name's run. */
static void keep(civil_place *place, uint32_t first, uint32_t count)
{
    if (count == 0 || place->list != CIVIL_LIST_NAME)
        return;
    place->first += first;
    place->count = count;
}

/* "75015 Paris": the name is the city, the postal code one of its
 * arrondissements' (a city lists none of its arrondissements' codes). */
static int arrondissement_of(const civil_place *place, civil_range r)
{
    char city[6];
    if (place->count != 1 || r.count == 0)
        return 0;
    memcpy(city, candidate_code(place, 0), 5);
    city[5] = '\0';
    for (uint32_t k = 0; k < r.count; k++) {
        char code[6];
        memcpy(code, civil_commune_code(civil_postal_entry_[r.first + k]), 5);
        code[5] = '\0';
        if (!civil_same_city(city, code))
            return 0;
    }
    return 1;
}

void civil_place_narrow_postal(civil_place *place, const char *postal)
{
    civil_range r = civil_communes_by_postal(postal);
    uint32_t first = 0, count = 0;
    if (arrondissement_of(place, r)) {
        place->list = CIVIL_LIST_POSTAL;
        place->first = r.first;
        place->count = r.count;
        return;
    }
    for (uint32_t i = 0; i < place->count; i++) {
        const char *code = candidate_code(place, i);
        int has = 0;
        for (uint32_t k = 0; k < r.count && !has; k++)
            has = memcmp(civil_commune_code(civil_postal_entry_[r.first + k]),
                         code, 5) == 0;
        if (!has)
            continue;
        if (count == 0)
            first = i;
        count++;
    }
    /* Those of one postal code are one run of the candidates (sorted by
     * code; tools/gen_communes.py refuses a table where they are not). */
    keep(place, first, count);
}

void civil_place_narrow_dept(civil_place *place, const char *dept)
{
    size_t n = strlen(dept);
    uint32_t first = 0, count = 0;
    for (uint32_t i = 0; i < place->count; i++) {
        const char *code = candidate_code(place, i);
        /* dept is a whole département code (civil_dept_length()): a
         * commune code that starts with it is in it ("97" is none). */
        if (memcmp(code, dept, n) != 0)
            continue;
        if (count == 0)
            first = i;
        count++;
    }
    keep(place, first, count);
}
