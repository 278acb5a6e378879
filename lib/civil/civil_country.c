/*
 * civil_country.c -- a country as people give it: INSEE code ("99404"),
 * ISO 3166 alpha-2/alpha-3 ("US", "USA"), or a name in any language ICU
 * knows ("États-Unis", "United States", "Vereinigte Staaten", "Maroc").
 * INSEE's own names come first (they hold the historical countries, e.g.
 * "TCHECOSLOVAQUIE"), then ICU's display names of every region, locale by
 * locale (the likely language first).
 */
#include <string.h>

#include <unicode/ures.h>

#include "civil_internal.h"

/* France and the French overseas territories have no INSEE country code:
 * people born there carry a département code. */
typedef struct french_region {
    const char *iso2, *iso3, *dept;
} french_region;

static const french_region french_regions[] = {
    {"FR", "FRA", NULL},  {"GP", "GLP", "971"}, {"MQ", "MTQ", "972"},
    {"GF", "GUF", "973"}, {"RE", "REU", "974"}, {"PM", "SPM", "975"},
    {"YT", "MYT", "976"}, {"BL", "BLM", "977"}, {"MF", "MAF", "978"},
    {"TF", "ATF", "984"}, {"WF", "WLF", "986"}, {"PF", "PYF", "987"},
    {"NC", "NCL", "988"},
};
#define FRENCH_REGION_COUNT (sizeof french_regions / sizeof french_regions[0])

static char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

static int same_code(const char *code, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && code[i] != '\0' && upper(s[i]) == code[i])
        i++;
    return i == len && code[i] == '\0';
}

static void set_region(civil_country *out, const char *iso2)
{
    if (iso2 != NULL && strlen(iso2) == 2)
        memcpy(out->region, iso2, 3);
}

/* A region code (from ICU or ISO input) -> INSEE entry or French place. */
static int from_region(const char *s, size_t len, civil_country *out)
{
    const nir_country *c = nir_country_by_iso(s, len);
    if (c != NULL) {
        out->insee = c;
        set_region(out, c->iso2);
        return 1;
    }
    for (size_t i = 0; i < FRENCH_REGION_COUNT; i++) {
        const french_region *f = &french_regions[i];
        if (same_code(len == 2 ? f->iso2 : f->iso3, s, len)) {
            set_region(out, f->iso2);
            out->french_dept = f->dept;
            return 1;
        }
    }
    return 0;
}

static int ascii_letters(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (upper(s[i]) < 'A' || upper(s[i]) > 'Z')
            return 0;
    return 1;
}

/* INSEE names: short ("ETATS-UNIS"), official ("ÉTATS-UNIS D'AMÉRIQUE"),
 * and each half of "VATICAN, ou SAINT-SIEGE". Every entry has a short
 * name. */
static int insee_name_matches(const char *name, const civil_key *key)
{
    const char *alt;
    if (civil_key_equals_utf8(name, key))
        return 1;
    alt = strstr(name, ", ou ");
    if (alt != NULL) {
        char first[NIR_MAX_INPUT];
        size_t n = (size_t)(alt - name);
        if (n < sizeof first) {
            memcpy(first, name, n);
            first[n] = '\0';
            if (civil_key_equals_utf8(first, key))
                return 1;
        }
        return civil_key_equals_utf8(alt + 5, key);
    }
    return 0;
}

static int from_insee_names(const civil_key *key, civil_country *out)
{
    for (size_t i = 0; i < nir_country_count(); i++) {
        const nir_country *c = nir_country_at(i);
        if (insee_name_matches(c->name, key) ||
            civil_key_equals_utf8(c->official_name, key)) {
            out->insee = c; /* its code is the one to compare */
            set_region(out, c->iso2);
            return 1;
        }
    }
    return 0;
}

/* One locale's region names (with their short and variant forms). */
static int from_icu_locale(const char *locale, const civil_key *key,
                           civil_country *out)
{
    static const char *const tables[] = {"Countries", "Countries%short",
                                         "Countries%variant"};
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME "-region",
                                              locale, &err);
    int found = 0;
    if (U_FAILURE(err))
        return 0;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0] && !found; t++) {
        UErrorCode terr = U_ZERO_ERROR;
        UResourceBundle *table = ures_getByKey(bundle, tables[t], NULL, &terr);
        while (U_SUCCESS(terr) && !found && ures_hasNext(table)) {
            const char *region = NULL;
            int32_t n = 0;
            const UChar *name = ures_getNextString(table, &n, &region, &terr);
            if (U_FAILURE(terr) || region == NULL || strlen(region) != 2)
                continue;
            if (civil_key_equals(name, n, key))
                found = from_region(region, 2, out);
        }
        ures_close(table);
    }
    ures_close(bundle);
    return found;
}

int civil_country_resolve(const char *s, size_t len, const char *lang,
                          civil_country *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    civil_key key;
    civil_locale_iter it;
    const char *id;
    int32_t n;

    memset(out, 0, sizeof *out);
    civil_trim(&s, &len);
    n = civil_utf8_to_u(s, len, text, NIR_MAX_INPUT + 1);
    if (n <= 0)
        return 0;
    if (len == 5 && s[0] == '9' && s[1] == '9') {
        out->insee = nir_country_by_code(s, len);
        if (out->insee == NULL)
            return 0;
        set_region(out, out->insee->iso2);
        return 1;
    }
    if ((len == 2 || len == 3) && ascii_letters(s, len) &&
        from_region(s, len, out))
        return 1;
    if (civil_key_of(text, n, &key) != 0 || key.len == 0)
        return 0;
    if (from_insee_names(&key, out))
        return 1;
    civil_locales_begin(&it, lang);
    while ((id = civil_locales_next(&it)) != NULL)
        if (from_icu_locale(id, &key, out))
            return 1;
    return 0;
}
