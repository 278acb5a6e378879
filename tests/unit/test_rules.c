/*
 * test_rules.c -- every row of docs/rules.md ("Edge cases") (edge cases) under the
 * three profiles side by side, and each rule R1-R11 on its own.
 */
#include "testutil.h"

typedef struct {
    int row;                 /* row number in docs/rules.md ("Edge cases") */
    const char *number;
    nir_status dsn, standard, lenient;
    nir_kind kind;           /* kind under STANDARD */
    unsigned warnings;       /* warnings under STANDARD */
} edge_case;

#define OK NIR_OK
#define KEY NIR_ERR_KEY
#define MONTH NIR_ERR_MONTH
#define DEPT NIR_ERR_DEPARTMENT
#define COMMUNE NIR_ERR_COMMUNE
#define COUNTRY NIR_ERR_COUNTRY
#define ORDER NIR_ERR_ORDER
#define SEX NIR_ERR_SEX
#define CHAR NIR_ERR_CHARACTER
#define LEN NIR_ERR_LENGTH
#define K_NIR NIR_KIND_NIR
#define K_TMP NIR_KIND_TEMPORARY
#define K_NNP NIR_KIND_NNP
#define K_MIG NIR_KIND_MIG
#define K_NONE NIR_KIND_NONE

static const edge_case cases[] = {
    {1, "2 55 08 14 168 025 38", OK, OK, OK, K_NIR, 0},
    {2, "2 55 08 14 168 025 39", KEY, KEY, KEY, K_NIR, 0},
    {3, "2 69 05 49 588 157 80", OK, OK, OK, K_NIR, 0},
    {4, "2 84 05 88 321 025 32", OK, OK, OK, K_NIR, 0},
    {5, "2 84 05 88 321 025 30", KEY, KEY, KEY, K_NIR, 0},
    {6, "2840588321025", OK, OK, OK, K_NIR, 0},
    {7, "2 84 05 2A 321 025 52", OK, OK, OK, K_NIR, 0},
    {8, "2 84 05 2B 321 025 79", OK, OK, OK, K_NIR, 0},
    {9, "2 78 11 2B 050 002 86", OK, OK, OK, K_NIR, 0},
    {10, "1 77 02 2A 001 002 29", OK, OK, OK, K_NIR, 0},
    {11, "2 60 07 20 001 002 89", OK, OK, OK, K_NIR, 0},
    {12, "2 53 07 2A 073 004 43", OK, OK, OK, K_NIR, NIR_WARN_CORSICA_YEAR},
    {12, "2 53 07 2B 073 004 70", OK, OK, OK, K_NIR, NIR_WARN_CORSICA_YEAR},
    {13, "2 53 07 2C 073 004 43", CHAR, CHAR, CHAR, K_NIR, 0},
    {14, "1 41 06 2a 782 005 55", OK, OK, OK, K_NIR, NIR_WARN_CORSICA_YEAR},
    {15, "1 41 06 80 782 005 57", OK, OK, OK, K_NIR, 0},
    {16, "1 41 20 80 782 005 87", OK, OK, OK, K_NIR, 0},
    {17, "1 41 20 80 782 005 57", KEY, KEY, KEY, K_NIR, 0},
    {18, "2 84 20 2B 321 025 28", OK, OK, OK, K_NIR, 0},
    {19, "2 84 99 2B 321 025 31", OK, OK, OK, K_NIR, 0},
    {20, "2 88 35 31 001 001 33", OK, OK, OK, K_NIR, 0},
    {21, "2 55 25 14 168 025 19", MONTH, OK, OK, K_NIR, 0},
    {22, "1 85 45 14 168 025 83", MONTH, MONTH, OK, K_NIR, 0},
    {23, "2 55 13 14 168 025 21", MONTH, MONTH, MONTH, K_NIR, 0},
    {24, "2 55 00 14 168 025 07", MONTH, MONTH, MONTH, K_NIR, 0},
    {25, "2 95 10 99 126 111 93", OK, OK, OK, K_NIR, 0},
    {26, "2 85 02 99 138 001 11", OK, OK, OK, K_NIR, 0},
    {27, "2 00 02 99 231 234 86", OK, OK, OK, K_NIR, 0},
    {28, "1 06 09 99 553 910 94", OK, OK, OK, K_NIR, NIR_WARN_COUNTRY_UNLISTED},
    {29, "1 85 07 99 000 001 13", COUNTRY, COUNTRY, OK, K_NIR, 0},
    {30, "1 50 03 91 001 001 07", OK, OK, OK, K_NIR, NIR_WARN_NORTH_AFRICA},
    {31, "1 56 35 96 001 004 87", OK, OK, OK, K_NIR, NIR_WARN_NORTH_AFRICA},
    {32, "1 85 07 972 12 005 08", OK, OK, OK, K_NIR, 0},
    {33, "2 05 03 985 01 123 43", OK, OK, OK, K_NIR, 0},
    {34, "1 85 07 970 12 001 95", OK, DEPT, OK, K_NIR, 0},
    {35, "1 85 07 981 12 001 75", OK, DEPT, OK, K_NIR, 0},
    {36, "1 85 07 972 120 005 45", LEN, LEN, LEN, K_NIR, 0},
    {37, "26704990234081", LEN, LEN, LEN, K_NIR, 0},
    {38, "2 55 08 00 168 025 28", DEPT, DEPT, OK, K_NIR, 0},
    {39, "2 55 08 14 000 025 34", COMMUNE, COMMUNE, OK, K_NIR, 0},
    {40, "2 55 08 14 168 000 63", ORDER, ORDER, OK, K_NIR, 0},
    {41, "2 55 08 14 168 025 00", KEY, KEY, KEY, K_NIR, 0},
    {41, "2 55 08 14 168 025 98", KEY, KEY, KEY, K_NIR, 0},
    {42, "1 99 99 99 999 999 95", OK, OK, OK, K_NIR,
     NIR_WARN_COUNTRY_UNLISTED | NIR_WARN_DSN_PLACEHOLDER},
    {43, "3 41 06 80 782 005 54", SEX, OK, SEX, K_TMP, 0},
    {44, "4 85 01 99 352 001 71", SEX, OK, SEX, K_TMP, 0},
    {45, "3 53 07 2B 073 004 83", SEX, KEY, SEX, K_TMP, NIR_WARN_CORSICA_YEAR},
    {46, "7 41 06 80 782 005 48", SEX, OK, SEX, K_NNP, 0},
    {47, "7112312345678", SEX, OK, SEX, K_NNP, 0},
    {48, "7012312345678", SEX, OK, SEX, K_NNP, 0},
    /* 49: the rule book says "DD 96", but 2 27 89 65 432 189 has DD 65. */
    {49, "2278965432189", OK, OK, OK, K_NIR, 0},
    {50, "5112312345678", SEX, OK, SEX, K_MIG, 0},
    {50, "6144100008502", SEX, OK, SEX, K_MIG, 0},
    {51, "9 41 20 80 782 005 75", SEX, SEX, SEX, K_NONE, 0},
    /* 52: sex 8 is an NNP (CNAM layout, digits only): the django vector is
     * refused whatever its key. */
    {52, "8 82 06 2A 090 022 79", SEX, CHAR, SEX, K_NNP, 0},
};

