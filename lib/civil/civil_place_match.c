/*
 * civil_place_match.c -- does the place the number carries fit the place
 * of birth given? Today's codes first, then the history table
 * (civil_history.c): the number carries the code in force at birth.
 */
#include <stdio.h>
#include <string.h>

#include "civil_communes.h"
#include "civil_history.h"
#include "civil_internal.h"

/* The place given, one candidate at a time. */
typedef struct given {
    civil_place_kind kind;
    const char *code;
    size_t dept_len; /* of a DEPT or COMMUNE code */
} given;

/* The number's place. */
typedef struct number_place {
    int abroad;
    const char *dept;    /* "14", "985", "99" */
    char code[6];        /* "14118", "98501", "99350" */
} number_place;

void civil_number_place(const nir_result *r, char out[6])
{
    if (r->place_kind == NIR_PLACE_ABROAD) {
        memcpy(out, r->country_code, 6);
        return;
    }
    /* A valid number's place is 2-3 + 3-2 characters (nir.h); `both`
     * holds any two strings of their arrays. */
    char both[8] = "";
    snprintf(both, sizeof both, "%s%s", r->department, r->commune);
    memcpy(out, both, 5);
    out[5] = '\0';
}

static int dept_is(const given *g, const char *dept)
{
    return (g->kind == CIVIL_PLACE_DEPT || g->kind == CIVIL_PLACE_COMMUNE) &&
           strlen(dept) == g->dept_len &&
           memcmp(g->code, dept, g->dept_len) == 0;
}

/* Before 1968 today's 91-95 did not exist: a number carrying one for an
 * earlier birth is from North Africa, never from today's département. */
static int not_yet(const char *dept, int year)
{
    for (size_t i = 0; i < civil_history_count_; i++) {
        const civil_history *h = &civil_history_[i];
        if (h->kind == CIVIL_HISTORY_NOT_YET && strcmp(h->place, dept) == 0 &&
            !civil_history_in_years(h, year))
            return 1;
    }
    return 0;
}

int civil_same_city(const char *a, const char *b)
{
    static const struct {
        const char *city, *prefix;
        int first, last;
    } cities[] = {{"75056", "751", 1, 20}, {"69123", "693", 81, 89},
                  {"13055", "132", 1, 16}};
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++)
        for (int k = 0; k < 2; k++) {
            const char *city = k ? b : a, *arr = k ? a : b;
            int n = (arr[3] - '0') * 10 + (arr[4] - '0');
            if (strcmp(city, cities[i].city) == 0 &&
                strncmp(arr, cities[i].prefix, 3) == 0 &&
                n >= cities[i].first && n <= cities[i].last)
                return 1;
        }
    return 0;
}

/* One commune, written with two codes: equal, a city and its
 * arrondissement, or codes of the same current commune (a delegated or
 * associated commune, a former code merged into it). */
static int same_commune(const char *a, const char *b)
{
    int32_t ha, hb;
    if (strcmp(a, b) == 0 || civil_same_city(a, b))
        return 1;
    ha = civil_commune_home_of(a);
    hb = civil_commune_home_of(b);
    return ha >= 0 && ha == hb;
}

static int today(const number_place *n, const given *g, int year)
{
    if (g->kind == CIVIL_PLACE_COUNTRY)
        return n->abroad && strcmp(n->code, g->code) == 0;
    if (n->abroad || not_yet(n->dept, year))
        return 0;
    if (g->kind == CIVIL_PLACE_FRANCE)
        return strcmp(n->dept, "96") != 0;
    if (!dept_is(g, n->dept))
        return 0;
    return g->kind == CIVIL_PLACE_DEPT || same_commune(n->code, g->code);
}

/* `code` (a number's or a given place's) lies in `area`: a département
 * ("985", "20"), a commune ("97123") or a country ("99352"). `rest` gets
 * what follows the area's code (the commune number within a département). */
