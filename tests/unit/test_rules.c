/*
 * test_rules.c -- every row of the edge cases of docs/rules.md
 * (tests/data/edge_cases.tsv) under the three profiles side by side, and
 * each rule R1-R11 on its own.
 */
#define _POSIX_C_SOURCE 200809L /* strdup, strtok_r */
#include "testutil.h"

/* One row of tests/data/edge_cases.tsv (its header says what each column
 * holds); the same file feeds the Python tests. */
typedef struct edge_case {
    char *text; /* the line, cut into the fields below */
    int row;
    const char *number, *rules, *status[3], *kind, *warnings, *decoded;
    size_t position;
} edge_case;

enum { MAX_CASES = 256 };
static edge_case cases[MAX_CASES];
static int case_count;

/* The rows of the file (a failure to read it leaves none, which the
 * test edge_case_file reports). */
static void load_cases(void)
{
    const char *dir = getenv("NIR_SOURCE_DIR");
    char path[4096], line[1024];
    FILE *f;
    int header = 1;

    if (dir != NULL)
        snprintf(path, sizeof path, "%s/tests/data/edge_cases.tsv", dir);
    else /* run by hand: the tree it was built from */
        snprintf(path, sizeof path, "%s", NIR_EDGE_CASES);
    f = fopen(path, "r");
    if (f == NULL)
        return;
    while (case_count < MAX_CASES && fgets(line, sizeof line, f)) {
        char *field[10], *save = NULL;
        int n = 0;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (header) { /* the column names */
            header = 0;
            continue;
        }
        edge_case *c = &cases[case_count];
        c->text = strdup(line);
        for (char *t = strtok_r(c->text, "\t", &save); t && n < 10;
             t = strtok_r(NULL, "\t", &save))
            field[n++] = t;
        if (n != 10)
            break; /* edge_case_file fails on the count */
        c->row = atoi(field[0]);
        c->number = field[1];
        c->rules = field[2];
        for (int p = 0; p < 3; p++)
            c->status[p] = field[3 + p]; /* dsn, standard, lenient */
        c->kind = field[6];
        c->warnings = field[7];
        c->position = (size_t)strtoul(field[8], NULL, 10);
        c->decoded = field[9];
        case_count++;
    }
    fclose(f);
}

/* The file is there and whole: every line read, every rule id one that
 * docs/rules.md defines (R1-R11 with their letters, Q1-Q10). */
START_TEST(edge_case_file)
{
    static const char *const ids[] = {
        "R1", "R2", "R3", "R4a", "R4b", "R4c", "R4d", "R4e", "R4f", "R5",
        "R6", "R7a", "R7b", "R8a", "R8b", "R8c", "R9", "R10", "R11", "Q1",
        "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"};
    ck_assert_msg(case_count >= 55, "tests/data/edge_cases.tsv: %d rows "
                  "read", case_count);
    for (int i = 0; i < case_count; i++) {
        char rules[64], *save = NULL;
        snprintf(rules, sizeof rules, "%s", cases[i].rules);
        for (char *id = strtok_r(rules, ",", &save); id;
             id = strtok_r(NULL, ",", &save)) {
            size_t k = 0;
            while (k < sizeof ids / sizeof *ids && strcmp(ids[k], id) != 0)
                k++;
            ck_assert_msg(k < sizeof ids / sizeof *ids,
                          "row %d: unknown rule id %s", cases[i].row, id);
        }
    }
}
END_TEST

static const char *or_dash(const char *s) { return s ? s : "-"; }

/* nir_parse's decoded field `name`, as text. */
static const char *decoded_field(const nir_result *r, const char *name,
                                 char *buf, size_t size)
{
    if (strcmp(name, "place_kind") == 0)
        return or_dash(nir_place_kind_name(r->place_kind));
    if (strcmp(name, "month_kind") == 0)
        return or_dash(nir_month_kind_name(r->month_kind));
    if (strcmp(name, "birth_month") == 0) {
        snprintf(buf, size, "%d", r->birth_month);
        return buf;
    }
    if (strcmp(name, "country_code") == 0)
        return r->country_code;
    if (strcmp(name, "country_name") == 0)
        return or_dash(r->country_name);
    if (strcmp(name, "country_iso2") == 0)
        return or_dash(r->country_iso2);
    if (strcmp(name, "department") == 0)
        return r->department;
    if (strcmp(name, "commune") == 0)
        return r->commune;
    ck_abort_msg("edge_cases.tsv: no decoded field %s", name);
    return NULL;
}