START_TEST(edge_case_row)
{
    const edge_case *c = &cases[_i];
    const nir_status want[3] = {c->standard, c->dsn, c->lenient};
    const nir_profile profiles[3] = {NIR_PROFILE_STANDARD, NIR_PROFILE_DSN,
                                     NIR_PROFILE_LENIENT};
    for (int p = 0; p < 3; p++) {
        nir_result r;
        nir_status st = parse_s(c->number, profiles[p], &r);
        ck_assert_msg(st == want[p], "row %d %s profile %s: got %s, want %s",
                      c->row, c->number, nir_profile_name(profiles[p]),
                      nir_status_name(st), nir_status_name(want[p]));
        ck_assert_int_eq(r.status, st);
        /* nir_validate must agree with nir_parse, kind included. */
        nir_kind kind;
        unsigned w;
        ck_assert_int_eq(nir_validate(c->number, strlen(c->number),
                                      profiles[p], &kind, &w), st);
        ck_assert_int_eq(kind, r.kind);
        ck_assert_uint_eq(w, r.warnings);
        if (profiles[p] == NIR_PROFILE_STANDARD) {
            /* The kind is chosen by digit 1, even on a later error. */
            ck_assert_msg(r.kind == c->kind, "row %d kind %d", c->row,
                              r.kind);
            if (st == NIR_OK)
                ck_assert_msg(r.warnings == c->warnings,
                              "row %d warnings %u want %u", c->row,
                              r.warnings, c->warnings);
            ck_assert_int_eq(st == NIR_OK ? 0 : 1, r.position != 0);
        }
    }
}
END_TEST

