/*
 * test_civil.c -- the civil-status cross-check: every finding code, the
 * US month-first misreading (the seed case), date orders implied by the
 * document's country, written months and country names in many languages,
 * the place-code history (Corsica, Seine, Seine-et-Oise, North Africa),
 * messages in English and French, and hostile input in every field.
 */
#include <pthread.h>

#include "civil_testutil.h"

/* Cases are written as (given){number, sex, date, ...}: the fields left
 * out are "not given" (zero), which is the point. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* Test numbers (keys computed with the R9 rule, checked by valid()). */
#define US_APRIL_65 "165049940400177"  /* man, 1965-04, born in the US */
#define US_FEB_65 "165029940400145"    /* man, 1965-02, born in the US */
#define F_FEB_65 "265029940400192"     /* woman, 1965-02, US */
#define CALVADOS "255081416802538"     /* woman, 1955-08, commune 14168 */
#define UNKNOWN_MONTH "141208078200587" /* man, 1941, month code 20 */
#define PSEUDO_34 "165349940400172"    /* man, 1965, month code 34 (April) */
#define CHINA_FEB_65 "165029921600159" /* man, 1965-02, born in China */
#define CORSE_20 "165042000400148"     /* man, 1965-04, Corse (20) 004 */
#define CORSE_2A "180012A00400168"     /* man, 1980-01, 2A 004 */
#define SEINE_75 "160037501200107"     /* man, 1960-03, Seine 75 012 */
#define SEINE_OISE_78 "160037864600115" /* man, 1960-03, 78 646 */
#define ALGERIA_91 "155039135200196"   /* man, 1955-03, 91 352 */
#define MOROCCO_95 "155039500100142"   /* man, 1955-03, 95 001 */
#define TUNISIA_96 "155039600100115"   /* man, 1955-03, 96 001 */
#define MARTINIQUE "165049720900164"   /* man, 1965-04, 972 09 */
#define PARIS_5E "165047510500192"     /* man, 1965-04, 75 105 */
#define TEMPORARY "365049940400174"    /* temporary, man, 1965-04, US */
#define NNP_FEMALE "811231234567808"
#define MIG_MALE "511231234567861"


static int has_mismatch(const nir_civil_report *r)
{
    for (size_t i = 0; i < r->finding_count; i++)
        if (r->findings[i].mismatch)
            return 1;
    return 0;
}

START_TEST(test_vectors_are_valid)
{
    static const char *const numbers[] = {
        US_APRIL_65, US_FEB_65, F_FEB_65, CALVADOS, UNKNOWN_MONTH, PSEUDO_34,
        CHINA_FEB_65, CORSE_20, CORSE_2A, SEINE_75, SEINE_OISE_78,
        ALGERIA_91, MOROCCO_95, TUNISIA_96, MARTINIQUE, PARIS_5E, TEMPORARY,
        NNP_FEMALE, MIG_MALE};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        nir_result r;
        ck_assert_msg(parse_s(numbers[i], NIR_PROFILE_STANDARD, &r) == NIR_OK,
                      "%s: %s", numbers[i], nir_status_name(r.status));
    }
}
END_TEST

/* --- names --- */

