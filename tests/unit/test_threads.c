/*
 * test_threads.c -- libnir is reentrant and thread-safe (nir.h: "no mutable
 * global state"): 8 threads validate, parse, format, mask, suggest and
 * civil-check the same inputs at once, and every result must equal the one
 * computed first on a single thread.
 *
 * Meant to run under ThreadSanitizer too (tools/hardening.sh tsan): a data
 * race in the library (or in ICU as libnir uses it) is reported there even
 * when the results happen to agree.
 */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t */
#include <pthread.h>

#include "testutil.h"

#define NTHREADS 8
#define ROUNDS 40

typedef struct civil_input {
    const char *number;
    const char *date;
    const char *country;
    const char *place;
    nir_date_order order;
    nir_sex sex;
} civil_input;

/* Synthetic numbers and civil data: valid, invalid, Unicode, every kind. */
static const civil_input inputs[] = {
    {"2 55 08 14 168 025 38", "8 August 1955", "GB", "14168", 0, NIR_SEX_FEMALE},
    {"255081416802539", "1955-08-08", NULL, "14", 0, NIR_SEX_MALE},
    {"2 84 05 2A 321 025 52", "04/05/1984", "FR", "2A321", 0, 0},
    {"2 84 05 2b 321 025 79", "05/04/1984", NULL, NULL, NIR_DATE_ORDER_MDY, 0},
    {"1 85 07 972 12 005 08", "12 juillet 1985", "FRA", "97212", 0, NIR_SEX_MALE},
    {"2 95 10 99 126 111 93", "10/10/1995", "GR", "Grèce", 0, 0},
    {"2 85 02 99 138 001 11", "2. Februar 1985", "DE", "Monaco", 0, 0},
    {"1 06 09 99 553 910 94", "2006-09-01", NULL, "99553", 0, 0},
    {"2 88 35 31 001 001 33", "1988-05-04", NULL, "31", 0, 0},
    {"1 41 20 80 782 005 87", "1941", NULL, "80782", 0, 0},
    {"7 1 123 12345678", "01/01/1971", NULL, NULL, 0, 0},
    {"5 2 123 12345678 56", NULL, NULL, NULL, 0, 0},
    {"1 99 99 99 999 999 99", NULL, NULL, NULL, 0, 0},
    {"2 55 13 14 168 025 21", "13/13/1955", NULL, NULL, 0, 0},
    {"\xef\xbc\x92\xef\xbc\x98\xef\xbc\x94\xef\xbc\x90\xef\xbc\x95"
     "\xef\xbc\x92\xef\xbc\xa1" "32102552", "1984年5月4日", "JP", "2A", 0, 0},
    {"\xe0\xa5\xa8" "550814168025" "\xd9\xa3\xd9\xa8", "٨/٨/١٩٥٥", "EG", NULL,
     0, 0},
    {"", "", "", "", 0, 0},
    {"25508", "not a date", "Atlantis", "nowhere", 0, 0},
    {"2550814168025x8", "31/02/1955", "US", "14168", 0, 0},
    {"\xc0\xb2" "55081416802538", "\xff", "\xc0\x80", "\xed\xa0\x80", 0, 0},
};
#define NINPUTS (sizeof inputs / sizeof inputs[0])

/* Everything computed for one input. */
typedef struct outcome {
    nir_status vst;
    nir_kind kind;
    unsigned warnings;
    nir_result parsed[3];
    nir_status fst, mst, sst, kst;
    char formatted[NIR_FORMAT_BUFSIZE];
    char masked[NIR_FORMAT_BUFSIZE];
    char compact[NIR_COMPACT_BUFSIZE];
    size_t nsugg;
    char sugg[4][NIR_COMPACT_BUFSIZE];
    int key;
    /* civil check: the defined fields of the report and its messages */
    nir_status cst;
    nir_civil_verdict verdict;
    nir_status number_status;
    nir_date_order date_order;
    int date_readings;
    nir_date reading[2];
    char birthplace_code[6];
    size_t finding_count;
    nir_finding_code codes[NIR_MAX_FINDINGS];
    int mismatch[NIR_MAX_FINDINGS];
    char messages[NIR_MAX_FINDINGS][2][512];
} outcome;

static size_t slen(const char *s) { return s ? strlen(s) : 0; }

