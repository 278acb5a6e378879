/*
 * test_civil_names.c -- the civil-status check with what HR files really
 * hold (issue 14): country names, abbreviations, former and historical
 * names; predecessor and successor countries; the date order a country
 * implies only when its official languages agree; other calendars;
 * timestamps; regional month names; sex words and civilities; when a check
 * may be called consistent.
 */
#include <stdio.h>
#include <stdlib.h>

/* Cases leave out the fields they do not give (see civil_testutil.h). */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "civil_testutil.h"

/* A valid number: sex, two-digit year, month, place (5 digits: the
 * département or 99 and the commune or country), order 001, its key. */
typedef struct number {
    char s[16];
} number;

static number nir_of(int sex, int yy, int mm, const char *place)
{
    number n;
    char body[14];
    unsigned long long v;
    snprintf(body, sizeof body, "%d%02d%02d%s001", sex, yy, mm, place);
    v = strtoull(body, NULL, 10);
    snprintf(n.s, sizeof n.s, "%s%02llu", body, 97 - v % 97);
    return n;
}

/* Whether the report has this finding (and it is informative). */
static void assert_informative(const nir_civil_report *r,
                               nir_finding_code code)
{
    ck_assert_int_eq(must_find(r, code)->mismatch, 0);
}

/* --- country names --- */

typedef struct name_case {
    const char *name, *code;
} name_case;

/* Each name as a birthplace resolves to `code`; as a document country it
 * is recognised. */
static void assert_names(const name_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        number num = nir_of(1, 65, 2, "99404");
        nir_civil_report r = run((given){num.s, NULL, NULL, NULL,
                                         cases[i].name});
        ck_assert_msg(strcmp(r.birthplace_code, cases[i].code) == 0,
                      "\"%s\" -> \"%s\", not %s", cases[i].name,
                      r.birthplace_code, cases[i].code);
        r = run((given){num.s, NULL, "2/4/1965", cases[i].name});
        ck_assert_msg(find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED) < 0,
                      "document country \"%s\" unresolved", cases[i].name);
    }
}

START_TEST(test_united_states_spellings)
{
    static const name_case cases[] = {
        {"United States of America", "99404"},
        {"UNITED STATES OF AMERICA", "99404"},
        {"USA", "99404"},
        {"U.S.A.", "99404"},
        {"u.s.a", "99404"},
        {"Etats-Unis d'Am\xc3\xa9rique", "99404"},
        {"\xc3\x89tats-Unis d\xe2\x80\x99" "Am\xc3\xa9rique", "99404"},
        {"ETATS UNIS", "99404"},
        {"the United States", "99404"},
        {"les \xc3\x89tats-Unis", "99404"},
        {"Vereinigte Staaten", "99404"},
        {"Estados Unidos", "99404"},
    };
    assert_names(cases, sizeof cases / sizeof cases[0]);
    /* The motivating case: a US document, month first. */
    {
        number feb = nir_of(1, 65, 2, "99404");
        nir_civil_report r = run((given){feb.s, NULL, "2/4/1965",
                                         "United States of America"});
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){feb.s, NULL, "2/4/1965", "U.S.A."});
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_MDY);
    }
}
END_TEST

START_TEST(test_usual_names_and_abbreviations)
{
    static const name_case cases[] = {
        {"Angleterre", "99132"},    {"ANGLETERRE", "99132"},
        {"\xc3\x89" "cosse", "99132"}, {"Ecosse", "99132"},
        {"Pays de Galles", "99132"}, {"pays-de-galles", "99132"},
        {"Grande-Bretagne", "99132"}, {"Grande Bretagne", "99132"},
        {"UK", "99132"},            {"U.K.", "99132"},
        {"England", "99132"},       {"Irlande du Nord", "99132"},
        {"Hollande", "99135"},      {"les Pays-Bas", "99135"},
        {"Pays Bas", "99135"},      {"The Netherlands", "99135"},
        {"EAU", "99247"},           {"E.A.U.", "99247"},
        {"RDC", "99312"},           {"R.D.C.", "99312"},
        {"Za\xc3\xaf" "re", "99312"}, {"ZAIRE", "99312"},
        {"Congo-Kinshasa", "99312"}, {"Birmanie", "99224"},
        {"la Suisse", "99140"},     {"l'Allemagne", "99109"},
        {"Deutschland", "99109"},   {"C\xc3\xb4te d'Ivoire", "99326"},
        /* INSEE-style trailing parentheses, "ex-" */
        {"Pays-Bas (les)", "99135"}, {"Etats-Unis (les)", "99404"},
        {"Birmanie (Myanmar)", "99224"}, {"Hollande (Pays-Bas)", "99135"},
        {"Ex-URSS", "99123"},       {"ex-Yougoslavie", "99121"},
        {"R.D. Congo", "99312"},    {"Bosnie", "99118"},
    };
    assert_names(cases, sizeof cases / sizeof cases[0]);
}
END_TEST

