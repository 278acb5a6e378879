/*
 * civil_check.c -- nir_check_civil_status: compare what the number says
 * (sex, year, month, place) with the civil-status data, one field at a
 * time, and add up a verdict.
 */
#include <stdio.h>
#include <string.h>

#include "civil_data.h"
#include "civil_communes.h"
#include "civil_history.h"
#include "civil_internal.h"

/* The work of one check, on the caller's stack. */
typedef struct check {
    const nir_result *number;
    nir_civil_report *report;
    int compared;   /* fields actually compared */
    int birth_compared; /* of them, the birth date or place: only they make
                           a check "consistent" (a sex alone says little) */
    int open;       /* something left the answer open (ambiguity, NNP) */
    char lang[16];  /* likely locale of the document country, or "" */
    nir_date_order implied; /* order implied by the document country */
    const civil_region *region; /* the document country's row, or NULL */
} check;

/* The most findings one check adds: sex, document country, four for the
 * date (other_calendar, year, date_ambiguous and birth_month_mismatch; or
 * other_calendar, year and birth_month_unknown; or birth_date_unparsed
 * alone) and the place. An invalid number gives number_invalid alone, an
 * NNP/MIG at most sex and not_comparable. So the report never fills up. */
#define CIVIL_MOST_FINDINGS 7
_Static_assert(CIVIL_MOST_FINDINGS <= NIR_MAX_FINDINGS,
               "a civil-status check must fit in one report");

static nir_finding *add(check *c, nir_finding_code code, int mismatch,
                        int number_value, int document_value)
{
    nir_civil_report *rep = c->report;
    nir_finding *f = &rep->findings[rep->finding_count++];
    memset(f, 0, sizeof *f);
    f->code = code;
    f->mismatch = mismatch;
    f->number_value = number_value;
    f->document_value = document_value;
    f->expected_month = -1;
    f->matched_order = NIR_DATE_ORDER_UNSPECIFIED;
    return f;
}

static int given(const char *s, size_t len) { return s != NULL && len > 0; }

/* A valid number always carries a sex (digit 1 is 1-8). */
static void check_sex(check *c, nir_sex sex)
{
    if (sex == NIR_SEX_UNKNOWN)
        return;
    c->compared++;
    if (sex != c->number->sex)
        add(c, NIR_FINDING_SEX_MISMATCH, 1, (int)c->number->sex, (int)sex);
}

static void document_country(check *c, const nir_civil_status *civil)
{
    civil_country country;
    if (!given(civil->document_country, civil->document_country_len))
        return;
    if (civil->document_country_len > NIR_MAX_INPUT ||
        !civil_country_resolve(civil->document_country,
                               civil->document_country_len, "", &country)) {
        add(c, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED, 0, -1, -1);
        return;
    }
    c->region = civil_region_find(country.region);
    if (c->region != NULL) {
        /* The locale first ("ar_DZ", "de_AT": their own month names). */
        memcpy(c->lang, c->region->locale, sizeof c->region->locale);
        c->implied = (nir_date_order)c->region->order;
    }
}

static nir_date_order other_order(nir_date_order order)
{
    return order == NIR_DATE_ORDER_DMY   ? NIR_DATE_ORDER_MDY
           : order == NIR_DATE_ORDER_MDY ? NIR_DATE_ORDER_DMY
                                         : NIR_DATE_ORDER_UNSPECIFIED;
}

/* The readings of the date into the report. Returns the order used, or
 * UNSPECIFIED when two readings remain (ambiguous) or none fits the
 * explicit order (then report->date_readings is 0). */
