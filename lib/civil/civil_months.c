/*
 * civil_months.c -- month names in any language ICU has: "février",
 * "Februar", "febrero", "Feb.", "二月", ... Each locale's Gregorian month
 * symbols (format and stand-alone, wide and abbreviated) are compared with
 * the words of the date as keys (case and accents do not count). Weekday
 * names are recognised too, so "Thursday, February 4, 1965" reads.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/ures.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "civil_internal.h"

#define MONTH_NAMES_WEEKDAY (-2)

/* A locale's Gregorian month and weekday names, as ICU's resource bundles
 * hold them (calendar/gregorian/monthNames/format/wide, ...): the same
 * names as udat_getSymbols() gives, read without a date formatter (which
 * cost ~40 us a locale). ures_getByKey() follows the locale's fallback
 * chain and its aliases (stand-alone -> format). */
enum { MONTH_ARRAYS = 4, WEEKDAY_ARRAYS = 3 };
static const char *const month_paths[MONTH_ARRAYS][2] = {
    {"format", "wide"}, {"stand-alone", "wide"}, /* the wide forms first */
    {"format", "abbreviated"}, {"stand-alone", "abbreviated"}};
static const char *const weekday_paths[WEEKDAY_ARRAYS][2] = {
    {"format", "wide"}, {"stand-alone", "wide"}, {"format", "abbreviated"}};

typedef struct symbols {
    UResourceBundle *months[MONTH_ARRAYS];   /* NULL when missing */
    UResourceBundle *weekdays[WEEKDAY_ARRAYS];
} symbols;

static UResourceBundle *names_array(UResourceBundle *locale, const char *kind,
                                    const char *context, const char *width)
{
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *r = ures_getByKey(locale, "calendar", NULL, &err);
    r = ures_getByKey(r, "gregorian", r, &err);
    r = ures_getByKey(r, kind, r, &err);
    r = ures_getByKey(r, context, r, &err);
    r = ures_getByKey(r, width, r, &err);
    if (U_FAILURE(err)) {
        ures_close(r);
        return NULL;
    }
    return r;
}

/* A locale that holds some forms only (fr_MA: the abbreviated ones)
 * takes the others from its parents ("fr"), as ICU's date formats do;
 * root has them all. A form ICU cannot give stays NULL (no names). */
static void symbols_open(symbols *sy, const char *id)
{
    char name[ULOC_FULLNAME_CAPACITY];
    int missing = 1;
    UErrorCode err = U_ZERO_ERROR;
    memset(sy, 0, sizeof *sy);
    snprintf(name, sizeof name, "%s", id);
    while (missing && name[0] != '\0' && U_SUCCESS(err)) {
        UResourceBundle *locale = ures_open(NULL, name, &err);
        missing = 0;
        for (size_t t = 0; U_SUCCESS(err) && t < MONTH_ARRAYS; t++) {
            if (sy->months[t] == NULL)
                sy->months[t] = names_array(locale, "monthNames",
                                            month_paths[t][0],
                                            month_paths[t][1]);
            missing |= sy->months[t] == NULL;
        }
        for (size_t t = 0; U_SUCCESS(err) && t < WEEKDAY_ARRAYS; t++) {
            if (sy->weekdays[t] == NULL)
                sy->weekdays[t] = names_array(locale, "dayNames",
                                              weekday_paths[t][0],
                                              weekday_paths[t][1]);
            missing |= sy->weekdays[t] == NULL;
        }
        ures_close(locale);
        uloc_getParent(name, name, (int32_t)sizeof name, &err);
    }
}

static void symbols_close(symbols *sy)
{
    for (size_t t = 0; t < MONTH_ARRAYS; t++)
        ures_close(sy->months[t]);
    for (size_t t = 0; t < WEEKDAY_ARRAYS; t++)
        ures_close(sy->weekdays[t]);
}

/* Name i of an array; NULL (and *n = 0) if there is none. */
static const UChar *symbol(UResourceBundle *array, int32_t i, int32_t *n)
{
    UErrorCode err = U_ZERO_ERROR;
    *n = 0;
    return array != NULL ? ures_getStringByIndex(array, i, n, &err) : NULL;
}

/* Exact match of word against the locale's month names: 1-12, or 0. */
static int exact_month(const symbols *sy, const civil_key *word,
                       civil_leads *leads)
{
    for (size_t t = 0; t < MONTH_ARRAYS; t++)
        for (int32_t m = 0; m < 12; m++) {
            int32_t n;
            const UChar *s = symbol(sy->months[t], m, &n);
            if (s != NULL && civil_key_matches(s, n, word, leads))
                return m + 1;
        }
    return 0;
}

/* 1 if the word begins a wide month name other than `month` (fr_MA's
 * "jui." is June, but "jui" begins juillet too). */
