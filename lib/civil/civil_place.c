/*
 * civil_place.c -- the place of birth given by the caller, resolved to what
 * it may be: a country, France, a département, a commune, or several
 * communes (a name or postal code shared by many). The order, first match
 * wins (docs/civil-status-places.md):
 *   1. codes: 99XXX country; département code; a 5-character INSEE commune
 *      code (current, delegated, former, or a former code of the history
 *      table) together with the communes of the same postal code;
 *   2. current département names ("Calvados", "Martinique");
 *   3. former département names for the birth years they were in use
 *      (civil_history.c: "Seine-Inférieure", "Alger");
 *   4. commune names ("Caen", "St-Martin", "Paris 15e"), with the country
 *      of the same name for the few that are both (Suisse); a name of
 *      steps 2-3 that is also a commune's ("Vienne") is both;
 *   5. country names and codes (civil_country_resolve).
 * A commune name written with its postal code or département ("14000
 * Caen", "Caen (14)") is narrowed by it (civil_place_hints.c).
 * A commune name thus wins over a country name in another language or a
 * code-like word: "Eu" is the commune of Seine-Maritime. Only two or three
 * capital letters that are a country's ISO code ("US", "MAR"; not "EU")
 * are taken as that country first.
 * The comparison with the number is in civil_place_match.c.
 */
#include <stdio.h>
#include <string.h>

#include "civil_communes.h"
#include "civil_history.h"
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
int civil_dept_length(const char *s, size_t len)
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

/* An INSEE commune code the list knows (current, delegated, associated,
 * arrondissement, former), or one of the history table's former codes
 * ("98501", "97127"). */
static int known_commune(const char *code)
{
    if (civil_commune_home_of(code) >= 0)
        return 1;
    for (size_t i = 0; i < civil_history_count_; i++) {
        const civil_history *h = &civil_history_[i];
        if (h->kind == CIVIL_HISTORY_CODE && h->both_ways &&
            strncmp(code, h->number, strlen(h->number)) == 0)
            return 1;
    }
    return 0;
}

/* The communes of a postal code, as candidates. */
static int from_postal(const char *s, size_t len, civil_place *out)
{
    civil_range r;
    if (len != 5 || !all_digits(s, 5))
        return 0;
    r = civil_communes_by_postal(s);
    out->list = CIVIL_LIST_POSTAL;
    out->first = r.first;
    out->count = r.count;
    if (r.count == 0)
        out->list = CIVIL_LIST_NONE;
    return r.count > 0;
}

/* Codes typed as such: "14", "2A", "972", "99404", an INSEE commune
 * code the list knows ("14118", "2A004", "97209") and/or a postal code
 * ("75015": Paris and its 15th arrondissement). */
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
    dl = civil_dept_length(c, len);
    if (dl == 0)
        return 0;
    if ((size_t)dl == len) {
        set(out, CIVIL_PLACE_DEPT, c, len);
        return 1;
    }
    if (len != 5 || !all_digits(c + dl, 5 - (size_t)dl) ||
        strcmp(c + dl, dl == 2 ? "000" : "00") == 0)
        return from_postal(s, len, out);
    if (known_commune(c))
        set(out, CIVIL_PLACE_COMMUNE, c, 5);
    from_postal(s, len, out);
    return out->kind != CIVIL_PLACE_NONE || out->count > 0;
}

/* Current département names: "Calvados", "Corse-du-Sud", "Martinique".
 * 96 (Tunisia before independence) is not a place name. */
static int from_department_name(const civil_key *key, civil_leads *leads,
                                civil_place *out)
{
    char code[4];
    for (int d = 1; d <= 95; d++)
        if (civil_key_matches_utf8(nir_dept_names_[d], key, leads)) {
            snprintf(code, sizeof code, "%02d", d);
            set(out, CIVIL_PLACE_DEPT, code, 2);
            return 1;
        }
    if (civil_key_matches_utf8(nir_dept_name_2a_, key, leads)) {
        set(out, CIVIL_PLACE_DEPT, "2A", 2);
        return 1;
    }
    if (civil_key_matches_utf8(nir_dept_name_2b_, key, leads)) {
        set(out, CIVIL_PLACE_DEPT, "2B", 2);
        return 1;
    }
    for (int d = 1; d < 20; d++)
        if (civil_key_matches_utf8(nir_overseas_names_[d], key, leads)) {
            snprintf(code, sizeof code, "%d", 970 + d);
            set(out, CIVIL_PLACE_DEPT, code, 3);
            return 1;
        }
    return 0;
}

/* Former département names, for the years they were in use (or an unknown
 * year). Algeria's stay Algeria after 1962. */
static int from_former_name(const civil_key *key, civil_leads *leads,
                            int year, civil_place *out)
{
    for (size_t i = 0; i < civil_history_count_; i++) {
        const civil_history *h = &civil_history_[i];
        int country;
        if (h->kind != CIVIL_HISTORY_NAME ||
            !civil_key_matches_utf8(h->name, key, leads))
            continue;
        country = h->place[0] == '9' && h->place[1] == '9';
        if (civil_history_in_years(h, year)) {
            set(out, country ? CIVIL_PLACE_COUNTRY : CIVIL_PLACE_DEPT,
                h->place, strlen(h->place));
            out->old_name = country ? h : NULL;
            out->named_by = h;
            return 1;
        }
        if (country) {
            set(out, CIVIL_PLACE_COUNTRY, h->place, strlen(h->place));
            return 1;
        }
    }
    return 0;
}

/* The commune key of (s, len) as a civil_key, when it differs from `key`
 * (abbreviations spelled out, an article dropped); 0 otherwise. */
