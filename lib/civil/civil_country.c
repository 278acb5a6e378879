/*
 * civil_country.c -- a country as people give it: INSEE code ("99404"),
 * ISO 3166 alpha-2/alpha-3 ("US", "USA"), or a name in any language ICU
 * knows ("États-Unis", "United States", "Vereinigte Staaten", "Maroc").
 * The names HR files use come first: the hand-made aliases of
 * data/civil_country_aliases.csv ("Angleterre", "USA", "RFA", "URSS"),
 * INSEE's own names (they hold the historical countries, e.g.
 * "TCHECOSLOVAQUIE") and former names ("HOLLANDE", "ZAIRE"); then ICU's
 * display names of every region, locale by locale (the likely language
 * first). A leading article ("les Pays-Bas", "the Netherlands") is
 * dropped.
 */
#include <string.h>

#include <unicode/ures.h>

#include "civil_data.h"
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

/* An INSEE entry, and the region whose documents it stands for: its own
 * ISO code, else the one data/ gives it (RDA -> DE, URSS -> RU). */
static void set_insee(civil_country *out, const nir_country *c)
{
    out->insee = c;
    set_region(out, c->iso2);
    for (size_t i = 0; out->region[0] == '\0' && i < civil_code_region_count;
         i++)
        if (strcmp(civil_code_regions[i].a, c->code) == 0)
            set_region(out, civil_code_regions[i].b);
}