START_TEST(test_date_order_names)
{
    nir_date_order o = NIR_DATE_ORDER_UNSPECIFIED;
    ck_assert_str_eq(nir_date_order_name(NIR_DATE_ORDER_DMY), "dmy");
    ck_assert_str_eq(nir_date_order_name(NIR_DATE_ORDER_MDY), "mdy");
    ck_assert_str_eq(nir_date_order_name(NIR_DATE_ORDER_YMD), "ymd");
    ck_assert_ptr_null(nir_date_order_name(NIR_DATE_ORDER_UNSPECIFIED));
    ck_assert_ptr_null(nir_date_order_name((nir_date_order)9));
    ck_assert_int_eq(nir_date_order_from_name("MDY", 3, &o), NIR_OK);
    ck_assert_int_eq(o, NIR_DATE_ORDER_MDY);
    ck_assert_int_eq(nir_date_order_from_name("ymd", 3, &o), NIR_OK);
    ck_assert_int_eq(o, NIR_DATE_ORDER_YMD);
    ck_assert_int_eq(nir_date_order_from_name("dMy", 3, &o), NIR_OK);
    ck_assert_int_eq(o, NIR_DATE_ORDER_DMY);
    ck_assert_int_eq(nir_date_order_from_name("dm", 2, &o), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_date_order_from_name("dmyy", 4, &o),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_date_order_from_name("dmy\0", 4, &o),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_date_order_from_name("d.m", 3, &o),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_date_order_from_name(NULL, 0, &o), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_date_order_from_name("dmy", 3, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(o, NIR_DATE_ORDER_DMY); /* untouched on error */
}
END_TEST

START_TEST(test_sex_names)
{
    static const char *const male[] = {"M", "m", "H", "1", "male", "Homme",
                                       "MASCULIN", "man", "  M  "};
    static const char *const female[] = {
        "F", "2", "female", "FEMME", "f\xc3\xa9minin", "F\xc3\x89MININ",
        "feminin", "Woman", "\tf "};
    static const char *const bad[] = {"x", "3", "mal", "femmes",
                                      "f\xc3\xa9", "\xff", "M\0", "..."};
    nir_sex s;
    for (size_t i = 0; i < sizeof male / sizeof male[0]; i++) {
        s = NIR_SEX_UNKNOWN;
        ck_assert_int_eq(nir_sex_from_name(male[i], strlen(male[i]), &s),
                         NIR_OK);
        ck_assert_int_eq(s, NIR_SEX_MALE);
    }
    for (size_t i = 0; i < sizeof female / sizeof female[0]; i++) {
        s = NIR_SEX_UNKNOWN;
        ck_assert_msg(nir_sex_from_name(female[i], strlen(female[i]), &s) ==
                          NIR_OK, "%s", female[i]);
        ck_assert_int_eq(s, NIR_SEX_FEMALE);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t len = i == 6 ? 2 : strlen(bad[i]);
        s = NIR_SEX_UNKNOWN;
        ck_assert_int_eq(nir_sex_from_name(bad[i], len, &s), NIR_ERR_ARGUMENT);
        ck_assert_int_eq(s, NIR_SEX_UNKNOWN);
    }
    /* Blank is "not given", not an error. */
    s = NIR_SEX_MALE;
    ck_assert_int_eq(nir_sex_from_name("", 0, &s), NIR_OK);
    ck_assert_int_eq(s, NIR_SEX_UNKNOWN);
    ck_assert_int_eq(nir_sex_from_name(NULL, 0, &s), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_sex_from_name("M", 1, NULL), NIR_ERR_ARGUMENT);
}
END_TEST

START_TEST(test_verdict_and_finding_names)
{
    static const char *const names[] = {
        NULL, "sex_mismatch", "birth_year_mismatch", "birth_month_mismatch",
        "birthplace_mismatch", "birth_month_unknown", "date_ambiguous",
        "day_month_swapped", "birthplace_unresolved", "birth_date_unparsed",
        "document_country_unresolved", "number_invalid", "not_comparable",
        "other_calendar", "country_succession", NULL, NULL,
        "place_history"};
    ck_assert_str_eq(nir_civil_verdict_name(NIR_CIVIL_CONSISTENT),
                     "consistent");
    ck_assert_str_eq(nir_civil_verdict_name(NIR_CIVIL_INCONSISTENT),
                     "inconsistent");
    ck_assert_str_eq(nir_civil_verdict_name(NIR_CIVIL_UNDETERMINED),
                     "cannot_tell");
    ck_assert_ptr_null(nir_civil_verdict_name((nir_civil_verdict)3));
    ck_assert_ptr_null(nir_finding_name((nir_finding_code)0));
    ck_assert_ptr_null(nir_finding_name((nir_finding_code)18));
    for (int i = 1; i < (int)(sizeof names / sizeof names[0]); i++)
        if (names[i] == NULL) /* codes 15 and 16 are not used */
            ck_assert_ptr_null(nir_finding_name((nir_finding_code)i));
        else
            ck_assert_str_eq(nir_finding_name((nir_finding_code)i), names[i]);
}
END_TEST

/* --- the seed case: a US document read the European way --- */

START_TEST(test_seed_us_document_day_month_swapped)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2/4/1965", "US"});
    const nir_finding *f = must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED);

    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(r.number_status, NIR_OK);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
    ck_assert_int_eq(f->mismatch, 1);
    ck_assert_int_eq(f->expected_month, 2);
    ck_assert_int_eq(f->number_value, 4);
    ck_assert_int_eq(f->document_value, 4);
    ck_assert_int_eq(r.date_readings, 2);
    assert_date(&r.reading[0], 1965, 2, 4, 4); /* month-day-year */
    assert_date(&r.reading[1], 1965, 4, 2, 4); /* the misreading */
    ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH), -1);
    ck_assert_uint_eq(r.finding_count, 1);

    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "month 04"));
    ck_assert_ptr_nonnull(strstr(en, "month-day-year"));
    ck_assert_ptr_nonnull(strstr(en, "4 February 1965"));
    ck_assert_ptr_nonnull(strstr(en, "2 April 1965"));
    ck_assert_ptr_nonnull(strstr(en, "should carry month 02"));
    ck_assert_ptr_nonnull(strstr(en, "issuing office"));
    ck_assert_ptr_nonnull(strstr(en, "cannot be guessed"));
    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "mois 04"));
    ck_assert_ptr_nonnull(strstr(fr, "mois-jour-ann\xc3\xa9" "e"));
    ck_assert_ptr_nonnull(strstr(fr, "4 f\xc3\xa9vrier 1965"));
    ck_assert_ptr_nonnull(strstr(fr, "porter le mois 02"));
    ck_assert_ptr_nonnull(strstr(fr, "CPAM/INSEE"));
    ck_assert_str_ne(en, fr);
    /* Messages quote fields, never the number. */
    ck_assert_ptr_null(strstr(en, "1650499404"));
    ck_assert_ptr_null(strstr(fr, "1650499404"));
}
END_TEST

START_TEST(test_seed_same_date_french_document_consistent)
{
    static const char *const france[] = {"FR", "fra", "France",
                                         "Frankreich", "Francia"};
    for (size_t i = 0; i < sizeof france / sizeof france[0]; i++) {
        nir_civil_report r =
            run((given){US_APRIL_65, "M", "2/4/1965", france[i]});
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s", france[i]);
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
        ck_assert_uint_eq(r.finding_count, 0);
        assert_date(&r.reading[0], 1965, 4, 2, 4);
    }
}
END_TEST

