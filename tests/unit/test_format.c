/*
 * test_format.c -- compact, key computation, formatting, masking and
 * suggestions (round trips included).
 */
#include "testutil.h"

static const char *fmt(const char *in, nir_format_style style, char *out)
{
    ck_assert_int_eq(nir_format(in, strlen(in), style, out, NIR_FORMAT_BUFSIZE),
                     NIR_OK);
    return out;
}

START_TEST(format_layouts)
{
    char out[NIR_FORMAT_BUFSIZE];
    ck_assert_str_eq(fmt("284052a32102552", NIR_FORMAT_SPACED, out),
                     "2 84 05 2A 321 025 52");
    ck_assert_str_eq(fmt("2 84 05 2A 321 025 52", NIR_FORMAT_COMPACT, out),
                     "284052A32102552");
    ck_assert_str_eq(fmt("185079721200508", NIR_FORMAT_SPACED, out),
                     "1 85 07 972 12 005 08");
    ck_assert_str_eq(fmt("1850797212005", NIR_FORMAT_SPACED, out),
                     "1 85 07 972 12 005");
    ck_assert_str_eq(fmt("7112312345678", NIR_FORMAT_SPACED, out),
                     "7 1 123 12345678");
    ck_assert_str_eq(fmt("741068078200548", NIR_FORMAT_SPACED, out),
                     "7 4 106 80782005 48");
    /* An invalid number can still be formatted to be corrected. */
    ck_assert_str_eq(fmt("255131416802521", NIR_FORMAT_SPACED, out),
                     "2 55 13 14 168 025 21");
}
END_TEST

