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
static int exact_month(const UDateFormat *fmt, const civil_key *word)
{
    UChar buf[SYMBOL_CAP];
    for (size_t t = 0; t < sizeof month_types / sizeof month_types[0]; t++)
        for (int32_t m = 0; m < 12; m++) {
            int32_t n = symbol(fmt, month_types[t], m, buf);
            if (n > 0 && civil_key_equals(buf, n, word))
                return m + 1;
        }
    return 0;
}

/* "Sept", "janv", "Okt": a word of 3 or more letters that begins exactly
 * one wide month name of the locale. */
static int prefix_month(const UDateFormat *fmt, const civil_key *word)
{
    UChar buf[SYMBOL_CAP];
    int found = 0;
    if (word->len < 3)
        return 0;
    for (size_t t = 0; t < 2; t++) /* the wide forms */
        for (int32_t m = 0; m < 12; m++) {
            civil_key k;
            int32_t n = symbol(fmt, month_types[t], m, buf);
            if (n == 0 || !civil_key_may_start(buf, n, word->s[0]) ||
                civil_key_of(buf, n, &k) != 0 || k.len < word->len ||
                memcmp(k.s, word->s, (size_t)word->len * sizeof(UChar)) != 0)
                continue;
            if (found != 0 && found != m + 1)
                return 0; /* begins two months: not a choice to make */
            found = m + 1;
        }
    return found;
}

static int is_weekday(const UDateFormat *fmt, const civil_key *word)
{
    UChar buf[SYMBOL_CAP];
    for (size_t t = 0; t < sizeof weekday_types / sizeof weekday_types[0];
         t++)
        for (int32_t d = UCAL_SUNDAY; d <= UCAL_SATURDAY; d++) {
            int32_t n = symbol(fmt, weekday_types[t], d, buf);
            if (n > 0 && civil_key_equals(buf, n, word))
                return 1;
        }
    return 0;
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

/* The words not known yet against one locale's symbols. Once a month is
 * known, short fillers stay fillers. */
static void match_in_locale(const UDateFormat *fmt, const civil_key *words,
                            size_t count, int *month)
{
    int have_month = 0;
    for (size_t i = 0; i < count; i++)
        have_month |= month[i] > 0;
    for (size_t i = 0; i < count; i++) {
        if (month[i] != 0 || (have_month && words[i].len <= 3))
            continue;
        month[i] = exact_month(fmt, &words[i]);
        if (month[i] == 0)
            month[i] = prefix_month(fmt, &words[i]);
        if (month[i] == 0 && words[i].len > 3 && is_weekday(fmt, &words[i]))
            month[i] = MONTH_NAMES_WEEKDAY;
    }
}

void civil_months_match(const civil_key *words, size_t count,
                        const char *lang, int *month)
{
    civil_locale_iter it;
    const char *id;
    static const UChar pattern[] = {'d'};

    for (size_t i = 0; i < count; i++)
        month[i] = 0;
    if (count == 0)
        return;
    civil_locales_begin(&it, lang);
    while ((id = civil_locales_next(&it)) != NULL) {
        /* Locale IDs (and `lang`) are shorter than ULOC_FULLNAME_CAPACITY:
         * the keyword always fits. */
        char locale[ULOC_FULLNAME_CAPACITY + sizeof "@calendar=gregorian"];
        UErrorCode err = U_ZERO_ERROR;
        UDateFormat *fmt;
        /* Gregorian months only, whatever the locale's default calendar. */
        snprintf(locale, sizeof locale, "%s@calendar=gregorian", id);
        fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, NULL, 0, pattern,
                        1, &err);
        if (U_SUCCESS(err))
            match_in_locale(fmt, words, count, month);
        udat_close(fmt);
        if (done(words, count, month))
            return;
    }
}
