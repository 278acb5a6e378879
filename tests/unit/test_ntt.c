/*
 * test_ntt.c -- the DSN temporary technical number (docs/rules.md ("NTT"),
 * rules N1-N5, edge cases 53-55).
 */
#include "testutil.h"

static nir_status ntt(const char *s, nir_profile p, nir_ntt_result *r)
{
    return nir_validate_ntt(s, strlen(s), p, r);
}

static const nir_profile profiles[] = {NIR_PROFILE_STANDARD, NIR_PROFILE_DSN,
                                       NIR_PROFILE_LENIENT};

/* Edge case 53: 1 + SIREN 123456789 + "01"; the SIREN's Luhn digit fails,
 * which warns without invalidating. */
START_TEST(row53_valid_with_siren_warning)
{
    nir_ntt_result r;
    ck_assert_int_eq(ntt("112345678901", profiles[_i], &r), NIR_OK);
    ck_assert_int_eq(r.status, NIR_OK);
    ck_assert_uint_eq(r.position, 0);
    ck_assert_int_eq(r.sex, NIR_SEX_MALE);
    ck_assert_str_eq(r.siren, "123456789");
    ck_assert_int_eq(r.siren_valid, 0);
    ck_assert_uint_eq(r.identifier_len, 2);
}
END_TEST

/* Edge case 54: 10 characters. */
START_TEST(row54_too_short)
{
    nir_ntt_result r;
    ck_assert_int_eq(ntt("1123456789", profiles[_i], &r), NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, 11);
    /* The SIREN is complete, so it is still decoded. */
    ck_assert_str_eq(r.siren, "123456789");
    ck_assert_uint_eq(r.identifier_len, 0);
}
END_TEST

/* Edge case 55: first character 3. */
START_TEST(row55_sex_3)
{
    nir_ntt_result r;
    ck_assert_int_eq(ntt("3123456789AB", profiles[_i], &r), NIR_ERR_SEX);
    ck_assert_uint_eq(r.position, 1);
    ck_assert_int_eq(r.sex, NIR_SEX_UNKNOWN);
    ck_assert_int_eq(r.siren_valid, -1);
}
END_TEST

