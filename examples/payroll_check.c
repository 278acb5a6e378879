/*
 * payroll_check.c -- check the social-security numbers of a payroll export,
 * one per line, and say for each what is wrong, in French or English.
 *
 * SYNOPSIS
 *   $ ./payroll_check examples/sample.txt
 *   1: ok      2 55 ** ** *** *** **  nir, female, year 55, month 08, Calvados
 *   2: INVALID 2 55 ** ** *** *** **  key: the key does not match the number (position 20) - 3 possible typo correction(s)
 *   3: ok      2 84 ** ** *** *** **  nir, female, year 84, month 05, Corse-du-Sud
 *   ...
 *   7: ok      7 * *** ********       nnp, male
 *   8: INVALID 2 55 ** ** *** *** **  month: month code not allowed (position 6)
 *   $ ./payroll_check --fr examples/sample.txt
 *
 * Numbers are masked on output (sex and year kept): an NIR is sensitive
 * personal data. Exit status: 0 all valid, 1 some invalid, 2 I/O error.
 */
#include <stdio.h>
#include <string.h>

#include <nir.h>

/* Print what a valid number says, e.g. "nir, female, year 55, month 08". */
static void describe(const nir_result *r)
{
    printf("%s", nir_kind_name(r->kind));
    if (r->sex != NIR_SEX_UNKNOWN)
        printf(", %s", nir_sex_name(r->sex));
    if (r->birth_year >= 0)
        printf(", year %02d", r->birth_year);
    if (r->birth_month > 0)
        printf(", month %02d", r->birth_month);
    else if (r->month_kind == NIR_MONTH_UNKNOWN)
        printf(", month unknown");
    if (r->department_name)
        printf(", %s", r->department_name);
    if (r->country_name)
        printf(", born abroad: %s", r->country_name);
    for (unsigned w = 1; w < (1u << NIR_WARNING_COUNT); w <<= 1)
        if (r->warnings & w)
            printf(" [warning: %s]", nir_warning_name(w));
}

int main(int argc, char **argv)
{
    nir_lang lang = NIR_LANG_EN;
    const char *path = NULL;
    char line[512];
    unsigned long lineno = 0;
    int invalid = 0;
    FILE *in;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--fr") == 0)
            lang = NIR_LANG_FR;
        else
            path = argv[i];
    }
    in = path ? fopen(path, "r") : stdin;
    if (in == NULL) {
        perror(path);
        return 2;
    }
    while (fgets(line, sizeof line, in)) {
        size_t len = strcspn(line, "\r\n");
        char shown[NIR_FORMAT_BUFSIZE] = "(unreadable)";
        nir_result r;

        lineno++;
        /* nir_parse takes (pointer, length): no need to cut the string. */
        nir_status st = nir_parse(line, len, NIR_PROFILE_STANDARD, &r);
        if (nir_mask(line, len, NIR_MASK_DEFAULT, NIR_FORMAT_SPACED, shown,
                     sizeof shown) != NIR_OK)
            strcpy(shown, "(unreadable)");
        printf("%lu: %-7s %-21s  ", lineno, st == NIR_OK ? "ok" : "INVALID",
               shown);
        if (st == NIR_OK) {
            describe(&r);
        } else {
            printf("%s: %s", nir_status_name(st), nir_strerror(st, lang));
            if (r.position)
                printf(" (position %zu)", r.position);
            if (st == NIR_ERR_KEY) {
                char fix[4][NIR_COMPACT_BUFSIZE];
                size_t n = 0;
                if (nir_suggest(line, len, NIR_PROFILE_STANDARD, fix, 4, &n) ==
                        NIR_OK && n > 0)
                    printf(" - %zu possible typo correction(s)", n);
            }
            invalid = 1;
        }
        putchar('\n');
    }
    if (ferror(in) || fflush(stdout) != 0) {
        perror("payroll_check");
        return 2;
    }
    if (in != stdin)
        fclose(in);
    return invalid;
}