START_TEST(test_explicit_order_overrides_country)
{
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2/4/1965", "US",
                                     NULL, NIR_DATE_ORDER_DMY});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    r = run((given){US_APRIL_65, NULL, "2/4/1965", NULL, NULL,
                    NIR_DATE_ORDER_MDY});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED)
                         ->expected_month, 2);
    /* The right number for that document. */
    r = run((given){US_FEB_65, NULL, "2/4/1965", "United States"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
}
END_TEST

/* --- ambiguity --- */

START_TEST(test_ambiguous_without_country)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){US_APRIL_65, NULL, "02/04/1965"});
    const nir_finding *f = must_find(&r, NIR_FINDING_DATE_AMBIGUOUS);
    ck_assert_int_eq(f->mismatch, 0);
    ck_assert_int_eq(f->matched_order, NIR_DATE_ORDER_DMY);
    ck_assert_int_eq(f->expected_month, 4);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
    ck_assert_int_eq(r.date_readings, 2);
    assert_date(&r.reading[0], 1965, 4, 2, 4); /* D-M-Y first */
    assert_date(&r.reading[1], 1965, 2, 4, 4);
    ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH), -1);
    message(&r, NIR_FINDING_DATE_AMBIGUOUS, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "2 April 1965"));
    ck_assert_ptr_nonnull(strstr(en, "4 February 1965"));
    ck_assert_ptr_nonnull(strstr(en, "matches the day-month-year reading"));
    message(&r, NIR_FINDING_DATE_AMBIGUOUS, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "2 avril 1965"));
    ck_assert_ptr_nonnull(strstr(fr, "lecture jour-mois-ann\xc3\xa9" "e"));

    /* The number matching the other reading. */
    r = run((given){US_FEB_65, NULL, "2.4.1965"});
    f = must_find(&r, NIR_FINDING_DATE_AMBIGUOUS);
    ck_assert_int_eq(f->matched_order, NIR_DATE_ORDER_MDY);
    ck_assert_int_eq(f->expected_month, 2);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
}
END_TEST

START_TEST(test_ambiguous_matching_neither_reading)
{
    char en[512];
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2-3-1965"});
    const nir_finding *f = must_find(&r, NIR_FINDING_DATE_AMBIGUOUS);
    ck_assert_int_eq(f->matched_order, NIR_DATE_ORDER_UNSPECIFIED);
    ck_assert_int_eq(f->expected_month, 0);
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH)->mismatch,
                     1);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    message(&r, NIR_FINDING_DATE_AMBIGUOUS, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "matches neither reading"));
    message(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "3 February 1965"));
    ck_assert_ptr_nonnull(strstr(en, "2 March 1965"));
}
END_TEST

