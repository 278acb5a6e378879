/*
 * test_civil_paths.c -- the less travelled paths of the civil-status
 * cross-check: empty and whitespace-only fields, dates that fall back to
 * year-first, CJK and Korean dates, era years, impossible calendar dates,
 * month words that decide nothing, names found late in the locale walk,
 * place codes at the edges of their ranges, the history rules with and
 * without a birth year, and messages for every detail they can carry
 * (including reports built by the caller).
 */
#include "civil_testutil.h"

/* Cases are written as (given){number, sex, date, ...}: the fields left
 * out are "not given" (zero). */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* Test numbers (keys computed with the R9 rule, checked by valid()). */
#define US_APRIL_65 "165049940400177"   /* man, 1965-04, born in the US */
#define US_FEB_65 "165029940400145"     /* man, 1965-02, born in the US */
#define US_FEB_00 "100029940400129"     /* man, 2000-02, born in the US */
#define CALVADOS "255081416802538"      /* woman, 1955-08, commune 14168 */
#define GREECE_FEB_65 "165029912600143" /* man, 1965-02, born in Greece */
#define VATICAN_FEB_65 "165029912900150" /* man, 1965-02, Vatican */
#define CORSE_20 "165042000400148"      /* man, 1965-04, Corse (20) 004 */
#define CORSE_2A "180012A00400168"      /* man, 1980-01, 2A 004 */
#define CORSE_2B "180012B03300101"      /* man, 1980-01, 2B 033 */
#define CORSE_20_80 "180012000400141"   /* man, 1980-01, 20 004 (late) */
#define SEINE_75 "160037501200107"      /* man, 1960-03, Seine 75 012 */
#define SEINE_OISE_78 "160037864600115" /* man, 1960-03, 78 646 */
#define PARIS_CITY "165047505600110"    /* man, 1965-04, Paris 75 056 */
#define ALGERIA_91 "155039135200196"    /* man, 1955-03, 91 352 */
#define ESSONNE_65 "165049135200110"    /* man, 1965-04, 91 352 */
#define MOROCCO_95 "155039500100142"    /* man, 1955-03, 95 001 */
#define VAL_D_OISE_60 "160039500100188" /* man, 1960-03, 95 001 */
#define TUNISIA_96 "155039600100115"    /* man, 1955-03, 96 001 */
#define CODE_96_60 "160039600100161"    /* man, 1960-03, 96 001 */
#define MARTINIQUE "165049720900164"    /* man, 1965-04, 972 09 */
#define NOUMEA "165029881200154"        /* man, 1965-02, 988 12 */


/* The date was not understood: one informative finding, no reading. */
static void assert_unparsed(const char *number, const char *date,
                            const char *country, nir_date_order order)
{
    nir_civil_report r = run((given){number, NULL, date, country, NULL,
                                     order});
    ck_assert_msg(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED) >= 0,
                  "%s: not reported unparsed", date);
    ck_assert_msg(r.verdict == NIR_CIVIL_UNDETERMINED, "%s: %s", date,
                  nir_civil_verdict_name(r.verdict));
    ck_assert_int_eq(r.date_readings, 0);
    ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH), -1);
}

/* The place was not recognised. */
static void assert_place_unresolved(const char *number, const char *place)
{
    nir_civil_report r = run((given){number, NULL, NULL, NULL, place});
    ck_assert_msg(find(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED) >= 0,
                  "\"%s\": resolved to %s", place, r.birthplace_code);
    ck_assert_str_eq(r.birthplace_code, "");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
}

/* The place resolved to `code` and matches (1) or not (0). */
static void assert_place(const char *number, const char *date,
                         const char *place, const char *code, int matches)
{
    nir_civil_report r = run((given){number, NULL, date, NULL, place});
    ck_assert_msg(strcmp(r.birthplace_code, code) == 0, "\"%s\": %s != %s",
                  place, r.birthplace_code, code);
    ck_assert_msg((find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH) < 0) == matches,
                  "%s \"%s\" (%s): match expected %d", number, place,
                  date ? date : "no date", matches);
    ck_assert_int_eq(r.verdict, matches ? NIR_CIVIL_CONSISTENT
                                        : NIR_CIVIL_INCONSISTENT);
}

