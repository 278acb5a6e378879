/*
 * test_civil_places.c -- birthplaces as HR files write them (commune names,
 * postal codes, INSEE codes, former names) and the places that changed code
 * (docs/civil-status-places.md), through nir_check_civil_status.
 */
#include <stdio.h>
#include <stdlib.h>

#include "civil_testutil.h"

/* A valid number (man, month 04 of year yy) born at `place` (a 5-character
 * INSEE code: "14118", "2A004", "98501", "99350"). */
static const char *number_at(const char *place, int yy, char out[16])
{
    unsigned long long body;
    char digits[14];
    snprintf(out, 16, "1%02d04%s001", yy, place);
    memcpy(digits, out, 13);
    digits[13] = '\0';
    if (digits[5] == '2' && (digits[6] == 'A' || digits[6] == 'B')) {
        /* The key reads 2A as 19 and 2B as 18 (R9). */
        digits[6] = digits[6] == 'A' ? '9' : '8';
        digits[5] = '1';
    }
    body = strtoull(digits, NULL, 10);
    snprintf(out + 13, 3, "%02llu", 97 - body % 97);
    return out;
}

/* The check of `place` (and `date`, may be NULL) against a number born at
 * `code` in year yy. */
static nir_civil_report check_at(const char *code, int yy, const char *date,
                                 const char *place)
{
    char number[16];
    return run((given){number_at(code, yy, number), NULL, date, NULL, place,
                       NIR_DATE_ORDER_UNSPECIFIED});
}

static void consistent(const char *code, int yy, const char *date,
                       const char *place)
{
    nir_civil_report r = check_at(code, yy, date, place);
    ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT,
                  "%s born at %s (%s): %s", place, code, date ? date : "-",
                  nir_civil_verdict_name(r.verdict));
}

static nir_civil_report mismatch(const char *code, int yy, const char *date,
                                 const char *place)
{
    nir_civil_report r = check_at(code, yy, date, place);
    ck_assert_msg(find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH) >= 0,
                  "%s born at %s (%s): no mismatch", place, code,
                  date ? date : "-");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_INCONSISTENT);
    return r;
}

static void unresolved(const char *code, int yy, const char *date,
                       const char *place)
{
    nir_civil_report r = check_at(code, yy, date, place);
    ck_assert_msg(find(&r, NIR_FINDING_BIRTHPLACE_UNRESOLVED) >= 0,
                  "%s (%s): resolved to %s", place, date ? date : "-",
                  r.birthplace_code);
    ck_assert_int_eq(find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH), -1);
}

/* Consistent, through the code of the time (place_history). */
static void by_history(const char *code, int yy, const char *date,
                       const char *place)
{
    nir_civil_report r = check_at(code, yy, date, place);
    const nir_finding *f;
    char en[512], fr[512];
    ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s born at %s (%s): %s",
                  place, code, date ? date : "-",
                  nir_civil_verdict_name(r.verdict));
    f = must_find(&r, NIR_FINDING_PLACE_HISTORY);
    ck_assert_int_eq(f->mismatch, 0);
    ck_assert_str_eq(f->number_place, code);
    message(&r, NIR_FINDING_PLACE_HISTORY, NIR_LANG_EN, en);
    message(&r, NIR_FINDING_PLACE_HISTORY, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(en, "in force at the time of birth"));
    ck_assert_ptr_nonnull(strstr(fr, "en vigueur"));
    ck_assert_ptr_null(strstr(en, code)); /* no digits of the number */
}