static int within(const char *code, size_t dept_len, const char *area,
                  const char **rest)
{
    size_t n = strlen(area);
    if (n <= 3 && n != dept_len)
        return 0;
    *rest = code + n;
    return strncmp(code, area, n) == 0;
}

/* The history rule by which the number's code stands for the place given:
 * 1 when the number carries the code of the time; 2 when the place is
 * given by its former code and the number carries today's (both_ways
 * rules, any year); 0 when the rule does not apply. */
static int by_history(const number_place *n, const given *g,
                      const civil_history *h, int year)
{
    const char *n_rest, *g_rest;
    size_t n_dept = n->abroad ? 2 : strlen(n->dept);
    if (g->kind == CIVIL_PLACE_COUNTRY)
        return !n->abroad && strcmp(g->code, h->place) == 0 &&
               within(n->code, n_dept, h->number, &n_rest) &&
               civil_history_in_years(h, year);
    if (n->abroad ||
        (g->kind != CIVIL_PLACE_DEPT && g->kind != CIVIL_PLACE_COMMUNE))
        return 0;
    if (within(n->code, n_dept, h->number, &n_rest) &&
        civil_history_in_years(h, year)) {
        /* A commune of the time, a département or a commune of today. */
        if (g->kind == CIVIL_PLACE_DEPT) /* the place or a commune of it */
            return strncmp(h->place, g->code, strlen(g->code)) == 0;
        if (!within(g->code, g->dept_len, h->place, &g_rest))
            return 0;
        return !h->communes_kept || strcmp(n_rest, g_rest) == 0 ||
               strlen(h->place) == 5;
    }
    if (!h->both_ways || !within(g->code, g->dept_len, h->number, &g_rest) ||
        !within(n->code, n_dept, h->place, &n_rest))
        return 0;
    return (g->kind == CIVIL_PLACE_DEPT || !h->communes_kept ||
            strcmp(n_rest, g_rest) == 0)
               ? 2
               : 0;
}

/* The former name of Algeria's départements ("Alger"): the country, or
 * the département code of the time. */
static int by_old_name(const number_place *n, const civil_history *h,
                       int year)
{
    if (n->abroad)
        return strcmp(n->code, h->place) == 0;
    return strcmp(n->dept, h->number) == 0 && civil_history_in_years(h, year);
}

static int one(const number_place *n, const given *g, int year,
               const civil_history **history)
{
    if (today(n, g, year))
        return 1;
    for (size_t i = 0; i < civil_history_count_; i++) {
        const civil_history *h = &civil_history_[i];
        int how = h->kind == CIVIL_HISTORY_CODE ? by_history(n, g, h, year)
                                                : 0;
        if (how != 0) {
            /* Only a number carrying the old code is worth a note. */
            *history = how == 1 ? h : NULL;
            return 1;
        }
    }
    return 0;
}

static void given_of(given *g, civil_place_kind kind, const char *code)
{
    g->kind = kind;
    g->code = code;
    g->dept_len = (size_t)civil_dept_length(code, strlen(code));
}

int civil_place_matches(const nir_result *r, const civil_place *place,
                        int year, const civil_history **history)
{
    number_place n;
    given g;
    char code[6];

    *history = NULL;
    n.abroad = r->place_kind == NIR_PLACE_ABROAD;
    n.dept = r->department;
    civil_number_place(r, n.code);
    if (place->old_name != NULL) {
        if (by_old_name(&n, place->old_name, year)) {
            *history = n.abroad ? NULL : place->old_name;
            return 1;
        }
    } else if (place->kind != CIVIL_PLACE_NONE) {
        given_of(&g, place->kind, place->code);
        if (one(&n, &g, year, history))
            return 1;
    }
    for (uint32_t i = 0; i < place->count; i++) {
        memcpy(code, civil_commune_code(civil_place_candidate(place, i)), 5);
        code[5] = '\0';
        given_of(&g, CIVIL_PLACE_COMMUNE, code);
        if (one(&n, &g, year, history))
            return 1;
    }
    return 0;
}