static int begins_other_month(const symbols *sy, const civil_key *word,
                              int month, civil_leads *leads)
{
    for (size_t t = 0; t < 2; t++)
        for (int32_t m = 0; m < 12; m++) {
            int32_t n;
            const UChar *s = symbol(sy->months[t], m, &n);
            if (m + 1 != month && s != NULL &&
                civil_key_begins(s, n, word, leads))
                return 1;
        }
    return 0;
}

/* "Sept", "janv", "Okt": a word of 3 or more letters that begins exactly
 * one wide month name of the locale. */
static int prefix_month(const symbols *sy, const civil_key *word,
                        civil_leads *leads)
{
    int found = 0;
    if (word->len < 3)
        return 0;
    for (size_t t = 0; t < 2; t++) /* the wide forms */
        for (int32_t m = 0; m < 12; m++) {
            int32_t n;
            const UChar *s = symbol(sy->months[t], m, &n);
            if (s == NULL || !civil_key_begins(s, n, word, leads))
                continue;
            if (found != 0 && found != m + 1)
                return 0; /* begins two months: not a choice to make */
            found = m + 1;
        }
    return found;
}

static int is_weekday(const symbols *sy, const civil_key *word,
                      civil_leads *leads)
{
    for (size_t t = 0; t < WEEKDAY_ARRAYS; t++)
        for (int32_t d = 0; d < 7; d++) {
            int32_t n;
            const UChar *s = symbol(sy->weekdays[t], d, &n);
            if (s != NULL && civil_key_matches(s, n, word, leads))
                return 1;
        }
    return 0;
}

/* --- Which locales may still name a word, read in place --- */

/* The words a locale may still give a meaning to -- "open": not known
 * yet, and not a filler once a month is known (short unknown words are)
 * --, and the memo of their comparisons. */
typedef struct pending {
    const civil_key *words;
    size_t count;
    int open[CIVIL_MAX_WORDS];
    civil_leads *leads;
} pending;

/* Which words are open, from what is known of them. */
static void find_open_words(pending *p, const int *month)
{
    int have_month = 0;
    for (size_t i = 0; i < p->count; i++)
        have_month |= month[i] > 0;
    for (size_t i = 0; i < p->count; i++)
        p->open[i] = month[i] == 0 && !(have_month && p->words[i].len <= 3);
}

/* 1 if the name s is an open word (or, from 3 letters, begins with it:
 * prefix_month()). */
static int string_may_match(const pending *p, const UChar *s, int32_t n)
{
    for (size_t i = 0; i < p->count; i++) {
        const civil_key *w = &p->words[i];
        if (p->open[i] && !civil_lead_differs(s[0], w, p->leads) &&
            (w->len >= 3 ? civil_key_begins(s, n, w, p->leads)
                         : civil_key_matches(s, n, w, p->leads)))
            return 1;
    }
    return 0;
}

/* 1 if a string in r -- a string, or a table or array of them at any
 * depth -- may match an open word, or if r cannot be read in place.
 * Root's aliases lead to other names of the same locale, read anyway. */
static int res_may_match(const pending *p, const civil_bundle *b,
                         civil_res r, int is_root)
{
    int32_t n, count = civil_res_count(b, r);
    const UChar *s = civil_res_string(b, r, &n);
    if (s != NULL)
        return string_may_match(p, s, n);
    if (count < 0)
        return !(is_root & civil_res_is_alias(r));
    for (int32_t i = 0; i < count; i++)
        if (res_may_match(p, b, civil_res_at(b, r, i), is_root))
            return 1;
    return 0;
}

/* The month and weekday names of one bundle of the fallback chain -- every
 * width of every context of calendar/gregorian/monthNames and dayNames,
 * more names than udat_getSymbols() gives for a locale, never fewer: 1 if
 * one may match an open word (or they cannot be read in place), 0 if
 * none does or the bundle has none. */
static int bundle_may_match(const pending *p, const civil_bundle *b,
                            int is_root)
{
    static const char *const kinds[] = {"monthNames", "dayNames"};
    civil_res calendar = 0, gregorian = 0, names = 0;
    int found = civil_res_get(b, civil_bundle_root(b), "calendar", &calendar);
    int may = 0;
    if (found)
        found = civil_res_get(b, calendar, "gregorian", &gregorian);
    for (size_t k = 0; found && k < 2 && !may; k++)
        may = civil_res_get(b, gregorian, kinds[k], &names) &&
              res_may_match(p, b, names, is_root);
    return may;
}

/* The next bundle of the chain after `name` (which b holds), into name
 * (ULOC_FULLNAME_CAPACITY): its %%Parent, else name without its last
 * _part, else "root". Every parent ICU may take is on the way (a superset
 * is harmless). */
