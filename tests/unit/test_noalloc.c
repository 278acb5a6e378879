/*
 * test_noalloc.c -- nothing is allocated on the validation path (nir.h:
 * "Nothing is allocated on the validation path").
 *
 * How allocations are counted:
 *   - plain builds (and valgrind): this program defines malloc, calloc,
 *     realloc, free, aligned_alloc, posix_memalign and memalign itself.
 *     The program's definitions come first in the dynamic symbol lookup, so
 *     every allocation in the process -- libnir, ICU, libc -- goes through
 *     them; they count while `counting` is set and forward to glibc's
 *     __libc_* entry points.
 *   - ASan/TSan builds: the sanitizer owns malloc and must keep owning it,
 *     so the count comes from its allocation hook
 *     (__sanitizer_install_malloc_and_free_hooks) instead.
 * The count covers 100000 calls of nir_validate, nir_parse, nir_format,
 * nir_mask and nir_suggest, ASCII and Unicode input (the Unicode path calls
 * the generated Unicode digit table), valid and invalid numbers, from a
 * cold start: nothing is warmed up before counting.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <stdint.h>

#include "testutil.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define NIR_SANITIZER_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||  \
    __has_feature(memory_sanitizer)
#define NIR_SANITIZER_MALLOC 1
#endif
#endif

/* Under valgrind the tool's allocator replaces every malloc, ours too:
 * nothing can be counted, so the test says so and passes (the valgrind job
 * checks memory errors; the other builds check allocations). */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define NIR_UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#ifndef NIR_UNDER_VALGRIND
#define NIR_UNDER_VALGRIND() 0
#endif

static int cannot_count(void)
{
    if (NIR_UNDER_VALGRIND()) {
        fprintf(stderr, "test_noalloc: under valgrind, allocations cannot "
                        "be counted: skipped\n");
        return 1;
    }
    return 0;
}

static volatile int counting;
static volatile unsigned long allocations;

#ifdef NIR_SANITIZER_MALLOC
#include <sanitizer/allocator_interface.h>

static void on_malloc(const volatile void *ptr, size_t size)
{
    (void)ptr;
    (void)size;
    if (counting)
        allocations++;
}

static void on_free(const volatile void *ptr)
{
    (void)ptr;
}

static void install_counter(void)
{
    __sanitizer_install_malloc_and_free_hooks(on_malloc, on_free);
}
#else
/* glibc's own allocator entry points (exported by libc.so.6). */
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void *__libc_memalign(size_t align, size_t size);
extern void __libc_free(void *ptr);

/* The project builds with -fvisibility=hidden: these must be exported to
 * replace the C library's for every module. */
#define NIR_PUBLIC __attribute__((visibility("default")))

NIR_PUBLIC void *malloc(size_t size)
{
    if (counting)
        allocations++;
    return __libc_malloc(size);
}

NIR_PUBLIC void *calloc(size_t n, size_t size)
{
    if (counting)
        allocations++;
    return __libc_calloc(n, size);
}

NIR_PUBLIC void *realloc(void *ptr, size_t size)
{
    if (counting)
        allocations++;
    return __libc_realloc(ptr, size);
}

NIR_PUBLIC void *aligned_alloc(size_t align, size_t size);
NIR_PUBLIC void *aligned_alloc(size_t align, size_t size)
{
    if (counting)
        allocations++;
    return __libc_memalign(align, size);
}

NIR_PUBLIC void *memalign(size_t align, size_t size);
NIR_PUBLIC void *memalign(size_t align, size_t size)
{
    if (counting)
        allocations++;
    return __libc_memalign(align, size);
}

NIR_PUBLIC int posix_memalign(void **out, size_t align, size_t size);
NIR_PUBLIC int posix_memalign(void **out, size_t align, size_t size)
{
    void *p;
    if (counting)
        allocations++;
    p = __libc_memalign(align, size);
    if (p == NULL)
        return 12; /* ENOMEM */
    *out = p;
    return 0;
}

