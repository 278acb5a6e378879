/*
 * test_dsn_reader.c -- the DSN reader (cli/dsn_reader.c): how rubric lines
 * group into individuals, and which lines are errors.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dsn_reader.h"

typedef struct seen {
    dsn_employee e[8];
    size_t n;
} seen;

static int keep(const dsn_employee *e, void *ctx)
{
    seen *s = ctx;
    if (s->n < 8)
        s->e[s->n] = *e;
    s->n++;
    return 0;
}

/* Feed NUL-separated lines; returns the first error, 0 if none. */
static int feed_all(dsn_reader *r, const char *const *lines, size_t n)
{
    int first = 0;
    for (size_t i = 0; i < n; i++) {
        int rc = dsn_feed_line(r, lines[i], strlen(lines[i]));
        if (rc != 0 && first == 0)
            first = rc;
    }
    dsn_finish(r);
    return first;
}

START_TEST(individuals_split_on_their_rubrics)
{
    static const char *const lines[] = {
        "S20.G00.05.001,'01'",
        "S21.G00.30.001,'1650499404001'",
        "S21.G00.30.019,'A'",
        "S21.G00.40.001,'01012020'", /* nested: still the same employee */
        "S21.G00.30.002,'X'",         /* no .001: a new employee anyway */
        "S21.G00.30.020,'1732829320EX05'",
        "S21.G00.30.001,'2830575115042'", /* back to .001: new employee */
        "S21.G00.30.001,'2830575115043'", /* same rubric again: new one */
        "S90.G00.90.001,'9'"};
    seen s = {0};
    dsn_reader r;
    dsn_reader_init(&r, keep, &s);
    ck_assert_int_eq(feed_all(&r, lines, sizeof lines / sizeof lines[0]), 0);
    ck_assert_uint_eq(s.n, 4);
    ck_assert_str_eq(s.e[0].nir.text, "1650499404001");
    ck_assert_uint_eq(s.e[0].nir.line, 2);
    ck_assert_str_eq(s.e[0].matricule.text, "A");
    ck_assert_uint_eq(s.e[1].nir.line, 0);
    ck_assert_str_eq(s.e[1].ntt.text, "1732829320EX05");
    ck_assert_uint_eq(s.e[1].line, 5);
    ck_assert_uint_eq(s.e[2].block, 3);
    ck_assert_str_eq(s.e[3].nir.text, "2830575115043");
    ck_assert_int_eq(r.seen_footer, 1);
}
END_TEST

START_TEST(other_blocks_end_an_individual)
{
    static const char *const lines[] = {
        "S21.G00.30.001,'1650499404001'",
        "S21.G00.11.001,'00012'", /* a new establishment */
        "S21.G00.30.005,'01'"};
    seen s = {0};
    dsn_reader r;
    dsn_reader_init(&r, keep, &s);
    feed_all(&r, lines, 3);
    ck_assert_uint_eq(s.n, 2);
    ck_assert_str_eq(s.e[1].sex.text, "01");
    ck_assert_int_eq(r.seen_footer, 0);
}
END_TEST

START_TEST(malformed_lines)
{
    static const struct {
        const char *line;
        int error;
    } cases[] = {
        {"hello", DSN_ERR_SHAPE},
        {"S21.G00.30.001", DSN_ERR_SHAPE},
        {"S21.G00.3O.001,'x'", DSN_ERR_RUBRIC},
        {"nir,'1650499404001'", DSN_ERR_RUBRIC},
        {"S21.G00.30.001,1650499404001", DSN_ERR_QUOTE},
        {"S21.G00.30.001,'1650499404001", DSN_ERR_QUOTE},
        {"S21.G00.30.001,'", DSN_ERR_QUOTE},
        {"S21.G00.30.001,'a\tb'", DSN_OK}, /* a tab is text */
        {"S21.G00.30.001,'a\rb'", DSN_ERR_CHARACTER},
        {"S21.G00.30.007,'D''ARTAGNAN'", DSN_OK}, /* quotes inside */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        seen s = {0};
        dsn_reader r;
        dsn_reader_init(&r, keep, &s);
        dsn_feed_line(&r, "S21.G00.30.019,'M'", 18);
        ck_assert_msg(dsn_feed_line(&r, cases[i].line,
                                    strlen(cases[i].line)) == cases[i].error,
                      "case %zu", i);
        dsn_finish(&r);
        ck_assert_int_eq(s.e[0].damaged, cases[i].error != DSN_OK);
        ck_assert_ptr_nonnull(dsn_error_message((dsn_error)cases[i].error));
    }
}
END_TEST

START_TEST(values)
{
    char line[DSN_VALUE_MAX + 32];
    seen s = {0};
    dsn_reader r;
    dsn_reader_init(&r, keep, &s);
    /* a value past DSN_VALUE_MAX is marked, not cut */
    memcpy(line, "S21.G00.30.001,'", 16);
    memset(line + 16, '1', DSN_VALUE_MAX + 1);
    line[16 + DSN_VALUE_MAX + 1] = '\'';
    ck_assert_int_eq(dsn_feed_line(&r, line, 16 + DSN_VALUE_MAX + 2), 0);
    ck_assert_int_eq(dsn_feed_line(&r, "S21.G00.30.005,''", 17), 0);
    ck_assert_int_eq(dsn_feed_line(&r, "", 0), 0); /* empty lines */
    ck_assert_int_eq(dsn_feed_line(&r, "S21.G00.30.006,'x", 17),
                     DSN_ERR_QUOTE);
    /* the same rubric again: the next individual */
    ck_assert_int_eq(dsn_feed_line(&r, "S21.G00.30.005,'01'", 19), 0);
    dsn_finish(&r);
    ck_assert_uint_eq(s.n, 2);
    ck_assert_int_eq(s.e[0].nir.too_long, 1);
    ck_assert_str_eq(s.e[0].nir.text, "");
    ck_assert_uint_eq(s.e[0].sex.line, 2);
    ck_assert_uint_eq(s.e[0].sex.len, 0);
    ck_assert_int_eq(s.e[0].damaged, 1);
    ck_assert_int_eq(s.e[1].damaged, 0);
    ck_assert_str_eq(s.e[1].sex.text, "01");
    ck_assert_uint_eq(r.line, 5);
}
END_TEST

int main(void)
{
    Suite *su = suite_create("dsn_reader");
    TCase *tc = tcase_create("reader");
    tcase_add_test(tc, individuals_split_on_their_rubrics);
    tcase_add_test(tc, other_blocks_end_an_individual);
    tcase_add_test(tc, malformed_lines);
    tcase_add_test(tc, values);
    suite_add_tcase(su, tc);
    SRunner *sr = srunner_create(su);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