static nir_date_order read_date(check *c, const civil_date *d,
                                nir_date_order wanted, int explicit_order)
{
    nir_civil_report *rep = c->report;
    nir_date_order used = NIR_DATE_ORDER_UNSPECIFIED;
    nir_date dmy, mdy;
    int dmy_ok, mdy_ok;

    if (!d->numeric || d->forced != NIR_DATE_ORDER_UNSPECIFIED) {
        used = d->numeric ? d->forced : wanted;
        civil_date_read(d, d->numeric ? used : NIR_DATE_ORDER_DMY,
                        &rep->reading[0]);
        rep->date_readings = 1;
        return used;
    }
    if (wanted != NIR_DATE_ORDER_UNSPECIFIED) {
        if (civil_date_read(d, wanted, &rep->reading[0]))
            used = wanted;
        else if (explicit_order)
            return NIR_DATE_ORDER_UNSPECIFIED; /* does not fit: unparsed */
    }
    if (used == NIR_DATE_ORDER_UNSPECIFIED) {
        dmy_ok = civil_date_read(d, NIR_DATE_ORDER_DMY, &dmy);
        mdy_ok = civil_date_read(d, NIR_DATE_ORDER_MDY, &mdy);
        if (dmy_ok && mdy_ok && dmy.day != mdy.day) {
            rep->reading[0] = dmy;
            rep->reading[1] = mdy;
            rep->date_readings = 2;
            return NIR_DATE_ORDER_UNSPECIFIED;
        }
        used = dmy_ok   ? NIR_DATE_ORDER_DMY
               : mdy_ok ? NIR_DATE_ORDER_MDY
                        : NIR_DATE_ORDER_YMD;
        civil_date_read(d, used, &rep->reading[0]);
    }
    rep->date_readings = 1;
    if (civil_date_read(d, other_order(used), &rep->reading[1]) &&
        rep->reading[1].day != rep->reading[0].day)
        rep->date_readings = 2;
    else
        memset(&rep->reading[1], 0, sizeof rep->reading[1]);
    return used;
}

static void check_year(check *c, const nir_date *date)
{
    int yy = date->year % 100;
    c->compared++;
    c->birth_compared++;
    if (yy != c->number->birth_year)
        add(c, NIR_FINDING_BIRTH_YEAR_MISMATCH, 1, c->number->birth_year,
            date->year);
}

/* Month with one reading: equal, swapped (the classic misreading of a
 * month-first numeric date as day-first; a month name cannot be misread
 * so), or different. */
static void check_month(check *c, const nir_date *date, int numeric)
{
    int month = c->number->birth_month;
    nir_finding *f;
    c->compared++;
    if (month == date->month)
        return;
    if (numeric && date->day <= 12 && month == date->day) {
        f = add(c, NIR_FINDING_DAY_MONTH_SWAPPED, 1, c->number->month_code,
                date->day);
        f->expected_month = date->month;
        return;
    }
    add(c, NIR_FINDING_BIRTH_MONTH_MISMATCH, 1, c->number->month_code,
        date->month);
}

/* Two readings and no order: say which one the number matches. */
static void check_ambiguous(check *c)
{
    const nir_civil_report *rep = c->report;
    int month = c->number->birth_month;
    nir_date_order matched = NIR_DATE_ORDER_UNSPECIFIED;
    nir_finding *f;

    if (month == rep->reading[0].month)
        matched = NIR_DATE_ORDER_DMY;
    else if (month == rep->reading[1].month)
        matched = NIR_DATE_ORDER_MDY;
    c->open = 1;
    f = add(c, NIR_FINDING_DATE_AMBIGUOUS, 0, c->number->month_code, -1);
    f->matched_order = matched;
    f->expected_month = matched ? month : 0;
    if (matched == NIR_DATE_ORDER_UNSPECIFIED)
        add(c, NIR_FINDING_BIRTH_MONTH_MISMATCH, 1, c->number->month_code,
            -1);
}