NIR_PUBLIC void free(void *ptr)
{
    __libc_free(ptr);
}

static void install_counter(void)
{
}
#endif

/* The counter itself works: an allocation made on purpose is seen, here
 * and inside another library (strdup allocates inside libc). */
START_TEST(counter_sees_allocations)
{
    void *volatile p;
    char *volatile q;
    if (cannot_count())
        return;
    install_counter();
    allocations = 0;
    counting = 1;
    p = malloc(32);
    counting = 0;
    free(p);
    ck_assert_uint_eq(allocations, 1);
    counting = 1;
    q = strdup("2 55 08 14 168 025 38");
    counting = 0;
    ck_assert_ptr_nonnull(q);
    free(q);
    ck_assert_uint_eq(allocations, 2);
}
END_TEST

static const char *const inputs[] = {
    /* ASCII: fast path, separators, errors */
    "255081416802538", "2550814168025", "2 55 08 14 168 025 38",
    "2.84.05.2A.321.025.52", "255081416802539", "2 55 13 14 168 025 21",
    "7 1 123 12345678", "1 85 07 972 12 005 08", "2 95 10 99 126 111 93",
    "", "25508", "2550814168025x8", "1111111111111111111111111",
    /* Unicode: full-width digits and A, Arabic-Indic, Devanagari, NBSP */
    "\xef\xbc\x92\xef\xbc\x98\xef\xbc\x94\xef\xbc\x90\xef\xbc\x95"
    "\xef\xbc\x92\xef\xbc\xa1" "32102552",
    "\xe0\xa5\xa8" "550814168025" "\xd9\xa3\xd9\xa8",
    "2\xc2\xa0" "55\xe2\x80\xaf" "08 14 168 025 38",
    "\xc2\xb2" "55081416802538",       /* superscript two: not Nd */
    "2\xe2\x80\x89" "55081416802538",  /* thin space: not a separator */
    "\xc0\xb2" "55081416802538",       /* overlong */
    "\xed\xa0\x80" "55081416802538",   /* surrogate */
    "\xf0\x9d\x9f\x90" "55081416802538", /* U+1D7D0 mathematical bold 2 */
};

START_TEST(validation_path_allocates_nothing)
{
    const size_t ninputs = sizeof inputs / sizeof inputs[0];
    unsigned long calls = 0;
    unsigned sink = 0;

    if (cannot_count())
        return;
    install_counter();
    allocations = 0;
    counting = 1;
    while (calls < 100000) {
        for (size_t i = 0; i < ninputs; i++) {
            const char *s = inputs[i];
            size_t len = strlen(s);
            nir_profile p = (nir_profile)(calls % 3);
            nir_result r;
            nir_kind k;
            unsigned w;
            char out[NIR_FORMAT_BUFSIZE];
            char sugg[8][NIR_COMPACT_BUFSIZE];
            size_t count;

            sink |= (unsigned)nir_validate(s, len, p, &k, &w);
            sink |= (unsigned)nir_parse(s, len, p, &r);
            sink |= (unsigned)nir_format(s, len, NIR_FORMAT_SPACED, out,
                                         sizeof out);
            sink |= (unsigned)nir_mask(s, len, 0, NIR_FORMAT_SPACED, out,
                                       sizeof out);
            sink |= (unsigned)nir_suggest(s, len, p, sugg, 8, &count);
            calls += 5;
        }
    }
    counting = 0;
    ck_assert_uint_ge(calls, 100000);
    ck_assert_uint_ne(sink, 0); /* the calls did run */
    ck_assert_msg(allocations == 0, "%lu allocations in %lu calls",
                  allocations, calls);
}
END_TEST

static Suite *noalloc_suite(void)
{
    Suite *s = suite_create("noalloc");
    TCase *tc = tcase_create("noalloc");
    tcase_set_timeout(tc, 120); /* valgrind and sanitizers are slow */
    tcase_add_test(tc, counter_sees_allocations);
    tcase_add_test(tc, validation_path_allocates_nothing);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(noalloc_suite)