static int abbreviated_key(const char *s, size_t len, civil_key *key)
{
    char ascii[CIVIL_COMMUNE_KEY_CAP];
    size_t n = civil_commune_key(s, len, ascii);
    int same = n == (size_t)key->len;
    for (size_t i = 0; same && i < n; i++)
        same = key->s[i] == (UChar)ascii[i];
    if (n == 0 || same)
        return 0;
    for (size_t i = 0; i < n; i++)
        key->s[i] = (UChar)ascii[i];
    key->len = (int32_t)n;
    return 1;
}

/* Names of the département tables (steps 2 and 3). */
static int from_department_names(const char *s, size_t len, int year,
                                 civil_place *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    civil_key key;
    civil_leads leads;
    int32_t n = civil_utf8_to_u(s, len, text, NIR_MAX_INPUT + 1);
    if (n <= 0 || civil_key_of(text, n, &key) != 0 || key.len == 0)
        return 0;
    civil_leads_init(&leads);
    if (from_department_name(&key, &leads, out) ||
        from_former_name(&key, &leads, year, out))
        return 1;
    /* Written with "St"/"Ste" ("Seine St Denis", "Cotes d Armor" reads
     * the same): the commune key spells the saints out. */
    if (!abbreviated_key(s, len, &key))
        return 0;
    return from_department_name(&key, &leads, out) ||
           from_former_name(&key, &leads, year, out);
}

/* Commune names (step 4): every commune of that name is a candidate. */
static int from_commune_name(const char *s, size_t len, civil_place *out)
{
    char key[CIVIL_COMMUNE_KEY_CAP];
    civil_range r;
    const char *country;
    if (civil_commune_key(s, len, key) == 0)
        return 0;
    r = civil_communes_named(key);
    if (r.count == 0)
        return 0;
    out->list = CIVIL_LIST_NAME;
    out->first = r.first;
    out->count = r.count;
    country = civil_commune_country(key);
    if (country != NULL && out->kind == CIVIL_PLACE_NONE)
        set(out, CIVIL_PLACE_COUNTRY, country, 5);
    return 1;
}

/* Two or three capital letters: an ISO country code ("US", "MAR") before
 * a commune of that name ("Us", Val-d'Oise). */
static int iso_like(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return len == 2 || len == 3;
}

/* 1 if the resolved country has (s, len) as its ISO code: "EU" is no
 * country code, whatever a name in some language says. */
static int is_iso_code_of(const civil_country *c, const char *s, size_t len)
{
    const char *code = len == 2 ? c->region
                       : c->insee != NULL ? c->insee->iso3
                                          : NULL;
    if (len == 3 && c->insee == NULL)
        return c->french_dept != NULL || c->region[0] == 'F';
    return code != NULL && strlen(code) == len && memcmp(code, s, len) == 0;
}

static int from_country(const char *s, size_t len, const char *lang,
                        int code_only, civil_place *out)
{
    civil_country country;
    if (!civil_country_resolve(s, len, lang, &country) ||
        (code_only && !is_iso_code_of(&country, s, len)))
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

/* The place as written, without postal code or département beside it. */
static int resolve_plain(const char *s, size_t len, const char *lang,
                         int year, civil_place *out)
{
    int named;
    memset(out, 0, sizeof *out);
    civil_trim(&s, &len);
    if (len == 0 || len > NIR_MAX_INPUT)
        return 0;
    if (is_digit(s[0]))
        return from_code(s, len, out);
    if (iso_like(s, len) && from_country(s, len, lang, 1, out))
        return 1;
    /* A département name may be a commune's too ("Vienne"): both count. */
    named = from_department_names(s, len, year, out);
    named |= from_commune_name(s, len, out);
    return named || from_country(s, len, lang, 0, out);
}

/* A commune name with its postal code or département beside it ("14000
 * Caen", "Caen (14)", "Saint-Martin (Gers)", "CAEN CEDEX"): the communes of
 * that name, narrowed by what is beside it. */
static int resolve_hinted(const civil_place_hints *h, const char *lang,
                          int year, civil_place *out)
{
    civil_place dept;
    memset(out, 0, sizeof *out);
    /* Parentheses may be part of the name: "Bors (Canton de Charente-Sud)". */
    if (h->dept_len > 0 &&
        from_commune_name(h->name,
                          (size_t)(h->dept + h->dept_len + 1 - h->name), out)) {
        if (h->postal[0] != '\0')
            civil_place_narrow_postal(out, h->postal);
        return 1;
    }
    if (!from_commune_name(h->name, h->name_len, out))
        return resolve_plain(h->name, h->name_len, lang, year, out);
    if (h->postal[0] != '\0')
        civil_place_narrow_postal(out, h->postal);
    memset(&dept, 0, sizeof dept);
    if (h->dept_len > 0 && /* inside the whole: <= NIR_MAX_INPUT */
        (is_digit(h->dept[0]) ? from_code(h->dept, h->dept_len, &dept)
                              : from_department_names(h->dept, h->dept_len,
                                                      year, &dept)) &&
        dept.kind == CIVIL_PLACE_DEPT)
        civil_place_narrow_dept(out, dept.code);
    return 1;
}

int civil_place_resolve(const char *s, size_t len, const char *lang,
                        int year, civil_place *out)
{
    civil_place_hints h;
    civil_trim(&s, &len);
    if (len <= NIR_MAX_INPUT && civil_place_hints_split(s, len, &h))
        return resolve_hinted(&h, lang, year, out);
    return resolve_plain(s, len, lang, year, out);
}

uint32_t civil_place_candidate(const civil_place *place, uint32_t i)
{
    uint32_t row = place->first + i;
    return place->list == CIVIL_LIST_POSTAL ? civil_postal_entry_[row] : row;
}
