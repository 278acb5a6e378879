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
    /* A line end or tab around the number is ignored; inside, it is a
     * character error at its own place. */
    ck_assert_int_eq(parse_s("255081416802538\r\n", NIR_PROFILE_STANDARD, &r),
                     NIR_OK);
    ck_assert_int_eq(parse_s("2550814168025\r38", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 14);
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

/* Surrounding ASCII white space is ignored by every entry point; inside a
 * number it stays a character error. */
START_TEST(surrounding_white_space)
{
    static const char *const around[] = {
        " 255081416802538\t", "255081416802538\r\n", "\n255081416802538",
        "\v\f 2 55 08 14 168 025 38 \r", "\t2550814168025\t", "\r\n\r\n"};
    static const nir_status want[] = {NIR_OK, NIR_OK, NIR_OK, NIR_OK, NIR_OK,
                                      NIR_ERR_EMPTY};
    for (size_t i = 0; i < sizeof around / sizeof around[0]; i++) {
        const char *s = around[i];
        size_t n = strlen(s);
        nir_result r;
        char out[NIR_COMPACT_BUFSIZE];
        const char *one[1] = {s};
        size_t lens[1] = {n};
        nir_status st[1];
        int key;
        ck_assert_int_eq(std_n(s, n, &r), want[i]);
        ck_assert_int_eq(nir_validate(s, n, NIR_PROFILE_STANDARD, NULL, NULL),
                         want[i]);
        ck_assert_int_eq(nir_compact(s, n, out, sizeof out, NULL), want[i]);
        nir_validate_array(one, lens, 1, NIR_PROFILE_STANDARD, st, NULL);
        ck_assert_int_eq(st[0], want[i]);
        if (want[i] == NIR_OK && r.compact_len == 13)
            ck_assert_int_eq(nir_compute_key(s, n, &key), NIR_OK);
    }
    /* Inside: a character error where it stands (1-based, as given). */
    nir_result r;
    ck_assert_int_eq(parse_s(" 2550814\t168025 38", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 9);
    ck_assert_int_eq(parse_s("\t25508141680253X\n", NIR_PROFILE_STANDARD, &r),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 16);
    /* A line buffer: a record padded with tabs and spaces is valid. */
    const char buf[] = " 255081416802538\t\n255081416802538 \r\n\t\n";
    nir_status sts[4];
    size_t records;
    ck_assert_uint_eq(nir_validate_lines(buf, sizeof buf - 1,
                                         NIR_PROFILE_STANDARD, sts, 4,
                                         &records), 2);
    ck_assert_uint_eq(records, 3);
    ck_assert_int_eq(sts[2], NIR_ERR_EMPTY);
}
END_TEST

/* NIR_REQUIRE_KEY: 13 characters become key_missing, under every profile
 * and through every call; 15 characters are judged as without it. */
START_TEST(require_key)
{
    static const nir_profile profiles[] = {NIR_PROFILE_STANDARD,
                                           NIR_PROFILE_DSN,
                                           NIR_PROFILE_LENIENT};
    for (size_t p = 0; p < 3; p++) {
        nir_profile with = (nir_profile)(profiles[p] | NIR_REQUIRE_KEY);
        nir_result r;
        ck_assert_int_eq(parse_s("2550814168025", profiles[p], &r), NIR_OK);
        ck_assert_int_eq(parse_s("2550814168025", with, &r),
                         NIR_ERR_KEY_MISSING);
        ck_assert_uint_eq(r.position, 14);
        ck_assert_uint_eq(r.offset, 13);
        ck_assert_int_eq(r.kind, NIR_KIND_NIR);
        ck_assert_int_eq(r.expected_key, 38); /* still decoded */
        ck_assert_int_eq(parse_s(" 2 55 08 14 168 025\r\n", with, &r),
                         NIR_ERR_KEY_MISSING);
        ck_assert_uint_eq(r.position, 20); /* just after the last 5 */
        ck_assert_uint_eq(r.offset, 19);
        /* An earlier field still fails first; a wrong key stays "key". */
        ck_assert_int_eq(parse_s("2551314168025", with, &r), NIR_ERR_MONTH);
        ck_assert_int_eq(parse_s("255081416802538", with, &r), NIR_OK);
        ck_assert_int_eq(parse_s("255081416802539", with, &r), NIR_ERR_KEY);
        ck_assert_int_eq(nir_validate("2550814168025", 13, with, NULL, NULL),
                         NIR_ERR_KEY_MISSING);
        ck_assert_int_eq(nir_validate("255081416802538", 15, with, NULL,
                                      NULL), NIR_OK);
        const char *in[3] = {"2550814168025", "255081416802538",
                             "255081416802539"};
        size_t lens[3] = {13, 15, 15};
        nir_status st[3];
        ck_assert_uint_eq(nir_validate_array(in, lens, 3, with, st, NULL), 1);
        ck_assert_int_eq(st[0], NIR_ERR_KEY_MISSING);
        ck_assert_int_eq(st[2], NIR_ERR_KEY);
        /* Lines, long enough (> 1 KiB) for the table and kernel paths. */
        char buf[4096];
        size_t len = 0, records = 0;
        nir_tally tally = {0};
        for (int i = 0; i < 200; i++) {
            const char *rec = i % 10 == 3 ? "2550814168025\n"
                                          : "255081416802538\n";
            memcpy(buf + len, rec, strlen(rec));
            len += strlen(rec);
        }
        ck_assert_uint_eq(nir_validate_lines(buf, len, with, NULL, 0,
                                             &records), 180);
        ck_assert_uint_eq(records, 200);
        ck_assert_uint_eq(nir_tally_lines(buf, len, with, &tally), 200);
        ck_assert_uint_eq(tally.status[NIR_ERR_KEY_MISSING], 20);
        nir_line lines[32];
        ck_assert_uint_eq(nir_find_invalid_lines(buf, len, with, lines, 32,
                                                 NULL, NULL), 20);
        ck_assert_int_eq(lines[0].status, NIR_ERR_KEY_MISSING);
        ck_assert_uint_eq(nir_validate_lines(buf, len, profiles[p], NULL, 0,
                                             NULL), 200);
    }
    ck_assert_str_eq(nir_profile_name((nir_profile)(NIR_PROFILE_DSN |
                                                    NIR_REQUIRE_KEY)),
                     "dsn");
    ck_assert_int_eq(nir_validate("2550814168025", 13,
                                  (nir_profile)(7 | NIR_REQUIRE_KEY), NULL,
                                  NULL),
                     NIR_ERR_ARGUMENT);
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
    tcase_add_test(tc, surrounding_white_space);
    tcase_add_test(tc, require_key);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(input_suite)