START_TEST(test_unambiguous_numeric_dates)
{
    /* 13 cannot be a month: only one reading. */
    nir_civil_report r = run((given){US_APRIL_65, NULL, "13/04/1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_readings, 1);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    r = run((given){US_APRIL_65, NULL, "04/13/1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
    /* Day equal to month: both readings are one date. */
    r = run((given){US_APRIL_65, NULL, "4 4 1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_readings, 1);
    /* ISO 8601 fixes the order whatever the country says. */
    r = run((given){US_APRIL_65, NULL, "1965-04-02", "US"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    assert_date(&r.reading[0], 1965, 4, 2, 4);
    r = run((given){US_APRIL_65, NULL, "19650402"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    /* A US document whose date only reads day-first is read so. */
    r = run((given){US_APRIL_65, NULL, "25/04/1965", "US"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
}
END_TEST

/* --- document countries and their date orders --- */

START_TEST(test_country_implies_order)
{
    static const struct {
        const char *country;
        nir_date_order order;
    } cases[] = {
        {"US", NIR_DATE_ORDER_MDY},          {"usa", NIR_DATE_ORDER_MDY},
        {"99404", NIR_DATE_ORDER_MDY},       {"\xc3\x89tats-Unis", NIR_DATE_ORDER_MDY},
        {"GB", NIR_DATE_ORDER_DMY},          {"Royaume-Uni", NIR_DATE_ORDER_DMY},
        {"DE", NIR_DATE_ORDER_DMY},          {"FR", NIR_DATE_ORDER_DMY},
        {"CN", NIR_DATE_ORDER_YMD},          {"Japon", NIR_DATE_ORDER_YMD},
        {"Chine", NIR_DATE_ORDER_YMD},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* 04/02/65: day-first 4 Feb, month-first 2 Apr; year-first only
         * with a 2-digit year in front, so use 65/02/04 for those. */
        const char *date = cases[i].order == NIR_DATE_ORDER_YMD ? "65/02/04"
                           : cases[i].order == NIR_DATE_ORDER_DMY
                               ? "04/02/65"
                               : "02/04/65";
        nir_civil_report r = run((given){US_FEB_65, NULL, date,
                                         cases[i].country});
        ck_assert_msg(r.date_order == cases[i].order, "%s: %d",
                      cases[i].country, r.date_order);
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s",
                      cases[i].country);
        assert_date(&r.reading[0], 65, 2, 4, 2);
    }
}
END_TEST

/* A date that reads three ways (10/02/04: 2010-02-04 year-first, 10 Feb
 * 2004 day-first, 2 Oct 2004 month-first): only the document country can
 * make the number (year 10, month 02) consistent, so this fails if CN or
 * JP stopped implying year-first, or if US stopped implying month-first. */
START_TEST(test_country_order_decides_three_way_date)
{
    const char *nir = "110027505600154"; /* man, 2010-02, Paris */
    nir_civil_report r = run((given){nir, NULL, "10/02/04", "CN"});
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 10, 2, 4, 2);
    r = run((given){nir, NULL, "10/02/04", "Japon"});
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    /* Day-first (FR): 10 February 2004: year 04 against the number's 10. */
    r = run((given){nir, NULL, "10/02/04", "FR"});
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    /* Month-first (US): 2 October 2004. */
    r = run((given){nir, NULL, "10/02/04", "US"});
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
}
END_TEST

START_TEST(test_china_document_year_first)
{
    nir_civil_report r = run((given){CHINA_FEB_65, "M", "65.02.04", "CHN",
                                     "Chine"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_YMD);
    r = run((given){CHINA_FEB_65, NULL, "1965\xe5\xb9\xb4" "2\xe6\x9c\x88"
                                        "4\xe6\x97\xa5", NULL,
                    "\xe4\xb8\xad\xe5\x9b\xbd"}); /* 1965年2月4日, 中国 */
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1965, 2, 4, 4);
    ck_assert_str_eq(r.birthplace_code, "99216");
}
END_TEST

/* --- written months --- */

START_TEST(test_written_months_many_languages)
{
    static const char *const dates[] = {
        "February 4, 1965",          /* English */
        "Thursday, February 4, 1965",
        "4 Feb 1965",
        "4 f\xc3\xa9vrier 1965",     /* French */
        "le 4 FEVRIER 1965",
        "4 f\xc3\xa9vr. 1965",
        "4. Februar 1965",           /* German */
        "4 de febrero de 1965",      /* Spanish */
        "4 febbraio 1965",           /* Italian */
        "4 de fevereiro de 1965",    /* Portuguese */
        "4 februari 1965",           /* Dutch */
        "4 lutego 1965",             /* Polish (genitive) */
        "4 \xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f 1965",
                                     /* Russian: 4 февраля 1965 */
        "4 \xc5\x9eubat 1965",       /* Turkish: 4 Şubat 1965 */
        "1965 February 4",
        "4th February 1965",
        "4 Febru 1965",              /* cut short: begins one month */
        "4 f\xc3\xa9vri 1965",
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        nir_civil_report r = run((given){US_FEB_65, NULL, dates[i]});
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s: %s", dates[i],
                      nir_civil_verdict_name(r.verdict));
        ck_assert_int_eq(r.date_readings, 1);
        assert_date(&r.reading[0], 1965, 2, 4, 4);
    }
}
END_TEST

START_TEST(test_written_month_first_of_month)
{
    nir_finding const *f;
    nir_civil_report r = run((given){CALVADOS, "F", "1er ao\xc3\xbbt 1955"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 1955, 8, 1, 4);
    r = run((given){CALVADOS, NULL, "Sept 3, 1955"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH)
                         ->document_value, 9);
    /* A month name cannot be misread as a day: a plain mismatch, even
     * when the number's month is the day. */
    r = run((given){US_APRIL_65, NULL, "February 4, 1965", "US"});
    f = must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH);
    ck_assert_int_eq(f->number_value, 4);
    ck_assert_int_eq(f->document_value, 2);
    ck_assert_int_eq(find(&r, NIR_FINDING_DAY_MONTH_SWAPPED), -1);
}
END_TEST

/* --- country names --- */

START_TEST(test_country_names_many_languages)
{
    static const char *const us[] = {
        "\xc3\x89tats-Unis",           /* French */
        "ETATS UNIS",                  /* INSEE, no accents */
        "United States",               /* English */
        "Vereinigte Staaten",          /* German */
        "Estados Unidos",              /* Spanish, Portuguese */
        "Stati Uniti",                 /* Italian */
        "Verenigde Staten",            /* Dutch */
        ("\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd"
         "\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xa8\xd1\x82\xd0\xb0\xd1\x82\xd1\x8b"),
                                       /* Russian: Соединенные Штаты */
        "\xe7\xbe\x8e\xe5\x9b\xbd",    /* Chinese: 美国 */
        "US", "usa", "99404",
    };
    static const char *const morocco[] = {"Maroc", "Morocco", "Marokko",
                                          "Marruecos", "MAR", "99350"};
    for (size_t i = 0; i < sizeof us / sizeof us[0]; i++) {
        nir_civil_report r = run((given){US_APRIL_65, NULL, NULL, NULL, us[i]});
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s", us[i]);
        ck_assert_str_eq(r.birthplace_code, "99404");
    }
    for (size_t i = 0; i < sizeof morocco / sizeof morocco[0]; i++) {
        nir_civil_report r =
            run((given){US_APRIL_65, NULL, NULL, NULL, morocco[i]});
        ck_assert_str_eq(r.birthplace_code, "99350");
        ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
        must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
    }
}
END_TEST

START_TEST(test_country_historical_insee_names)
{
    nir_civil_report r =
        run((given){US_APRIL_65, NULL, NULL, NULL, "Tch\xc3\xa9" "coslovaquie"});
    ck_assert_str_eq(r.birthplace_code, "99115");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    r = run((given){US_APRIL_65, NULL, NULL, NULL, "Saint-Si\xc3\xa8ge"});
    ck_assert_str_eq(r.birthplace_code, "99129");
}
END_TEST

/* --- sex, year, month --- */

START_TEST(test_sex_mismatch)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, "M"});
    const nir_finding *f = must_find(&r, NIR_FINDING_SEX_MISMATCH);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(f->number_value, NIR_SEX_FEMALE);
    ck_assert_int_eq(f->document_value, NIR_SEX_MALE);
    message(&r, NIR_FINDING_SEX_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "female"));
    message(&r, NIR_FINDING_SEX_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "f\xc3\xa9minin"));
    ck_assert_ptr_nonnull(strstr(fr, "masculin"));
    /* A sex that matches, and nothing else: too little to call it
     * consistent. */
    r = run((given){CALVADOS, "femme"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_uint_eq(r.finding_count, 0);
    /* A temporary number carries the sex too (digit 3: male). */
    r = run((given){TEMPORARY, "F", "2/4/1965", "FR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_SEX_MISMATCH);
}
END_TEST

START_TEST(test_birth_year_mismatch)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, "F", "1956-08-03"});
    const nir_finding *f = must_find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(f->number_value, 55);
    ck_assert_int_eq(f->document_value, 1956);
    message(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "55"));
    ck_assert_ptr_nonnull(strstr(en, "1956"));
    message(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "ann\xc3\xa9" "e de naissance 55"));
    /* Two-digit years compare as two digits: no century is guessed. */
    r = run((given){CALVADOS, NULL, "03/08/55", "FR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    assert_date(&r.reading[0], 55, 8, 3, 2);
    r = run((given){CALVADOS, NULL, "03/08/1855", "FR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){CALVADOS, NULL, "03/08/56", "FR"});
    ck_assert_int_eq(must_find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH)
                         ->document_value, 56);
}
END_TEST

START_TEST(test_birth_month_mismatch)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, NULL, "1955-09-03"});
    const nir_finding *f = must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(f->mismatch, 1);
    ck_assert_int_eq(f->number_value, 8);
    ck_assert_int_eq(f->document_value, 9);
    ck_assert_int_eq(find(&r, NIR_FINDING_DAY_MONTH_SWAPPED), -1);
    message(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "month 08"));
    ck_assert_ptr_nonnull(strstr(en, "3 September 1955"));
    message(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "3 septembre 1955"));
    /* Day above 12 cannot be a swapped month. */
    r = run((given){CALVADOS, NULL, "25/09/1955", "FR"});
    must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH);
}
END_TEST