/* R4: every first digit under every profile. */
START_TEST(digit_one_per_profile)
{
    /* Same body, key recomputed for each first digit. */
    static const char *const numbers[10] = {
        "041068078200510", "141068078200557", "241068078200507",
        "341068078200554", "441068078200504", "541068078200551",
        "641068078200501", "741068078200548", "841068078200595",
        "941068078200545"};
    static const nir_kind kinds[10] = {K_NONE, K_NIR, K_NIR, K_TMP, K_TMP,
                                       K_MIG, K_MIG, K_NNP, K_NNP, K_NONE};
    for (int d = 0; d < 10; d++) {
        nir_result r;
        int key;
        ck_assert_int_eq(nir_compute_key(numbers[d], 13, &key), NIR_OK);
        ck_assert_int_eq(key, atoi(numbers[d] + 13));
        nir_status s = parse_s(numbers[d], NIR_PROFILE_STANDARD, &r);
        ck_assert_int_eq(r.kind, kinds[d]);
        ck_assert_int_eq(s, (d == 0 || d == 9) ? SEX : OK);
        for (int p = 1; p < 3; p++) {
            s = parse_s(numbers[d], (nir_profile)p, &r);
            ck_assert_int_eq(s, (d == 1 || d == 2) ? OK : SEX);
        }
        if (d >= 1 && d <= 8)
            ck_assert_int_eq(r.sex, d % 2 ? NIR_SEX_MALE : NIR_SEX_FEMALE);
        else
            ck_assert_int_eq(r.sex, NIR_SEX_UNKNOWN);
    }
}
END_TEST

/* R6 / Q1: the allowed month set of each profile, all 100 codes. */
START_TEST(month_sets)
{
    for (int m = 0; m < 100; m++) {
        char body[14], number[16];
        int key;
        snprintf(body, sizeof body, "185%02d14168025", m);
        ck_assert_int_eq(nir_compute_key(body, 13, &key), NIR_OK);
        snprintf(number, sizeof number, "%s%02d", body, key);
        int standard = (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || m >= 50;
        int dsn = (m >= 1 && m <= 12) || m == 20 || (m >= 30 && m <= 42) ||
                  m >= 50;
        int lenient = (m >= 1 && m <= 12) || m >= 20;
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_STANDARD, NULL),
                         standard ? OK : MONTH);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_DSN, NULL),
                         dsn ? OK : MONTH);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_LENIENT, NULL),
                         lenient ? OK : MONTH);
    }
}
END_TEST

/* R7b: 97x and 98x third digits under STANDARD; DSN does not look. */
START_TEST(overseas_ranges)
{
    for (int d = 970; d <= 989; d++) {
        char body[14], number[16];
        int key;
        snprintf(body, sizeof body, "18507%d12001", d);
        ck_assert_int_eq(nir_compute_key(body, 13, &key), NIR_OK);
        snprintf(number, sizeof number, "%s%02d", body, key);
        int ok = (d >= 971 && d <= 978) || (d >= 984 && d <= 989);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_STANDARD, NULL),
                         ok ? OK : DEPT);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_DSN, NULL), OK);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_LENIENT, NULL), OK);
    }
    /* Overseas commune 00 is invalid under STANDARD only. */
    ck_assert_int_eq(parse_s("1850797200001", NIR_PROFILE_STANDARD, NULL),
                     COMMUNE);
    ck_assert_int_eq(parse_s("1850797200001", NIR_PROFILE_DSN, NULL), OK);
}
END_TEST