START_TEST(test_historical_and_former_names)
{
    static const name_case cases[] = {
        {"URSS", "99123"},           {"U.R.S.S.", "99123"},
        {"Union sovi\xc3\xa9tique", "99123"}, {"USSR", "99123"},
        {"Yougoslavie", "99121"},     {"YOUGOSLAVIE", "99121"},
        {"Serbie-et-Mont\xc3\xa9n\xc3\xa9gro", "99121"},
        {"RFA", "99142"},             {"R.F.A.", "99142"},
        {"RDA", "99141"},             {"DDR", "99141"},
        {"Tch\xc3\xa9" "coslovaquie", "99115"},
        {"Czechoslovakia", "99115"},
        /* INSEE's former names (ancnom) and historical rows */
        {"Perse", "99204"},           {"Ceylan", "99235"},
        {"Dahomey", "99327"},         {"Haute-Volta", "99331"},
        {"Mandchoukouo", "99218"},    {"Nyassaland", "99334"},
        {"Basutoland", "99348"},      {"Rhod\xc3\xa9sie du Sud", "99310"},
        {"Cochinchine", "99245"},     {"Sib\xc3\xa9rie", "99209"},
        {"Formose", "99236"},         {"Siam", "99219"},
    };
    assert_names(cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* Articles and parentheses around a country's name. */
START_TEST(test_country_names_with_articles)
{
    static const name_case cases[] = {
        {"l\xe2\x80\x99" "Alg\xc3\xa9rie", "99352"}, /* typographic ' */
        {"L\xe2\x80\x99" "ALLEMAGNE", "99109"},
        {"Ex-URSS", "99123"},
        {"ex URSS", "99123"},
        {"El-Salvador", "99414"},
        {"Pays-Bas (l)", "99135"},
    };
    assert_names(cases, sizeof cases / sizeof cases[0]);
}
END_TEST

START_TEST(test_names_that_are_no_country)
{
    static const char *const names[] = {
        "Atlantide (la)", "Exeter", "(les)", "ex-", "les", "Smurfland",
        "- (les)", "Pays (a) (b)", "Smurf)", "x (y", "Pays a) b)",
        "99999", "99000", /* INSEE-shaped codes no country has */
        "L", "le", "les -", "l Alg\xc3\xa9rie", "Atlantide ( )",
        "Smurfland (l)"};
    number n = nir_of(1, 65, 2, "99404");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        nir_civil_report r = run((given){n.s, NULL, NULL, names[i]});
        ck_assert_msg(find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED) >= 0,
                      "%s resolved", names[i]);
    }
}
END_TEST

START_TEST(test_historical_country_implies_an_order)
{
    /* RFA and RDA documents are German ones (day first), URSS Russian,
     * Tchécoslovaquie Czech: the order is implied, not ambiguous. */
    static const char *const countries[] = {"RFA", "RDA", "URSS",
                                            ("Tch\xc3\xa9" "coslovaquie"),
                                            "Yougoslavie", "99142"};
    number feb = nir_of(1, 65, 2, "99109");
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++) {
        nir_civil_report r = run((given){feb.s, NULL, "04.02.1965",
                                         countries[i]});
        ck_assert_msg(r.date_order == NIR_DATE_ORDER_DMY, "%s: %d",
                      countries[i], r.date_order);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    }
}
END_TEST

/* --- predecessor and successor countries --- */

