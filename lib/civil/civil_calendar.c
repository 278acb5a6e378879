/*
 * civil_calendar.c -- a numeric date read in a non-Gregorian calendar in
 * civil use (Ethiopian 27/05/1957, Persian 1343/11/15, Minguo 54/02/04,
 * Thai 04/02/2508, Japanese era 40/02/04) with ICU's calendar of that
 * name, and converted to the Gregorian date the number's fields come from.
 * Months are numbered from 1 as ICU counts them (Ethiopian Pagume is 13;
 * Hebrew months count from Tishri).
 */
#include <stdio.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include "civil_data.h"
#include "civil_internal.h"

/* People in the register were born from the 1870s on. */
#define CALENDAR_FIRST_YEAR 1870

static const UChar utc[] = {'U', 'T', 'C', 0};

/* A calendar (an ICU keyword of civil_regions.c, a few letters) in UTC,
 * non-lenient: a date that does not exist is an error. A calendar ICU
 * cannot open leaves *err set, and every later call does nothing. */
static UCalendar *open_calendar(const char *keyword, UErrorCode *err)
{
    char locale[64];
    UCalendar *cal;
    snprintf(locale, sizeof locale, "und@calendar=%s", keyword);
    cal = ucal_open(utc, -1, locale, UCAL_DEFAULT, err);
    if (U_SUCCESS(*err))
        ucal_setAttribute(cal, UCAL_LENIENT, 0);
    return cal;
}

/* The Gregorian date of an instant; 0 if outside the years of people in
 * the register. */
static int gregorian_of(UCalendar *greg, UDate when, int this_year,
                        nir_date *out)
{
    UErrorCode err = U_ZERO_ERROR;
    ucal_setMillis(greg, when, &err);
    out->year = ucal_get(greg, UCAL_EXTENDED_YEAR, &err);
    out->month = ucal_get(greg, UCAL_MONTH, &err) + 1;
    out->day = ucal_get(greg, UCAL_DATE, &err);
    out->year_digits = 4;
    return U_SUCCESS(err) && out->year >= CALENDAR_FIRST_YEAR &&
           out->year <= this_year;
}

/* Year y, month m, day d of era `era`: the instant, if that date exists
 * (non-lenient) and is still in that era (an era year beyond its end,
 * Taishō 40, is not). */
static int instant_of(UCalendar *cal, int32_t era, int y, int m, int d,
                      UDate *when)
{
    UErrorCode err = U_ZERO_ERROR;
    ucal_clear(cal);
    ucal_set(cal, UCAL_ERA, era);
    ucal_set(cal, UCAL_YEAR, y);
    ucal_set(cal, UCAL_MONTH, m - 1);
    ucal_set(cal, UCAL_DATE, d);
    ucal_set(cal, UCAL_HOUR_OF_DAY, 12);
    *when = ucal_getMillis(cal, &err);
    if (U_FAILURE(err))
        return 0;
    ucal_setMillis(cal, *when, &err);
    return U_SUCCESS(err) && ucal_get(cal, UCAL_ERA, &err) == era &&
           ucal_get(cal, UCAL_YEAR, &err) == y && U_SUCCESS(err);
}

/* The era a date names (d->era): its index in ICU's era names of the
 * region's locale for this calendar (calendar/<name>/eras, abbreviated,
 * wide or narrow), -1 if none. */
static int32_t named_era(const civil_region *region, const civil_date *d)
{
    static const char *const widths[] = {"abbreviated", "wide", "narrow"};
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *locale = ures_open(NULL, region->locale, &err);
    UResourceBundle *eras = ures_getByKey(locale, "calendar", NULL, &err);
    int32_t found = -1;
    eras = ures_getByKey(eras, region->calendar, eras, &err);
    eras = ures_getByKey(eras, "eras", eras, &err);
    for (size_t w = 0; U_SUCCESS(err) && found < 0 && w < 3; w++) {
        UErrorCode werr = U_ZERO_ERROR;
        UResourceBundle *names = ures_getByKey(eras, widths[w], NULL, &werr);
        int32_t count = U_SUCCESS(werr) ? ures_getSize(names) : 0;
        for (int32_t i = 0; i < count && found < 0; i++) {
            int32_t n;
            UErrorCode serr = U_ZERO_ERROR;
            const UChar *s = ures_getStringByIndex(names, i, &n, &serr);
            if (U_SUCCESS(serr) && n == d->era_len &&
                u_strncmp(s, d->era, n) == 0)
                found = i;
        }
        ures_close(names);
    }
    ures_close(eras);
    ures_close(locale);
    return found;
}

int civil_calendar_read(const civil_region *region, const civil_date *d,
                        nir_date_order order, nir_date *out, int cap)
{
    /* Where the year, month and day are for DMY, MDY and YMD. */
    static const int at[4][3] = {{0, 0, 0}, {2, 1, 0}, {2, 0, 1}, {0, 1, 2}};
    int yi = at[order][0], mi = at[order][1], di = at[order][2];
    int count = 0, this_year;
    UCalendar *cal, *greg;
    UErrorCode err = U_ZERO_ERROR;
    int32_t eras, last_era;

    if (order == NIR_DATE_ORDER_UNSPECIFIED || !d->numeric || region->calendar == NULL || !region->calendar_in_icu ||
        d->digits[mi] > 2 || d->digits[di] > 2 ||
        (region->era_years ? d->digits[yi] > 3 : d->digits[yi] != 4) ||
        d->field[mi] < 1 || d->field[mi] > 13 || d->field[di] < 1 ||
        d->field[di] > 31 || d->field[yi] < 1)
        return 0;
    cal = open_calendar(region->calendar, &err);
    greg = open_calendar("gregorian", &err);
    this_year = ucal_get(greg, UCAL_EXTENDED_YEAR, &err) + 1;
    eras = ucal_getLimit(cal, UCAL_ERA, UCAL_MAXIMUM, &err);
    last_era = 0;
    if (d->era_len > 0) { /* the era the date names, and no other */
        eras = last_era = named_era(region, d);
        if (eras < 0)
            err = U_ILLEGAL_ARGUMENT_ERROR; /* an era ICU does not name */
    }
    /* The latest era first; eras before the register's years end it. */
    for (int32_t era = U_SUCCESS(err) ? eras : -1;
         era >= last_era && count < cap; era--) {
        UDate when;
        nir_date g;
        if (!instant_of(cal, era, d->field[yi], d->field[mi], d->field[di],
                        &when))
            continue;
        if (gregorian_of(greg, when, this_year, &g))
            out[count++] = g;
        else if (g.year < CALENDAR_FIRST_YEAR)
            break;
    }
    ucal_close(cal);
    ucal_close(greg);
    return count;
}
