/*
 * hr_import.c -- cross-check the social-security numbers of an HR import
 * against the civil-status data that came with them: sex, birth date as
 * written on the document, the document's country and the place of birth.
 * Catches the classic US-date misreading (2/4/1965 read as 2 April).
 *
 * Input: a ';'-separated file, one employee a line:
 *   id;nir;sex;birth_date;document_country;birthplace
 * (empty fields are "not given"; lines starting with '#' are comments).
 *
 * SYNOPSIS
 *   $ cc -I include examples/hr_import.c -L build/lib -lnir -o hr_import
 *   $ LD_LIBRARY_PATH=build/lib ./hr_import examples/employees.csv
 *   E001: 1 65 ** ** *** *** **  inconsistent
 *         ! day_month_swapped: The number carries month 04, but the document (month-day-year) reads 4 February 1965: the 04 is the day. The number should carry month 02; it must be corrected by the issuing office (CPAM/INSEE) — its order digits cannot be guessed. (Read the other way: 2 April 1965.)
 *   E002: 1 65 ** ** *** *** **  consistent
 *   E003: 1 65 ** ** *** *** **  cannot_tell
 *         - date_ambiguous: The document's date reads two ways: 2 April 1965 (day-month-year) or 4 February 1965 (month-day-year), and no date order was given or implied by the document's country. The number carries month 04, which matches the day-month-year reading.
 *   E004: 2 55 ** ** *** *** **  consistent
 *   E005: 2 55 ** ** *** *** **  inconsistent
 *         ! sex_mismatch: The number carries sex female (digit 1), but the document says male.
 *         ! birth_year_mismatch: The number carries birth year 55, but the document gives 1956 (56).
 *   E006: 1 60 ** ** *** *** **  consistent
 *   E007: 1 55 ** ** *** *** **  consistent
 *   E008: 1 41 ** ** *** *** **  consistent
 *         - birth_month_unknown: The number carries month code 20, which stands for an unknown birth month: the month cannot be compared.
 *   E009: 2 55 ** ** *** *** **  cannot_tell
 *         - number_invalid: The number is invalid (the key does not match the number): it cannot be compared with the civil-status data.
 *   E010: 8 * *** ******** **    cannot_tell
 *         - not_comparable: This number (NNP or MIG) carries no birth date or place: only the sex can be compared.
 *   (exit status 1: E001 and E005 are inconsistent)
 *   $ ./hr_import --fr examples/employees.csv    (messages in French)
 *
 * Numbers are masked on output: an NIR is sensitive personal data.
 * Exit status: 0 nothing inconsistent, 1 some record inconsistent,
 * 2 usage or I/O error.
 */
#include <stdio.h>
#include <string.h>

#include <nir.h>

#define MAX_FIELDS 6

/* Split line at ';' in place; returns the number of fields. */
static size_t split(char *line, char **fields, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        char *sep = strchr(p, ';');
        fields[n++] = p;
        if (sep == NULL)
            break;
        *sep = '\0';
        p = sep + 1;
    }
    return n;
}

static void strip_newline(char *line)
{
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
}

/* Check one record; returns its verdict. */
static nir_civil_verdict check_record(char **f, size_t n, nir_lang lang)
{
    nir_civil_status civil;
    nir_civil_report report;
    char masked[NIR_FORMAT_BUFSIZE] = "(unreadable)";
    const char *number = f[1];

    memset(&civil, 0, sizeof civil);
    if (n > 2 && f[2][0] != '\0' &&
        nir_sex_from_name(f[2], strlen(f[2]), &civil.sex) != NIR_OK)
        printf("%s: sex \"%s\" not understood, ignored\n", f[0], f[2]);
    if (n > 3) {
        civil.birth_date = f[3];
        civil.birth_date_len = strlen(f[3]);
    }
    if (n > 4) {
        civil.document_country = f[4];
        civil.document_country_len = strlen(f[4]);
    }
    if (n > 5) {
        civil.birthplace = f[5];
        civil.birthplace_len = strlen(f[5]);
    }
    if (nir_mask(number, strlen(number), 0, NIR_FORMAT_SPACED, masked,
                 sizeof masked) != NIR_OK)
        strcpy(masked, "(unreadable)");
    if (nir_check_civil_status(number, strlen(number), NIR_PROFILE_STANDARD,
                               &civil, &report) != NIR_OK) {
        printf("%s: %s  cannot be checked\n", f[0], masked);
        return NIR_CIVIL_UNDETERMINED;
    }
    printf("%s: %-22s %s\n", f[0], masked,
           nir_civil_verdict_name(report.verdict));
    for (size_t i = 0; i < report.finding_count; i++) {
        char message[512];
        (void)nir_finding_message(&report, i, lang, message, sizeof message);
        printf("      %s %s: %s\n", report.findings[i].mismatch ? "!" : "-",
               nir_finding_name(report.findings[i].code), message);
    }
    return report.verdict;
}

int main(int argc, char **argv)
{
    nir_lang lang = NIR_LANG_EN;
    const char *path = NULL;
    char line[2048];
    int inconsistent = 0;
    FILE *in;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--fr") == 0)
            lang = NIR_LANG_FR;
        else
            path = argv[i];
    }
    if (path == NULL) {
        fprintf(stderr, "usage: hr_import [--fr] employees.csv\n");
        return 2;
    }
    in = fopen(path, "r");
    if (in == NULL) {
        perror(path);
        return 2;
    }
    while (fgets(line, sizeof line, in) != NULL) {
        char *fields[MAX_FIELDS];
        size_t n;
        strip_newline(line);
        if (line[0] == '#' || line[0] == '\0')
            continue;
        n = split(line, fields, MAX_FIELDS);
        if (n < 2) {
            printf("%s: no number\n", fields[0]);
            continue;
        }
        if (check_record(fields, n, lang) == NIR_CIVIL_INCONSISTENT)
            inconsistent = 1;
    }
    if (ferror(in)) {
        perror(path);
        fclose(in);
        return 2;
    }
    fclose(in);
    return inconsistent ? 1 : 0;
}
