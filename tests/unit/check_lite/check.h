/*
 * check.h (check_lite) -- the part of the Check unit-test API that
 * tests/unit/ uses, for targets where Debian has no Check package: the
 * cross builds (aarch64, s390x under qemu-user; Windows under wine). The
 * same test sources build against either; tests/CMakeLists.txt picks real
 * Check when it is found.
 *
 * Differences from Check: tests run in the runner's process (no fork, so
 * no timeouts and a crash ends the program, which still fails the test),
 * and a failed assertion returns to the runner with longjmp.
 */
#ifndef NIR_CHECK_LITE_H
#define NIR_CHECK_LITE_H

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*ck_test_fn)(int);

typedef struct ck_test {
    const char *name;
    ck_test_fn fn;
    int start, end; /* loop tests run fn(i) for i in [start, end) */
} ck_test;

typedef struct TCase {
    const char *name;
    ck_test tests[256];
    int count;
    struct TCase *next;
} TCase;

typedef struct Suite {
    const char *name;
    TCase *first, *last;
} Suite;

typedef struct SRunner {
    Suite *suite;
    int run, failed;
} SRunner;

enum print_output { CK_SILENT, CK_MINIMAL, CK_NORMAL, CK_VERBOSE, CK_ENV };

/* The runner's state for the test in progress (one test at a time). */
static jmp_buf ck_lite_jump;
static char ck_lite_message[1024];

/* The printf dialect of the C library (mingw-w64: gnu_printf when
 * __USE_MINGW_ANSI_STDIO is on, as in the Windows toolchain file). */
#if defined(__MINGW_PRINTF_FORMAT)
#define CK_LITE_PRINTF __MINGW_PRINTF_FORMAT
#else
#define CK_LITE_PRINTF printf
#endif

#if defined(__GNUC__)
#define CK_LITE_UNUSED __attribute__((unused))
#else
#define CK_LITE_UNUSED
#endif
#define START_TEST(name) static void name(int _i CK_LITE_UNUSED)
#define END_TEST

static inline Suite *suite_create(const char *name)
{
    Suite *s = (Suite *)calloc(1, sizeof *s);
    if (!s)
        abort();
    s->name = name;
    return s;
}

static inline TCase *tcase_create(const char *name)
{
    TCase *tc = (TCase *)calloc(1, sizeof *tc);
    if (!tc)
        abort();
    tc->name = name;
    return tc;
}

static inline void suite_add_tcase(Suite *s, TCase *tc)
{
    if (s->last)
        s->last->next = tc;
    else
        s->first = tc;
    s->last = tc;
}

static inline void ck_lite_add(TCase *tc, const char *name, ck_test_fn fn,
                               int start, int end)
{
    if (tc->count == (int)(sizeof tc->tests / sizeof tc->tests[0])) {
        fprintf(stderr, "check_lite: too many tests in %s\n", tc->name);
        abort();
    }
    tc->tests[tc->count].name = name;
    tc->tests[tc->count].fn = fn;
    tc->tests[tc->count].start = start;
    tc->tests[tc->count].end = end;
    tc->count++;
}

#define tcase_add_test(tc, fn) ck_lite_add((tc), #fn, (fn), 0, 1)
#define tcase_add_loop_test(tc, fn, s, e) ck_lite_add((tc), #fn, (fn), (s), (e))
#define tcase_set_timeout(tc, seconds) ((void)(tc), (void)(seconds))

static inline SRunner *srunner_create(Suite *s)
{
    SRunner *sr = (SRunner *)calloc(1, sizeof *sr);
    if (!sr)
        abort();
    sr->suite = s;
    return sr;
}

/* 1 if fn(i) returned, 0 if an assertion failed (longjmp back here). */
static inline int ck_lite_run_one(ck_test_fn fn, int i)
{
    if (setjmp(ck_lite_jump) != 0)
        return 0;
    fn(i);
    return 1;
}

static inline void srunner_run_all(SRunner *sr, enum print_output mode)
{
    (void)mode;
    for (TCase *tc = sr->suite->first; tc; tc = tc->next)
        for (int t = 0; t < tc->count; t++) {
            const ck_test *test = &tc->tests[t];
            for (int i = test->start; i < test->end; i++) {
                sr->run++;
                if (!ck_lite_run_one(test->fn, i)) {
                    sr->failed++;
                    printf("%s:%s:%s:%d: %s\n", sr->suite->name, tc->name,
                           test->name, i, ck_lite_message);
                }
            }
        }
    printf("%d%%: Checks: %d, Failures: %d, Errors: 0\n",
           sr->run ? 100 * (sr->run - sr->failed) / sr->run : 100, sr->run,
           sr->failed);
    fflush(stdout);
}

static inline int srunner_ntests_failed(SRunner *sr) { return sr->failed; }