START_TEST(test_commune_names_as_written)
{
    static const char *const caen[] = {"Caen", "CAEN", "caen", "  Caen ",
                                       "C\xc3\xa0\xc3\xa9n",
                                       /* the ligature, as old typesetting
                                        * wrote it: two letters */
                                       "C\xc3\xa6n", "C\xc3\x86N"};
    static const char *const saint_lo[] = {"Saint-L\xc3\xb4", "St-Lo",
                                           "ST LO", "st. l\xc3\xb4",
                                           "SAINT LO"};
    static const char *const le_havre[] = {"Le Havre", "LE HAVRE", "Havre",
                                           "Havre (Le)", "le-havre"};
    static const char *const mere_eglise[] = {
        "Sainte-M\xc3\xa8re-\xc3\x89glise", "Ste-Mere-Eglise",
        "STE MERE EGLISE"};
    for (size_t i = 0; i < sizeof caen / sizeof caen[0]; i++)
        consistent("14118", 65, NULL, caen[i]);
    for (size_t i = 0; i < sizeof saint_lo / sizeof saint_lo[0]; i++)
        consistent("50502", 65, NULL, saint_lo[i]);
    for (size_t i = 0; i < sizeof le_havre / sizeof le_havre[0]; i++)
        consistent("76351", 65, NULL, le_havre[i]);
    for (size_t i = 0; i < sizeof mere_eglise / sizeof mere_eglise[0]; i++)
        consistent("50523", 65, NULL, mere_eglise[i]);
    consistent("94038", 65, NULL, "L'Ha\xc3\xbf-les-Roses");
    consistent("94038", 65, NULL, "L HAY LES ROSES");
    /* Paris, Lyon and Marseille arrondissements however written. */
    consistent("75115", 75, NULL, "Paris 15e");
    consistent("75115", 75, NULL, "PARIS 15EME ARRONDISSEMENT");
    consistent("75101", 75, NULL, "Paris 1er");
    consistent("69383", 75, NULL, "Lyon 3e");
    consistent("13208", 75, NULL, "Marseille 08");
    consistent("75115", 75, NULL, "Paris XVe");
    consistent("75114", 75, NULL, "PARIS XIV\xc3\xa8me");
    consistent("75101", 75, NULL, "Paris Ier");
    consistent("69389", 75, NULL, "Lyon IX");
    consistent("82137", 75, NULL, "Parisot"); /* not a numeral */
    /* A numeral with something else than an ordinal after it is no
     * arrondissement: not guessed. */
    unresolved("75115", 75, NULL, "Paris 15 Nord");
    unresolved("75115", 75, NULL, "Paris XXI"); /* there are 20 */
    consistent("75115", 75, NULL, "Paris"); /* the city holds them */
    mismatch("75116", 75, NULL, "Paris 15e");
    /* Numbers of the city's département that are no arrondissement. */
    mismatch("13217", 75, NULL, "Marseille");
    mismatch("69380", 75, NULL, "Lyon");
    /* A delegated commune and its new commune are one place. */
    consistent("01015", 65, NULL, "Arbignieu");
    consistent("01015", 65, NULL, "Arboys-en-Bugey");
}
END_TEST

START_TEST(test_commune_mismatch_names_both_places)
{
    char en[512], fr[512];
    nir_civil_report r = mismatch("14168", 65, NULL, "Caen");
    const nir_finding *f = must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
    ck_assert_str_eq(r.birthplace_code, "14118");
    ck_assert_str_eq(f->number_place, "14168");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Caen (Calvados); the number "
                         "carries a birth in Colombi\xc3\xa8res (Calvados).");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_str_eq(fr, "Le document indique comme lieu de naissance : Caen "
                         "(Calvados) ; le num\xc3\xa9ro porte une naissance : "
                         "Colombi\xc3\xa8res (Calvados).");
    /* A country against a number born abroad, both in words. */
    r = mismatch("99350", 65, NULL, "Canada");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Canada; the number carries a "
                         "birth in Morocco.");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "Canada ; le num\xc3\xa9ro porte une "
                                     "naissance : Maroc."));
    ck_assert_ptr_null(strstr(fr, "99350"));
    ck_assert_ptr_null(strstr(en, "350"));
}
END_TEST

START_TEST(test_names_with_several_communes)
{
    char en[512];
    nir_civil_report r;
    const nir_finding *f;
    /* Five communes are named Saint-Martin (and Saint-Martin, 978). */
    consistent("32389", 65, NULL, "Saint-Martin");
    consistent("67426", 65, NULL, "St Martin");
    consistent("97801", 10, NULL, "Saint-Martin");
    consistent("65392", 65, NULL, "SAINT-MARTIN");
    r = mismatch("14118", 65, NULL, "Saint-Martin");
    f = must_find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH);
    ck_assert_uint_eq(f->place_candidates, 5);
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "Saint-Martin (Gers)"));
    ck_assert_ptr_nonnull(strstr(en, "Caen (Calvados)"));
    ck_assert_ptr_null(strstr(en, "14118"));
    /* A name that is also a country's: either. */
    consistent("57662", 65, NULL, "Suisse");
    consistent("99140", 65, NULL, "Suisse");
    mismatch("99109", 65, NULL, "Suisse");
    /* A département name that is a commune's too. */
    consistent("93066", 80, NULL, "Seine St Denis");
    consistent("93066", 80, NULL, "SEINE-ST-DENIS");
    consistent("97502", 80, NULL, "St Pierre et Miquelon");
    consistent("38544", 65, NULL, "Vienne");
    consistent("86194", 65, NULL, "Vienne");
    mismatch("14118", 65, NULL, "Vienne");
}
END_TEST