static void parent_of(const civil_bundle *b, char *name)
{
    civil_res parent = 0;
    int32_t n;
    const UChar *s = NULL;
    char *sep = strrchr(name, '_');
    if (civil_res_get(b, civil_bundle_root(b), "%%Parent", &parent))
        s = civil_res_string(b, parent, &n);
    if (s != NULL) { /* a locale ID: NUL-terminated, invariant characters */
        UChar id[ULOC_FULLNAME_CAPACITY] = {0};
        u_strncpy(id, s, ULOC_FULLNAME_CAPACITY - 1);
        u_UCharsToChars(id, name, ULOC_FULLNAME_CAPACITY);
    } else if (sep != NULL) {
        *sep = '\0';
    } else {
        memcpy(name, "root", sizeof "root");
    }
}

/* 1 if match_in_locale() may change something for locale id: some name
 * of its chain (root aside) may match an open word, or a bundle of it
 * cannot be read in place; 0 if none may. */
static int locale_may_match(const pending *p, const civil_bundle *pool,
                            const char *id, int own_only)
{
    char name[ULOC_FULLNAME_CAPACITY];
    int may = 0;
    snprintf(name, sizeof name, "%s", id);
    while (may == 0 && strcmp(name, "root") != 0) {
        civil_bundle b;
        if (civil_bundle_open(NULL, name, pool, &b) != 0)
            return 1; /* not read here: symbols_open() will say */
        may = bundle_may_match(p, &b, 0);
        parent_of(&b, name);
        civil_bundle_close(&b);
        if (own_only)
            break; /* a regional locale: its parents were tried already */
    }
    return may != 0;
}

/* Done when a month was found and every longer word is accounted for:
 * short unknown words ("de", "le", "er", "th") are fillers. */
static int done(const civil_key *words, size_t count, const int *month)
{
    int have_month = 0;
    for (size_t i = 0; i < count; i++) {
        if (month[i] > 0)
            have_month = 1;
        else if (month[i] == 0 && words[i].len > 3)
            return 0;
    }
    return have_month;
}

/* The open words against one locale's symbols. */
static void match_in_locale(const symbols *fmt, const pending *p,
                            int allow_prefix, int *month)
{
    for (size_t i = 0; i < p->count; i++) {
        const civil_key *w = &p->words[i];
        if (!p->open[i])
            continue;
        month[i] = exact_month(fmt, w, p->leads);
        if (month[i] > 0 && !allow_prefix &&
            begins_other_month(fmt, w, month[i], p->leads))
            month[i] = 0;
        if (month[i] == 0 && allow_prefix)
            month[i] = prefix_month(fmt, w, p->leads);
        if (month[i] == 0 && w->len > 3 && is_weekday(fmt, w, p->leads))
            month[i] = MONTH_NAMES_WEEKDAY;
    }
}

/* Root's names are in every chain: 1 if one may match a word. It is
 * asked once, before any word is known (the open words only become fewer
 * afterwards). */
static int root_may_match(const pending *p, const civil_bundle *pool)
{
    civil_bundle root;
    int may = civil_bundle_open(NULL, "root", pool, &root) != 0 ||
              bundle_may_match(p, &root, 1) != 0;
    civil_bundle_close(&root);
    return may;
}

void civil_months_match(const civil_key *words, size_t count,
                        const char *lang, int *month)
{
    civil_locale_iter it;
    const char *id;
    civil_bundle pool;
    civil_leads leads;
    pending p;
    int in_place;

    for (size_t i = 0; i < count; i++)
        month[i] = 0;
    if (count == 0)
        return;
    p.words = words;
    p.count = count;
    p.leads = &leads;
    civil_leads_init(&leads);
    find_open_words(&p, month);
    /* A locale none of whose names may match a word is passed over
     * without a date formatter (40 us each); without the main tree's pool
     * bundle, or when root may match, every locale gets one. */
    in_place = civil_bundle_open(NULL, "pool", NULL, &pool) == 0 &&
               !root_may_match(&p, &pool);
    civil_locales_begin_regional(&it, lang);
    while ((id = civil_locales_next(&it)) != NULL) {
        symbols sy;
        find_open_words(&p, month);
        if (in_place && !locale_may_match(&p, &pool, id, it.in_regional))
            continue; /* nothing changes: done() stays false */
        symbols_open(&sy, id);
        /* Regional locales add their own names ("Jänner", "فيفري"),
         * exactly: a prefix found there would be one of many forms. */
        match_in_locale(&sy, &p, !it.in_regional, month);
        symbols_close(&sy);
        if (done(words, count, month))
            break;
    }
    civil_bundle_close(&pool);
}
