/*
 * test_input.c -- normalisation of what people type and hostile input:
 * separators, Unicode digits, empty, huge, NUL, invalid UTF-8, CRLF, BOM.
 * Every case gives a clear status, never a crash or a wrong verdict.
 */
#include "testutil.h"

static nir_status std_n(const char *s, size_t n, nir_result *r)
{
    return nir_parse(s, n, NIR_PROFILE_STANDARD, r);
}

START_TEST(separators)
{
    static const char *const ok[] = {
        "255081416802538",
        "2 55 08 14 168 025 38",
        "2.55.08.14.168.025.38",
        "2-55-08-14-168-025-38",
        "  2 55 08 14 168 025 38  ",
        "2\xc2\xa0" "55\xc2\xa0" "08 14 168 025 38",         /* U+00A0 */
        "2\xe2\x80\xaf" "55\xe2\x80\xaf" "08 14 168 025 38", /* U+202F */
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        nir_result r;
        ck_assert_msg(parse_s(ok[i], NIR_PROFILE_STANDARD, &r) == NIR_OK,
                      "case %zu", i);
        ck_assert_str_eq(r.compact, "255081416802538");
    }
}
END_TEST

START_TEST(unicode_digits)
{
    nir_result r;
    /* full-width digits and full-width A */
    const char *fw = "\xef\xbc\x92\xef\xbc\x98\xef\xbc\x94\xef\xbc\x90\xef\xbc\x95"
                     "\xef\xbc\x92\xef\xbc\xa1" "32102552";
    ck_assert_int_eq(parse_s(fw, NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_str_eq(r.compact, "284052A32102552");
    /* Arabic-Indic digits (U+0660..) for the key, Devanagari for digit 1 */
    const char *mixed = "\xe0\xa5\xa8" "550814168025" "\xd9\xa3\xd9\xa8";
    ck_assert_int_eq(parse_s(mixed, NIR_PROFILE_STANDARD, &r), NIR_OK);
    ck_assert_str_eq(r.compact, "255081416802538");
    /* A superscript two is not a decimal digit (No, not Nd). */
    ck_assert_int_eq(parse_s("\xc2\xb2" "55081416802538", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 1);
    /* Other spaces are not separators: thin space U+2009, tab. */
    ck_assert_int_eq(parse_s("2\xe2\x80\x89" "55081416802538", NIR_PROFILE_STANDARD,
                             &r), NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 2);
}
END_TEST

START_TEST(empty_and_huge)
{
    nir_result r;
    static char huge[1 << 20];
    ck_assert_int_eq(std_n("", 0, &r), NIR_ERR_EMPTY);
    ck_assert_int_eq(std_n(NULL, 0, &r), NIR_ERR_EMPTY);
    memset(huge, '1', sizeof huge);
    ck_assert_int_eq(std_n(huge, sizeof huge, &r), NIR_ERR_LENGTH);
    ck_assert_int_eq(nir_validate(huge, sizeof huge, NIR_PROFILE_STANDARD, NULL,
                                  NULL), NIR_ERR_LENGTH);
    /* Exactly at the bound: separators only up to NIR_MAX_INPUT bytes. */
    memset(huge, ' ', NIR_MAX_INPUT);
    memcpy(huge, "255081416802538", 15);
    ck_assert_int_eq(std_n(huge, NIR_MAX_INPUT, &r), NIR_OK);
    ck_assert_int_eq(std_n(huge, NIR_MAX_INPUT + 1, &r), NIR_ERR_LENGTH);
}
END_TEST

START_TEST(nul_crlf_bom)
{
    nir_result r;
    ck_assert_int_eq(std_n("2550814\0" "16802538", 16, &r), NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 8);
    ck_assert_int_eq(std_n("255081416802538\0", 16, &r), NIR_ERR_CHARACTER);
    ck_assert_int_eq(parse_s("255081416802538\r\n", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 16);
    ck_assert_int_eq(parse_s("\xef\xbb\xbf" "255081416802538", NIR_PROFILE_STANDARD,
                             &r), NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 1);
}
END_TEST

START_TEST(invalid_utf8)
{
    static const char *const bad[] = {
        "\xc0\xb1",             /* overlong '1' */
        "\xe0\x80\xb1",         /* overlong, 3 bytes */
        "\xed\xa0\x80",         /* surrogate U+D800 */
        "\xf4\x90\x80\x80",     /* above U+10FFFF */
        "\xef\xbc",             /* truncated full-width digit */
        "\x80",                 /* lone continuation byte */
        "\xff",                 /* never valid */
        "\xc3\x28",             /* bad continuation */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char buf[64];
        nir_result r;
        int n = snprintf(buf, sizeof buf, "2550814%s16802538", bad[i]);
        ck_assert_msg(std_n(buf, (size_t)n, &r) == NIR_ERR_CHARACTER, "case %zu", i);
        ck_assert_uint_eq(r.position, 8);
        ck_assert_uint_eq(r.offset, 7);
    }
}
END_TEST

/* Every byte value at every position: no crash, and only the documented
 * statuses; a changed digit never silently passes with the same key
 * unless the key really matches. */
START_TEST(every_byte_everywhere)
{
    const char *base = "255081416802538";
    for (int pos = 0; pos < 15; pos++) {
        for (int b = 0; b < 256; b++) {
            char buf[16];
            nir_result r;
            memcpy(buf, base, 15);
            buf[pos] = (char)b;
            nir_status st = std_n(buf, 15, &r);
            ck_assert_int_le(st, NIR_ERR_KEY);
            if (st == NIR_OK && b != base[pos]) {
                /* Only lower-case of a letter could map to the same thing,
                 * and there are no letters here: a different digit must fail
                 * the key, separators shorten the number. */
                ck_abort_msg("byte %d at %d accepted", b, pos);
            }
        }
    }
}
END_TEST

static Suite *input_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("input");
    tcase_add_test(tc, separators);
    tcase_add_test(tc, unicode_digits);
    tcase_add_test(tc, empty_and_huge);
    tcase_add_test(tc, nul_crlf_bom);
    tcase_add_test(tc, invalid_utf8);
    tcase_add_test(tc, every_byte_everywhere);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(input_suite)