/* The date as a Gregorian one: readings, year, month. */
static void compare_gregorian(check *c, const civil_date *d,
                              nir_date_order wanted, int explicit_order)
{
    nir_civil_report *rep = c->report;
    nir_date_order used;
    int month_known;

    if (!d->gregorian) {
        add(c, NIR_FINDING_BIRTH_DATE_UNPARSED, 0, -1, -1);
        return;
    }
    used = read_date(c, d, wanted, explicit_order);
    if (rep->date_readings == 0) {
        add(c, NIR_FINDING_BIRTH_DATE_UNPARSED, 0, -1, -1);
        return;
    }
    rep->date_order = used;
    check_year(c, &rep->reading[0]);
    month_known = c->number->month_kind == NIR_MONTH_REAL ||
                  c->number->month_kind == NIR_MONTH_PSEUDO;
    if (c->number->month_kind == NIR_MONTH_UNKNOWN)
        add(c, NIR_FINDING_BIRTH_MONTH_UNKNOWN, 0, c->number->month_code, -1);
    if (!month_known)
        return;
    /* Two readings are left only by a numeric date with no order. A month
     * read as the day is "swapped" only in an order given, fixed by the
     * text (ISO 8601) or implied by all the country's official languages;
     * a date that fits no other order is not known to be misread. */
    if (used == NIR_DATE_ORDER_UNSPECIFIED && rep->date_readings == 2)
        check_ambiguous(c);
    else
        check_month(c, &rep->reading[0],
                    d->numeric && (used == wanted || used == d->forced));
}

/* 1 if a finding added since `mark` makes the check inconsistent or says
 * the date could not be read. */
static int date_failed_since(const check *c, size_t mark)
{
    const nir_civil_report *rep = c->report;
    for (size_t i = mark; i < rep->finding_count; i++)
        if (rep->findings[i].mismatch ||
            rep->findings[i].code == NIR_FINDING_BIRTH_DATE_UNPARSED)
            return 1;
    return 0;
}

/* 1 if a Gregorian date agrees with the number's year and month. */
static int date_matches(const check *c, const nir_date *date)
{
    const nir_result *n = c->number;
    int month_known = n->month_kind == NIR_MONTH_REAL ||
                      n->month_kind == NIR_MONTH_PSEUDO;
    return date->year % 100 == n->birth_year &&
           (!month_known || date->month == n->birth_month);
}


/* The date read in the document country's other calendar: `greg` holds
 * the report as the Gregorian reading left it. */
static void use_calendar_reading(check *c, const nir_date *date,
                                 nir_date_order order)
{
    nir_civil_report *rep = c->report;
    const char *name = c->region->calendar;
    memset(rep->reading, 0, sizeof rep->reading);
    rep->reading[0] = *date;
    rep->date_readings = 1;
    rep->date_order = order;
    /* An ICU keyword of the regions table: "islamic-umalqura" fits. */
    snprintf(rep->calendar, sizeof rep->calendar, "%s", name);
    add(c, NIR_FINDING_OTHER_CALENDAR, 0, -1, date->year);
    check_year(c, date);
    if (c->number->month_kind == NIR_MONTH_UNKNOWN)
        add(c, NIR_FINDING_BIRTH_MONTH_UNKNOWN, 0, c->number->month_code, -1);
    else /* real or pseudo: a number with a date has a month */
        check_month(c, date, 0);
}

/* A numeric date from a country with another calendar in civil use: the
 * Gregorian reading stands if it matches; else a reading in the other
 * calendar that matches is taken (other_calendar); else the Gregorian
 * mismatch stands, or the other calendar's reading when the date is no
 * Gregorian one. A calendar ICU lacks cannot be read: a date that does not
 * match as Gregorian is not understood, never a mismatch. */