START_TEST(test_birth_month_unknown)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){UNKNOWN_MONTH, "M", "1941-06-01"});
    const nir_finding *f = must_find(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN);
    ck_assert_int_eq(f->mismatch, 0);
    ck_assert_int_eq(f->number_value, 20);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT); /* sex and year */
    ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH), -1);
    message(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "month code 20"));
    message(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "code mois 20"));
    /* No ambiguity to report when the month cannot be compared. */
    r = run((given){UNKNOWN_MONTH, NULL, "02/04/1941"});
    ck_assert_int_eq(find(&r, NIR_FINDING_DATE_AMBIGUOUS), -1);
    must_find(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN);
}
END_TEST

START_TEST(test_pseudo_month)
{
    char en[512];
    nir_civil_report r = run((given){PSEUDO_34, NULL, "1965-04-20"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){PSEUDO_34, NULL, "2/4/1965", "US"});
    ck_assert_int_eq(must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED)
                         ->number_value, 34);
    message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "month code 34 (month 04)"));
}
END_TEST

/* --- places --- */

START_TEST(test_birthplace_codes)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, NULL, NULL, NULL, "14168"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "14168");
    r = run((given){CALVADOS, NULL, NULL, NULL, " 14 "});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "14");
    r = run((given){CALVADOS, NULL, NULL, NULL, "14118"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
    r = run((given){CALVADOS, NULL, NULL, NULL, "50"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Manche; the number carries a "
                         "birth in Colombi\xc3\xa8res (Calvados).");
    /* The number's own place digits are never quoted (privacy). */
    ck_assert_ptr_null(strstr(en, "14168"));
    ck_assert_int_eq(r.findings[0].number_value, 14168);
    r = run((given){CALVADOS, NULL, NULL, NULL, "Allemagne"});
    ck_assert_str_eq(r.birthplace_code, "99109");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "Allemagne"));
    ck_assert_ptr_null(strstr(fr, "99109"));
    r = run((given){US_APRIL_65, NULL, NULL, NULL, "14168"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    /* Départements by name. */
    r = run((given){CALVADOS, NULL, NULL, NULL, "Calvados"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "14");
    r = run((given){CORSE_2A, NULL, NULL, NULL, "corse du sud"});
    ck_assert_str_eq(r.birthplace_code, "2A");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){CALVADOS, NULL, NULL, NULL, "Manche"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    /* Born "in France": any French place. */
    r = run((given){CALVADOS, NULL, NULL, NULL, "France"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "FR");
    r = run((given){US_APRIL_65, NULL, NULL, NULL, "France"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
}
END_TEST

START_TEST(test_birthplace_overseas_and_cities)
{
    nir_civil_report r = run((given){MARTINIQUE, NULL, NULL, NULL, "97209"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){MARTINIQUE, NULL, NULL, NULL, "Martinique"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "972");
    r = run((given){MARTINIQUE, NULL, NULL, NULL, "971"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    /* Paris as a whole (75056) and its arrondissement (75105). */
    r = run((given){PARIS_5E, NULL, NULL, NULL, "75056"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){PARIS_5E, NULL, NULL, NULL, "75105"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){PARIS_5E, NULL, NULL, NULL, "75106"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
}
END_TEST

START_TEST(test_birthplace_corsica)
{
    /* 20 before 1976, 2A/2B after; commune numbers kept. */
    nir_civil_report r =
        run((given){CORSE_20, NULL, "02/04/1965", "FR", "2A004"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "2A004");
    r = run((given){CORSE_20, NULL, NULL, NULL, "2b"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){CORSE_20, NULL, "02/04/1965", "FR", "2A006"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    r = run((given){CORSE_2A, NULL, "1980-01-15", NULL, "20004"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){CORSE_2A, NULL, NULL, NULL, "2A"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){CORSE_2A, NULL, NULL, NULL, "2B"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
}
END_TEST

START_TEST(test_birthplace_seine_and_seine_et_oise)
{
    /* Before 1968: 75 covered today's 92-94, 78 covered 91, 95 and parts
     * of 92-94 (communes were renumbered: only the département counts). */
    nir_civil_report r =
        run((given){SEINE_75, NULL, "1960-03-10", NULL, "92012"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){SEINE_75, NULL, "1960-03-10", NULL, "94"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){SEINE_75, NULL, "1960-03-10", NULL, "91228"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    r = run((given){SEINE_OISE_78, NULL, "1960-03-10", NULL, "91228"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){SEINE_OISE_78, NULL, "1960-03-10", NULL, "95"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){SEINE_OISE_78, NULL, "1960-03-10", NULL, "93"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    /* The document's year says after 1967: no old code any more (the year
     * itself then mismatches too). */
    r = run((given){SEINE_75, NULL, "1970-03-10", NULL, "92012"});
    must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
}
END_TEST

START_TEST(test_birthplace_north_africa)
{
    nir_civil_report r =
        run((given){ALGERIA_91, NULL, "1955-03-01", NULL, "Alg\xc3\xa9rie"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.birthplace_code, "99352");
    r = run((given){MOROCCO_95, NULL, "1955-03-01", NULL, "Maroc"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){TUNISIA_96, NULL, "1955-03-01", NULL, "TN"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){TUNISIA_96, NULL, NULL, NULL, "Maroc"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    r = run((given){MOROCCO_95, NULL, NULL, NULL, "Tunisie"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
}
END_TEST

START_TEST(test_birthplace_unresolved)
{
    static const char *const places[] = {"Atlantis-sur-Mer", "00", "99000",
                                         "14999", "ZZ", "2C004", "!!",
                                         "75121", "2A005"};
    char en[512], fr[512];
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        nir_civil_report r =
            run((given){CALVADOS, NULL, NULL, NULL, places[i]});
        const nir_finding *f = must_find(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED);
        ck_assert_int_eq(f->mismatch, 0);
        ck_assert_str_eq(r.birthplace_code, "");
        ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
        if (i == 0) {
            message(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED, NIR_LANG_EN, en);
            ck_assert_ptr_nonnull(strstr(en, "could not be recognised"));
            message(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED, NIR_LANG_FR, fr);
            ck_assert_ptr_nonnull(strstr(fr, "reconnu"));
        }
    }
}
END_TEST

/* --- unparsed, unresolved, invalid, not comparable --- */

START_TEST(test_birth_date_unparsed)
{
    static const char *const dates[] = {
        "not a date", "31/02/1965", "1965-13-45", "2/4", "2/4/1965/7",
        "4 blorptember 1965", "4 f\xc3\xa9vrier mars 1965", "0/0/0",
        "2/4/196", "123456789", "1965-02-30", "29/02/1965", "Febtober 4 1965"};
    char en[512], fr[512];
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        nir_civil_report r = run((given){US_APRIL_65, NULL, dates[i]});
        const nir_finding *f = &r.findings[0];
        ck_assert_msg(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED) >= 0, "%s",
                      dates[i]);
        ck_assert_int_eq(f->mismatch, 0);
        ck_assert_int_eq(r.date_readings, 0);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    }
    /* An explicit order the date does not fit. */
    {
        nir_civil_report r = run((given){US_APRIL_65, NULL, "13/04/1965",
                                         NULL, NULL, NIR_DATE_ORDER_MDY});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        message(&r, NIR_FINDING_BIRTH_DATE_UNPARSED, NIR_LANG_EN, en);
        ck_assert_ptr_nonnull(strstr(en, "could not be read"));
        message(&r, NIR_FINDING_BIRTH_DATE_UNPARSED, NIR_LANG_FR, fr);
        ck_assert_ptr_nonnull(strstr(fr, "n'a pas pu"));
    }
    /* 29 February exists in leap years (and two-digit years divisible
     * by 4). */
    {
        nir_civil_report r = run((given){US_FEB_65, NULL, "29/02/1964"});
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED), -1);
        r = run((given){US_FEB_65, NULL, "29/02/64"});
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED), -1);
    }
}
END_TEST

START_TEST(test_document_country_unresolved)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){CALVADOS, NULL, "3/8/1955", "Narnia"});
    const nir_finding *f =
        must_find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED);
    ck_assert_int_eq(f->mismatch, 0);
    /* No order: the date stays ambiguous. */
    must_find(&r, NIR_FINDING_DATE_AMBIGUOUS);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    message(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "date order"));
    message(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "pays du document"));
}
END_TEST

START_TEST(test_number_invalid)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){"2 55 08 14 168 025 39", "F"});
    const nir_finding *f = must_find(&r, NIR_FINDING_NUMBER_INVALID);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_int_eq(r.number_status, NIR_ERR_KEY);
    ck_assert_int_eq(f->mismatch, 0);
    ck_assert_uint_eq(r.finding_count, 1);
    message(&r, NIR_FINDING_NUMBER_INVALID, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, nir_strerror(NIR_ERR_KEY, NIR_LANG_EN)));
    message(&r, NIR_FINDING_NUMBER_INVALID, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, nir_strerror(NIR_ERR_KEY, NIR_LANG_FR)));
    r = run((given){"", "F"});
    ck_assert_int_eq(r.number_status, NIR_ERR_EMPTY);
    must_find(&r, NIR_FINDING_NUMBER_INVALID);
}
END_TEST

START_TEST(test_not_comparable)
{
    char en[512], fr[512];
    nir_civil_report r = run((given){NNP_FEMALE, "F", "2/4/1965", "US",
                                     "Maroc"});
    const nir_finding *f = must_find(&r, NIR_FINDING_NOT_COMPARABLE);
    ck_assert_int_eq(f->mismatch, 0);
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_uint_eq(r.finding_count, 1);
    message(&r, NIR_FINDING_NOT_COMPARABLE, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "only the sex"));
    message(&r, NIR_FINDING_NOT_COMPARABLE, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "seul le sexe"));
    /* The sex still counts. */
    r = run((given){NNP_FEMALE, "M"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_SEX_MISMATCH);
    r = run((given){MIG_MALE, "F"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_NOT_COMPARABLE);
    r = run((given){"7112312345678", "M"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
}
END_TEST

START_TEST(test_nothing_given)
{
    nir_civil_report r = run((given){CALVADOS});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_uint_eq(r.finding_count, 0);
    ck_assert_int_eq(r.date_readings, 0);
    ck_assert_str_eq(r.birthplace_code, "");
}
END_TEST

START_TEST(test_everything_consistent)
{
    nir_civil_report r = run((given){CALVADOS, "femme", "3 ao\xc3\xbbt 1955",
                                     "France", "14168"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_uint_eq(r.finding_count, 0);
    ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_DMY);
    ck_assert_int_eq(has_mismatch(&r), 0);
}
END_TEST

/* --- arguments and messages --- */

START_TEST(test_arguments)
{
    nir_civil_status civil;
    nir_civil_report report;
    memset(&civil, 0, sizeof civil);
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_STANDARD,
                                            &civil, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_STANDARD,
                                            NULL, &report),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(report.verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_uint_eq(report.finding_count, 0);
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, (nir_profile)7,
                                            &civil, &report),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_check_civil_status(NULL, 3, NIR_PROFILE_STANDARD,
                                            &civil, &report),
                     NIR_ERR_ARGUMENT);
    civil.sex = (nir_sex)5;
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_STANDARD,
                                            &civil, &report),
                     NIR_ERR_ARGUMENT);
    civil.sex = NIR_SEX_UNKNOWN;
    civil.date_order = (nir_date_order)4;
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_STANDARD,
                                            &civil, &report),
                     NIR_ERR_ARGUMENT);
    civil.date_order = NIR_DATE_ORDER_UNSPECIFIED;
    civil.birthplace_len = 4; /* NULL pointer with a length */
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_STANDARD,
                                            &civil, &report),
                     NIR_ERR_ARGUMENT);
    civil.birthplace_len = 0;
    ck_assert_int_eq(nir_check_civil_status(CALVADOS, 15, NIR_PROFILE_DSN,
                                            &civil, &report),
                     NIR_OK);
    ck_assert_int_eq(nir_check_civil_status(NULL, 0, NIR_PROFILE_LENIENT,
                                            &civil, &report),
                     NIR_OK);
    ck_assert_int_eq(report.number_status, NIR_ERR_EMPTY);
}
END_TEST

START_TEST(test_message_buffer_contract)
{
    char full[512], small[16];
    nir_civil_report r = run((given){US_APRIL_65, NULL, "2/4/1965", "US"});
    size_t n = nir_finding_message(&r, 0, NIR_LANG_EN, full, sizeof full);
    size_t m = nir_finding_message(&r, 0, NIR_LANG_EN, small, sizeof small);
    ck_assert_uint_eq(n, m);
    ck_assert_uint_eq(strlen(small), sizeof small - 1);
    ck_assert_int_eq(strncmp(small, full, sizeof small - 1), 0);
    ck_assert_uint_eq(nir_finding_message(&r, 0, NIR_LANG_FR, NULL, 0),
                      nir_finding_message(&r, 0, NIR_LANG_FR, full,
                                          sizeof full));
    ck_assert_uint_eq(nir_finding_message(&r, 1, NIR_LANG_EN, full,
                                          sizeof full), 0);
    ck_assert_str_eq(full, "");
    ck_assert_uint_eq(nir_finding_message(NULL, 0, NIR_LANG_EN, full,
                                          sizeof full), 0);
    /* An unknown language falls back to English. */
    ck_assert_uint_eq(nir_finding_message(&r, 0, (nir_lang)9, full,
                                          sizeof full), n);
}
END_TEST

/* Every message of a set of reports covering all codes fits 512 bytes. */
START_TEST(test_every_message_fits)
{
    static const given cases[] = {
        {US_APRIL_65, "F", "2/4/1965", "US", "Grèce"},
        {US_APRIL_65, NULL, "2-3-1966", "Narnia", "Atlantis"},
        {PSEUDO_34, NULL, "02/04/1965"},
        {UNKNOWN_MONTH, NULL, "31 d\xc3\xa9" "cembre 1941"},
        {US_APRIL_65, NULL, "garbage"},
        {"1", "M"},
        {NNP_FEMALE, "M"},
        {CORSE_2A, NULL, "1 janvier 1980", NULL, "France"},
    };
    int seen[13] = {0};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        nir_civil_report r = run(cases[c]);
        for (size_t i = 0; i < r.finding_count; i++) {
            for (int lang = 0; lang < 2; lang++) {
                char out[512];
                size_t n = nir_finding_message(&r, i, (nir_lang)lang, out,
                                               sizeof out);
                ck_assert_uint_gt(n, 0);
                ck_assert_uint_lt(n, sizeof out);
            }
            seen[r.findings[i].code] = 1;
        }
    }
    for (int code = 1; code <= 12; code++)
        ck_assert_msg(seen[code], "no report had %s",
                      nir_finding_name((nir_finding_code)code));
}
END_TEST

/* --- hostile input in every civil field --- */

START_TEST(test_hostile_strings)
{
    static const char invalid_utf8[] = "4 f\xe9vrier 1965";     /* Latin-1 */
    static const char overlong[] = "\xc0\xb1/4/1965";           /* overlong '1' */
    static const char surrogate[] = "\xed\xa0\x80 Maroc";       /* CESU */
    static const char with_nul[] = "2/4\0/1965";
    const size_t big = (size_t)1 << 20;
    char *huge = malloc(big);
    struct {
        const char *s;
        size_t len;
    } inputs[] = {{invalid_utf8, sizeof invalid_utf8 - 1},
                  {overlong, sizeof overlong - 1},
                  {surrogate, sizeof surrogate - 1},
                  {with_nul, sizeof with_nul - 1},
                  {NULL, big},
                  {"\xff\xfe\xfd", 3},
                  {"\xe2\x80\xae" "zzq 4 1965", 13}}; /* RTL override */
    ck_assert_ptr_nonnull(huge);
    memset(huge, '1', big);
    memcpy(huge, "2/4/1965 ", 9);
    inputs[4].s = huge;

    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        for (int field = 0; field < 3; field++) {
            nir_civil_status civil;
            nir_civil_report r;
            nir_finding_code expected =
                field == 0 ? NIR_FINDING_BIRTH_DATE_UNPARSED
                : field == 1 ? NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED
                             : NIR_FINDING_BIRTHPLACE_UNRESOLVED;
            memset(&civil, 0, sizeof civil);
            if (field == 0) {
                civil.birth_date = inputs[i].s;
                civil.birth_date_len = inputs[i].len;
            } else if (field == 1) {
                civil.document_country = inputs[i].s;
                civil.document_country_len = inputs[i].len;
            } else {
                civil.birthplace = inputs[i].s;
                civil.birthplace_len = inputs[i].len;
            }
            ck_assert_int_eq(nir_check_civil_status(US_APRIL_65, 15,
                                                    NIR_PROFILE_STANDARD,
                                                    &civil, &r),
                             NIR_OK);
            ck_assert_msg(find(&r, expected) >= 0, "input %zu field %d", i,
                          field);
            ck_assert_int_ne(r.verdict, NIR_CIVIL_INCONSISTENT);
            for (size_t k = 0; k < r.finding_count; k++) {
                char out[512];
                ck_assert_uint_lt(nir_finding_message(&r, k, NIR_LANG_FR, out,
                                                      sizeof out),
                                  sizeof out);
            }
        }
    }
    /* The number itself, huge: bounded, invalid. */
    {
        nir_civil_status civil;
        nir_civil_report r;
        memset(&civil, 0, sizeof civil);
        ck_assert_int_eq(nir_check_civil_status(huge, big,
                                                NIR_PROFILE_STANDARD, &civil,
                                                &r),
                         NIR_OK);
        ck_assert_int_eq(r.number_status, NIR_ERR_LENGTH);
    }
    {
        nir_sex s;
        ck_assert_int_eq(nir_sex_from_name(huge, big, &s), NIR_ERR_ARGUMENT);
    }
    free(huge);
}
END_TEST