START_TEST(format_errors)
{
    char out[NIR_FORMAT_BUFSIZE];
    ck_assert_int_eq(nir_format("2550814168025388", 16, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_ERR_LENGTH);
    ck_assert_int_eq(nir_format("2550814168025X8", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_ERR_CHARACTER);
    /* Buffer exactly the right size, and one byte short. */
    ck_assert_int_eq(nir_format("255081416802538", 15, NIR_FORMAT_SPACED, out,
                                22), NIR_OK);
    ck_assert_int_eq(nir_format("255081416802538", 15, NIR_FORMAT_SPACED, out,
                                21), NIR_ERR_BUFFER);
    ck_assert_int_eq(nir_format("255081416802538", 15, NIR_FORMAT_COMPACT, out,
                                15), NIR_ERR_BUFFER);
    ck_assert_int_eq(nir_format("255081416802538", 15, (nir_format_style)9, out,
                                sizeof out), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_format("255081416802538", 15, NIR_FORMAT_SPACED, NULL,
                                sizeof out), NIR_ERR_ARGUMENT);
}
END_TEST

/* format -> compact -> format gives back the same text for every layout. */
START_TEST(format_round_trip)
{
    static const char *const numbers[] = {
        "255081416802538", "284052A32102552", "185079721200508",
        "2840588321025",   "7112312345678",   "295109912611193"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        char spaced[NIR_FORMAT_BUFSIZE], compact[NIR_COMPACT_BUFSIZE];
        fmt(numbers[i], NIR_FORMAT_SPACED, spaced);
        ck_assert_int_eq(nir_compact(spaced, strlen(spaced), compact,
                                     sizeof compact, NULL), NIR_OK);
        ck_assert_str_eq(compact, numbers[i]);
        ck_assert_int_eq(parse_s(spaced, NIR_PROFILE_STANDARD, NULL),
                         parse_s(numbers[i], NIR_PROFILE_STANDARD, NULL));
    }
}
END_TEST

START_TEST(compact_and_key)
{
    char out[NIR_COMPACT_BUFSIZE];
    size_t pos = 99;
    int key = 0;
    ck_assert_int_eq(nir_compact(" 2.55-08 14\xc2\xa0" "168\xe2\x80\xaf" "025 38 ",
                                 strlen(" 2.55-08 14\xc2\xa0" "168\xe2\x80\xaf" "025 38 "),
                                 out, sizeof out, &pos), NIR_OK);
    ck_assert_str_eq(out, "255081416802538");
    ck_assert_uint_eq(pos, 0);
    ck_assert_int_eq(nir_compact("25508x", 6, out, sizeof out, &pos),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(pos, 6);
    ck_assert_int_eq(nir_compact("255081416802538", 15, out, 15, NULL),
                     NIR_ERR_BUFFER);
    ck_assert_int_eq(nir_compact("255081416802538", 15, NULL, 15, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_compute_key("2 55 08 14 168 025", 18, &key), NIR_OK);
    ck_assert_int_eq(key, 38);
    ck_assert_int_eq(nir_compute_key("284052A321025", 13, &key), NIR_OK);
    ck_assert_int_eq(key, 52);
    ck_assert_int_eq(nir_compute_key("284052b321025", 13, &key), NIR_OK);
    ck_assert_int_eq(key, 79);
    ck_assert_int_eq(nir_compute_key("255081416802538", 15, &key),
                     NIR_ERR_LENGTH);
    ck_assert_int_eq(nir_compute_key("", 0, &key), NIR_ERR_EMPTY);
    ck_assert_int_eq(nir_compute_key("2550814168025", 13, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_compute_key("25508141680A5", 13, &key),
                     NIR_ERR_CHARACTER);
}
END_TEST

static const char *mask(const char *in, unsigned keep, nir_format_style style,
                        char *out)
{
    ck_assert_int_eq(nir_mask(in, strlen(in), keep, style, out,
                              NIR_FORMAT_BUFSIZE), NIR_OK);
    return out;
}

START_TEST(masking)
{
    char out[NIR_FORMAT_BUFSIZE];
    ck_assert_str_eq(mask("255081416802538", 0, NIR_FORMAT_SPACED, out),
                     "2 55 ** ** *** *** **");
    ck_assert_str_eq(mask("255081416802538", NIR_MASK_DEFAULT,
                          NIR_FORMAT_COMPACT, out), "255************");
    ck_assert_str_eq(mask("284052A32102552", NIR_MASK_KEEP_PLACE,
                          NIR_FORMAT_SPACED, out), "* ** ** 2A 321 *** **");
    ck_assert_str_eq(mask("185079721200508", NIR_MASK_KEEP_KEY | NIR_MASK_KEEP_MONTH,
                          NIR_FORMAT_SPACED, out), "* ** 07 *** ** *** 08");
    ck_assert_str_eq(mask("2840588321025", NIR_MASK_KEEP_ORDER,
                          NIR_FORMAT_SPACED, out), "* ** ** ** *** 025");
    ck_assert_str_eq(mask("284052A32102552", NIR_MASK_KEEP_NONE,
                          NIR_FORMAT_SPACED, out), "* ** ** ** *** *** **");
    ck_assert_str_eq(mask("741068078200548", 0, NIR_FORMAT_SPACED, out),
                     "7 * *** ******** **");
    ck_assert_str_eq(mask("7112312345678", NIR_MASK_KEEP_ORDER,
                          NIR_FORMAT_SPACED, out), "* 1 123 12345678");
    ck_assert_int_eq(nir_mask("25508", 5, 0, NIR_FORMAT_SPACED, out, sizeof out),
                     NIR_ERR_LENGTH);
}
END_TEST

/* For every keep flag, exactly the promised characters stay visible. */
START_TEST(masking_hides_what_it_promises)
{
    static const char *const number = "255081416802538";
    static const struct { unsigned flag; int first, last; } fields[] = {
        {NIR_MASK_KEEP_SEX, 0, 0},    {NIR_MASK_KEEP_YEAR, 1, 2},
        {NIR_MASK_KEEP_MONTH, 3, 4},  {NIR_MASK_KEEP_PLACE, 5, 9},
        {NIR_MASK_KEEP_ORDER, 10, 12}, {NIR_MASK_KEEP_KEY, 13, 14}};
    for (size_t f = 0; f < 6; f++) {
        char out[NIR_FORMAT_BUFSIZE];
        mask(number, fields[f].flag, NIR_FORMAT_COMPACT, out);
        for (int i = 0; i < 15; i++) {
            int visible = i >= fields[f].first && i <= fields[f].last;
            ck_assert_int_eq(out[i], visible ? number[i] : '*');
        }
    }
}
END_TEST

static int has(char (*s)[NIR_COMPACT_BUFSIZE], size_t n, const char *want)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s[i], want) == 0)
            return 1;
    return 0;
}

START_TEST(suggestions)
{
    char s[64][NIR_COMPACT_BUFSIZE];
    size_t n = 0;
    /* One digit mistyped in the order: 025 -> 026. */
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_OK);
    ck_assert_uint_gt(n, 0);
    ck_assert(has(s, n, "255081416802538"));
    /* Two adjacent digits swapped: 14 168 -> 14 618. */
    ck_assert_int_eq(nir_suggest("255081461802538", 15, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_OK);
    ck_assert(has(s, n, "255081416802538"));
    /* Every suggestion is valid and one edit away. */
    for (size_t i = 0; i < n && i < 64; i++) {
        ck_assert_int_eq(parse_s(s[i], NIR_PROFILE_STANDARD, NULL), NIR_OK);
        ck_assert_str_eq(s[i] + 13, "38");
    }
    /* A valid number gets none; a 13-character one cannot be keyed. */
    ck_assert_int_eq(nir_suggest("255081416802538", 15, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(nir_suggest("2550814168025", 13, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_ERR_LENGTH);
    /* Capacity smaller than the count: the count is still the total. */
    size_t total;
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD, s,
                                 64, &total), NIR_OK);
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD, s,
                                 1, &n), NIR_OK);
    ck_assert_uint_eq(n, total);
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD,
                                 NULL, 0, &n), NIR_OK);
    ck_assert_uint_eq(n, total);
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD, s,
                                 64, NULL), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_suggest("2550814168026AB", 15, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_ERR_CHARACTER);
    /* Corsica: 2A typed where 2B was meant is one substitution. */
    ck_assert_int_eq(nir_suggest("284052A32102579", 15, NIR_PROFILE_STANDARD, s,
                                 64, &n), NIR_OK);
    ck_assert(has(s, n, "284052B32102579"));
}
END_TEST

static Suite *format_suite(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("format");
    tcase_add_test(tc, format_layouts);
    tcase_add_test(tc, format_errors);
    tcase_add_test(tc, format_round_trip);
    tcase_add_test(tc, compact_and_key);
    tcase_add_test(tc, masking);
    tcase_add_test(tc, masking_hides_what_it_promises);
    tcase_add_test(tc, suggestions);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(format_suite)
