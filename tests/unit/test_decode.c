/*
 * test_decode.c -- every decoded field, for every place type and month kind.
 */
#include "testutil.h"

START_TEST(metropole)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 55 08 14 168 025 38", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.kind, NIR_KIND_NIR);
    ck_assert_int_eq(r.sex, NIR_SEX_FEMALE);
    ck_assert_int_eq(r.birth_year, 55);
    ck_assert_int_eq(r.month_code, 8);
    ck_assert_int_eq(r.birth_month, 8);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_REAL);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_METROPOLE);
    ck_assert_str_eq(r.department, "14");
    ck_assert_str_eq(r.department_name, "Calvados");
    ck_assert_str_eq(r.commune, "168");
    ck_assert_str_eq(r.country_code, "");
    ck_assert_ptr_null(r.country_name);
    ck_assert_int_eq(r.order, 25);
    ck_assert_int_eq(r.has_key, 1);
    ck_assert_int_eq(r.key, 38);
    ck_assert_int_eq(r.expected_key, 38);
    ck_assert_str_eq(r.compact, "255081416802538");
    ck_assert_uint_eq(r.compact_len, 15);
    ck_assert_int_eq(r.nnp_caisse, -1);
}
END_TEST

START_TEST(without_key)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2840588321025", NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_int_eq(r.has_key, 0);
    ck_assert_int_eq(r.key, -1);
    ck_assert_int_eq(r.expected_key, 32);
    ck_assert_uint_eq(r.compact_len, 13);
    ck_assert_str_eq(r.department_name, "Vosges");
}
END_TEST