START_TEST(test_vectors_are_valid)
{
    static const char *const numbers[] = {
        US_APRIL_65, US_FEB_65, US_FEB_00, CALVADOS, GREECE_FEB_65,
        VATICAN_FEB_65, CORSE_20, CORSE_2A, CORSE_2B, CORSE_20_80, SEINE_75,
        SEINE_OISE_78, PARIS_CITY, ALGERIA_91, ESSONNE_65, MOROCCO_95,
        VAL_D_OISE_60, TUNISIA_96, CODE_96_60, MARTINIQUE, NOUMEA};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        nir_result r;
        ck_assert_msg(parse_s(numbers[i], NIR_PROFILE_STANDARD, &r) == NIR_OK,
                      "%s: %s", numbers[i], nir_status_name(r.status));
    }
}
END_TEST

/* --- names and arguments --- */

START_TEST(test_sex_near_misses)
{
    /* Near "FÉMININ" (eight bytes in UTF-8), each wrong in one place. */
    static const char *const bad[] = {
        "xxxxxxxx",            /* not an f */
        "fxxxxxxx",            /* no UTF-8 lead byte after the f */
        "f\xc3\xa0minin",      /* fàminin: à, not É */
        "F\xc3\x89MINIX",      /* FÉMINI + X */
        "F\xc3\x89MIN"};       /* too short */
    nir_sex s;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        s = NIR_SEX_UNKNOWN;
        ck_assert_msg(nir_sex_from_name(bad[i], strlen(bad[i]), &s) ==
                          NIR_ERR_ARGUMENT, "\"%s\" accepted", bad[i]);
        ck_assert_int_eq(s, NIR_SEX_UNKNOWN);
    }
    s = NIR_SEX_UNKNOWN;
    ck_assert_int_eq(nir_sex_from_name(" F\xc3\x89minin ", 10, &s), NIR_OK);
    ck_assert_int_eq(s, NIR_SEX_FEMALE);
}
END_TEST

START_TEST(test_null_field_with_length)
{
    nir_civil_status civil;
    nir_civil_report report;

    memset(&civil, 0, sizeof civil);
    civil.birth_date_len = 8; /* NULL date with a length */
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15,
                                            NIR_PROFILE_STANDARD, &civil,
                                            &report),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(report.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_int_eq(report.number_status, NIR_ERR_ARGUMENT);
    ck_assert_uint_eq(report.finding_count, 0);

    memset(&civil, 0, sizeof civil);
    civil.document_country_len = 2; /* NULL country with a length */
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15,
                                            NIR_PROFILE_STANDARD, &civil,
                                            &report),
                     NIR_ERR_ARGUMENT);
    ck_assert_uint_eq(report.finding_count, 0);
}
END_TEST

START_TEST(test_empty_fields_are_not_given)
{
    /* Non-NULL pointers with length 0: nothing given, nothing reported. */
    nir_civil_status civil;
    nir_civil_report r;
    memset(&civil, 0, sizeof civil);
    civil.birth_date = "2/4/1965";
    civil.document_country = "US";
    civil.birthplace = "14168";
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15,
                                            NIR_PROFILE_STANDARD, &civil, &r),
                     NIR_OK);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_uint_eq(r.finding_count, 0);
    ck_assert_int_eq(r.date_readings, 0);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
    ck_assert_str_eq(r.birthplace_code, "");
}
END_TEST

START_TEST(test_blank_fields_are_not_understood)
{
    /* Given, but only spaces and tabs: each one is reported, none
     * decides the verdict. */
    nir_civil_report r = run((given){CALVADOS, "F", "   ", " \t ", "\t\t"});
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED)->mismatch,
                     0);
    ck_assert_int_eq(
        must_find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED)->mismatch, 0);
    ck_assert_int_eq(
        must_find(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED)->mismatch, 0);
    ck_assert_uint_eq(r.finding_count, 3);
    /* The sex matched, but a sex alone does not make a check consistent. */
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_str_eq(r.birthplace_code, "");
    /* Spaces and tabs around real values are dropped. */
    r = run((given){CALVADOS, NULL, "\t3/8/1955\t", "FR\t", " 14168\t"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_uint_eq(r.finding_count, 0);
    ck_assert_str_eq(r.birthplace_code, "14168");
}
END_TEST

START_TEST(test_most_findings_in_one_report)
{
    /* Every field wrong at once: six findings, well within the report. */
    nir_civil_report r = run((given){US_APRIL_65, "F", "2-3-1966", "Narnia",
                                     "Gr\xc3\xa8" "ce"});
    static const nir_finding_code codes[] = {
        NIR_FINDING_SEX_MISMATCH, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED,
        NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_FINDING_DATE_AMBIGUOUS,
        NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_FINDING_BIRTHPLACE_MISMATCH};
    ck_assert_uint_eq(r.finding_count, sizeof codes / sizeof codes[0]);
    ck_assert_uint_le(r.finding_count, NIR_MAX_FINDINGS);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        ck_assert_msg(r.findings[i].code == codes[i], "finding %zu: %s", i,
                      nir_finding_name(r.findings[i].code));
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "99126");
}
END_TEST