static void compare_other_calendar(check *c, const civil_date *d,
                                   nir_date_order wanted, int explicit_order)
{
    nir_civil_report *rep = c->report;
    nir_civil_report before = *rep;
    check state = *c;
    /* The orders a numeric date is read in for another calendar: the one
     * the text fixes, else the one given or implied, else all three. */
    static const nir_date_order every[3] = {
        NIR_DATE_ORDER_DMY, NIR_DATE_ORDER_MDY, NIR_DATE_ORDER_YMD};
    nir_date_order fixed =
        d->forced != NIR_DATE_ORDER_UNSPECIFIED ? d->forced : wanted;
    const nir_date_order *orders =
        fixed != NIR_DATE_ORDER_UNSPECIFIED ? &fixed : every;
    size_t norders = fixed != NIR_DATE_ORDER_UNSPECIFIED ? 1 : 3;
    nir_date readings[8], first;
    nir_date_order first_order = NIR_DATE_ORDER_UNSPECIFIED;
    int found = 0;

    compare_gregorian(c, d, wanted, explicit_order);
    if (!date_failed_since(c, before.finding_count))
        return;
    memset(&first, 0, sizeof first);
    for (size_t o = 0; o < norders; o++) {
        int n = civil_calendar_read(c->region, d, orders[o], readings, 8);
        for (int i = 0; i < n; i++) {
            if (found++ == 0) {
                first = readings[i];
                first_order = orders[o];
            }
            if (date_matches(c, &readings[i])) {
                *rep = before;
                *c = state;
                use_calendar_reading(c, &readings[i], orders[o]);
                return;
            }
        }
    }
    if (!c->region->calendar_in_icu || (found > 0 && !d->gregorian)) {
        *rep = before;
        *c = state;
        if (found > 0)
            use_calendar_reading(c, &first, first_order);
        else
            add(c, NIR_FINDING_BIRTH_DATE_UNPARSED, 0, -1, -1);
    }
}

static void check_date(check *c, const nir_civil_status *civil)
{
    civil_date d;
    int explicit_order = civil->date_order != NIR_DATE_ORDER_UNSPECIFIED;
    nir_date_order wanted = explicit_order ? civil->date_order : c->implied;

    if (!given(civil->birth_date, civil->birth_date_len))
        return;
    if (civil->birth_date_len > NIR_MAX_INPUT ||
        !civil_date_parse(civil->birth_date, civil->birth_date_len, c->lang,
                          &d)) {
        add(c, NIR_FINDING_BIRTH_DATE_UNPARSED, 0, -1, -1);
        return;
    }
    if (d.numeric && c->region != NULL && c->region->calendar != NULL)
        compare_other_calendar(c, &d, wanted, explicit_order);
    else
        compare_gregorian(c, &d, wanted, explicit_order);
}

/* The number's place as one integer when it is all digits (14168, 99404,
 * 97209); -1 for Corsica's 2A/2B. */
static int place_value(const nir_result *r)
{
    const char *parts[2] = {r->department, r->place_kind == NIR_PLACE_ABROAD
                                               ? r->country_code + 2
                                               : r->commune};
    int v = 0;
    for (size_t p = 0; p < 2; p++)
        for (const char *s = parts[p]; *s; s++) {
            if (*s < '0' || *s > '9')
                return -1;
            v = v * 10 + (*s - '0');
        }
    return v;
}

/* An INSEE country code as an integer (99155). */
static int place_code_value(const char *code)
{
    int v = 0;
    for (; *code >= '0' && *code <= '9'; code++)
        v = v * 10 + (*code - '0');
    return v;
}

/* The given place's candidates, for the message (see civil_message.c). */
static void note_place(nir_finding *f, const nir_result *number,
                       const civil_place *place)
{
    civil_number_place(number, f->number_place);
    if (place->count == 0) {
        if (place->named_by != NULL)
            f->place_detail = CIVIL_DETAIL_FORMER_NAME |
                              civil_history_detail(place->named_by);
        return;
    }
    /* At most the whole table: fewer than 0xFFFF rows (its indexes are
     * 16-bit, tools/gen_communes.py). */
    f->place_candidates = (unsigned short)place->count;
    f->place_detail = (place->list == CIVIL_LIST_POSTAL ? CIVIL_DETAIL_POSTAL
                                                        : CIVIL_DETAIL_NAME) |
                      place->first;
}