/* The warnings of a verdict as the file writes them. */
static void warning_names(unsigned w, char *out, size_t size)
{
    out[0] = '\0';
    for (unsigned bit = 1; bit != 0 && w != 0; bit <<= 1) {
        if (!(w & bit))
            continue;
        w &= ~bit;
        snprintf(out + strlen(out), size - strlen(out), "%s%s",
                 out[0] ? "," : "", nir_warning_name(bit));
    }
    if (out[0] == '\0')
        snprintf(out, size, "-");
}

START_TEST(edge_case_row)
{
    const edge_case *c = &cases[_i];
    const nir_profile profiles[3] = {NIR_PROFILE_DSN, NIR_PROFILE_STANDARD,
                                     NIR_PROFILE_LENIENT};
    for (int p = 0; p < 3; p++) {
        nir_result r;
        nir_status st = parse_s(c->number, profiles[p], &r);
        ck_assert_msg(strcmp(nir_status_name(st), c->status[p]) == 0,
                      "row %d %s profile %s: got %s, want %s", c->row,
                      c->number, nir_profile_name(profiles[p]),
                      nir_status_name(st), c->status[p]);
        ck_assert_int_eq(r.status, st);
        /* nir_validate must agree with nir_parse, kind included. */
        nir_kind kind;
        unsigned w;
        ck_assert_int_eq(nir_validate(c->number, strlen(c->number),
                                      profiles[p], &kind, &w), st);
        ck_assert_int_eq(kind, r.kind);
        ck_assert_uint_eq(w, r.warnings);
        if (profiles[p] != NIR_PROFILE_STANDARD)
            continue;
        char names[128], buf[16];
        warning_names(r.warnings, names, sizeof names);
        ck_assert_msg(strcmp(or_dash(nir_kind_name(r.kind)), c->kind) == 0,
                      "row %d kind %s", c->row, or_dash(nir_kind_name(r.kind)));
        ck_assert_msg(strcmp(names, c->warnings) == 0,
                      "row %d warnings %s, want %s", c->row, names,
                      c->warnings);
        ck_assert_msg(r.position == c->position, "row %d position %zu, want "
                      "%zu", c->row, r.position, c->position);
        if (strcmp(c->decoded, "-") != 0) {
            char pairs[256], *save = NULL;
            snprintf(pairs, sizeof pairs, "%s", c->decoded);
            for (char *kv = strtok_r(pairs, ";", &save); kv;
                 kv = strtok_r(NULL, ";", &save)) {
                char *eq = strchr(kv, '=');
                ck_assert_ptr_nonnull(eq);
                *eq = '\0';
                const char *got = decoded_field(&r, kv, buf, sizeof buf);
                ck_assert_msg(strcmp(got, eq + 1) == 0,
                              "row %d %s = %s, want %s", c->row, kv, got,
                              eq + 1);
            }
        }
    }
}
END_TEST

#define OK NIR_OK
#define KEY NIR_ERR_KEY
#define MONTH NIR_ERR_MONTH
#define DEPT NIR_ERR_DEPARTMENT
#define COMMUNE NIR_ERR_COMMUNE
#define SEX NIR_ERR_SEX
#define CHAR NIR_ERR_CHARACTER
#define LEN NIR_ERR_LENGTH
#define K_NIR NIR_KIND_NIR
#define K_TMP NIR_KIND_TEMPORARY
#define K_NNP NIR_KIND_NNP
#define K_MIG NIR_KIND_MIG
#define K_NONE NIR_KIND_NONE