START_TEST(test_postal_codes)
{
    char en[512];
    nir_civil_report r;
    /* 75015 is the postal code of Paris 15e (INSEE 75115). */
    consistent("75115", 80, NULL, "75015");
    consistent("75056", 80, NULL, "75015");
    r = mismatch("75105", 80, NULL, "75015");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "Paris 15e Arrondissement"));
    ck_assert_ptr_nonnull(strstr(en, "Paris 5e Arrondissement"));
    consistent("14118", 65, NULL, "14000");
    consistent("2A004", 80, NULL, "20000");
    consistent("13208", 80, NULL, "13008");
    /* A postal code shared by several communes: any of them. */
    consistent("01001", 65, NULL, "01400");
    consistent("01093", 65, NULL, "01400");
    mismatch("14118", 65, NULL, "01400");
    /* Both an INSEE code (Cheignieu-la-Balme) and Oyonnax's postal code. */
    consistent("01100", 65, NULL, "01100");
    consistent("01283", 65, NULL, "01100");
    mismatch("01004", 65, NULL, "01100");
    /* Unknown codes are not places: never a mismatch. */
    unresolved("14118", 65, NULL, "14999");
    unresolved("14118", 65, NULL, "75121");
    unresolved("14118", 65, NULL, "00000");
}
END_TEST

START_TEST(test_names_with_postal_code_or_departement)
{
    nir_civil_report r;
    static const char *const caen[] = {"14000 Caen", "CAEN 14000",
                                       "Caen (14)", "Caen (Calvados)",
                                       "CAEN CEDEX 9", "14000 CAEN CEDEX",
                                       "14000, Caen"};
    for (size_t i = 0; i < sizeof caen / sizeof caen[0]; i++) {
        consistent("14118", 65, NULL, caen[i]);
        r = mismatch("14168", 65, NULL, caen[i]);
        ck_assert_str_eq(r.birthplace_code, "14118");
    }
    /* The département or postal code picks one of the Saint-Martin. */
    consistent("32389", 65, NULL, "Saint-Martin (Gers)");
    mismatch("67426", 65, NULL, "Saint-Martin (Gers)");
    consistent("67426", 65, NULL, "St-Martin (67)");
    mismatch("32389", 65, NULL, "St-Martin (67)");
    consistent("38544", 65, NULL, "Vienne (38)");
    mismatch("86194", 65, NULL, "Vienne (38)");
    consistent("75115", 80, NULL, "75015 Paris 15e");
    consistent("75115", 80, NULL, "75015 Paris");
    r = mismatch("75116", 80, NULL, "75015 PARIS");
    ck_assert_str_eq(r.birthplace_code, "75115");
    consistent("69383", 80, NULL, "Lyon 69003");
    consistent("76351", 65, NULL, "Havre (Le)");
    /* Parentheses that belong to the name. */
    consistent("16052", 65, NULL, "Bors (Canton de Tude-et-Lavalette)");
    consistent("16052", 65, NULL, "16190 Bors (Canton de Tude-et-Lavalette)");
    consistent("32389", 65, NULL, "Saint-Martin 32300");
    mismatch("67426", 65, NULL, "Saint-Martin 32300");
    /* What is beside a name that matches none of its communes is left. */
    consistent("14118", 65, NULL, "Caen (75)");
    consistent("14118", 65, NULL, "Caen 14999"); /* no commune has it */
    unresolved("14118", 65, NULL, "14000 Atlantis");
}
END_TEST