static void compute(const civil_input *in, outcome *o)
{
    size_t len = strlen(in->number);
    nir_civil_status civil;
    nir_civil_report rep;

    memset(o, 0, sizeof *o);
    o->vst = nir_validate(in->number, len, NIR_PROFILE_STANDARD, &o->kind,
                          &o->warnings);
    for (int p = 0; p < 3; p++) /* the status is in parsed[p].status */
        if (nir_parse(in->number, len, (nir_profile)p, &o->parsed[p]) !=
            o->parsed[p].status)
            o->parsed[p].status = NIR_STATUS_COUNT; /* never: a mismatch */
    o->fst = nir_format(in->number, len, NIR_FORMAT_SPACED, o->formatted,
                        sizeof o->formatted);
    o->mst = nir_mask(in->number, len, NIR_MASK_KEEP_PLACE, NIR_FORMAT_SPACED,
                      o->masked, sizeof o->masked);
    o->sst = nir_suggest(in->number, len, NIR_PROFILE_STANDARD, o->sugg, 4,
                         &o->nsugg);
    if (nir_compact(in->number, len, o->compact, sizeof o->compact, NULL) ==
            NIR_OK &&
        strlen(o->compact) >= 13)
        o->kst = nir_compute_key(o->compact, 13, &o->key);

    memset(&civil, 0, sizeof civil);
    civil.sex = in->sex;
    civil.birth_date = in->date;
    civil.birth_date_len = slen(in->date);
    civil.date_order = in->order;
    civil.document_country = in->country;
    civil.document_country_len = slen(in->country);
    civil.birthplace = in->place;
    civil.birthplace_len = slen(in->place);
    o->cst = nir_check_civil_status(in->number, len, NIR_PROFILE_STANDARD,
                                    &civil, &rep);
    if (o->cst != NIR_OK)
        return;
    o->verdict = rep.verdict;
    o->number_status = rep.number_status;
    o->date_order = rep.date_order;
    o->date_readings = rep.date_readings;
    memcpy(o->reading, rep.reading, sizeof o->reading);
    memcpy(o->birthplace_code, rep.birthplace_code, sizeof o->birthplace_code);
    o->finding_count = rep.finding_count;
    for (size_t i = 0; i < rep.finding_count && i < NIR_MAX_FINDINGS; i++) {
        o->codes[i] = rep.findings[i].code;
        o->mismatch[i] = rep.findings[i].mismatch;
        for (int lang = 0; lang < 2; lang++)
            (void)nir_finding_message(&rep, i, (nir_lang)lang,
                                      o->messages[i][lang], 512);
    }
}

static outcome reference[NINPUTS];
static pthread_barrier_t start_line;

typedef struct worker {
    int id;
    unsigned long mismatches;
    unsigned long runs;
    size_t first_bad; /* input index of the first mismatch */
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    outcome *o = malloc(sizeof *o);
    if (o == NULL) {
        w->mismatches = 1;
        return NULL;
    }
    w->first_bad = (size_t)-1;
    pthread_barrier_wait(&start_line); /* all threads start together */
    for (int round = 0; round < ROUNDS; round++) {
        for (size_t k = 0; k < NINPUTS; k++) {
            /* each thread walks the inputs from its own starting point */
            size_t i = (k + (size_t)w->id * 3) % NINPUTS;
            compute(&inputs[i], o);
            w->runs++;
            if (memcmp(o, &reference[i], sizeof *o) != 0) {
                if (w->mismatches == 0)
                    w->first_bad = i;
                w->mismatches++;
            }
        }
    }
    free(o);
    return NULL;
}

START_TEST(eight_threads_agree_with_one)
{
    pthread_t tid[NTHREADS];
    worker workers[NTHREADS];
    unsigned long mismatches = 0, runs = 0;

    /* The reference, single-threaded. outcome is memset before filling and
     * nir_parse zeroes its result, so memcmp compares only what was set. */
    for (size_t i = 0; i < NINPUTS; i++)
        compute(&inputs[i], &reference[i]);
    /* The reference itself is sane. */
    ck_assert_int_eq(reference[0].vst, NIR_OK);
    ck_assert_int_eq(reference[0].cst, NIR_OK);
    /* a number matching its documents; an invalid number cannot tell */
    ck_assert_int_eq(reference[0].verdict, NIR_CIVIL_CONSISTENT);
    ck_assert_int_eq(reference[1].verdict, NIR_CIVIL_UNDETERMINED);
    ck_assert_int_eq(reference[1].codes[0], NIR_FINDING_NUMBER_INVALID);
    ck_assert_str_eq(reference[0].formatted, "2 55 08 14 168 025 38");
    ck_assert_int_eq(reference[1].vst, NIR_ERR_KEY);
    ck_assert_uint_ge(reference[1].nsugg, 1);

    ck_assert_int_eq(pthread_barrier_init(&start_line, NULL, NTHREADS), 0);
    for (int t = 0; t < NTHREADS; t++) {
        memset(&workers[t], 0, sizeof workers[t]);
        workers[t].id = t;
        ck_assert_int_eq(pthread_create(&tid[t], NULL, work, &workers[t]), 0);
    }
    for (int t = 0; t < NTHREADS; t++) {
        ck_assert_int_eq(pthread_join(tid[t], NULL), 0);
        mismatches += workers[t].mismatches;
        runs += workers[t].runs;
        ck_assert_msg(workers[t].mismatches == 0,
                      "thread %d: %lu mismatches, first on input %zu", t,
                      workers[t].mismatches, workers[t].first_bad);
    }
    pthread_barrier_destroy(&start_line);
    ck_assert_uint_eq(runs, (unsigned long)NTHREADS * ROUNDS * NINPUTS);
    ck_assert_uint_eq(mismatches, 0);
}
END_TEST

static Suite *threads_suite(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_set_timeout(tc, 300); /* ThreadSanitizer and valgrind are slow */
    tcase_add_test(tc, eight_threads_agree_with_one);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(threads_suite)