START_TEST(test_country_succession)
{
    static const struct {
        const char *number_place, *document;
    } cases[] = {
        {"99123", "Ukraine"},      /* URSS in the number */
        {"99155", "URSS"},         /* Ukraine in the number */
        {"99123", "Kazakhstan"},
        {"99123", "Lettonie"},
        {"99121", "Croatie"},      /* Yugoslavia */
        {"99121", "Slovenia"},
        {"99119", "Yougoslavie"},
        {"99115", "Slovaquie"},    /* Czechoslovakia */
        {"99116", "Tch\xc3\xa9" "coslovaquie"},
        {"99109", "RDA"},          /* Germany and the two Germanys */
        {"99109", "RFA"},
        {"99142", "Allemagne"},
        {"99141", "Germany"},
        {"99243", "Viet Nam du Sud"}, /* crpay of an obsolete entry */
        {"99350", "Tanger"},
        {"99309", "Zanzibar"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        number n = nir_of(1, 65, 2, cases[i].number_place);
        nir_civil_report r = run((given){n.s, NULL, NULL, NULL,
                                         cases[i].document});
        char en[512], fr[512];
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s / %s: %s",
                      cases[i].number_place, cases[i].document,
                      nir_civil_verdict_name(r.verdict));
        assert_informative(&r, NIR_FINDING_COUNTRY_SUCCESSION);
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH), -1);
        message(&r, NIR_FINDING_COUNTRY_SUCCESSION, NIR_LANG_EN, en);
        ck_assert_ptr_nonnull(strstr(en, "predecessor or successor"));
        ck_assert_ptr_null(strstr(en, n.s));
        message(&r, NIR_FINDING_COUNTRY_SUCCESSION, NIR_LANG_FR, fr);
        ck_assert_ptr_nonnull(strstr(fr, "successeur"));
    }
    ck_assert_str_eq(nir_finding_name(NIR_FINDING_COUNTRY_SUCCESSION),
                     "country_succession");
}
END_TEST

/* A crafted report: countries by ICU's name, INSEE's when there is no ISO
 * code, "?" for a code INSEE does not have. */