/* R4: every first digit under every profile. */
START_TEST(digit_one_per_profile)
{
    /* Same body, key recomputed for each first digit. */
    static const char *const numbers[10] = {
        "041068078200510", "141068078200557", "241068078200507",
        "341068078200554", "441068078200504", "541068078200551",
        "641068078200501", "741068078200548", "841068078200595",
        "941068078200545"};
    static const nir_kind kinds[10] = {K_NONE, K_NIR, K_NIR, K_TMP, K_TMP,
                                       K_MIG, K_MIG, K_NNP, K_NNP, K_NONE};
    for (int d = 0; d < 10; d++) {
        nir_result r;
        int key;
        ck_assert_int_eq(nir_compute_key(numbers[d], 13, &key), NIR_OK);
        ck_assert_int_eq(key, atoi(numbers[d] + 13));
        nir_status s = parse_s(numbers[d], NIR_PROFILE_STANDARD, &r);
        ck_assert_int_eq(r.kind, kinds[d]);
        ck_assert_int_eq(s, (d == 0 || d == 9) ? SEX : OK);
        for (int p = 1; p < 3; p++) {
            s = parse_s(numbers[d], (nir_profile)p, &r);
            ck_assert_int_eq(s, (d == 1 || d == 2) ? OK : SEX);
        }
        if (d >= 1 && d <= 8)
            ck_assert_int_eq(r.sex, d % 2 ? NIR_SEX_MALE : NIR_SEX_FEMALE);
        else
            ck_assert_int_eq(r.sex, NIR_SEX_UNKNOWN);
    }
}
END_TEST

/* R6 / Q1: the allowed month set of each profile, all 100 codes. */
START_TEST(month_sets)
{
    for (int m = 0; m < 100; m++) {
        char body[14], number[16];
        int key;
        snprintf(body, sizeof body, "185%02d14168025", m);
        ck_assert_int_eq(nir_compute_key(body, 13, &key), NIR_OK);
        snprintf(number, sizeof number, "%s%02d", body, key);
        int standard = (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || m >= 50;
        int dsn = (m >= 1 && m <= 12) || m == 20 || (m >= 30 && m <= 42) ||
                  m >= 50;
        int lenient = (m >= 1 && m <= 12) || m >= 20;
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_STANDARD, NULL),
                         standard ? OK : MONTH);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_DSN, NULL),
                         dsn ? OK : MONTH);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_LENIENT, NULL),
                         lenient ? OK : MONTH);
    }
}
END_TEST

/* R7b: 97x and 98x third digits under STANDARD; DSN does not look. */
START_TEST(overseas_ranges)
{
    for (int d = 970; d <= 989; d++) {
        char body[14], number[16];
        int key;
        snprintf(body, sizeof body, "18507%d12001", d);
        ck_assert_int_eq(nir_compute_key(body, 13, &key), NIR_OK);
        snprintf(number, sizeof number, "%s%02d", body, key);
        int ok = (d >= 971 && d <= 978) || (d >= 984 && d <= 989);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_STANDARD, NULL),
                         ok ? OK : DEPT);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_DSN, NULL), OK);
        ck_assert_int_eq(parse_s(number, NIR_PROFILE_LENIENT, NULL), OK);
    }
    /* Overseas commune 00 is invalid under STANDARD only. */
    ck_assert_int_eq(parse_s("1850797200001", NIR_PROFILE_STANDARD, NULL),
                     COMMUNE);
    ck_assert_int_eq(parse_s("1850797200001", NIR_PROFILE_DSN, NULL), OK);
}
END_TEST

/* R8b / Q5: country 990 is "unknown", 991-999 and unlisted codes warn. */
START_TEST(country_codes)
{
    nir_result r;
    ck_assert_int_eq(parse_s("1 85 07 99 990 001 92", NIR_PROFILE_STANDARD, &r),
                     OK);
    ck_assert_uint_eq(r.warnings, NIR_WARN_COUNTRY_UNKNOWN);
    ck_assert_ptr_null(r.country_name);
    ck_assert_int_eq(parse_s("2 95 10 99 126 111 93", NIR_PROFILE_STANDARD, &r),
                     OK);
    ck_assert_uint_eq(r.warnings, 0);
    ck_assert_str_eq(r.country_code, "99126");
    ck_assert_str_eq(r.country_name, "GRECE");
}
END_TEST