START_TEST(valid_siren_and_female)
{
    nir_ntt_result r;
    /* 732829320: a SIREN whose Luhn digit is right (from the right,
     * 0 + 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 40). */
    ck_assert_int_eq(ntt("2732829320MAT0042", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(r.sex, NIR_SEX_FEMALE);
    ck_assert_str_eq(r.siren, "732829320");
    ck_assert_int_eq(r.siren_valid, 1);
    ck_assert_uint_eq(r.identifier_len, 7);
}
END_TEST

START_TEST(length_bounds)
{
    char buf[64];
    nir_ntt_result r;
    memset(buf, '7', sizeof buf);
    buf[0] = '1';
    /* 11 and 40 characters: the bounds are inclusive (N1). */
    ck_assert_int_eq(nir_validate_ntt(buf, 11, NIR_PROFILE_DSN, &r), NIR_OK);
    ck_assert_uint_eq(r.identifier_len, 1);
    ck_assert_int_eq(nir_validate_ntt(buf, 40, NIR_PROFILE_DSN, &r), NIR_OK);
    ck_assert_uint_eq(r.identifier_len, 30);
    /* 41: too long, named at the 41st character. */
    ck_assert_int_eq(nir_validate_ntt(buf, 41, NIR_PROFILE_DSN, &r),
                     NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, 41);
    /* Longer still: the same, whatever stands after the 41st character
     * (left to right, the length is the first fault). */
    ck_assert_int_eq(nir_validate_ntt(buf, 60, NIR_PROFILE_DSN, &r),
                     NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, 41);
    buf[50] = ' ';
    ck_assert_int_eq(nir_validate_ntt(buf, 60, NIR_PROFILE_DSN, &r),
                     NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, 41);
    buf[50] = '7';
    /* Short inputs: the position is just past the end. */
    ck_assert_int_eq(nir_validate_ntt(buf, 1, NIR_PROFILE_DSN, &r),
                     NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, 2);
    ck_assert_str_eq(r.siren, "");
    ck_assert_int_eq(r.siren_valid, -1);
    ck_assert_int_eq(nir_validate_ntt(buf, 9, NIR_PROFILE_DSN, &r),
                     NIR_ERR_LENGTH);
    ck_assert_str_eq(r.siren, "");
}
END_TEST

START_TEST(characters)
{
    nir_ntt_result r;
    /* N2: no spaces inside; white space around is ignored, and positions
     * count in the input as given. */
    ck_assert_int_eq(ntt("1123456789 01", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 11);
    ck_assert_int_eq(ntt(" 112345678901", NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_uint_eq(r.identifier_len, 2);
    ck_assert_int_eq(ntt("112345678901 \r\n", NIR_PROFILE_LENIENT, &r),
                     NIR_OK);
    ck_assert_int_eq(ntt("\t 1123456789 01", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 13);
    ck_assert_int_eq(ntt(" \t\r\n", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_EMPTY);
    ck_assert_uint_eq(r.position, 1);
    /* N4: the SIREN is digits. */
    ck_assert_int_eq(ntt("11234A678901", NIR_PROFILE_LENIENT, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 6);
    ck_assert_str_eq(r.siren, "");
    /* N5: letters and digits after the SIREN; LENIENT takes any printable
     * ASCII (the XSD has no pattern). */
    ck_assert_int_eq(ntt("1123456789AB-7", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 13);
    ck_assert_int_eq(ntt("1123456789AB-7", NIR_PROFILE_DSN, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_int_eq(ntt("1123456789AB-7", NIR_PROFILE_LENIENT, &r), NIR_OK);
    ck_assert_int_eq(ntt("1123456789ab_7/", NIR_PROFILE_LENIENT, &r), NIR_OK);
    ck_assert_int_eq(ntt("1123456789az09", NIR_PROFILE_STANDARD, &r), NIR_OK);
    /* The first character: a letter or digit is a wrong sex, anything
     * else a wrong character. */
    ck_assert_int_eq(ntt("0123456789AB", NIR_PROFILE_STANDARD, &r), NIR_ERR_SEX);
    ck_assert_int_eq(ntt("A123456789AB", NIR_PROFILE_STANDARD, &r), NIR_ERR_SEX);
    ck_assert_int_eq(ntt("-123456789AB", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 1);
}
END_TEST

START_TEST(hostile_bytes)
{
    nir_ntt_result r;
    /* Embedded NUL: an error at its place, never a truncation. */
    ck_assert_int_eq(nir_validate_ntt("112345678901\0AB", 15,
                                      NIR_PROFILE_LENIENT, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 13);
    /* CR of a CRLF record, DEL, tab, UTF-8 (e accent), invalid UTF-8,
     * full-width digit: all character errors, in every profile. */
    const char *bad[] = {"1123456789\r01", "1123456789\x7f", "1123456789\tA",
                         "1123456789\xc3\xa9", "1123456789\xff",
                         "1\357\274\22123456789AB" /* U+FF11 */};
    const size_t at[] = {11, 11, 11, 11, 11, 2};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        for (size_t p = 0; p < 3; p++) {
            ck_assert_int_eq(ntt(bad[i], profiles[p], &r), NIR_ERR_CHARACTER);
            ck_assert_uint_eq(r.position, at[i]);
        }
    /* Huge input: refused before any work. */
    static char huge[NIR_MAX_INPUT + 1];
    memset(huge, '1', sizeof huge);
    ck_assert_int_eq(nir_validate_ntt(huge, sizeof huge, NIR_PROFILE_STANDARD,
                                      &r),
                     NIR_ERR_LENGTH);
    ck_assert_uint_eq(r.position, NIR_NTT_MAX_LEN + 1);
}
END_TEST

START_TEST(arguments_and_empty)
{
    nir_ntt_result r;
    memset(&r, 0x5A, sizeof r);
    ck_assert_int_eq(nir_validate_ntt(NULL, 0, NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_EMPTY);
    ck_assert_uint_eq(r.position, 1);
    for (size_t i = 0; i < sizeof r.reserved; i++)
        ck_assert_uint_eq(r.reserved[i], 0);
    ck_assert_int_eq(nir_validate_ntt(NULL, 3, NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_validate_ntt("112345678901", 12, (nir_profile)7, &r),
                     NIR_ERR_ARGUMENT);
    /* A NULL result still gives the verdict. */
    ck_assert_int_eq(nir_validate_ntt("112345678901", 12, NIR_PROFILE_DSN, NULL),
                     NIR_OK);
    ck_assert_int_eq(nir_validate_ntt("312345678901", 12, NIR_PROFILE_DSN, NULL),
                     NIR_ERR_SEX);
    ck_assert_int_eq(nir_validate_ntt("11234567890", 10, NIR_PROFILE_DSN, NULL),
                     NIR_ERR_LENGTH);
}
END_TEST

START_TEST(messages)
{
    ck_assert_str_eq(nir_ntt_strerror(NIR_ERR_LENGTH, NIR_LANG_EN),
                     "wrong length: an NTT has 11 to 40 characters");
    ck_assert_ptr_nonnull(strstr(nir_ntt_strerror(NIR_ERR_LENGTH, NIR_LANG_FR),
                                 "11 à 40"));
    ck_assert_ptr_nonnull(strstr(nir_ntt_strerror(NIR_ERR_SEX, NIR_LANG_FR),
                                 "1 ou 2"));
    ck_assert_ptr_nonnull(strstr(nir_ntt_strerror(NIR_ERR_SEX, NIR_LANG_EN),
                                 "1 or 2"));
    ck_assert_ptr_nonnull(strstr(nir_ntt_strerror(NIR_ERR_CHARACTER,
                                                  NIR_LANG_EN),
                                 "SIREN"));
    ck_assert_ptr_nonnull(strstr(nir_ntt_strerror(NIR_ERR_CHARACTER,
                                                  NIR_LANG_FR),
                                 "sans espace"));
    /* Other statuses: the shared messages. */
    ck_assert_str_eq(nir_ntt_strerror(NIR_ERR_EMPTY, NIR_LANG_FR),
                     nir_strerror(NIR_ERR_EMPTY, NIR_LANG_FR));
    ck_assert_str_eq(nir_ntt_strerror((nir_status)99, NIR_LANG_EN),
                     "unknown error");
}
END_TEST

/* The two validators are separate: an NTT is no NIR, and NTT text is
 * taken as given (the NIR separators are not removed). */
START_TEST(not_a_nir)
{
    ck_assert_int_eq(parse_s("112345678901", NIR_PROFILE_STANDARD, NULL),
                     NIR_ERR_LENGTH);
    ck_assert_int_eq(ntt("2 55 08 14 168 025 38", NIR_PROFILE_STANDARD, NULL),
                     NIR_ERR_CHARACTER);
}
END_TEST

static Suite *ntt_suite(void)
{
    Suite *s = suite_create("ntt");
    TCase *tc = tcase_create("rules");
    tcase_add_loop_test(tc, row53_valid_with_siren_warning, 0, 3);
    tcase_add_loop_test(tc, row54_too_short, 0, 3);
    tcase_add_loop_test(tc, row55_sex_3, 0, 3);
    tcase_add_test(tc, valid_siren_and_female);
    tcase_add_test(tc, length_bounds);
    tcase_add_test(tc, characters);
    tcase_add_test(tc, hostile_bytes);
    tcase_add_test(tc, arguments_and_empty);
    tcase_add_test(tc, messages);
    tcase_add_test(tc, not_a_nir);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(ntt_suite)
