/*
 * civil_place.c -- the place of birth given by the caller, resolved to an
 * INSEE code, and compared with the place the number carries. The
 * comparison knows the codes that changed:
 *   - Corsica: 20 until 1975, 2A/2B since 1976 (commune numbers kept);
 *   - before 1968, the Seine (75) and Seine-et-Oise (78) covered today's
 *     92, 93, 94 (Seine) and 91, 95, 78 and parts of 92, 93, 94;
 *   - before independence, Algeria (91-94, until 1962), Morocco (95) and
 *     Tunisia (96, both until 1956) had département-like codes.
 */
#include <stdio.h>
#include <string.h>

#include "civil_internal.h"
#include "internal.h" /* the INSEE département names (read-only tables) */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]))
            return 0;
    return 1;
}

static int two_digits(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

/* A département code: 01-95, 20, 2A, 2B (2 characters) or 971-989. */
static int dept_length(const char *s, size_t len)
{
    if (len >= 2 && s[0] == '2' && (s[1] == 'A' || s[1] == 'B'))
        return 2;
    if (len >= 3 && s[0] == '9' && (s[1] == '7' || s[1] == '8') &&
        all_digits(s, 3))
        return 3;
    if (len >= 2 && all_digits(s, 2) && two_digits(s) >= 1 &&
        two_digits(s) <= 95)
        return 2;
    return 0;
}

static void set(civil_place *out, civil_place_kind kind, const char *code,
                size_t n)
{
    out->kind = kind;
    memcpy(out->code, code, n);
    out->code[n] = '\0';
}

/* INSEE codes typed as such: "14", "2A", "972", "14168", "2A004",
 * "97209", "99404". */
static int from_code(const char *s, size_t len, civil_place *out)
{
    char c[6];
    int dl;
    if (len < 2 || len > 5)
        return 0;
    for (size_t i = 0; i < len; i++)
        c[i] = (s[i] == 'a' || s[i] == 'b') ? (char)(s[i] - 'a' + 'A') : s[i];
    c[len] = '\0';
    if (len == 5 && c[0] == '9' && c[1] == '9') {
        if (!all_digits(c, 5) || nir_country_by_code(c, 5) == NULL)
            return 0;
        set(out, CIVIL_PLACE_COUNTRY, c, 5);
        return 1;
    }
    dl = dept_length(c, len);
    if (dl == 0)
        return 0;
    if ((size_t)dl == len) {
        set(out, CIVIL_PLACE_DEPT, c, len);
        return 1;
    }
    if (len != 5 || !all_digits(c + dl, 5 - (size_t)dl) ||
        strcmp(c + dl, dl == 2 ? "000" : "00") == 0)
        return 0;
    set(out, CIVIL_PLACE_COMMUNE, c, 5);
    return 1;
}

/* A département by its INSEE name: "Calvados", "Corse-du-Sud",
 * "Martinique". 96 (Tunisia before independence) is not a place name. */
static int from_department_name(const char *s, size_t len, civil_place *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    civil_key key;
    civil_leads leads;
    int32_t n = civil_utf8_to_u(s, len, text, NIR_MAX_INPUT + 1);
    char code[4];
    if (n <= 0 || civil_key_of(text, n, &key) != 0 || key.len == 0)
        return 0;
    civil_leads_init(&leads);
    for (int d = 1; d <= 95; d++)
        if (civil_key_matches_utf8(nir_dept_names_[d], &key, &leads)) {
            snprintf(code, sizeof code, "%02d", d);
            set(out, CIVIL_PLACE_DEPT, code, 2);
            return 1;
        }
    if (civil_key_matches_utf8(nir_dept_name_2a_, &key, &leads)) {
        set(out, CIVIL_PLACE_DEPT, "2A", 2);
        return 1;
    }
    if (civil_key_matches_utf8(nir_dept_name_2b_, &key, &leads)) {
        set(out, CIVIL_PLACE_DEPT, "2B", 2);
        return 1;
    }
    for (int d = 1; d < 20; d++)
        if (civil_key_matches_utf8(nir_overseas_names_[d], &key, &leads)) {
            snprintf(code, sizeof code, "%d", 970 + d);
            set(out, CIVIL_PLACE_DEPT, code, 3);
            return 1;
        }
    return 0;
}

int civil_place_resolve(const char *s, size_t len, const char *lang,
                        civil_place *out)
{
    civil_country country;
    memset(out, 0, sizeof *out);
    civil_trim(&s, &len);
    if (len == 0 || len > NIR_MAX_INPUT)
        return 0;
    if (is_digit(s[0]) && from_code(s, len, out))
        return 1;
    if (from_department_name(s, len, out))
        return 1;
    if (!civil_country_resolve(s, len, lang, &country))
        return 0;
    if (country.insee != NULL)
        set(out, CIVIL_PLACE_COUNTRY, country.insee->code, 5);
    else if (country.french_dept != NULL)
        set(out, CIVIL_PLACE_DEPT, country.french_dept,
            strlen(country.french_dept));
    else
        set(out, CIVIL_PLACE_FRANCE, "FR", 2);
    return 1;
}

static int in(const char *dept, const char *const *list)
{
    for (; *list != NULL; list++)
        if (strcmp(dept, *list) == 0)
            return 1;
    return 0;
}

/* Département of the number vs département given. 2 when the codes are
 * the same département under one numbering (communes comparable), 1 when
 * an older code covers it (communes renumbered), 0 otherwise. */
static int dept_match(const char *number, const char *given, int year)
{
    static const char *const corsica_now[] = {"2A", "2B", NULL};
    static const char *const seine_now[] = {"92", "93", "94", NULL};
    static const char *const seine_et_oise_now[] = {"78", "91", "92", "93",
                                                    "94", "95", NULL};
    if (strcmp(number, given) == 0)
        return 2;
    if ((strcmp(number, "20") == 0 && in(given, corsica_now) &&
         (year == 0 || year <= 1975)) ||
        (strcmp(given, "20") == 0 && in(number, corsica_now)))
        return 2;
    if (year != 0 && year > 1967)
        return 0;
    if (strcmp(number, "75") == 0 && in(given, seine_now))
        return 1;
    if (strcmp(number, "78") == 0 && in(given, seine_et_oise_now))
        return 1;
    return 0;
}

/* Paris, Lyon and Marseille: the city code and its arrondissements. */
static int same_city(const char *dept, const char *a, const char *b)
{
    static const struct {
        const char *dept, *city;
        int first, last;
    } cities[] = {{"75", "056", 101, 120}, {"69", "123", 381, 389},
                  {"13", "055", 201, 216}};
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        if (strcmp(dept, cities[i].dept) != 0)
            continue;
        for (int k = 0; k < 2; k++) {
            const char *city = k ? b : a, *arr = k ? a : b;
            int n = (arr[0] - '0') * 100 + (arr[1] - '0') * 10 + (arr[2] - '0');
            if (strcmp(city, cities[i].city) == 0 && n >= cities[i].first &&
                n <= cities[i].last)
                return 1;
        }
    }
    return 0;
}