/* R8b / Q5: country 990 is "unknown", 991-999 and unlisted codes warn. */
START_TEST(country_codes)
{
    nir_result r;
    ck_assert_int_eq(parse_s("1 85 07 99 990 001 92", NIR_PROFILE_STANDARD, &r),
                     OK);
    ck_assert_uint_eq(r.warnings, NIR_WARN_COUNTRY_UNKNOWN);
    ck_assert_ptr_null(r.country_name);
    ck_assert_int_eq(parse_s("2 95 10 99 126 111 93", NIR_PROFILE_STANDARD, &r),
                     OK);
    ck_assert_uint_eq(r.warnings, 0);
    ck_assert_str_eq(r.country_code, "99126");
    ck_assert_str_eq(r.country_name, "GRECE");
}
END_TEST

/* R9: key range and letters only at 2A/2B; R2: 13 or 15 characters. */
START_TEST(key_and_length)
{
    ck_assert_int_eq(parse_s("255081416802538", NIR_PROFILE_STANDARD, NULL), OK);
    ck_assert_int_eq(parse_s("25508141680253", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("2550814168025388", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("255081416802", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("25508141680253A", NIR_PROFILE_STANDARD, NULL), CHAR);
    ck_assert_int_eq(parse_s("2550814168025AB", NIR_PROFILE_STANDARD, NULL), CHAR);
    ck_assert_int_eq(parse_s("", NIR_PROFILE_STANDARD, NULL), NIR_ERR_EMPTY);
    ck_assert_int_eq(parse_s(" - . ", NIR_PROFILE_STANDARD, NULL), NIR_ERR_EMPTY);
    /* Key 97 (body multiple of 97) and key 01 are both in range. */
    ck_assert_int_eq(parse_s("1 60 01 92 044 012 97", NIR_PROFILE_STANDARD, NULL),
                     OK);
}
END_TEST

/* The position names the first character of the failing field, counted in
 * characters of the input as typed (separators included). */
START_TEST(error_positions)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 55 13 14 168 025 21", NIR_PROFILE_STANDARD, &r),
                     MONTH);
    ck_assert_uint_eq(r.position, 6);
    ck_assert_uint_eq(r.offset, 5);
    ck_assert_int_eq(parse_s("255081416802539", NIR_PROFILE_STANDARD, &r), KEY);
    ck_assert_uint_eq(r.position, 14);
    ck_assert_int_eq(parse_s("2 53 07 2C 073 004 43", NIR_PROFILE_STANDARD, &r),
                     CHAR);
    ck_assert_uint_eq(r.position, 10);
    ck_assert_int_eq(parse_s("2 55 08 14 000 025 34", NIR_PROFILE_STANDARD, &r),
                     COMMUNE);
    ck_assert_uint_eq(r.position, 12);
    ck_assert_int_eq(parse_s("2550814168025\t38", NIR_PROFILE_STANDARD, &r), CHAR);
    ck_assert_uint_eq(r.position, 14);
    /* Too short: just past the end. */
    ck_assert_int_eq(parse_s("25508", NIR_PROFILE_STANDARD, &r), LEN);
    ck_assert_uint_eq(r.position, 6);
    /* Too long: the 16th significant character. */
    ck_assert_int_eq(parse_s("2 55 08 14 168 025 38 1", NIR_PROFILE_STANDARD, &r),
                     LEN);
    ck_assert_uint_eq(r.position, 23);
    /* Positions count characters, not bytes: NBSP is one character. */
    ck_assert_int_eq(parse_s("2\xc2\xa0" "55 13 14 168 025 21",
                             NIR_PROFILE_STANDARD, &r), MONTH);
    ck_assert_uint_eq(r.position, 6);
    ck_assert_uint_eq(r.offset, 6);
}
END_TEST

static Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("edge_cases");
    tcase_add_loop_test(tc, edge_case_row, 0,
                        (int)(sizeof cases / sizeof cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("rules");
    tcase_add_test(tc, digit_one_per_profile);
    tcase_add_test(tc, month_sets);
    tcase_add_test(tc, overseas_ranges);
    tcase_add_test(tc, country_codes);
    tcase_add_test(tc, key_and_length);
    tcase_add_test(tc, error_positions);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(rules_suite)