START_TEST(test_country_succession_message_of_any_codes)
{
    static const struct {
        int document, number;
        const char *en;
    } cases[] = {
        {99155, 99123, "(Ukraine) and the country the number carries "
                       "(Russia)"},
        {99116, 99115, "(Czechia) and the country the number carries "
                       "(TCHECOSLOVAQUIE)"},
        {99155, 99999, "(Ukraine) and the country the number carries (?)"},
        {0, 99123, "The place of birth given (?) and"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r;
        char en[512];
        memset(&r, 0, sizeof r);
        r.finding_count = 1;
        r.findings[0].code = NIR_FINDING_COUNTRY_SUCCESSION;
        r.findings[0].document_value = cases[i].document;
        r.findings[0].number_value = cases[i].number;
        ck_assert_uint_gt(nir_finding_message(&r, 0, NIR_LANG_EN, en,
                                              sizeof en), 20);
        ck_assert_msg(strstr(en, cases[i].en) != NULL, "%s", en);
    }
}
END_TEST

START_TEST(test_unrelated_countries_still_mismatch)
{
    static const struct {
        const char *number_place, *document;
    } cases[] = {
        {"99123", "Croatie"},   /* USSR and Yugoslavia: not linked */
        {"99132", "Ukraine"},
        {"99109", "Autriche"},
        {"99115", "Hongrie"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        number n = nir_of(1, 65, 2, cases[i].number_place);
        nir_civil_report r = run((given){n.s, NULL, NULL, NULL,
                                         cases[i].document});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
        must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
        ck_assert_int_eq(find(&r, NIR_FINDING_COUNTRY_SUCCESSION), -1);
    }
    /* The same code: a plain match, no finding. */
    {
        number n = nir_of(1, 65, 2, "99312");
        nir_civil_report r = run((given){n.s, NULL, NULL, NULL, "Za\xc3\xaf" "re"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        ck_assert_uint_eq(r.finding_count, 0);
    }
}
END_TEST

/* --- date order implied by a country --- */

START_TEST(test_disagreeing_locales_imply_no_order)
{
    /* Canada (en_CA month first, fr_CA year first), Cameroon, and
     * countries whose official languages agree. */
    static const char *const no_order[] = {"CA", "Canada", "CAN", "99401"};
    number feb = nir_of(1, 65, 2, "99401"), apr = nir_of(1, 65, 4, "99401");
    for (size_t i = 0; i < sizeof no_order / sizeof no_order[0]; i++) {
        nir_civil_report r = run((given){feb.s, NULL, "04-02-1965",
                                         no_order[i]});
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
        ck_assert_int_eq(find(&r, NIR_FINDING_DAY_MONTH_SWAPPED), -1);
        ck_assert_int_eq(must_find(&r, NIR_FINDING_DATE_AMBIGUOUS)
                             ->matched_order,
                         NIR_DATE_ORDER_DMY);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
        r = run((given){apr.s, NULL, "04-02-1965", no_order[i]});
        ck_assert_int_eq(find(&r, NIR_FINDING_DAY_MONTH_SWAPPED), -1);
        ck_assert_int_ne(r.verdict, NIR_CIVIL_INCONSISTENT);
    }
    /* A country ICU no longer lists (Antilles néerlandaises, AN): no
     * order. */
    {
        nir_civil_report r = run((given){feb.s, NULL, "04-02-1965",
                                         "Antilles n\xc3\xa9" "erlandaises"});
        ck_assert_int_eq(find(&r, NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED),
                         -1);
        ck_assert_int_eq(r.date_order, NIR_DATE_ORDER_UNSPECIFIED);
    }
    /* An explicit order is followed, and then a swap is one. */
    {
        nir_civil_report r = run((given){feb.s, NULL, "02-04-1965", "CA",
                                         NULL, NIR_DATE_ORDER_DMY});
        char en[512];
        must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED);
        message(&r, NIR_FINDING_DAY_MONTH_SWAPPED, NIR_LANG_EN, en);
        ck_assert_ptr_nonnull(strstr(en, "must be corrected"));
    }
}
END_TEST

START_TEST(test_agreeing_locales_imply_an_order)
{
    static const struct {
        const char *country;
        nir_date_order order;
    } cases[] = {
        {"US", NIR_DATE_ORDER_MDY},     {"CH", NIR_DATE_ORDER_DMY},
        {"Suisse", NIR_DATE_ORDER_DMY}, {"BE", NIR_DATE_ORDER_DMY},
        {"DE", NIR_DATE_ORDER_DMY},     {"GB", NIR_DATE_ORDER_DMY},
        {"JP", NIR_DATE_ORDER_YMD},     {"DZ", NIR_DATE_ORDER_DMY},
        {"FR", NIR_DATE_ORDER_DMY},     {"Angleterre", NIR_DATE_ORDER_DMY},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        number n = nir_of(1, 65, 2, "99404");
        const char *date = cases[i].order == NIR_DATE_ORDER_MDY ? "2/4/1965"
                           : cases[i].order == NIR_DATE_ORDER_DMY
                               ? "4/2/1965"
                               : "65/2/4"; /* year first, two digits */
        nir_civil_report r = run((given){n.s, NULL, date, cases[i].country});
        ck_assert_msg(r.date_order == cases[i].order, "%s: %d",
                      cases[i].country, r.date_order);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    }
    /* A unanimous order makes the swap a finding to correct. */
    {
        number apr = nir_of(1, 65, 4, "99404");
        nir_civil_report r = run((given){apr.s, NULL, "4/2/1965", "CH"});
        must_find(&r, NIR_FINDING_DAY_MONTH_SWAPPED);
        ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    }
}
END_TEST

/* --- other calendars --- */

typedef struct calendar_case {
    const char *date, *country, *calendar;
    int yy, mm; /* what the number carries */
} calendar_case;

START_TEST(test_other_calendars_read)
{
    static const calendar_case cases[] = {
        {"27/05/1957", "ET", "ethiopic", 65, 2},  /* 4 Feb 1965 */
        {"27.05.1957", "\xc3\x89thiopie", "ethiopic", 65, 2},
        {"01/01/1958", "ETH", "ethiopic", 65, 9}, /* 11 Sep 1965 */
        {"1343/11/15", "IR", "persian", 65, 2},
        {"1343-11-15", "Iran", "persian", 65, 2},
        {"1359/01/01", "AF", "persian", 80, 3},   /* 21 Mar 1980 */
        {"54/02/04", "TW", "roc", 65, 2},
        {"105/02/04", "Taiwan", "roc", 16, 2},
        {"04/02/2508", "TH", "buddhist", 65, 2},
        {"04/02/2508", "Tha\xc3\xaflande", "buddhist", 65, 2},
        {"40/02/04", "JP", "japanese", 65, 2},    /* Shōwa 40 */
        {"2/2/4", "Japon", "japanese", 90, 2},    /* Heisei 2 */
        {"02/10/1384", "SA", "islamic-umalqura", 65, 2},
        /* era names: 昭和40年2月4日, 平成2年2月4日, 民國54年2月4日 */
        {"\xe6\x98\xad\xe5\x92\x8c" "40\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", "JP", "japanese", 65, 2},
        {"\xe5\xb9\xb3\xe6\x88\x90" "2\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", "Japon", "japanese", 90, 2},
        {"\xe6\xb0\x91\xe5\x9c\x8b" "54\xe5\xb9\xb4" "2\xe6\x9c\x88"
         "4\xe6\x97\xa5", "TW", "roc", 65, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const calendar_case *k = &cases[i];
        number n = nir_of(1, k->yy, k->mm, "99404");
        nir_civil_report r = run((given){n.s, NULL, k->date, k->country});
        char en[512], fr[512];
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s %s: %s",
                      k->date, k->country, nir_civil_verdict_name(r.verdict));
        assert_informative(&r, NIR_FINDING_OTHER_CALENDAR);
        ck_assert_str_eq(r.calendar, k->calendar);
        ck_assert_int_eq(r.reading[0].year % 100, k->yy);
        ck_assert_int_eq(r.reading[0].month, k->mm);
        message(&r, NIR_FINDING_OTHER_CALENDAR, NIR_LANG_EN, en);
        ck_assert_ptr_nonnull(strstr(en, "Gregorian"));
        message(&r, NIR_FINDING_OTHER_CALENDAR, NIR_LANG_FR, fr);
        ck_assert_ptr_nonnull(strstr(fr, "gr\xc3\xa9gorien"));
    }
    ck_assert_str_eq(nir_finding_name(NIR_FINDING_OTHER_CALENDAR),
                     "other_calendar");
}
END_TEST

START_TEST(test_other_calendar_gregorian_first)
{
    /* A Gregorian date that matches stays Gregorian. */
    number feb = nir_of(1, 65, 2, "99315");
    nir_civil_report r = run((given){feb.s, NULL, "04/02/1965", "ET"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.calendar, "");
    ck_assert_int_eq(find(&r, NIR_FINDING_OTHER_CALENDAR), -1);
    /* Matching neither reading: the Gregorian mismatch stands. */
    r = run((given){feb.s, NULL, "04/02/1970", "ET"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH);
    /* No Gregorian reading at all: the other calendar's is compared. */
    r = run((given){feb.s, NULL, "1350/11/15", "IR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_OTHER_CALENDAR);
    must_find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH);
    /* Other countries' dates are Gregorian only. */
    r = run((given){feb.s, NULL, "27/05/1957", "FR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    ck_assert_int_eq(find(&r, NIR_FINDING_OTHER_CALENDAR), -1);
}
END_TEST

/* Dates that cannot be the document country's other calendar: never
 * read in it (no other_calendar finding), whatever else they give. */
START_TEST(test_other_calendar_refuses)
{
    /* What each gives: unread, a year mismatch (read as Gregorian), or
     * consistent (0). */
    enum { UNREAD = NIR_FINDING_BIRTH_DATE_UNPARSED,
           YEAR = NIR_FINDING_BIRTH_YEAR_MISMATCH };
    static const struct {
        const char *date, *country;
        nir_date_order order;
        int finding;
    } cases[] = {
        /* Ethiopic: 13 months, days 1-30, a four-digit year. */
        {"27/14/1957", "ET", 0, UNREAD},
        {"27/00/1957", "ET", 0, UNREAD},
        {"32/05/1957", "ET", 0, UNREAD},
        {"00/05/1957", "ET", 0, UNREAD},
        {"27/05/1957", "ET", NIR_DATE_ORDER_MDY, UNREAD}, /* month 27 */
        {"27/05/57", "ET", 0, YEAR},
        {"27 mai 1957", "ET", 0, YEAR}, /* in words: Gregorian */
        /* Japanese: an era year of 1-3 digits, months 1-12. */
        {"0/02/04", "JP", 0, UNREAD},
        {"40/13/04", "JP", 0, UNREAD},
        {"40/02/32", "JP", 0, UNREAD},
        {"1000/02/04", "JP", 0, UNREAD},
        {"1965/02/04", "JP", 0, 0},
    };
    number feb = nir_of(1, 65, 2, "99315");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r = run((given){feb.s, NULL, cases[i].date,
                                         cases[i].country, NULL,
                                         cases[i].order});
        nir_civil_verdict verdict =
            cases[i].finding == 0        ? NIR_CIVIL_CONSISTENT
            : cases[i].finding == UNREAD ? NIR_CIVIL_UNDETERMINED
                                         : NIR_CIVIL_INCONSISTENT;
        ck_assert_msg(r.verdict == verdict, "%s %s: %s", cases[i].date,
                      cases[i].country, nir_civil_verdict_name(r.verdict));
        if (cases[i].finding != 0)
            must_find(&r, (nir_finding_code)cases[i].finding);
        ck_assert_int_eq(find(&r, NIR_FINDING_OTHER_CALENDAR), -1);
        ck_assert_str_eq(r.calendar, "");
    }
}
END_TEST

START_TEST(test_other_calendar_month_codes)
{
    /* A number with an unknown-month code (20) or a pseudo-month (34 =
     * April): the year is compared in the other calendar, the month as
     * the code allows. */
    number unknown = nir_of(1, 65, 20, "99315");
    number pseudo = nir_of(1, 65, 32, "99315"); /* February */
    nir_civil_report r = run((given){unknown.s, NULL, "27/05/1957", "ET"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    must_find(&r, NIR_FINDING_OTHER_CALENDAR);
    assert_informative(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN);
    r = run((given){pseudo.s, NULL, "27/05/1957", "ET"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_str_eq(r.calendar, "ethiopic");
    /* No Gregorian reading, the other calendar's does not match. */
    r = run((given){unknown.s, NULL, "1350/11/15", "IR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_BIRTH_MONTH_UNKNOWN);
    r = run((given){pseudo.s, NULL, "1343/05/15", "IR"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    must_find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH);
    /* Dates no calendar has: month 14, day 32, an era year too long. */
    r = run((given){pseudo.s, NULL, "1343/14/15", "IR"});
    must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
    r = run((given){pseudo.s, NULL, "32/05/1957", "ET"});
    ck_assert_int_ne(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){pseudo.s, NULL, "1234/02/04", "TW"});
    ck_assert_int_ne(r.verdict, NIR_CIVIL_CONSISTENT);
    /* 30 Pagume does not exist (Pagume has 5 or 6 days). */
    r = run((given){pseudo.s, NULL, "30/13/1957", "ET"});
    must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
}
END_TEST

START_TEST(test_calendar_icu_lacks)
{
    /* Nepal's Bikram Sambat (and North Korea's Juche years): not in ICU.
     * A numeric date that does not match as Gregorian is not understood,
     * never a mismatch. */
    static const struct {
        const char *date, *country;
    } cases[] = {
        {"2021/10/22", "NP"},  {"2021-10-22", "N\xc3\xa9pal"},
        {"22/10/2021", "Nepal"}, {"2022/01/15", "NPL"},
        {"54/02/04", "KP"},
    };
    number feb = nir_of(1, 65, 2, "99215");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r = run((given){feb.s, NULL, cases[i].date,
                                         cases[i].country});
        ck_assert_msg(r.verdict == NIR_CIVIL_UNDETERMINED, "%s: %s",
                      cases[i].date, nir_civil_verdict_name(r.verdict));
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_YEAR_MISMATCH), -1);
        ck_assert_int_eq(find(&r, NIR_FINDING_BIRTH_MONTH_MISMATCH), -1);
    }
    /* An era name too long to be one, or a year too long for an era. */
    {
        nir_civil_report r = run((given){
            feb.s, NULL,
            "\xe6\x98\x8e\xe6\xb2\xbb\xe5\xa4\xa7\xe6\xad\xa3\xe6\x98\xad"
            "\xe5\x92\x8c\xe5\xb9\xb3\xe6\x88\x90\xe4\xbb\xa4\xe5\x92\x8c"
            "40\xe5\xb9\xb4" "2\xe6\x9c\x88" "4\xe6\x97\xa5", "JP"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        r = run((given){feb.s, NULL,
                        "\xe6\x98\xad\xe5\x92\x8c" "4000\xe5\xb9\xb4"
                        "2\xe6\x9c\x88" "4\xe6\x97\xa5", "JP"});
        ck_assert_int_ne(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){feb.s, NULL,
                        "\xe6\x98\xad\xe5\x92\x8c" "40\xe5\xb9\xb4"
                        "2\xe6\x9c\x88" "4\xe6\x97\xa5" "5", "JP"});
        ck_assert_int_ne(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){feb.s, NULL,
                        "\xe6\x98\xad\xe5\x92\x8c" "40\xe5\xb9\xb4"
                        "123\xe6\x9c\x88" "4\xe6\x97\xa5", "JP"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        r = run((given){feb.s, NULL,
                        "\xe6\x98\xad\xe5\x92\x8c" "1040\xe5\xb9\xb4"
                        "2\xe6\x9c\x88" "4\xe6\x97\xa5", "JP"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
    }
    /* A Gregorian date that matches is still read. */
    {
        nir_civil_report r = run((given){feb.s, NULL, "1965-02-04", "NP"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    }
}
END_TEST

/* --- timestamps --- */

START_TEST(test_timestamps)
{
    static const struct {
        const char *date, *country;
    } cases[] = {
        {"1965-02-04 00:00:00", NULL},
        {"1965-02-04T00:00:00", NULL},
        {"1965-02-04T00:00:00Z", NULL},
        {"1965-02-04T00:00:00.000+01:00", NULL},
        {"1965-02-04 12:30", NULL},
        {"1965-02-04 00:00:00,5", NULL},
        {"02/04/1965 00:00", "US"},
        {"2/4/1965 12:00 AM", "US"},
        {"04/02/1965 00:00:00", "FR"},
        {"04.02.1965 08:15:00 UTC", "DE"},
        {"4 f\xc3\xa9vrier 1965 00:00", NULL},
        {"19650204 00:00:00", NULL},
        {"1965-02-04T10:00:00-05:00", NULL}, /* west of UTC */
        {"1965-02-04 00:00:00 +0100", NULL},
        {"1965-02-04T00:00:00+01 UTC", NULL},
        {"1965-02-04 T", NULL}, /* a 'T' with no time after it */
    };
    number feb = nir_of(1, 65, 2, "99404");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r = run((given){feb.s, NULL, cases[i].date,
                                         cases[i].country});
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s: %s",
                      cases[i].date, nir_civil_verdict_name(r.verdict));
        assert_date(&r.reading[0], 1965, 2, 4, 4);
    }
    /* A time that is not one, or a date that is not one, is not read. */
    {
        nir_civil_report r = run((given){feb.s, NULL, "1965-02-04 99"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        r = run((given){feb.s, NULL, "1965-02-04 12:3"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        r = run((given){feb.s, NULL, "00:00:00"});
        must_find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED);
        static const char *const bad_times[] = {
            "1965-02-04 12:30:5", "1965-02-04 12:30:00.",
            "1965-02-04 12:30 +1", "1965-02-04 12:30 +01:0",
            "1965-02-04 12:30 xyz", "1965-02-04 123:30",
            "1965-02-04 12-30", "1965-02-04   00:00"};
        for (size_t i = 0; i < sizeof bad_times / sizeof bad_times[0]; i++) {
            r = run((given){feb.s, NULL, bad_times[i]});
            ck_assert_msg(find(&r, NIR_FINDING_BIRTH_DATE_UNPARSED) >= 0,
                          "%s read", bad_times[i]);
        }
        r = run((given){feb.s, NULL, "1965-02-04 12:30:00,123 +01:00 Z"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){feb.s, NULL, "1965-02-04 1:30 pm"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    }
}
END_TEST

/* --- regional month names --- */

START_TEST(test_regional_month_names)
{
    static const struct {
        const char *date, *country;
        int month;
    } cases[] = {
        {"4 \xd9\x81\xd9\x8a\xd9\x81\xd8\xb1\xd9\x8a 1965", "DZ", 2}, /* فيفري */
        {"4 \xd9\x81\xd9\x8a\xd9\x81\xd8\xb1\xd9\x8a 1965", "TN", 2},
        {"4 \xd9\x81\xd9\x8a\xd9\x81\xd8\xb1\xd9\x8a 1965", NULL, 2},
        {"4 \xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7 1965", "SY", 2},         /* شباط */
        {"4 \xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7 1965", "LB", 2},
        {"4 \xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7 1965", "IQ", 2},
        {"4 \xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7 1965", NULL, 2},
        {"4. J\xc3\xa4nner 1965", "AT", 1},
        {"4. J\xc3\xa4nner 1965", NULL, 1},
        {"4. J\xc3\xa4n. 1965", "\xc3\x96sterreich", 1},
        {"4 \xd8\xac\xd8\xa7\xd9\x86\xd9\x81\xd9\x8a 1965", "MA", 1}, /* جانفي */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        number n = nir_of(1, 65, cases[i].month, "99404");
        nir_civil_report r = run((given){n.s, NULL, cases[i].date,
                                         cases[i].country});
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%zu: %s", i,
                      nir_civil_verdict_name(r.verdict));
        assert_date(&r.reading[0], 1965, cases[i].month, 4, 4);
    }
}
END_TEST

/* --- sex --- */

START_TEST(test_sex_words_and_civilities)
{
    static const char *const male[] = {
        "M.", "M", "Mr", "Mr.", "MR", "Monsieur", "MONSIEUR", "monsieur ",
        "H", "Herr", "m\xc3\xa4nnlich", "M\xc3\x84NNLICH", "Sr.", "Se\xc3\xb1or",
        "hombre", "masculino", "Masculin", "Signor", "Dhr.", "var\xc3\xb3n",
        "Masc.", "m\xc3\xa4nnl."};
    static const char *const female[] = {
        "Mme", "Mme.", "MME", "Madame", "Mlle", "Mademoiselle", "Mrs",
        "Mrs.", "Ms", "Miss", "Frau", "W", "w", "weiblich", "WEIBLICH",
        "Sra.", "Sra", "Se\xc3\xb1ora", "Srta.", "mujer", "femenino",
        "F\xc3\xa9m.", "weibl.", "Do\xc3\xb1\x61", "Fem",
        "F\xc3\xa9minin", "Signora", "Mevr."};
    nir_sex s;
    for (size_t i = 0; i < sizeof male / sizeof male[0]; i++) {
        s = NIR_SEX_UNKNOWN;
        ck_assert_msg(nir_sex_from_name(male[i], strlen(male[i]), &s) ==
                          NIR_OK && s == NIR_SEX_MALE, "%s", male[i]);
    }
    for (size_t i = 0; i < sizeof female / sizeof female[0]; i++) {
        s = NIR_SEX_UNKNOWN;
        ck_assert_msg(nir_sex_from_name(female[i], strlen(female[i]), &s) ==
                          NIR_OK && s == NIR_SEX_FEMALE, "%s", female[i]);
    }
    /* Blank: not given, everywhere. */
    s = NIR_SEX_FEMALE;
    ck_assert_int_eq(nir_sex_from_name("   ", 3, &s), NIR_OK);
    ck_assert_int_eq(s, NIR_SEX_UNKNOWN);
    s = NIR_SEX_FEMALE;
    ck_assert_int_eq(nir_sex_from_name("\t", 1, &s), NIR_OK);
    ck_assert_int_eq(s, NIR_SEX_UNKNOWN);
    /* Not a sex. */
    ck_assert_int_eq(nir_sex_from_name("Dr", 2, &s), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_sex_from_name("Mmes Dupont", 11, &s),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_sex_from_name("X", 1, &s), NIR_ERR_ARGUMENT);
    /* A French civilité column checks women too. */
    {
        nir_civil_report r = run((given){"255081416802538", "Mme",
                                         "3/8/1955", "FR"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        r = run((given){"255081416802538", "Monsieur", "3/8/1955", "FR"});
        ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
        must_find(&r, NIR_FINDING_SEX_MISMATCH);
    }
}
END_TEST

/* --- verdict --- */

START_TEST(test_verdict_needs_a_birth_field)
{
    number feb = nir_of(1, 65, 2, "99404");
    /* Sex alone, matching: cannot tell. */
    nir_civil_report r = run((given){feb.s, "M"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    /* Sex alone, not matching: inconsistent. */
    r = run((given){feb.s, "F"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    /* An unreadable date, an unknown place or country, and the sex. */
    r = run((given){feb.s, "M", "4 Smarch 1965"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    r = run((given){feb.s, "M", NULL, NULL, "Atlantide"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    r = run((given){feb.s, "M", NULL, "Atlantide"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_UNDETERMINED);
    /* The year, the month or the place compared: consistent. */
    r = run((given){feb.s, "M", "1965-02-04"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){feb.s, "M", NULL, NULL, "USA"});
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    r = run((given){feb.s, NULL, "1965"});
    ck_assert_int_ne(r.verdict, NIR_CIVIL_CONSISTENT); /* not a date */
}
END_TEST

static Suite *civil_names_suite(void)
{
    Suite *s = suite_create("civil_names");
    TCase *countries = tcase_create("countries");
    TCase *dates = tcase_create("dates");
    TCase *people = tcase_create("people");
    tcase_set_timeout(countries, 60);
    tcase_set_timeout(dates, 60);
    tcase_add_test(countries, test_united_states_spellings);
    tcase_add_test(countries, test_usual_names_and_abbreviations);
    tcase_add_test(countries, test_historical_and_former_names);
    tcase_add_test(countries, test_names_that_are_no_country);
    tcase_add_test(countries, test_historical_country_implies_an_order);
    tcase_add_test(countries, test_country_succession);
    tcase_add_test(countries, test_unrelated_countries_still_mismatch);
    tcase_add_test(dates, test_disagreeing_locales_imply_no_order);
    tcase_add_test(dates, test_agreeing_locales_imply_an_order);
    tcase_add_test(dates, test_other_calendars_read);
    tcase_add_test(dates, test_other_calendar_gregorian_first);
    tcase_add_test(dates, test_other_calendar_month_codes);
    tcase_add_test(dates, test_other_calendar_refuses);
    tcase_add_test(countries, test_country_names_with_articles);
    tcase_add_test(countries, test_country_succession_message_of_any_codes);
    tcase_add_test(dates, test_calendar_icu_lacks);
    tcase_add_test(dates, test_timestamps);
    tcase_add_test(dates, test_regional_month_names);
    tcase_add_test(people, test_sex_words_and_civilities);
    tcase_add_test(people, test_verdict_needs_a_birth_field);
    suite_add_tcase(s, countries);
    suite_add_tcase(s, dates);
    suite_add_tcase(s, people);
    return s;
}

NIR_TEST_MAIN(civil_names_suite)