static void check_place(check *c, const nir_civil_status *civil)
{
    nir_civil_report *rep = c->report;
    civil_place place;
    const struct civil_history *history;
    nir_finding *f;
    int year = 0;

    if (!given(civil->birthplace, civil->birthplace_len))
        return;
    if (rep->date_readings > 0 && rep->reading[0].year_digits == 4)
        year = rep->reading[0].year;
    if (civil->birthplace_len > NIR_MAX_INPUT ||
        !civil_place_resolve(civil->birthplace, civil->birthplace_len,
                             c->lang, year, &place)) {
        add(c, NIR_FINDING_BIRTHPLACE_UNRESOLVED, 0, -1, -1);
        return;
    }
    if (place.kind != CIVIL_PLACE_NONE)
        memcpy(rep->birthplace_code, place.code, sizeof rep->birthplace_code);
    else
        memcpy(rep->birthplace_code,
               civil_commune_code(civil_place_candidate(&place, 0)), 5);
    c->compared++;
    c->birth_compared++;
    if (civil_place_matches(c->number, &place, year, &history)) {
        if (history != NULL) { /* matched through a former code */
            f = add(c, NIR_FINDING_PLACE_HISTORY, 0, place_value(c->number),
                    -1);
            civil_number_place(c->number, f->number_place);
            f->place_detail = civil_history_detail(history);
        }
        return;
    }
    /* URSS in the number, Ukraine on the document: the same place. */
    if (place.kind == CIVIL_PLACE_COUNTRY &&
        c->number->place_kind == NIR_PLACE_ABROAD &&
        civil_country_linked(c->number->country_code, place.code)) {
        add(c, NIR_FINDING_COUNTRY_SUCCESSION, 0, place_value(c->number),
            place_code_value(place.code));
    } else {
        f = add(c, NIR_FINDING_BIRTHPLACE_MISMATCH, 1, place_value(c->number),
                -1);
        note_place(f, c->number, &place);
    }
}

static nir_civil_verdict verdict(const check *c)
{
    const nir_civil_report *rep = c->report;
    for (size_t i = 0; i < rep->finding_count; i++)
        if (rep->findings[i].mismatch)
            return NIR_CIVIL_INCONSISTENT;
    if (c->open || c->birth_compared == 0)
        return NIR_CIVIL_UNDETERMINED;
    return NIR_CIVIL_CONSISTENT;
}

static int civil_arguments_ok(const nir_civil_status *civil)
{
    return (unsigned)civil->sex <= NIR_SEX_FEMALE &&
           (unsigned)civil->date_order <= NIR_DATE_ORDER_YMD &&
           (civil->birth_date != NULL || civil->birth_date_len == 0) &&
           (civil->document_country != NULL ||
            civil->document_country_len == 0) &&
           (civil->birthplace != NULL || civil->birthplace_len == 0);
}

nir_status nir_check_civil_status(const char *input, size_t len,
                                  nir_profile profile,
                                  const nir_civil_status *civil,
                                  nir_civil_report *report)
{
    nir_result number;
    check c;
    nir_status st;

    if (report == NULL)
        return NIR_ERR_ARGUMENT;
    memset(report, 0, sizeof *report);
    report->verdict = NIR_CIVIL_UNDETERMINED;
    report->number_status = NIR_ERR_ARGUMENT;
    if (civil == NULL || nir_profile_name(profile) == NULL ||
        (input == NULL && len > 0) || !civil_arguments_ok(civil))
        return NIR_ERR_ARGUMENT;

    memset(&c, 0, sizeof c);
    c.number = &number;
    c.report = report;
    st = nir_parse(input, len, profile, &number);
    report->number_status = st;
    if (st != NIR_OK) {
        add(&c, NIR_FINDING_NUMBER_INVALID, 0, -1, -1);
        return NIR_OK;
    }
    check_sex(&c, civil->sex);
    if (number.kind == NIR_KIND_NNP || number.kind == NIR_KIND_MIG) {
        add(&c, NIR_FINDING_NOT_COMPARABLE, 0, -1, -1);
        c.open = 1;
    } else {
        document_country(&c, civil);
        check_date(&c, civil);
        check_place(&c, civil);
    }
    report->verdict = verdict(&c);
    return NIR_OK;
}
