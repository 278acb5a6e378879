/*
 * clock.c -- today's year in UTC, without gmtime_r (POSIX) or gmtime_s
 * (Windows): time() counts seconds since 1970-01-01 UTC on every system
 * libnir builds on, and the civil year follows by arithmetic.
 */
#include <time.h>

#include "internal.h"

int nir_current_utc_year_(void)
{
    time_t now = time(NULL);
    if (now == (time_t)-1)
        return -1;
    /* Beyond 4 million years either way (time() of a broken clock), the
     * year is unknown; within, nothing below can overflow. */
    long long seconds = (long long)now;
    if (seconds > 4000000LL * 366 * 86400 || seconds < -4000000LL * 366 * 86400)
        return -1; /* a year that does not fit the calendar code: unknown */
    long long days = seconds / 86400 - (seconds % 86400 < 0); /* floor */
    /* Days since 1970-01-01 -> proleptic Gregorian year, counting in
     * 400-year eras that start on 0000-03-01 (H. Hinnant's days_from_civil
     * inverse); the year starts in March, hence the correction at the end. */
    days += 719468;
    long long era = (days >= 0 ? days : days - 146096) / 146097;
    long long doe = days - era * 146097;                      /* [0, 146096] */
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); /* [0, 365] */
    long long mp = (5 * doy + 2) / 153;                       /* March = 0 */
    long long year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
    return (int)year; /* within +-4 million: fits an int */
}