START_TEST(test_commune_before_country)
{
    nir_civil_report r;
    /* Eu is a commune of Seine-Maritime; Us one of Val-d'Oise. */
    consistent("76255", 65, NULL, "Eu");
    r = mismatch("14118", 65, NULL, "Eu");
    ck_assert_str_eq(r.birthplace_code, "76255");
    consistent("95625", 75, NULL, "Us");
    consistent("76255", 65, NULL, "EU"); /* no country has that code */
    /* Capitals: an ISO code first. */
    r = check_at("99404", 65, NULL, "US");
    ck_assert_str_eq(r.birthplace_code, "99404");
    ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
    consistent("99350", 65, NULL, "MAR");
    consistent("99350", 65, NULL, "Maroc");
}
END_TEST

START_TEST(test_history_overseas)
{
    /* Mayotte: 985xx before 2008, 976xx since (commune numbers kept). */
    by_history("98501", 0, "2000-04-01", "Mayotte");
    by_history("98501", 0, "2000-04-01", "97601");
    by_history("98511", 5, NULL, "Mamoudzou");
    consistent("97601", 10, "2010-04-01", "Mayotte");
    mismatch("98501", 10, "2010-04-01", "Mayotte");
    mismatch("98502", 0, "2000-04-01", "97601");
    /* The old code given, today's in the number: no note. */
    consistent("97601", 10, "2010-04-01", "98501");
    {
        nir_civil_report r = check_at("2A004", 80, NULL, "Corse");
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        ck_assert_int_eq(find(&r, NIR_FINDING_PLACE_HISTORY), -1);
        r = check_at("97601", 10, NULL, "98501");
        ck_assert_int_eq(r.verdict, NIR_CIVIL_CONSISTENT);
        ck_assert_int_eq(find(&r, NIR_FINDING_PLACE_HISTORY), -1);
    }
    /* Saint-Barthélemy and Saint-Martin were communes of Guadeloupe. */
    by_history("97123", 90, "1990-04-01", "Saint-Barth\xc3\xa9lemy");
    by_history("97123", 90, "1990-04-01", "97701");
    by_history("97127", 90, "1990-04-01", "97801");
    consistent("97127", 90, "1990-04-01", "Saint-Martin");
    mismatch("97127", 10, "2010-04-01", "97801");
    mismatch("97123", 90, "1990-04-01", "97801");
    consistent("97801", 10, "2010-04-01", "97127");
}
END_TEST

START_TEST(test_history_north_africa)
{
    char en[512], fr[512];
    nir_civil_report r;
    /* 92 in 1960 was Oran (Algeria); Hauts-de-Seine dates from 1968. */
    r = mismatch("92012", 60, "1960-04-01", "Hauts-de-Seine");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Hauts-de-Seine; the number "
                         "carries a birth in Algeria.");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
    ck_assert_ptr_nonnull(strstr(fr, "naissance : Alg\xc3\xa9rie."));
    /* A two-digit year gives no century: the code is named as today. */
    r = mismatch("92050", 60, "04/04/60", "Caen");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_ptr_nonnull(strstr(en, "birth in Nanterre (Hauts-de-Seine)."));
    consistent("92012", 70, "1970-04-01", "Hauts-de-Seine");
    consistent("92012", 60, NULL, "Hauts-de-Seine"); /* may be */
    mismatch("91228", 65, "1965-04-01", "Essonne");
    by_history("92012", 60, "1960-04-01", "Alg\xc3\xa9rie");
    mismatch("92012", 70, "1970-04-01", "Alg\xc3\xa9rie");
    /* 95 in 1950 was Morocco, not France; 96 Tunisia. */
    mismatch("95001", 50, "1950-04-01", "France");
    r = mismatch("95001", 50, "1950-04-01", "Canada");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Canada; the number carries a "
                         "birth in Morocco.");
    by_history("95001", 50, "1950-04-01", "Maroc");
    consistent("95018", 75, "1975-04-01", "France");
    mismatch("95018", 60, "1960-04-01", "Val-d'Oise");
    by_history("96001", 50, "1950-04-01", "Tunisie");
    mismatch("96001", 50, "1950-04-01", "France");
}
END_TEST