START_TEST(test_many_words_and_tokens)
{
    static const char *const dates[] = {
        "1 2 3 4 5 6 7 8 9 10", "a b c d e f g h i j k 1 2", "\xe5\xb9\xb4",
        "- / . ,", "4 4 4",
        ("février février février février février février février 4 1965")};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        nir_civil_report r = run((given){US_APRIL_65, NULL, dates[i]});
        ck_assert_msg(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED) >= 0, "%s",
                      dates[i]);
    }
}
END_TEST

/* --- thread safety: same answers from several threads at once --- */

static void *check_in_thread(void *arg)
{
    int *ok = arg;
    *ok = 1;
    for (int i = 0; i < 20; i++) {
        nir_civil_report r = run((given){US_APRIL_65, "M",
                                         "4 f\xc3\xa9vrier 1965", "US",
                                         "Vereinigte Staaten"});
        if (r.verdict != NIR_CIVIL_INCONSISTENT ||
            find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH) < 0 ||
            strcmp(r.birthplace_code, "99404") != 0)
            *ok = 0;
        r = run((given){US_APRIL_65, NULL, "2/4/1965", "FR"});
        if (r.verdict != NIR_CIVIL_CONSISTENT)
            *ok = 0;
    }
    return NULL;
}

START_TEST(test_threads)
{
    pthread_t t[4];
    int ok[4];
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, check_in_thread, &ok[i]),
                         0);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        ck_assert_int_eq(ok[i], 1);
    }
}
END_TEST

