/*
 * bench_civil.c -- cost of one nir_check_civil_status() call for the
 * inputs whose cost differs most: names that match nothing (every name of
 * every language ICU has is compared), names found in a language tried
 * late, INSEE codes, written dates.
 *
 *   bench_civil [--calls N]     microseconds per call, best of 5 rounds,
 *                               then the rates of two row mixes (below)
 *   bench_civil --smoke         one call each, the verdicts only
 *
 * The row mixes are what HR files hold: rows with codes (ISO document
 * country, INSEE birthplace, numeric date; target >= 200 000 rows/s on
 * one core) and rows with names (country and place names, dates with
 * month names, civilities; target >= 20 000 rows/s). Each rate is printed
 * with its ratio to nir_validate() on the same numbers in the same run
 * (the baseline), so that machines compare.
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

/* One row of an HR file: number, sex, date, document country, place. */
typedef struct row {
    const char *number, *sex, *date, *country, *place;
    nir_civil_verdict verdict;
} row;

/* 165029940400145: man, 1965-02, US; 255081416802538: woman, 1955-08,
 * commune 14168 (Calvados); 165029912300136: man, 1965-02, 99123. */
static const row code_rows[] = {
    {"165029940400145", "M", "2/4/1965", "US", "99404", NIR_CIVIL_CONSISTENT},
    {"165029940400145", "1", "1965-02-04", "USA", "US", NIR_CIVIL_CONSISTENT},
    {"255081416802538", "F", "03/08/1955", "FR", "14168",
     NIR_CIVIL_CONSISTENT},
    {"255081416802538", "2", "3.8.1955", "DE", "14", NIR_CIVIL_CONSISTENT},
    {"255081416802538", "F", "1955-08-03 00:00:00", "FRA", "14168",
     NIR_CIVIL_CONSISTENT},
    {"165029912300136", "M", "04.02.1965", "RU", "99123",
     NIR_CIVIL_CONSISTENT},
    {"165029940400145", "M", "04/02/1965", "CA", "99404",
     NIR_CIVIL_UNDETERMINED},
    {"165029940400145", "F", "2/4/1965", "US", "99404",
     NIR_CIVIL_INCONSISTENT},
};
static const row name_rows[] = {
    {"165029940400145", "Monsieur", "February 4, 1965",
     "United States of America", "Etats-Unis", NIR_CIVIL_CONSISTENT},
    {"255081416802538", "Mme", "3 ao\xc3\xbbt 1955", "France", "Calvados",
     NIR_CIVIL_CONSISTENT},
    {"165029912300136", "Herr", "4. Februar 1965", "Deutschland", "Ukraine",
     NIR_CIVIL_CONSISTENT},
    {"165029912300136", "M.", "4 f\xc3\xa9vrier 1965", "France", "URSS",
     NIR_CIVIL_CONSISTENT},
    {"165029940400145", "Mr", "2/4/1965", "U.S.A.", "United States",
     NIR_CIVIL_CONSISTENT},
    {"255081416802538", "Madame", "3 August 1955", "Angleterre",
     "Calvados", NIR_CIVIL_CONSISTENT},
};
#define ROWS(a) (sizeof a / sizeof a[0])

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

static size_t len_of(const char *s) { return s != NULL ? strlen(s) : 0; }

static int run_row(const row *w, nir_civil_report *report)
{
    nir_civil_status civil;
    memset(&civil, 0, sizeof civil);
    if (nir_sex_from_name(w->sex, strlen(w->sex), &civil.sex) != NIR_OK)
        return 0;
    civil.birth_date = w->date;
    civil.birth_date_len = len_of(w->date);
    civil.document_country = w->country;
    civil.document_country_len = len_of(w->country);
    civil.birthplace = w->place;
    civil.birthplace_len = len_of(w->place);
    return nir_check_civil_status(w->number, strlen(w->number),
                                  NIR_PROFILE_STANDARD, &civil,
                                  report) == NIR_OK;
}

static int check_rows(const row *rows, size_t n, const char *what)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        nir_civil_report r;
        if (!run_row(&rows[i], &r) || r.verdict != rows[i].verdict) {
            fprintf(stderr, "bench_civil: %s row %zu: %s\n", what, i,
                    nir_civil_verdict_name(r.verdict));
            bad = 1;
        }
    }
    return bad;
}

/* Rows per second over `total` rows (the mix repeated), best of 5. */
static double rate_rows(const row *rows, size_t n, long total)
{
    nir_civil_report r;
    double best = 0;
    for (int round = 0; round < 5; round++) {
        double t0 = now(), t;
        for (long i = 0; i < total; i++)
            run_row(&rows[(size_t)i % n], &r);
        t = now() - t0;
        if (t > 0 && (double)total / t > best)
            best = (double)total / t;
    }
    return best;
}

/* The baseline: nir_validate() of the same numbers, per second. */
static double rate_validate(const row *rows, size_t n, long total)
{
    double best = 0;
    volatile int sink = 0;
    for (int round = 0; round < 5; round++) {
        double t0 = now(), t;
        for (long i = 0; i < total * 10; i++) {
            const char *s = rows[(size_t)i % n].number;
            sink += nir_validate(s, strlen(s), NIR_PROFILE_STANDARD, NULL,
                                 NULL) == NIR_OK;
        }
        t = now() - t0;
        if (t > 0 && (double)(total * 10) / t > best)
            best = (double)(total * 10) / t;
    }
    (void)sink;
    return best;
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
    bad |= check_rows(code_rows, ROWS(code_rows), "codes");
    bad |= check_rows(name_rows, ROWS(name_rows), "names");
    if (bad || smoke)
        return bad;
    for (size_t k = 0; k < CASE_COUNT; k++)
        printf("%-32s %10.2f us/call\n", cases[k].what,
               time_case(&cases[k], calls));
    {
        double base = rate_validate(code_rows, ROWS(code_rows), 1000L * calls);
        double codes = rate_rows(code_rows, ROWS(code_rows), 1000L * calls);
        double names = rate_rows(name_rows, ROWS(name_rows), 30L * calls);
        printf("baseline nir_validate           %10.0f numbers/s\n", base);
        printf("rows with codes                 %10.0f rows/s (%.4f x "
               "baseline; target 200000)\n", codes, codes / base);
        printf("rows with names                 %10.0f rows/s (%.5f x "
               "baseline; target 20000)\n", names, names / base);
    }
    return 0;
}