/* --- numeric dates --- */

START_TEST(test_year_first_fallback)
{
    /* 65/02/04 cannot be day- or month-first: year-first it is. */
    nir_civil_report r = run((given){US_FEB_65, NULL, "65/02/04"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    ck_assert_int_eq(r.date_readings, 1);
    assert_date(&r.reading[0], 65, 2, 4, 2);
    /* A US document implies month-first, which does not fit: the order
     * is only implied, so the date is still read. */
    r = run((given){US_FEB_65, NULL, "65/02/04", "US"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    /* Given explicitly, an order that does not fit makes it unreadable. */
    assert_unparsed(US_FEB_65, "65/02/04", NULL, NIR_DATE_ORDER_MDY);
    assert_unparsed(US_FEB_65, "2/4/1965", NULL, NIR_DATE_ORDER_YMD);
}
END_TEST

START_TEST(test_short_words_in_numeric_date)
{
    nir_civil_report r = run((given){US_APRIL_65, NULL, "le 02/04/1965",
                                     "FR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    assert_date(&r.reading[0], 1965, 4, 2, 4);
    /* A long word is not a filler: not read. */
    assert_unparsed(US_APRIL_65, "02/04/1965 environ", NULL,
                    NIR_DATE_ORDER_UNSPECIFIED);
}
END_TEST

START_TEST(test_cjk_and_korean_dates)
{
    /* 1965년 2월 4일 */
    nir_civil_report r = run((given){US_FEB_65, NULL,
                                     "1965\xeb\x85\x84 2\xec\x9b\x94 "
                                     "4\xec\x9d\xbc"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    /* 65年2月4日: the marks fix year-first even with two year digits. */
    r = run((given){US_FEB_65, NULL, "65\xe5\xb9\xb4" "2\xe6\x9c\x88"
                                     "4\xe6\x97\xa5"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    assert_date(&r.reading[0], 65, 2, 4, 2);
    /* 1965年2月4日(木曜日): the weekday's 日 ends the word 木曜. */
    r = run((given){US_FEB_65, NULL, "1965\xe5\xb9\xb4" "2\xe6\x9c\x88"
                                     "4\xe6\x97\xa5(\xe6\x9c\xa8\xe6\x9b\x9c"
                                     "\xe6\x97\xa5)"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    /* 65年Feb.4日: the marks make the first number the year even with a
     * month name (without them, 65 would be the day). */
    r = run((given){US_FEB_65, NULL, "65\xe5\xb9\xb4" "Feb.4\xe6\x97\xa5"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 65, 2, 4, 2);
    assert_unparsed(US_FEB_65, "65 Feb. 4", NULL, NIR_DATE_ORDER_UNSPECIFIED);
    /* 公元1965年2月4日 ("AD 1965"): a word before a full year is fine. */
    r = run((given){US_FEB_65, NULL, "\xe5\x85\xac\xe5\x85\x83" "1965"
                                     "\xe5\xb9\xb4" "2\xe6\x9c\x88"
                                     "4\xe6\x97\xa5"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    /* Bad field widths under the marks: 123年, 5年, 1965-123-4, ... */
    assert_unparsed(US_FEB_65, "123\xe5\xb9\xb4" "2\xe6\x9c\x88"
                               "4\xe6\x97\xa5", NULL,
                    NIR_DATE_ORDER_UNSPECIFIED);
    assert_unparsed(US_FEB_65, "5\xe5\xb9\xb4" "2\xe6\x9c\x88"
                               "4\xe6\x97\xa5", NULL,
                    NIR_DATE_ORDER_UNSPECIFIED);
    assert_unparsed(US_FEB_65, "1965-123-4", NULL,
                    NIR_DATE_ORDER_UNSPECIFIED);
    assert_unparsed(US_FEB_65, "1965-02-123", NULL,
                    NIR_DATE_ORDER_UNSPECIFIED);
}
END_TEST

/* Regression: an era year (昭和40年 = 1965, 民國54年 = 1965) was compared
 * as a Gregorian two-digit year and reported as a birth-year mismatch.
 * Without a document country whose calendar names the era, it cannot be
 * compared: the date is reported as not understood. (With JP or TW it is
 * read in that calendar: test_civil_names.c.) */
START_TEST(test_cjk_era_year_not_compared)
{
    static const struct {
        const char *date, *country;
    } cases[] = {
        {"\xe6\x98\xad\xe5\x92\x8c" "40\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", "CN"},  /* 昭和40年2月4日 */
        {"\xe6\xb0\x91\xe5\x9c\x8b" "54\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", "JP"},  /* 民國54年2月4日: not a Japanese era */
        {"\xe6\x98\xad\xe5\x92\x8c" "40\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r = run((given){US_FEB_65, "M", cases[i].date,
                                         cases[i].country});
        /* The sex alone matched: not enough to call it consistent. */
        ck_assert_msg(r.verdict == NIR_CIVIL_UNDETERMINED, "case %zu: %s", i,
                      nir_civil_verdict_name(r.verdict));
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH), -1);
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        ck_assert_int_eq(r.date_readings, 0);
    }
}
END_TEST

START_TEST(test_impossible_calendar_dates)
{
    nir_civil_report r;
    static const char *const dates[] = {
        "2/30/65",    /* neither 2 of month 30 nor 30 February */
        "4/0/1965",   /* month 0, or day 0 */
        "29/02/1900", /* 1900 is not a leap year */
        "4/2/0965",   /* four digits, but not a year of ours */
        "0965-02-04",
        "123/4/1965", /* three-digit day or month */
        "4/123/1965",
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
        assert_unparsed(US_FEB_65, dates[i], NULL,
                        NIR_DATE_ORDER_UNSPECIFIED);
    /* 2000 is a leap year (divisible by 400). */
    r = run((given){US_FEB_00, NULL, "29/02/2000", "US"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY); /* MDY cannot be */
    assert_date(&r.reading[0], 2000, 2, 29, 4);
}
END_TEST

/* Years of other calendars are not compared as Gregorian years: each of
 * these is 4 February 1965 (or close), and compared as written would give
 * a false birth_year_mismatch (65 against 43, 84, 08, 98, 25). */
START_TEST(test_other_calendar_years_not_compared)
{
    static const struct {
        const char *date, *country;
    } cases[] = {
        /* (Read in the calendar of a document from Iran, Saudi Arabia or
         * Thailand: test_civil_names.c.) */
        {"1343/11/15", NULL},       /* Solar Hijri (Iran) */
        {"02/10/1384", "EG"},       /* lunar Hijri */
        {"04/02/2508", "FR"},       /* Thai Buddhist era */
        {"4 February 2508", NULL},
        {"4298-02-04", "KR"},       /* Dangi */
        {"04.02.5725", NULL},       /* Hebrew */
        {"4/2/1799", NULL},         /* before anyone in the register */
        {"4/2/2400", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r = run((given){US_FEB_65, NULL, cases[i].date,
                                         cases[i].country});
        ck_assert_msg(r.verdict != NIR_CIVIL_INCONSISTENT, "%s",
                      cases[i].date);
        ck_assert_int_lt(find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH), 0);
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
    }
    /* The bounds themselves are Gregorian years. */
    {
        nir_civil_report r = run((given){"100029940400129", NULL,
                                         "4/2/1800", "FR"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT); /* year 00 */
        r = run((given){"199029940400128", NULL, "4/2/2399", "FR"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT); /* year 99 */
    }
}
END_TEST

/* --- written months --- */

START_TEST(test_decomposed_accents)
{
    /* "février" typed with a combining acute accent (NFD). */
    nir_civil_report r = run((given){US_FEB_65, NULL,
                                     "4 fe\xcc\x81vrier 1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_readings, 1);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
}
END_TEST

START_TEST(test_month_words_that_decide_nothing)
{
    static const char *const dates[] = {
        /* A month, fillers, and a long word no language knows. */
        "4 de f\xc3\xa9vrier de 1965 zzzq",
        /* "jui" begins both juin and juillet: not a choice to make. */
        "4 jui 1965",
        /* Month and year only. */
        "February 1965",
        /* A day or year of the wrong width. */
        "123 February 1965",
        "4 February 196",
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
        assert_unparsed(US_FEB_65, dates[i], NULL,
                        NIR_DATE_ORDER_UNSPECIFIED);
    /* The same words with a real month decide. */
    {
        nir_civil_report r = run((given){US_FEB_65, NULL,
                                         "4 de f\xc3\xa9vrier de 1965"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){US_FEB_65, NULL, "4 juil 1965"});
        ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH)
                             ->document_value, 7);
    }
}
END_TEST

START_TEST(test_month_and_weekday_in_two_languages)
{
    /* The month is French, the weekday German: the walk goes on past the
     * language of the month until the weekday is known. */
    nir_civil_report r = run((given){US_FEB_65, NULL,
                                     "Donnerstag, 4. f\xc3\xa9vrier 1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    /* "Sun" is also how ICU's root data abbreviates Sunday. */
    r = run((given){US_FEB_65, NULL, "Sun, 4 Feb 1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
}
END_TEST

START_TEST(test_document_language_unknown_to_icu)
{
    /* Papua New Guinea: Tok Pisin (tpi), which ICU has no data for. The
     * month is found in the other languages; a word that is no month
     * stays unknown. */
    nir_civil_report r = run((given){US_FEB_65, NULL,
                                     "4 f\xc3\xa9vrier 1965", "PG"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    assert_unparsed(US_FEB_65, "4 Smarch 1965", "PG",
                    NIR_DATE_ORDER_UNSPECIFIED);
}
END_TEST

/* --- document countries and names found late --- */

START_TEST(test_document_country_without_iso_code)
{
    /* 99305 Cameroun et Togo has no ISO code and no successor in INSEE's
     * list: no language, no order. (Tchécoslovaquie, 99115, stands for
     * Czech documents: data/civil_country_aliases.csv.) */
    nir_civil_report r = run((given){US_FEB_65, NULL, "2/4/1965", "99305"});
    ck_assert_int_eq(find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED), -1);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
    ck_assert_int_eq(r.date_readings, 2);
    ck_assert_int_eq(must_find(&r, NIR_FINDING_DATE_AMBIGUOUS)->matched_order,
                     NIR_DATE_ORDER_MDY);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
}
END_TEST

START_TEST(test_document_country_odd_codes)
{
    /* Two or three characters that are not all letters, a 9x code that
     * is not 99xxx: not countries. */
    static const char *const countries[] = {"U{", "a_", "98123", "@@"};
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++) {
        nir_civil_report r = run((given){US_FEB_65, NULL, "2/4/1965",
                                         countries[i]});
        ck_assert_msg(find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED) >= 0,
                      "%s", countries[i]);
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED); /* ambiguous */
    }
}
END_TEST

START_TEST(test_names_found_late_in_locale_walk)
{
    /* Greek document: Greek first, then the usual languages, then every
     * other one (Greek is not tried twice); Finnish comes late. */
    nir_civil_report r = run((given){US_FEB_65, NULL, NULL, "GR",
                                     "Yhdysvallat"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "99404");
    r = run((given){US_FEB_65, NULL, "4. helmikuuta 1965", "GR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    /* Samoa: its language (sm) has no region names in ICU; the walk goes
     * on to the others. Its other official language's locale, en_WS,
     * writes day first. */
    r = run((given){US_FEB_65, NULL, "4/2/65", "WS", "Vereinigte Staaten"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    ck_assert_str_eq(r.birthplace_code, "99404");
}
END_TEST

START_TEST(test_names_in_hangul_and_outside_the_bmp)
{
    /* Korean: each syllable decomposes to two or three jamo, and the keys
     * are compared syllable by syllable; "미구" is "미국" (the United
     * States) without its last consonant, no name. */
    assert_place(US_FEB_65, NULL, "\xeb\xaf\xb8\xea\xb5\xad", "99404", 1);
    assert_place_unresolved(US_FEB_65, "\xeb\xaf\xb8\xea\xb5\xac");
    /* Adlam (Fula, ff_Adlm), a cased script outside the BMP: the United
     * States in capitals and in small letters; one word of it is no
     * name. */
    assert_place(US_FEB_65, NULL,
                 "\xf0\x9e\xa4\x81\xf0\x9e\xa4\xab\xf0\x9e\xa4\xb2"
                 "\xf0\x9e\xa4\xbc\xf0\x9e\xa4\xa2\xf0\x9e\xa4\xa4 "
                 "\xf0\x9e\xa4\x82\xf0\x9e\xa4\xa2\xf0\x9e\xa4\xaa"
                 "\xf0\x9e\xa4\xab",
                 "99404", 1);
    assert_place(US_FEB_65, NULL,
                 "\xf0\x9e\xa4\xa3\xf0\x9e\xa4\xab\xf0\x9e\xa4\xb2"
                 "\xf0\x9e\xa4\xbc\xf0\x9e\xa4\xa2\xf0\x9e\xa4\xa4 "
                 "\xf0\x9e\xa4\xa4\xf0\x9e\xa4\xa2\xf0\x9e\xa4\xaa"
                 "\xf0\x9e\xa4\xab",
                 "99404", 1);
    assert_place_unresolved(US_FEB_65,
                            "\xf0\x9e\xa4\x81\xf0\x9e\xa4\xab"
                            "\xf0\x9e\xa4\xb2\xf0\x9e\xa4\xbc"
                            "\xf0\x9e\xa4\xa2\xf0\x9e\xa4\xa4");
}
END_TEST

START_TEST(test_region_names_that_are_no_country)
{
    /* ICU names the European Union and the world (EU, 001) in every
     * language; neither is a country of birth. */
    static const char *const names[] = {"Union europ\303\251enne",
                                        "European Union", "Monde", "World"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_place_unresolved(US_FEB_65, names[i]);
}
END_TEST

START_TEST(test_insee_alternative_and_official_names)
{
    /* "VATICAN, ou SAINT-SIEGE": the first half. */
    assert_place(VATICAN_FEB_65, NULL, "Vatican", "99129", 1);
    assert_place(US_FEB_65, NULL, "Vatican", "99129", 0);
    /* The official name, "RÉPUBLIQUE HELLÉNIQUE". */
    assert_place(GREECE_FEB_65, NULL, "R\xc3\xa9publique hell\xc3\xa9nique",
                 "99126", 1);
}
END_TEST

/* --- places --- */

START_TEST(test_birthplace_code_edges)
{
    static const char *const unresolved[] = {
        "1",     /* too short for a code */
        "00",    /* département 00 */
        "96",    /* Tunisia before independence: not a place code */
        "99",    /* abroad, but which country? */
        "00123", "97A", "97A12",
        "99A12", /* 99 + not a number */
        "1416",  /* département + 2 digits */
        "14A68",
    };
    for (size_t i = 0; i < sizeof unresolved / sizeof unresolved[0]; i++)
        assert_place_unresolved(US_FEB_65, unresolved[i]);
    assert_place(CORSE_2A, NULL, "2a004", "2A004", 1);     /* lower case */
    assert_place(CORSE_2B, NULL, "Haute-Corse", "2B", 1);  /* by name */
    assert_place(CORSE_2A, NULL, "Haute-Corse", "2B", 0);
    assert_place(NOUMEA, NULL, "988", "988", 1);           /* 98x */
    assert_place(NOUMEA, NULL, "98812", "98812", 1);
    assert_place(NOUMEA, NULL, "98813", "98813", 0);
    assert_place(MARTINIQUE, NULL, "MTQ", "972", 1);       /* ISO code */
    assert_place(MARTINIQUE, NULL, "mq", "972", 1);
    assert_place(NOUMEA, NULL, "MQ", "972", 0);
}
END_TEST

START_TEST(test_birthplace_history_edges)
{
    /* Corsica 20 vs 2A/2B: with no birth year, the number's 20 may be
     * either; born in 1965, too; born in 1980, 20 was no longer given. */
    assert_place(CORSE_20, NULL, "2A004", "2A004", 1);
    assert_place(CORSE_20, "4/4/1965", "2A004", "2A004", 1);
    assert_place(CORSE_20_80, NULL, "2A004", "2A004", 1);
    assert_place(CORSE_20_80, "1/1/1980", "2A004", "2A004", 0);
    assert_place(CORSE_20, NULL, "14", "14", 0);
    assert_place(CALVADOS, NULL, "20", "20", 0);
    /* Seine-et-Oise (78) covered 78, 91-95, not 14. */
    assert_place(SEINE_OISE_78, "3/3/1960", "14", "14", 0);
    /* Paris: the city code 056 and its arrondissements 101-120 only. */
    assert_place(PARIS_CITY, NULL, "75105", "75105", 1);
    assert_place(PARIS_CITY, NULL, "75120", "75120", 1);
    assert_place_unresolved(PARIS_CITY, "75121"); /* no 21st arrondissement */
    assert_place(SEINE_75, NULL, "75056", "75056", 0);
    /* North Africa: the old codes hold up to independence only (with no
     * birth year, they may). */
    assert_place(ALGERIA_91, NULL, "Alg\xc3\xa9rie", "99352", 1);
    assert_place(MOROCCO_95, NULL, "Maroc", "99350", 1);
    assert_place(TUNISIA_96, NULL, "Tunisie", "99351", 1);
    assert_place(ALGERIA_91, "3/3/1955", "Alg\xc3\xa9rie", "99352", 1);
    assert_place(ESSONNE_65, "4/4/1965", "Alg\xc3\xa9rie", "99352", 0);
    assert_place(CALVADOS, NULL, "Alg\xc3\xa9rie", "99352", 0);
    assert_place(MOROCCO_95, "3/3/1955", "Maroc", "99350", 1);
    assert_place(VAL_D_OISE_60, "3/3/1960", "Maroc", "99350", 0);
    assert_place(TUNISIA_96, "3/3/1955", "Tunisie", "99351", 1);
    assert_place(CODE_96_60, "3/3/1960", "Tunisie", "99351", 0);
    /* 96 is not France. */
    assert_place(TUNISIA_96, NULL, "France", "FR", 0);
}
END_TEST

/* --- messages --- */

START_TEST(test_message_year_first_swap)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){US_FEB_65, NULL, "1965-04-02"});
    const nir_finding *f = must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED);
    ck_assert_int_eq(f->expected_month, 4);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    ck_assert_int_eq(r.date_readings, 1); /* ISO 8601 reads one way */
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "the document (year-month-day) reads "
                                     "2 April 1965"));
    ck_assert_ptr_nonnull(strstr(en, "should carry month 04"));
    ck_assert_ptr_null(strstr(en, "other way"));
    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "(ann\xc3\xa9" "e-mois-jour)"));
    ck_assert_ptr_null(strstr(fr, "autre ordre"));
}
END_TEST

/* Regression: a two-digit document year was shown without its leading
 * zero ("gives 5" for a document reading 05). */
START_TEST(test_message_two_digit_years)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2/4/65", "US"});
    must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED);
    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "reads 4 February 65:"));
    ck_assert_ptr_nonnull(strstr(en, "(Read the other way: 2 April 65.)"));
    r = run((given){US_APRIL_65, NULL, "4/4/05"});
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH)
                         ->document_value, 5);
    message(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The number carries birth year 65, but the "
                         "document gives 05.");
    message(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "mais le document indique 05."));
    /* A full year is shown with its last two digits. */
    r = run((given){US_APRIL_65, NULL, "4/4/1905"});
    message(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "the document gives 1905 (05)."));
}
END_TEST

START_TEST(test_message_first_of_month_in_french)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, NULL, "1/9/1955"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    message(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "(1er septembre 1955 ou 9 janvier "
                                     "1955)"));
    message(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "(1 September 1955 or 9 January "
                                     "1955)"));
}
END_TEST

START_TEST(test_message_places)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){US_APRIL_65, NULL, NULL, NULL,
                                     "France"});
    ck_assert_str_eq(r.birthplace_code, "FR");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says France; the number carries a "
                         "birth in United States.");
    /* A Corsican number's place is not all digits: not quoted. */
    r = run((given){CORSE_2A, NULL, NULL, NULL, "Calvados"});
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH)
                         ->number_value, -1);
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Calvados; the number carries a "
                         "birth in Ajaccio (Corse-du-Sud).");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_str_eq(fr, "Le document indique comme lieu de naissance : "
                         "Calvados ; le num\xc3\xa9ro porte une naissance : "
                         "Ajaccio (Corse-du-Sud).");
}
END_TEST