START_TEST(test_history_former_names)
{
    nir_civil_report r;
    char en[512];
    consistent("76351", 50, "1950-04-01", "Seine-Inf\xc3\xa9rieure");
    consistent("76351", 50, NULL, "SEINE INFERIEURE");
    unresolved("76351", 80, "1980-04-01", "Seine-Inf\xc3\xa9rieure");
    consistent("44109", 55, "1955-04-01", "Loire-Inf\xc3\xa9rieure");
    consistent("64445", 65, "1965-04-01", "Basses-Pyr\xc3\xa9n\xc3\xa9" "es");
    consistent("04070", 65, "1965-04-01", "Basses-Alpes");
    consistent("22278", 85, "1985-04-01", "C\xc3\xb4tes-du-Nord");
    unresolved("22278", 95, "1995-04-01", "C\xc3\xb4tes-du-Nord");
    consistent("17300", 40, "1940-04-01", "Charente-Inf\xc3\xa9rieure");
    r = mismatch("14118", 50, "1950-04-01", "Seine-Inf\xc3\xa9rieure");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
    ck_assert_str_eq(en, "The document says Seine-Inf\xc3\xa9rieure; the "
                         "number carries a birth in Caen (Calvados).");
    r = mismatch("92001", 55, "1955-04-01", "Alger");
    message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, en);
    ck_assert_str_eq(en, "Le document indique comme lieu de naissance : "
                         "Alger (Alg\xc3\xa9rie fran\xc3\xa7" "aise) ; le "
                         "num\xc3\xa9ro porte une naissance : "
                         "Alg\xc3\xa9rie.");
    /* The Seine: the number carries 75 for today's 92-94 too. */
    consistent("75112", 60, "1960-04-01", "Seine");
    mismatch("92012", 60, "1960-04-01", "Seine");
    consistent("78646", 60, "1960-04-01", "Seine-et-Oise");
    /* Algeria's départements: their code then, or the country. */
    by_history("91001", 55, "1955-04-01", "Alger");
    by_history("92001", 58, "1958-04-01", "Oran");
    by_history("93001", 58, "1958-04-01", "Constantine");
    consistent("99352", 55, "1955-04-01", "Alger");
    consistent("99352", 75, "1975-04-01", "Alger");
    mismatch("91001", 75, "1975-04-01", "Alger");
}
END_TEST

START_TEST(test_today_rules_kept)
{
    by_history("20004", 65, "1965-04-01", "2A004");
    by_history("20004", 65, "1965-04-01", "Ajaccio");
    consistent("2A004", 80, "1980-04-01", "20004"); /* a former code */
    consistent("2A004", 80, "1980-04-01", "Ajaccio");
    mismatch("20004", 80, "1980-04-01", "Ajaccio");
    by_history("75112", 60, "1960-04-01", "Boulogne-Billancourt");
    mismatch("75112", 70, "1970-04-01", "Boulogne-Billancourt");
    by_history("78646", 60, "1960-04-01", "Essonne");
    consistent("75056", 80, NULL, "Paris 15e");
    consistent("75115", 80, NULL, "75056");
}
END_TEST

/* A report filled by hand: the place details are read within the tables
 * only, and a message never quotes the number's place digits. */
START_TEST(test_messages_of_crafted_place_findings)
{
    static const unsigned int details[] = {0u, 1u, 0x3FFFFFFFu, 0x40000000u,
                                           0x7FFFFFFFu, 0xBFFFFFFFu,
                                           0xFFFFFFFFu, 40000u};
    static const unsigned short counts[] = {0, 1, 5, 0xFFFF};
    nir_civil_report r;
    char out[512];
    for (size_t d = 0; d < sizeof details / sizeof details[0]; d++)
        for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++)
            for (int code = NIR_FINDING_BIRTHPLACE_MISMATCH; code <= 17;
                 code += 13) {
                size_t n;
                memset(&r, 'A', sizeof r);
                r.finding_count = 1;
                r.date_readings = 0;
                r.findings[0].code = (nir_finding_code)code;
                r.findings[0].place_detail = details[d];
                r.findings[0].place_candidates = counts[c];
                n = nir_finding_message(&r, 0, NIR_LANG_EN, out, sizeof out);
                ck_assert_uint_gt(n, 20);
                ck_assert_uint_lt(n, sizeof out);
                n = nir_finding_message(&r, 0, NIR_LANG_FR, out, sizeof out);
                ck_assert_uint_gt(n, 20);
                ck_assert_uint_lt(n, sizeof out);
            }
}
END_TEST

/* Many candidates with long names against a long-named commune: the
 * messages stay within the 512 bytes nir.h promises. */