static inline void srunner_free(SRunner *sr)
{
    TCase *tc = sr->suite->first;
    while (tc) {
        TCase *next = tc->next;
        free(tc);
        tc = next;
    }
    free(sr->suite);
    free(sr);
}

#if defined(__GNUC__)
__attribute__((format(CK_LITE_PRINTF, 3, 4), noreturn))
#endif
static inline void ck_lite_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(ck_lite_message, sizeof ck_lite_message, "%s:%d: ", file, line);
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof ck_lite_message)
        vsnprintf(ck_lite_message + n, sizeof ck_lite_message - (size_t)n, fmt, ap);
    va_end(ap);
    longjmp(ck_lite_jump, 1);
}

#define ck_assert_msg(cond, ...)                                             \
    do {                                                                     \
        if (!(cond))                                                         \
            ck_lite_fail(__FILE__, __LINE__, "Assertion '%s' failed: " "%s", \
                         #cond, ck_lite_format(__VA_ARGS__));                \
    } while (0)

/* ck_assert_msg's message: printf-style, formatted into a static buffer. */
static char ck_lite_user[512];
#if defined(__GNUC__)
__attribute__((format(CK_LITE_PRINTF, 1, 2)))
#endif
static inline const char *ck_lite_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ck_lite_user, sizeof ck_lite_user, fmt, ap);
    va_end(ap);
    return ck_lite_user;
}

#define ck_assert(cond) ck_assert_msg((cond), "%s", "")
#define ck_abort_msg(...) ck_lite_fail(__FILE__, __LINE__, "%s", ck_lite_format(__VA_ARGS__))

#define CK_LITE_CMP(type, fmt, x, op, y)                                     \
    do {                                                                     \
        type ck_x_ = (type)(x), ck_y_ = (type)(y);                           \
        if (!(ck_x_ op ck_y_))                                               \
            ck_lite_fail(__FILE__, __LINE__,                                 \
                         "Assertion '%s " #op " %s' failed: %s == %" fmt     \
                         ", %s == %" fmt, #x, #y, #x, ck_x_, #y, ck_y_);     \
    } while (0)

#define ck_assert_int_eq(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, ==, y)
#define ck_assert_int_ne(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, !=, y)
#define ck_assert_int_lt(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, <, y)
#define ck_assert_int_le(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, <=, y)
#define ck_assert_int_gt(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, >, y)
#define ck_assert_int_ge(x, y) CK_LITE_CMP(intmax_t, PRIdMAX, x, >=, y)
#define ck_assert_uint_eq(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, ==, y)
#define ck_assert_uint_ne(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, !=, y)
#define ck_assert_uint_lt(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, <, y)
#define ck_assert_uint_le(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, <=, y)
#define ck_assert_uint_gt(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, >, y)
#define ck_assert_uint_ge(x, y) CK_LITE_CMP(uintmax_t, PRIuMAX, x, >=, y)

#define CK_LITE_PTR(x, op, y)                                                \
    do {                                                                     \
        const void *ck_x_ = (const void *)(x), *ck_y_ = (const void *)(y);   \
        if (!(ck_x_ op ck_y_))                                               \
            ck_lite_fail(__FILE__, __LINE__, "Assertion '%s " #op " %s' failed", \
                         #x, #y);                                            \
    } while (0)

#define ck_assert_ptr_eq(x, y) CK_LITE_PTR(x, ==, y)
#define ck_assert_ptr_ne(x, y) CK_LITE_PTR(x, !=, y)
#define ck_assert_ptr_null(x) CK_LITE_PTR(x, ==, NULL)
#define ck_assert_ptr_nonnull(x) CK_LITE_PTR(x, !=, NULL)

#define CK_LITE_STR(x, op, y)                                                \
    do {                                                                     \
        const char *ck_x_ = (x), *ck_y_ = (y);                               \
        if (!ck_x_ || !ck_y_ || !(strcmp(ck_x_, ck_y_) op 0))                \
            ck_lite_fail(__FILE__, __LINE__,                                 \
                         "Assertion '%s " #op " %s' failed: %s == \"%s\", %s == \"%s\"", \
                         #x, #y, #x, ck_x_ ? ck_x_ : "(null)", #y,           \
                         ck_y_ ? ck_y_ : "(null)");                          \
    } while (0)

#define ck_assert_str_eq(x, y) CK_LITE_STR(x, ==, y)
#define ck_assert_str_ne(x, y) CK_LITE_STR(x, !=, y)

#define ck_assert_mem_eq(x, y, n)                                            \
    do {                                                                     \
        if (memcmp((x), (y), (n)) != 0)                                      \
            ck_lite_fail(__FILE__, __LINE__, "Assertion '%s == %s' failed (%zu bytes)", \
                         #x, #y, (size_t)(n));                               \
    } while (0)

#endif