START_TEST(test_message_zero_size_buffer)
{
    char out[8] = "XYZ";
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2/4/1965", "US"});
    size_t n = nir_finding_message(&r, 0, NIR_LANG_EN, NULL, 0);
    ck_assert_uint_gt(n, 100);
    /* A buffer of size 0 is not written to, not even its first byte. */
    ck_assert_uint_eq(nir_finding_message(&r, 0, NIR_LANG_EN, out, 0), n);
    ck_assert_str_eq(out, "XYZ");
}
END_TEST

/* Reports built by the caller (e.g. stored and read back): messages stay
 * bounded and say what they can. */
START_TEST(test_message_of_crafted_reports)
{
    char out[512];
    nir_civil_report r;
    size_t n;

    /* A count beyond the array: nothing is read past it. */
    memset(&r, 0, sizeof r);
    r.finding_count = NIR_MAX_FINDINGS + 5;
    r.findings[NIR_MAX_FINDINGS - 1].code = NIR_FINDING_NOT_COMPARABLE;
    ck_assert_uint_gt(nir_finding_message(&r, NIR_MAX_FINDINGS - 1,
                                          NIR_LANG_EN, out, sizeof out), 0);
    ck_assert_uint_eq(nir_finding_message(&r, NIR_MAX_FINDINGS, NIR_LANG_EN,
                                          out, sizeof out), 0);
    ck_assert_str_eq(out, "");

    /* An unknown finding code. */
    memset(&r, 0, sizeof r);
    r.finding_count = 1;
    r.findings[0].code = (nir_finding_code)99;
    nir_finding_message(&r, 0, NIR_LANG_EN, out, sizeof out);
    ck_assert_str_eq(out, "Unknown finding.");
    nir_finding_message(&r, 0, NIR_LANG_FR, out, sizeof out);
    ck_assert_str_eq(out, "Constat inconnu.");

    /* A month mismatch without a second reading, a month code beyond the
     * pseudo-months and a reading whose month is out of range. */
    memset(&r, 0, sizeof r);
    r.finding_count = 1;
    r.date_readings = 1;
    r.reading[0] = (nir_date){1965, 4, 13, 4};
    r.findings[0].code = NIR_FINDING_BIRTH_MONTH_MISMATCH;
    r.findings[0].number_value = 50;
    r.findings[0].document_value = -1;
    n = nir_finding_message(&r, 0, NIR_LANG_EN, out, sizeof out);
    ck_assert_uint_eq(n, strlen(out));
    ck_assert_ptr_nonnull(strstr(out, "The number carries month 50, but "
                                      "the document reads 4 ? 1965"));

    /* A swap with no order recorded, and an ambiguity whose matched order
     * is out of range. */
    memset(&r, 0, sizeof r);
    r.finding_count = 2;
    r.date_readings = 1;
    r.reading[0] = (nir_date){1965, 4, 2, 4};
    r.findings[0].code = NIR_FINDING_DAY_MONTH_SWAPPED;
    r.findings[0].number_value = 4;
    r.findings[0].document_value = 4;
    r.findings[0].expected_month = 2;
    r.findings[1].code = NIR_FINDING_DATE_AMBIGUOUS;
    r.findings[1].number_value = 4;
    r.findings[1].matched_order = (nir_date_order)7;
    nir_finding_message(&r, 0, NIR_LANG_EN, out, sizeof out);
    ck_assert_ptr_nonnull(strstr(out, "but the document reads 4 February "
                                      "1965: the 04 is the day."));
    nir_finding_message(&r, 1, NIR_LANG_EN, out, sizeof out);
    ck_assert_ptr_nonnull(strstr(out, "which matches the ? reading."));
}
END_TEST