START_TEST(test_long_place_messages)
{
    static const char *const places[] = {
        "Sainte-Marie", "Saint-Pierre", "Sainte-Colombe", "Saint-Martin",
        "Saint-Germain", "Saint-Aubin", "Saint-Jean", "Villeneuve",
        "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson (51)"};
    char en[512], fr[512];
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        nir_civil_report r = check_at("2B050", 80, NULL, places[i]);
        if (find(&r, NIR_FINDING_BIRTHPLACE_MISMATCH) < 0)
            r = check_at("51513", 80, NULL, "Saint-Pierre-et-Miquelon");
        message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
        message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
        ck_assert_ptr_nonnull(strstr(en, "the number carries a birth in"));
    }
    {
        nir_civil_report r = check_at("51513", 80, NULL, "Sainte-Colombe");
        message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
        ck_assert_ptr_nonnull(strstr(fr, "autres lieux"));
        ck_assert_ptr_nonnull(
            strstr(fr, "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson"));
    }
}
END_TEST

/* How a mismatch message names both places, in words: the candidates
 * of the place given as they fit, the number's place whatever the tables
 * know of it -- never with the number's digits. */
START_TEST(test_place_words_in_messages)
{
    static const struct {
        const char *number_place, *given, *en, *fr, *hidden;
    } cases[] = {
        /* Two communes of that name: "or" joins them. */
        {"14118", "Balan", "The document says Balan (Ain) or Balan "
         "(Ardennes);", "Balan (Ain) ou Balan (Ardennes) ;", "118"},
        /* Four communes with long names share 66740: three fit. */
        {"14118", "66740", "Saint-G\xc3\xa9nis-des-Fontaines "
         "(Pyr\xc3\xa9n\xc3\xa9\x65s-Orientales) or one other place;",
         "ou un autre lieu ;", "Villelongue"},
        /* A commune code the list does not know, in a known département. */
        {"14999", "Caen", "a birth in an unlisted commune of Calvados.",
         "une commune non r\xc3\xa9pertori\xc3\xa9\x65 (Calvados).", "999"},
        /* An overseas commune. */
        {"97105", "Caen", "a birth in Basse-Terre (Guadeloupe).",
         "naissance : Basse-Terre (Guadeloupe).", "105"},
        /* A country code INSEE does not list. */
        {"99999", "Maroc", "a birth in an unknown country.",
         "naissance : un pays inconnu.", "999"},
        /* A former country with no ISO code: INSEE's name. */
        {"99115", "Maroc", "a birth in TCHECOSLOVAQUIE.",
         "naissance : TCHECOSLOVAQUIE.", "115"},
    };
    char en[512], fr[512];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nir_civil_report r =
            mismatch(cases[i].number_place, 65, NULL, cases[i].given);
        message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_EN, en);
        message(&r, NIR_FINDING_BIRTHPLACE_MISMATCH, NIR_LANG_FR, fr);
        ck_assert_msg(strstr(en, cases[i].en) != NULL, "%s", en);
        ck_assert_msg(strstr(fr, cases[i].fr) != NULL, "%s", fr);
        ck_assert_ptr_null(strstr(en, cases[i].hidden));
        ck_assert_ptr_null(strstr(fr, cases[i].hidden));
    }
}
END_TEST