static Suite *civil_suite(void)
{
    Suite *s = suite_create("civil");
    TCase *names = tcase_create("names");
    TCase *dates = tcase_create("dates");
    TCase *places = tcase_create("places");
    TCase *findings = tcase_create("findings");
    TCase *robust = tcase_create("robustness");

    tcase_add_test(names, test_vectors_are_valid);
    tcase_add_test(names, test_date_order_names);
    tcase_add_test(names, test_sex_names);
    tcase_add_test(names, test_verdict_and_finding_names);

    tcase_add_test(dates, test_seed_us_document_day_month_swapped);
    tcase_add_test(dates, test_seed_same_date_french_document_consistent);
    tcase_add_test(dates, test_explicit_order_overrides_country);
    tcase_add_test(dates, test_ambiguous_without_country);
    tcase_add_test(dates, test_ambiguous_matching_neither_reading);
    tcase_add_test(dates, test_unambiguous_numeric_dates);
    tcase_add_test(dates, test_country_implies_order);
    tcase_add_test(dates, test_china_document_year_first);
    tcase_add_test(dates, test_country_order_decides_three_way_date);
    tcase_add_test(dates, test_written_months_many_languages);
    tcase_add_test(dates, test_written_month_first_of_month);

    tcase_add_test(places, test_country_names_many_languages);
    tcase_add_test(places, test_country_historical_insee_names);
    tcase_add_test(places, test_birthplace_codes);
    tcase_add_test(places, test_birthplace_overseas_and_cities);
    tcase_add_test(places, test_birthplace_corsica);
    tcase_add_test(places, test_birthplace_seine_and_seine_et_oise);
    tcase_add_test(places, test_birthplace_north_africa);
    tcase_add_test(places, test_birthplace_unresolved);

    tcase_add_test(findings, test_sex_mismatch);
    tcase_add_test(findings, test_birth_year_mismatch);
    tcase_add_test(findings, test_birth_month_mismatch);
    tcase_add_test(findings, test_birth_month_unknown);
    tcase_add_test(findings, test_pseudo_month);
    tcase_add_test(findings, test_birth_date_unparsed);
    tcase_add_test(findings, test_document_country_unresolved);
    tcase_add_test(findings, test_number_invalid);
    tcase_add_test(findings, test_not_comparable);
    tcase_add_test(findings, test_nothing_given);
    tcase_add_test(findings, test_everything_consistent);

    tcase_add_test(robust, test_arguments);
    tcase_add_test(robust, test_message_buffer_contract);
    tcase_add_test(robust, test_every_message_fits);
    tcase_add_test(robust, test_hostile_strings);
    tcase_add_test(robust, test_many_words_and_tokens);
    tcase_add_test(robust, test_threads);
    /* The first ICU calls load locale data (tens of ms); sanitizer builds
     * are slower still. */
    tcase_set_timeout(robust, 60);
    tcase_set_timeout(dates, 60);
    tcase_set_timeout(places, 60);

    suite_add_tcase(s, names);
    suite_add_tcase(s, dates);
    suite_add_tcase(s, places);
    suite_add_tcase(s, findings);
    suite_add_tcase(s, robust);
    return s;
}

NIR_TEST_MAIN(civil_suite)
