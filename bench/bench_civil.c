/*
 * bench_civil.c -- cost of one nir_check_civil_status() call for the
 * inputs whose cost differs most: names that match nothing (every name of
 * every language ICU has is compared), names found in a language tried
 * late, INSEE codes, written dates.
 *
 *   bench_civil [--calls N]     microseconds per call, best of 5 rounds
 *   bench_civil --smoke         one call each, the verdicts only
 *
 * Every case checks its expected verdict and place first, so a faster
 * build that answers differently fails (exit 1) instead of looking good.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nir.h"

typedef struct bench_case {
    const char *what;
    const char *number;
    const char *date;
    const char *place;
    nir_civil_verdict verdict;
    const char *place_code; /* what the place resolves to, "" if nothing */
    int calls_per_round;    /* cheap cases get more calls */
} bench_case;

/* 1965-02, born in the US; 1955-08, born in commune 14168. */
static const bench_case cases[] = {
    {"birthplace matching nothing", "165029940400145", NULL, "Atlantis",
     NIR_CIVIL_UNDETERMINED, "", 1},
    {"birthplace, a typo", "165029940400145", NULL, "Etats Unix",
     NIR_CIVIL_UNDETERMINED, "", 1},
    {"birthplace in Finnish (late)", "165029940400145", NULL, "Yhdysvallat",
     NIR_CIVIL_CONSISTENT, "99404", 10},
    {"birthplace in Russian", "165029940400145", NULL,
     "\xd0\xa1\xd0\xa8\xd0\x90", NIR_CIVIL_CONSISTENT, "99404", 10},
    {"birthplace, INSEE code", "165029940400145", NULL, "99404",
     NIR_CIVIL_CONSISTENT, "99404", 1000},
    {"birthplace, departement name", "255081416802538", NULL, "Calvados",
     NIR_CIVIL_CONSISTENT, "14", 1000},
    {"birthplace, commune name", "255081416802538", NULL,
     "Colombi\xc3\xa8res", NIR_CIVIL_CONSISTENT, "14168", 1000},
    {"birthplace, commune St- name", "255081416802538", NULL, "ST MARTIN",
     NIR_CIVIL_INCONSISTENT, "978", 1000},
    {"birthplace, postal code", "255081416802538", NULL, "14710",
     NIR_CIVIL_CONSISTENT, "14710", 1000},
    {"date with no month name", "165029940400145", "4 Smarch 1965", NULL,
     NIR_CIVIL_UNDETERMINED, "", 1},
    {"date in Finnish (late)", "165029940400145", "4. helmikuuta 1965",
     NULL, NIR_CIVIL_CONSISTENT, "", 10},
};
#define CASE_COUNT (sizeof cases / sizeof cases[0])

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int run(const bench_case *c, nir_civil_report *report)
{
    nir_civil_status civil;
    memset(&civil, 0, sizeof civil);
    if (c->date != NULL) {
        civil.birth_date = c->date;
        civil.birth_date_len = strlen(c->date);
    }
    if (c->place != NULL) {
        civil.birthplace = c->place;
        civil.birthplace_len = strlen(c->place);
    }
    return nir_check_civil_status(c->number, strlen(c->number),
                                  NIR_PROFILE_STANDARD, &civil,
                                  report) == NIR_OK;
}

/* 1 if the case gives its expected answer. */
static int check(const bench_case *c)
{
    nir_civil_report r;
    if (run(c, &r) && r.verdict == c->verdict &&
        strcmp(r.birthplace_code, c->place_code) == 0)
        return 1;
    fprintf(stderr, "bench_civil: %s: verdict %s, place \"%s\"\n", c->what,
            nir_civil_verdict_name(r.verdict), r.birthplace_code);
    return 0;
}

/* Microseconds per call, the best of 5 rounds (the first call, which
 * loads ICU's data, is not counted). */
static double time_case(const bench_case *c, int calls)
{
    nir_civil_report r;
    double best = 1e30;
    int n = calls * c->calls_per_round;
    run(c, &r);
    for (int round = 0; round < 5; round++) {
        double t0 = now();
        for (int i = 0; i < n; i++)
            run(c, &r);
        double t = (now() - t0) / n;
        if (t < best)
            best = t;
    }
    return best * 1e6;
}

int main(int argc, char **argv)
{
    int calls = 20, smoke = 0, bad = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--smoke") == 0)
            smoke = 1;
        else if (strcmp(argv[i], "--calls") == 0 && i + 1 < argc)
            calls = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_civil [--calls N] | --smoke\n");
            return 2;
        }
    }
    if (calls < 1)
        calls = 1;
    for (size_t k = 0; k < CASE_COUNT; k++)
        bad |= !check(&cases[k]);
    if (bad || smoke)
        return bad;
    for (size_t k = 0; k < CASE_COUNT; k++)
        printf("%-32s %10.2f us/call\n", cases[k].what,
               time_case(&cases[k], calls));
    return 0;
}