/* What surrounds a name, and codes as written: what each resolves to. */
START_TEST(test_place_texts_as_written)
{
    enum outcome { SAME, UNRESOLVED };
    static const struct {
        const char *number_place, *given;
        enum outcome outcome;
    } cases[] = {
        {"14118", "Caen)", SAME},           /* a stray parenthesis */
        {"14118", "(Caen)", SAME},
        {"14118", "CAEN\t 14000", SAME},    /* a tab before the code */
        {"75115", "75015 Paris (75)", SAME}, /* arrondissement, then 75 */
        {"32389", "Saint-Martin (Atlantis)", SAME}, /* no d\xc3\xa9partement */
        {"32389", "Saint-Martin (Suisse)", SAME},   /* a country beside */
        {"15138", "Murat (15)", SAME},  /* two entries of one code */
        {"99132", "UK", SAME},          /* ICU's alias of GB */
        {"97105", "GLP", SAME},         /* ISO code of Guadeloupe */
        {"14118", "FRA", SAME},
        {"14118", "Caen (14118)", SAME}, /* a commune code beside */
        {"14118", "EUE", UNRESOLVED},    /* ICU's, no country's */
        {"14118", "14000Caen", UNRESOLVED},
        {"14118", "Caen14000", UNRESOLVED},
        {"14118", "14000 -", UNRESOLVED},
        {"14118", "7", UNRESOLVED},
        {"14118", "?!", UNRESOLVED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (cases[i].outcome == SAME)
            consistent(cases[i].number_place, 65, NULL, cases[i].given);
        else
            unresolved(cases[i].number_place, 65, NULL, cases[i].given);
}
END_TEST

/* Place texts too long or too odd to be a commune's name: unresolved,
 * never cut down to a name that happens to match. */
START_TEST(test_overlong_place_texts)
{
    static const struct {
        const char *piece;
        int times;
        const char *end;
    } cases[] = {
        /* Over the length of any commune key. */
        {"Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson ", 7, ""},
        {"Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson ", 5, ""},
        {"Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson ", 3, ""},
        /* More words than any name has. */
        {"le ", 25, "Caen"},
        /* Short, but long once the saints are spelled out. */
        {"Ste ", 20, ""},
        /* Short, but three times longer once case-folded (U+0390). */
        {"\xce\x90", 70, ""},
        {"\xce\x90", 64, ""}, /* just fills the folded text */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char place[400] = "";
        for (int k = 0; k < cases[i].times; k++)
            strcat(place, cases[i].piece);
        strcat(place, cases[i].end);
        unresolved("14118", 65, NULL, place);
    }
}
END_TEST

/* Every commune of the list, by its name, against a number born there:
 * the keys of tools/gen_communes.py and of the library agree. */
START_TEST(test_every_commune_name_resolves)
{
    const char *dir = getenv("NIR_SOURCE_DIR");
    char path[1024], line[1024];
    FILE *f;
    size_t rows = 0;
    if (dir == NULL)
        dir = NIR_SOURCE_DIR_DEFAULT;
    snprintf(path, sizeof path, "%s/data/insee_communes.csv", dir);
    f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    ck_assert_ptr_nonnull(fgets(line, sizeof line, f)); /* header */
    while (fgets(line, sizeof line, f) != NULL) {
        char code[6], name[512], *start = line + 8, *end;
        nir_civil_report r;
        memcpy(code, line, 5);
        code[5] = '\0';
        if (*start == '"') { /* a quoted name holds a comma */
            end = strchr(++start, '"');
        } else {
            end = strchr(start, ',');
        }
        ck_assert_ptr_nonnull(end);
        memcpy(name, start, (size_t)(end - start));
        name[end - start] = '\0';
        r = check_at(code, 80, NULL, name);
        ck_assert_msg(r.verdict == NIR_CIVIL_CONSISTENT, "%s %s: %s", code,
                      name, nir_civil_verdict_name(r.verdict));
        rows++;
    }
    fclose(f);
    ck_assert_uint_gt(rows, 37000);
}
END_TEST

static Suite *civil_places_suite(void)
{
    Suite *s = suite_create("civil_places");
    TCase *names = tcase_create("names");
    TCase *history = tcase_create("history");
    TCase *all = tcase_create("all");
    tcase_add_test(names, test_commune_names_as_written);
    tcase_add_test(names, test_commune_mismatch_names_both_places);
    tcase_add_test(names, test_names_with_several_communes);
    tcase_add_test(names, test_postal_codes);
    tcase_add_test(names, test_names_with_postal_code_or_departement);
    tcase_add_test(names, test_commune_before_country);
    tcase_add_test(history, test_history_overseas);
    tcase_add_test(history, test_history_north_africa);
    tcase_add_test(history, test_history_former_names);
    tcase_add_test(history, test_today_rules_kept);
    tcase_add_test(names, test_messages_of_crafted_place_findings);
    tcase_add_test(names, test_long_place_messages);
    tcase_add_test(names, test_place_words_in_messages);
    tcase_add_test(names, test_overlong_place_texts);
    tcase_add_test(names, test_place_texts_as_written);
    tcase_add_test(all, test_every_commune_name_resolves);
    /* ICU loads its data on first use; sanitizer builds are slower. */
    tcase_set_timeout(names, 60);
    tcase_set_timeout(history, 60);
    tcase_set_timeout(all, 300);
    suite_add_tcase(s, names);
    suite_add_tcase(s, history);
    suite_add_tcase(s, all);
    return s;
}

NIR_TEST_MAIN(civil_places_suite)