START_TEST(corsica)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 84 05 2B 321 025 79", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_CORSICA);
    ck_assert_str_eq(r.department, "2B");
    ck_assert_str_eq(r.department_name, "Haute-Corse");
    ck_assert_int_eq(parse_s("2 60 07 20 001 002 89", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_CORSICA);
    ck_assert_str_eq(r.department, "20");
    ck_assert_str_eq(r.department_name, "Corse");
    ck_assert_uint_eq(r.warnings, 0);
    /* 20 with a year that only fits 1976 or later */
    ck_assert_int_eq(parse_s("1 80 01 20 001 001 34", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_uint_eq(r.warnings, NIR_WARN_CORSICA_YEAR);
    /* 2A with year 00: born in 2000, fine */
    ck_assert_int_eq(parse_s("1 00 01 2A 001 001 04", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_uint_eq(r.warnings, 0);
}
END_TEST

START_TEST(overseas)
{
    nir_result r;
    ck_assert_int_eq(parse_s("1 85 07 972 12 005 08", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_OVERSEAS);
    ck_assert_str_eq(r.department, "972");
    ck_assert_str_eq(r.department_name, "Martinique");
    ck_assert_str_eq(r.commune, "12");
    ck_assert_int_eq(parse_s("2 05 03 985 01 123 43", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_str_eq(r.department, "985");
    ck_assert_str_eq(r.department_name, "Mayotte (ancien code)");
    ck_assert_int_eq(parse_s("1 85 07 987 12 001 20", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_str_eq(r.department_name, "Polynésie française");
}
END_TEST

START_TEST(abroad)
{
    nir_result r;
    ck_assert_int_eq(parse_s("4 85 01 99 352 001 71", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.kind, NIR_KIND_TEMPORARY);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_ABROAD);
    ck_assert_str_eq(r.department, "99");
    ck_assert_ptr_null(r.department_name);
    ck_assert_str_eq(r.commune, "");
    ck_assert_str_eq(r.country_code, "99352");
    ck_assert_str_eq(r.country_name, "ALGERIE");
    ck_assert_str_eq(r.country_iso2, "DZ");
    ck_assert_str_eq(r.country_iso3, "DZA");
    /* An obsolete country (Czechoslovakia) has a name but no ISO code. */
    ck_assert_ptr_nonnull(nir_country_by_code("99115", 5));
    ck_assert_ptr_null(nir_country_by_code("99115", 5)->iso2);
}
END_TEST

START_TEST(north_africa)
{
    nir_result r;
    ck_assert_int_eq(parse_s("1 56 35 96 001 004 87", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_NORTH_AFRICA);
    ck_assert_str_eq(r.department, "96");
    ck_assert_str_eq(r.department_name, "Tunisie (avant l'indépendance)");
    ck_assert_uint_eq(r.warnings, NIR_WARN_NORTH_AFRICA);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_PSEUDO);
    ck_assert_int_eq(r.birth_month, 5);
    ck_assert_int_eq(r.month_code, 35);
}
END_TEST

START_TEST(months)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 88 35 31 001 001 33", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_PSEUDO);
    ck_assert_int_eq(r.birth_month, 5);
    ck_assert_int_eq(parse_s("1 41 20 80 782 005 87", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_UNKNOWN);
    ck_assert_int_eq(r.birth_month, 0);
    ck_assert_int_eq(r.month_code, 20);
    /* Invalid month: decoded as no month kind. */
    ck_assert_int_eq(parse_s("2 55 13 14 168 025 21", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_MONTH);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_NONE);
    ck_assert_int_eq(r.birth_month, -1);
    ck_assert_int_eq(r.month_code, 13);
    /* 45: unknown month for LENIENT */
    ck_assert_int_eq(parse_s("1 85 45 14 168 025 83", NIR_PROFILE_LENIENT, &r),
                     NIR_OK);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_UNKNOWN);
}
END_TEST

START_TEST(nnp_and_mig)
{
    nir_result r;
    ck_assert_int_eq(parse_s("7112312345678", NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_int_eq(r.kind, NIR_KIND_NNP);
    ck_assert_int_eq(r.sex, NIR_SEX_MALE);
    ck_assert_int_eq(r.nnp_verification, 1);
    ck_assert_int_eq(r.nnp_caisse, 123);
    ck_assert_int_eq(r.order, 12345678);
    ck_assert_int_eq(r.birth_year, -1);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_NONE);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_NONE);
    ck_assert_str_eq(r.department, "");
    ck_assert_int_eq(parse_s("6144100008502", NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_int_eq(r.kind, NIR_KIND_MIG);
    ck_assert_int_eq(r.sex, NIR_SEX_FEMALE);
    ck_assert_int_eq(r.nnp_caisse, 441);
    /* Q4: a 15-character NNP needs the R9 key. */
    ck_assert_int_eq(parse_s("7 41 06 80 782 005 48", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(parse_s("7 41 06 80 782 005 49", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_KEY);
    ck_assert_int_eq(r.expected_key, 48);
    /* NNP has no letters (CNAM layout) */
    ck_assert_int_eq(parse_s("7112A12345678", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
}
END_TEST

START_TEST(decoded_on_key_error)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 55 08 14 168 025 39", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_KEY);
    ck_assert_int_eq(r.key, 39);
    ck_assert_int_eq(r.expected_key, 38);
    ck_assert_str_eq(r.department_name, "Calvados");
    /* On a character error nothing is decoded. */
    ck_assert_int_eq(parse_s("2 55 08 14 168 02X 39", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_int_eq(r.birth_year, -1);
    ck_assert_int_eq(r.key, -1);
}
END_TEST

START_TEST(result_may_be_null)
{
    ck_assert_int_eq(nir_parse("255081416802538", 15, NIR_PROFILE_STANDARD, NULL),
                     NIR_OK);
    ck_assert_int_eq(nir_parse("255081416802539", 15, NIR_PROFILE_STANDARD, NULL),
                     NIR_ERR_KEY);
    ck_assert_int_eq(nir_parse("255081416802538", 15, (nir_profile)7, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_parse(NULL, 3, NIR_PROFILE_STANDARD, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_parse(NULL, 0, NIR_PROFILE_STANDARD, NULL),
                     NIR_ERR_EMPTY);
}
END_TEST

static Suite *decode_suite(void)
{
    Suite *s = suite_create("decode");
    TCase *tc = tcase_create("fields");
    tcase_add_test(tc, metropole);
    tcase_add_test(tc, without_key);
    tcase_add_test(tc, corsica);
    tcase_add_test(tc, overseas);
    tcase_add_test(tc, abroad);
    tcase_add_test(tc, north_africa);
    tcase_add_test(tc, months);
    tcase_add_test(tc, nnp_and_mig);
    tcase_add_test(tc, decoded_on_key_error);
    tcase_add_test(tc, result_may_be_null);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(decode_suite)