/* A region code (from ICU or ISO input) -> INSEE entry or French place. */
static int from_region(const char *s, size_t len, civil_country *out)
{
    const nir_country *c = nir_country_by_iso(s, len);
    if (c != NULL) {
        set_insee(out, c);
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

/* INSEE names: short ("ETATS-UNIS") and official ("ÉTATS-UNIS
 * D'AMÉRIQUE"). Each half of "VATICAN, ou SAINT-SIEGE" is in
 * civil_country_former_names (tools/gen_civil_data.py). */
static int from_insee_names(const civil_key *key, civil_leads *leads,
                            civil_country *out)
{
    for (size_t i = 0; i < nir_country_count(); i++) {
        const nir_country *c = nir_country_at(i);
        if (civil_key_matches_utf8(c->name, key, leads) ||
            civil_key_matches_utf8(c->official_name, key, leads)) {
            set_insee(out, c); /* its code is the one to compare */
            return 1;
        }
    }
    return 0;
}

/* A country of data/'s tables, by INSEE code or French ISO alpha-2. */
static int from_table_code(const char *code, civil_country *out)
{
    /* tools/gen_civil_data.py checked every code: it is in the tables. */
    if (strlen(code) == 2)
        return from_region(code, 2, out);
    set_insee(out, nir_country_by_code(code, strlen(code)));
    return 1;
}

static int from_name_table(const civil_name *names, size_t count,
                           const civil_key *key, civil_leads *leads,
                           civil_country *out)
{
    for (size_t i = 0; i < count; i++)
        if (civil_key_matches_utf8(names[i].name, key, leads))
            return from_table_code(names[i].code, out);
    return 0;
}

/* The names of the library's own tables: aliases, INSEE's names, INSEE's
 * former names, in that order. */
static int from_tables(const civil_key *key, civil_leads *leads,
                       civil_country *out)
{
    return from_name_table(civil_country_aliases, civil_country_alias_count,
                           key, leads, out) ||
           from_insee_names(key, leads, out) ||
           from_name_table(civil_country_former_names,
                           civil_country_former_name_count, key, leads, out);
}

/* ICU's tree of region names, and each locale's tables of them. */
#define REGION_TREE U_ICUDATA_NAME "-region"
static const char *const name_tables[] = {"Countries", "Countries%short",
                                          "Countries%variant"};
#define NAME_TABLE_COUNT (sizeof name_tables / sizeof name_tables[0])

/* One locale's region names (with their short and variant forms). */
static int from_icu_locale(const char *locale, const civil_key *key,
                           civil_leads *leads, civil_country *out)
{
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(REGION_TREE, locale, &err);
    int found = 0;
    if (U_FAILURE(err))
        return 0;
    for (size_t t = 0; t < NAME_TABLE_COUNT && !found; t++) {
        UErrorCode terr = U_ZERO_ERROR;
        UResourceBundle *table =
            ures_getByKey(bundle, name_tables[t], NULL, &terr);
        while (U_SUCCESS(terr) && !found && ures_hasNext(table)) {
            const char *region = NULL;
            int32_t n = 0;
            const UChar *name = ures_getNextString(table, &n, &region, &terr);
            if (U_FAILURE(terr) || region == NULL || strlen(region) != 2)
                continue;
            if (civil_key_matches(name, n, key, leads))
                found = from_region(region, 2, out);
        }
        ures_close(table);
    }
    ures_close(bundle);
    return found;
}

/* 1 if some name of the table has the key, or one cannot be read in
 * place. */
static int table_may_match(const civil_table *table, const civil_key *key,
                           civil_leads *leads)
{
    const civil_table t = *table; /* in registers, whatever is called */
    for (int32_t i = 0; i < t.count; i++) {
        int32_t n;
        const UChar *name = civil_table_string(&t, i, &n);
        if (name == NULL || (!civil_lead_differs(name[0], key, leads) &&
                             civil_key_matches(name, n, key, leads)))
            return 1;
    }
    return 0;
}

/* Whether from_icu_locale() may find the key in this locale. Its tables
 * are read in place, a few ns a name instead of tens through ures_*: 0
 * when none of their names has the key -- the case of every locale for a
 * name that matches nothing --, 1 when one has it or the bundle cannot be
 * read so (then from_icu_locale() decides, as it always did). */
static int locale_may_match(const civil_bundle *pool, const char *locale,
                            const civil_key *key, civil_leads *leads)
{
    civil_bundle bundle;
    int may = 0;
    if (civil_bundle_open(REGION_TREE, locale, pool, &bundle) != 0)
        return 1;
    for (size_t t = 0; t < NAME_TABLE_COUNT && !may; t++) {
        civil_table table;
        int has = civil_bundle_table(&bundle, name_tables[t], &table);
        may = has < 0 || (has > 0 && table_may_match(&table, key, leads));
    }
    civil_bundle_close(&bundle);
    return may;
}

/* ICU's region names, locale by locale (the likely language first). */
static int from_icu_names(const civil_key *key, const char *lang,
                          civil_leads *leads, civil_country *out)
{
    civil_locale_iter it;
    civil_bundle pool;
    const char *id;
    int found = 0;
    /* Without the pool bundle nothing is read in place: ures_* only. */
    int in_place = civil_bundle_open(REGION_TREE, "pool", NULL, &pool) == 0;

    civil_locales_begin(&it, lang);
    while (!found && (id = civil_locales_next(&it)) != NULL)
        found = (!in_place || locale_may_match(&pool, id, key, leads)) &&
                from_icu_locale(id, key, leads, out);
    civil_bundle_close(&pool);
    return found;
}

/* Units of a leading article and the space or apostrophe after it ("les ",
 * "l'", "The ", "ex-"), 0 if none. */
static int32_t article_length(const UChar *s, int32_t n)
{
    static const char *const articles[] = {
        "le", "la", "les", "l", "the", "el", "los", "las", "die", "der",
        "das", "het", "il", "lo", "gli",
        "ex", /* "ex-URSS", "ex-Yougoslavie": the former country */
        NULL};
    for (size_t a = 0; articles[a] != NULL; a++) {
        int32_t k = (int32_t)strlen(articles[a]), i = 0;
        while (i < k && i < n && (s[i] | 0x20) == articles[a][i])
            i++;
        if (i == k && i < n &&
            (s[i] == ' ' || s[i] == '\'' || s[i] == 0x2019 ||
             (s[i] == '-' && k == 2)) && /* "ex-URSS" */
            (s[i] != ' ' || k > 1))     /* "l " is no article */
            return i + 1;
    }
    return 0;
}

/* "Pays-Bas (les)", "Birmanie (Myanmar)", "Hollande (Pays-Bas)": where
 * the parenthesis opens (text[open] == '('), or -1 if the text is not a
 * name followed by one parenthesis. */
static int32_t parenthesis_at(const UChar *text, int32_t n)
{
    int32_t end = n; /* the text is trimmed */
    if (end < 3 || text[end - 1] != ')')
        return -1;
    for (int32_t i = end - 2; i > 0; i--)
        if (text[i] == '(')
            return i;
        else if (text[i] == ')')
            return -1;
    return -1;
}

static int is_article_key(const civil_key *k)
{
    static const char *const articles[] = {"le", "la", "les", "l", "the"};
    for (size_t a = 0; a < sizeof articles / sizeof articles[0]; a++) {
        size_t len = strlen(articles[a]), i = 0;
        while (i < len && (int32_t)i < k->len && k->s[i] == articles[a][i])
            i++;
        if (i == len && k->len == (int32_t)len)
            return 1;
    }
    return 0;
}

/* A name (its text and key): without its leading article first ("les
 * Pays-Bas"), then as written ("La Réunion" is a name of its own in
 * French); a trailing parenthesis ("Pays-Bas (les)", "Birmanie
 * (Myanmar)") gives two names to try, the one before it first. `depth`
 * bounds that to one parenthesis. */
static int resolve_name(const UChar *text, int32_t n, const civil_key *key,
                        const char *lang, civil_leads *leads, int depth,
                        civil_country *out)
{
    civil_key bare, inside;
    int32_t skip = article_length(text, n);
    int32_t open = depth > 0 ? parenthesis_at(text, n) : -1;
    int has_bare = skip > 0 && civil_key_of(text + skip, n - skip, &bare) == 0 &&
                   bare.len > 0;

    if ((has_bare && from_tables(&bare, leads, out)) ||
        from_tables(key, leads, out))
        return 1;
    if (open > 0) {
        int32_t close = n; /* just after the ')' (the text is trimmed) */
        civil_key before;
        if (civil_key_of(text + open + 1, close - open - 2, &inside) != 0 ||
            civil_key_of(text, open, &before) != 0 || before.len == 0)
            return 0;
        /* "Pays-Bas (les)": the article belongs to the name before. */
        if (resolve_name(text, open, &before, lang, leads, depth - 1, out))
            return 1;
        return inside.len > 0 && !is_article_key(&inside) &&
               resolve_name(text + open + 1, close - open - 2, &inside, lang,
                            leads, depth - 1, out);
    }
    return (has_bare && from_icu_names(&bare, lang, leads, out)) ||
           from_icu_names(key, lang, leads, out);
}

int civil_country_resolve(const char *s, size_t len, const char *lang,
                          civil_country *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    civil_key key;
    civil_leads leads;
    int32_t n;

    memset(out, 0, sizeof *out);
    civil_trim(&s, &len);
    n = civil_utf8_to_u(s, len, text, NIR_MAX_INPUT + 1);
    if (n <= 0)
        return 0;
    if (len == 5 && s[0] == '9' && s[1] == '9') {
        const nir_country *c = nir_country_by_code(s, len);
        if (c == NULL)
            return 0;
        set_insee(out, c);
        return 1;
    }
    if ((len == 2 || len == 3) && ascii_letters(s, len) &&
        from_region(s, len, out))
        return 1;
    if (civil_key_of(text, n, &key) != 0 || key.len == 0)
        return 0;
    civil_leads_init(&leads);
    return resolve_name(text, n, &key, lang, &leads, 1, out);
}

/* 1 if a number carrying country `number` may be someone the document
 * places in `document`: one of the two INSEE codes succeeded the other
 * (data/insee_pays.csv's capay and crpay columns: URSS and Ukraine,
 * Yugoslavia and Croatia, RFA and Allemagne). */
int civil_country_linked(const char *number, const char *document)
{
    for (size_t i = 0; i < civil_country_link_count; i++) {
        const civil_link *l = &civil_country_links[i];
        if ((strcmp(l->a, number) == 0 && strcmp(l->b, document) == 0) ||
            (strcmp(l->b, number) == 0 && strcmp(l->a, document) == 0))
            return 1;
    }
    return 0;
}
