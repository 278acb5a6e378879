/*
 * test_civil_threads.c -- the walks over every language's names
 * (civil_country.c, civil_months.c, civil_bundle.c) from several threads
 * at once: names that match nothing, names and months found in a
 * language tried late, in every script the walks handle alike. Every
 * report must equal the one computed first on a single thread. Run under
 * ThreadSanitizer, a data race in the walks is reported even when the
 * reports happen to agree.
 */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t */
#include <pthread.h>

#include "testutil.h"

#define NTHREADS 4
#define ROUNDS 3

#define US_FEB_65 "165029940400145" /* man, 1965-02, born in the US */

typedef struct walk_input {
    const char *date;
    const char *country;
    const char *place;
} walk_input;

static const walk_input inputs[] = {
    {NULL, NULL, "Atlantis"},                         /* no such place */
    {NULL, NULL, "\xd0\x92\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5\xd1\x80\xd0\xbe"
                 "\xd1\x81"},                         /* Вестерос */
    {NULL, NULL, "Yhdysvallat"},                      /* Finnish */
    {NULL, NULL, "\xeb\xaf\xb8\xea\xb5\xad"},         /* 미국, Korean */
    {NULL, "JP", "\xe3\x82\xa2\xe3\x83\xa1\xe3\x83\xaa\xe3\x82\xab"
                 "\xe5\x90\x88\xe8\xa1\x86\xe5\x9b\xbd"}, /* アメリカ合衆国 */
    {"4 Smarch 1965", NULL, NULL},                    /* no month name */
    {"4. helmikuuta 1965", NULL, NULL},               /* Finnish */
    {"Donnerstag, 4. f\xc3\xa9vrier 1965", "PG", "Narnia"},
};
#define NINPUTS (sizeof inputs / sizeof inputs[0])

static nir_civil_report check(const walk_input *in)
{
    nir_civil_status civil;
    nir_civil_report report;
    memset(&civil, 0, sizeof civil);
    civil.birth_date = in->date;
    civil.birth_date_len = in->date ? strlen(in->date) : 0;
    civil.document_country = in->country;
    civil.document_country_len = in->country ? strlen(in->country) : 0;
    civil.birthplace = in->place;
    civil.birthplace_len = in->place ? strlen(in->place) : 0;
    if (nir_check_civil_status(US_FEB_65, strlen(US_FEB_65),
                               NIR_PROFILE_STANDARD, &civil,
                               &report) != NIR_OK)
        report.finding_count = NIR_MAX_FINDINGS + 1; /* never: a mismatch */
    return report;
}

static nir_civil_report reference[NINPUTS];
static pthread_barrier_t start_line;

typedef struct worker {
    int id;
    unsigned long mismatches;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    pthread_barrier_wait(&start_line); /* all threads start together */
    for (int round = 0; round < ROUNDS; round++)
        for (size_t k = 0; k < NINPUTS; k++) {
            /* each thread walks the inputs from its own starting point */
            size_t i = (k + (size_t)w->id * 3) % NINPUTS;
            nir_civil_report r = check(&inputs[i]);
            w->mismatches += memcmp(&r, &reference[i], sizeof r) != 0;
        }
    return NULL;
}

START_TEST(threads_agree_with_one)
{
    pthread_t tid[NTHREADS];
    worker workers[NTHREADS];
    unsigned long mismatches = 0;

    /* The reference, single-threaded; check() zeroes the whole report. */
    for (size_t i = 0; i < NINPUTS; i++)
        reference[i] = check(&inputs[i]);
    /* It is the expected one: nothing found, found late, unparsed. */
    ck_assert_int_eq(reference[0].findings[0].code,
                     NIR_FINDING_BIRTHPLACE_UNRESOLVED);
    ck_assert_int_eq(reference[1].findings[0].code,
                     NIR_FINDING_BIRTHPLACE_UNRESOLVED);
    for (size_t i = 2; i <= 4; i++) {
        ck_assert_str_eq(reference[i].birthplace_code, "99404");
        ck_assert_int_eq(reference[i].verdict, NIR_CIVIL_CONSISTENT);
    }
    ck_assert_int_eq(reference[5].findings[0].code,
                     NIR_FINDING_BIRTH_DATE_UNPARSED);
    ck_assert_int_eq(reference[6].verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(reference[7].reading[0].month, 2);
    ck_assert_int_eq(reference[7].findings[0].code,
                     NIR_FINDING_BIRTHPLACE_UNRESOLVED);

    ck_assert_int_eq(pthread_barrier_init(&start_line, NULL, NTHREADS), 0);
    for (int t = 0; t < NTHREADS; t++) {
        memset(&workers[t], 0, sizeof workers[t]);
        workers[t].id = t;
        ck_assert_int_eq(pthread_create(&tid[t], NULL, work, &workers[t]), 0);
    }
    for (int t = 0; t < NTHREADS; t++) {
        ck_assert_int_eq(pthread_join(tid[t], NULL), 0);
        mismatches += workers[t].mismatches;
    }
    pthread_barrier_destroy(&start_line);
    ck_assert_uint_eq(mismatches, 0);
}
END_TEST

static Suite *civil_threads_suite(void)
{
    Suite *s = suite_create("civil_threads");
    TCase *tc = tcase_create("walks");
    tcase_set_timeout(tc, 120); /* slow under ThreadSanitizer */
    tcase_add_test(tc, threads_agree_with_one);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(civil_threads_suite)