static Suite *civil_paths_suite(void)
{
    Suite *s = suite_create("civil_paths");
    TCase *args = tcase_create("arguments");
    TCase *dates = tcase_create("dates");
    TCase *places = tcase_create("places");
    TCase *messages = tcase_create("messages");

    tcase_add_test(args, test_vectors_are_valid);
    tcase_add_test(args, test_sex_near_misses);
    tcase_add_test(args, test_null_field_with_length);
    tcase_add_test(args, test_empty_fields_are_not_given);
    tcase_add_test(args, test_blank_fields_are_not_understood);
    tcase_add_test(args, test_most_findings_in_one_report);

    tcase_add_test(dates, test_year_first_fallback);
    tcase_add_test(dates, test_short_words_in_numeric_date);
    tcase_add_test(dates, test_cjk_and_korean_dates);
    tcase_add_test(dates, test_cjk_era_year_not_compared);
    tcase_add_test(dates, test_impossible_calendar_dates);
    tcase_add_test(dates, test_other_calendar_years_not_compared);
    tcase_add_test(dates, test_decomposed_accents);
    tcase_add_test(dates, test_month_words_that_decide_nothing);
    tcase_add_test(dates, test_month_and_weekday_in_two_languages);
    tcase_add_test(dates, test_document_language_unknown_to_icu);

    tcase_add_test(places, test_document_country_without_iso_code);
    tcase_add_test(places, test_document_country_odd_codes);
    tcase_add_test(places, test_names_found_late_in_locale_walk);
    tcase_add_test(places, test_names_in_hangul_and_outside_the_bmp);
    tcase_add_test(places, test_region_names_that_are_no_country);
    tcase_add_test(places, test_insee_alternative_and_official_names);
    tcase_add_test(places, test_birthplace_code_edges);
    tcase_add_test(places, test_birthplace_history_edges);

    tcase_add_test(messages, test_message_year_first_swap);
    tcase_add_test(messages, test_message_two_digit_years);
    tcase_add_test(messages, test_message_first_of_month_in_french);
    tcase_add_test(messages, test_message_places);
    tcase_add_test(messages, test_message_zero_size_buffer);
    tcase_add_test(messages, test_message_of_crafted_reports);
    /* The first ICU calls load locale data; unknown names walk every
     * locale; sanitizer builds are slower still. */
    tcase_set_timeout(args, 60);
    tcase_set_timeout(dates, 60);
    tcase_set_timeout(places, 60);
    tcase_set_timeout(messages, 60);

    suite_add_tcase(s, args);
    suite_add_tcase(s, dates);
    suite_add_tcase(s, places);
    suite_add_tcase(s, messages);
    return s;
}

NIR_TEST_MAIN(civil_paths_suite)