/* Born in Algeria, Morocco or Tunisia before independence: the number may
 * carry 91-94, 95 or 96 instead of 99 + the country. */
static int north_africa(const char *dept, const char *country, int year)
{
    static const char *const algeria[] = {"91", "92", "93", "94", NULL};
    if (strcmp(country, "99352") == 0)
        return in(dept, algeria) && (year == 0 || year <= 1962);
    if (strcmp(country, "99350") == 0)
        return strcmp(dept, "95") == 0 && (year == 0 || year <= 1956);
    if (strcmp(country, "99351") == 0)
        return strcmp(dept, "96") == 0 && (year == 0 || year <= 1956);
    return 0;
}

int civil_place_matches(const nir_result *r, const civil_place *place,
                        int year)
{
    int abroad = r->place_kind == NIR_PLACE_ABROAD;
    int dm;
    char given_dept[4];
    size_t dl;

    if (place->kind == CIVIL_PLACE_COUNTRY) {
        if (abroad)
            return strcmp(r->country_code, place->code) == 0;
        return north_africa(r->department, place->code, year);
    }
    if (place->kind == CIVIL_PLACE_FRANCE)
        return !abroad && r->place_kind != NIR_PLACE_NORTH_AFRICA;
    /* A département or a commune (a resolved place is never NONE; its
     * empty code would match no département anyway). */
    if (abroad)
        return 0;
    dl = (size_t)dept_length(place->code, strlen(place->code));
    memcpy(given_dept, place->code, dl);
    given_dept[dl] = '\0';
    dm = dept_match(r->department, given_dept, year);
    if (dm == 0)
        return 0;
    if (place->kind == CIVIL_PLACE_DEPT || dm == 1)
        return 1;
    return strcmp(r->commune, place->code + dl) == 0 ||
           (dl == 2 && same_city(given_dept, r->commune, place->code + dl));
}