/* R9: key range and letters only at 2A/2B; R2: 13 or 15 characters. */
START_TEST(key_and_length)
{
    ck_assert_int_eq(parse_s("255081416802538", NIR_PROFILE_STANDARD, NULL), OK);
    ck_assert_int_eq(parse_s("25508141680253", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("2550814168025388", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("255081416802", NIR_PROFILE_STANDARD, NULL), LEN);
    ck_assert_int_eq(parse_s("25508141680253A", NIR_PROFILE_STANDARD, NULL), CHAR);
    ck_assert_int_eq(parse_s("2550814168025AB", NIR_PROFILE_STANDARD, NULL), CHAR);
    ck_assert_int_eq(parse_s("", NIR_PROFILE_STANDARD, NULL), NIR_ERR_EMPTY);
    ck_assert_int_eq(parse_s(" - . ", NIR_PROFILE_STANDARD, NULL), NIR_ERR_EMPTY);
    /* Key 97 (body multiple of 97) and key 01 are both in range. */
    ck_assert_int_eq(parse_s("1 60 01 92 044 012 97", NIR_PROFILE_STANDARD, NULL),
                     OK);
}
END_TEST

/* The position names the first character of the failing field, counted in
 * characters of the input as typed (separators included). */
START_TEST(error_positions)
{
    nir_result r;
    ck_assert_int_eq(parse_s("2 55 13 14 168 025 21", NIR_PROFILE_STANDARD, &r),
                     MONTH);
    ck_assert_uint_eq(r.position, 6);
    ck_assert_uint_eq(r.offset, 5);
    ck_assert_int_eq(parse_s("255081416802539", NIR_PROFILE_STANDARD, &r), KEY);
    ck_assert_uint_eq(r.position, 14);
    ck_assert_int_eq(parse_s("2 53 07 2C 073 004 43", NIR_PROFILE_STANDARD, &r),
                     CHAR);
    ck_assert_uint_eq(r.position, 10);
    ck_assert_int_eq(parse_s("2 55 08 14 000 025 34", NIR_PROFILE_STANDARD, &r),
                     COMMUNE);
    ck_assert_uint_eq(r.position, 12);
    ck_assert_int_eq(parse_s("2550814168025\t38", NIR_PROFILE_STANDARD, &r), CHAR);
    ck_assert_uint_eq(r.position, 14);
    /* Too short: just past the end. */
    ck_assert_int_eq(parse_s("25508", NIR_PROFILE_STANDARD, &r), LEN);
    ck_assert_uint_eq(r.position, 6);
    /* Too long: the 16th significant character. */
    ck_assert_int_eq(parse_s("2 55 08 14 168 025 38 1", NIR_PROFILE_STANDARD, &r),
                     LEN);
    ck_assert_uint_eq(r.position, 23);
    /* Positions count characters, not bytes: NBSP is one character. */
    ck_assert_int_eq(parse_s("2\xc2\xa0" "55 13 14 168 025 21",
                             NIR_PROFILE_STANDARD, &r), MONTH);
    ck_assert_uint_eq(r.position, 6);
    ck_assert_uint_eq(r.offset, 6);
}
END_TEST

static Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("edge_cases");
    load_cases();
    tcase_add_test(tc, edge_case_file);
    tcase_add_loop_test(tc, edge_case_row, 0, case_count);
    suite_add_tcase(s, tc);
    tc = tcase_create("rules");
    tcase_add_test(tc, digit_one_per_profile);
    tcase_add_test(tc, month_sets);
    tcase_add_test(tc, overseas_ranges);
    tcase_add_test(tc, country_codes);
    tcase_add_test(tc, key_and_length);
    tcase_add_test(tc, error_positions);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(rules_suite)
