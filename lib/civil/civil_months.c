/*
 * civil_months.c -- month names in any language ICU has: "février",
 * "Februar", "febrero", "Feb.", "二月", ... Each locale's Gregorian month
 * symbols (format and stand-alone, wide and abbreviated) are compared with
 * the words of the date as keys (case and accents do not count). Weekday
 * names are recognised too, so "Thursday, February 4, 1965" reads.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "civil_internal.h"

#define SYMBOL_CAP 64
#define MONTH_NAMES_WEEKDAY (-2)

static const UDateFormatSymbolType month_types[] = {
    UDAT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_SHORT_MONTHS,
    UDAT_STANDALONE_SHORT_MONTHS,
};
static const UDateFormatSymbolType weekday_types[] = {
    UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS, UDAT_SHORT_WEEKDAYS,
};

static int32_t symbol(const UDateFormat *fmt, UDateFormatSymbolType type,
                      int32_t index, UChar *buf)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = udat_getSymbols(fmt, type, index, buf, SYMBOL_CAP, &err);
    return (U_FAILURE(err) || n >= SYMBOL_CAP) ? 0 : n;
}

/* Exact match of word against the locale's month symbols: 1-12, or 0. */
static int exact_month(const UDateFormat *fmt, const civil_key *word,
                       civil_leads *leads)
{
    UChar buf[SYMBOL_CAP];
    for (size_t t = 0; t < sizeof month_types / sizeof month_types[0]; t++)
        for (int32_t m = 0; m < 12; m++) {
            int32_t n = symbol(fmt, month_types[t], m, buf);
            if (civil_key_matches(buf, n, word, leads))
                return m + 1;
        }
    return 0;
}

/* "Sept", "janv", "Okt": a word of 3 or more letters that begins exactly
 * one wide month name of the locale. */
static int prefix_month(const UDateFormat *fmt, const civil_key *word,
                        civil_leads *leads)
{
    UChar buf[SYMBOL_CAP];
    int found = 0;
    if (word->len < 3)
        return 0;
    for (size_t t = 0; t < 2; t++) /* the wide forms */
        for (int32_t m = 0; m < 12; m++) {
            int32_t n = symbol(fmt, month_types[t], m, buf);
            if (!civil_key_begins(buf, n, word, leads))
                continue;
            if (found != 0 && found != m + 1)
                return 0; /* begins two months: not a choice to make */
            found = m + 1;
        }
    return found;
}

static int is_weekday(const UDateFormat *fmt, const civil_key *word,
                      civil_leads *leads)
{
    UChar buf[SYMBOL_CAP];
    for (size_t t = 0; t < sizeof weekday_types / sizeof weekday_types[0];
         t++)
        for (int32_t d = UCAL_SUNDAY; d <= UCAL_SATURDAY; d++) {
            int32_t n = symbol(fmt, weekday_types[t], d, buf);
            if (civil_key_matches(buf, n, word, leads))
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
                            const char *id)
{
    char name[ULOC_FULLNAME_CAPACITY];
    int may = 0;
    snprintf(name, sizeof name, "%s", id);
    while (may == 0 && strcmp(name, "root") != 0) {
        civil_bundle b;
        if (civil_bundle_open(NULL, name, pool, &b) != 0)
            return 1; /* not read here: udat_open() will say */
        may = bundle_may_match(p, &b, 0);
        parent_of(&b, name);
        civil_bundle_close(&b);
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
static void match_in_locale(const UDateFormat *fmt, const pending *p,
                            int *month)
{
    for (size_t i = 0; i < p->count; i++) {
        const civil_key *w = &p->words[i];
        if (!p->open[i])
            continue;
        month[i] = exact_month(fmt, w, p->leads);
        if (month[i] == 0)
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
    static const UChar pattern[] = {'d'};
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
    civil_locales_begin(&it, lang);
    while ((id = civil_locales_next(&it)) != NULL) {
        /* Locale IDs (and `lang`) are shorter than ULOC_FULLNAME_CAPACITY:
         * the keyword always fits. */
        char locale[ULOC_FULLNAME_CAPACITY + sizeof "@calendar=gregorian"];
        UErrorCode err = U_ZERO_ERROR;
        UDateFormat *fmt;
        find_open_words(&p, month);
        if (in_place && !locale_may_match(&p, &pool, id))
            continue; /* nothing changes: done() stays false */
        /* Gregorian months only, whatever the locale's default calendar. */
        snprintf(locale, sizeof locale, "%s@calendar=gregorian", id);
        fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, NULL, 0, pattern,
                        1, &err);
        if (U_SUCCESS(err))
            match_in_locale(fmt, &p, month);
        udat_close(fmt);
        if (done(words, count, month))
            break;
    }
    civil_bundle_close(&pool);
}
