/*
 * test_edges.c -- boundary values for the branches of the lib/ sources that the
 * behaviour tests do not reach (API misuse, rare layouts, clock failure),
 * and the privacy promises: messages never carry the input, masking hides
 * exactly the promised characters.
 *
 * Part of the coverage gate (tools/hardening.sh coverage): lib/ must stay at
 * 100 % of lines and >= 95 % of branches. Each case asserts the documented
 * behaviour, not just that the code ran.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdint.h>
#include <time.h>

#include "testutil.h"

/* --- a controllable clock ------------------------------------------------
 * libnir reads the current year (time()) to decide whether a
 * 2A/2B code with a two-digit year can only be a pre-1976 birth. To test
 * the failure paths, this program defines time() under the C library's
 * symbol version: the linker then exports it and the dynamic linker binds
 * libnir's versioned reference (time@GLIBC_x) to it before libc's. Other
 * platforms skip the test (the coverage gate runs on glibc x86_64). */
#if defined(__GLIBC__) && defined(__x86_64__)
#define NIR_TIME_VERSION "GLIBC_2.2.5"
#elif defined(__GLIBC__) && defined(__aarch64__)
#define NIR_TIME_VERSION "GLIBC_2.17"
#elif defined(__GLIBC__) && defined(__i386__)
#define NIR_TIME_VERSION "GLIBC_2.0"
#endif

static int clock_mode; /* 0 real clock, 1 time() fails, 2 year overflows */

#ifdef NIR_TIME_VERSION
/* default visibility: the project builds with -fvisibility=hidden */
__attribute__((visibility("default"))) time_t nir_test_time(time_t *out);
__asm__(".symver nir_test_time, time@@" NIR_TIME_VERSION);
time_t nir_test_time(time_t *out)
{
    time_t t;
    if (clock_mode == 1) {
        t = (time_t)-1;
    } else if (clock_mode == 2) {
        t = (time_t)INT64_MAX; /* the year does not fit an int */
    } else {
        struct timespec ts;
        t = clock_gettime(CLOCK_REALTIME, &ts) == 0 ? ts.tv_sec : (time_t)-1;
    }
    if (out)
        *out = t;
    return t;
}
#endif

/* 2A with year 53: 1953 is before 2A existed and 2053 is in the future, so
 * the library warns; when the year is unknown it must not warn. */
START_TEST(clock_failure_never_warns)
{
    static const char *const n = "2 53 07 2A 073 004 43";
    unsigned w = 0;
    nir_kind k;

#ifndef NIR_TIME_VERSION
    return; /* cannot interpose on time() here */
#endif
    clock_mode = 0;
    ck_assert_int_eq(nir_validate(n, strlen(n), NIR_PROFILE_STANDARD, &k, &w),
                     NIR_OK);
    ck_assert_uint_eq(w, NIR_WARN_CORSICA_YEAR);

    for (int mode = 1; mode <= 2; mode++) {
        clock_mode = mode;
        w = 99;
        ck_assert_int_eq(nir_validate(n, strlen(n), NIR_PROFILE_STANDARD, &k,
                                      &w), NIR_OK);
        ck_assert_msg(w == 0, "clock mode %d: warnings %u", mode, w);
        ck_assert_int_eq(k, NIR_KIND_NIR);
    }
    clock_mode = 0;
}
END_TEST

/* --- API misuse: every pointer/argument check ---------------------------- */

START_TEST(argument_errors)
{
    char out[NIR_FORMAT_BUFSIZE];
    char sugg[2][NIR_COMPACT_BUFSIZE];
    size_t pos = 99, count = 99;
    nir_kind k = NIR_KIND_NIR;
    unsigned w = 7;
    int key = -5;
    nir_profile p;

    /* nir_validate: NULL with a length, unknown profiles */
    ck_assert_int_eq(nir_validate(NULL, 15, NIR_PROFILE_STANDARD, &k, &w),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(k, NIR_KIND_NONE);
    ck_assert_uint_eq(w, 0);
    ck_assert_int_eq(nir_validate("255081416802538", 15, (nir_profile)3,
                                  NULL, NULL), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_validate("255081416802538", 15, (nir_profile)-1,
                                  NULL, NULL), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_validate(NULL, 0, NIR_PROFILE_DSN, NULL, NULL),
                     NIR_ERR_EMPTY);

    /* nir_compact */
    ck_assert_int_eq(nir_compact("255081416802538", 15, NULL, 16, &pos),
                     NIR_ERR_ARGUMENT);
    ck_assert_uint_eq(pos, 0);
    ck_assert_int_eq(nir_compact(NULL, 3, out, sizeof out, &pos),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_compact("25508x", 6, out, sizeof out, NULL),
                     NIR_ERR_CHARACTER);
    ck_assert_int_eq(nir_compact("25508x", 6, out, sizeof out, &pos),
                     NIR_ERR_CHARACTER);
    ck_assert_uint_eq(pos, 6);
    ck_assert_int_eq(nir_compact(NULL, 0, out, sizeof out, &pos),
                     NIR_ERR_EMPTY); /* (NULL, 0) is the empty string */
    ck_assert_uint_eq(pos, 1);

    /* nir_compute_key */
    ck_assert_int_eq(nir_compute_key("2550814168025", 13, NULL),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_compute_key(NULL, 13, &key), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(key, -5);
    ck_assert_int_eq(nir_compute_key(NULL, 0, &key), NIR_ERR_EMPTY);
    ck_assert_int_eq(nir_compute_key("255081A168025", 13, &key),
                     NIR_ERR_CHARACTER); /* A not after a 2 */
    ck_assert_int_eq(nir_compute_key("2550814168025", 13, &key), NIR_OK);
    ck_assert_int_eq(key, 38);

    /* nir_format / nir_mask */
    ck_assert_int_eq(nir_format("255081416802538", 15, NIR_FORMAT_SPACED, NULL,
                                24), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_format(NULL, 15, NIR_FORMAT_SPACED, out, sizeof out),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_format("255081416802538", 15, (nir_format_style)2,
                                out, sizeof out), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_format("255081416802538", 15, (nir_format_style)-1,
                                out, sizeof out), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_mask("255081416802538", 15, 0, NIR_FORMAT_COMPACT,
                              NULL, 24), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_mask(NULL, 1, 0, NIR_FORMAT_COMPACT, out, sizeof out),
                     NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_mask("255081416802538", 15, 0, (nir_format_style)7,
                              out, sizeof out), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_format(NULL, 0, NIR_FORMAT_SPACED, out, sizeof out),
                     NIR_ERR_EMPTY);

    /* nir_suggest */
    ck_assert_int_eq(nir_suggest("255081416802539", 15, NIR_PROFILE_STANDARD,
                                 sugg, 2, NULL), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_suggest("255081416802539", 15, NIR_PROFILE_STANDARD,
                                 NULL, 2, &count), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_suggest(NULL, 15, NIR_PROFILE_STANDARD, sugg, 2,
                                 &count), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_suggest("255081416802539", 15, (nir_profile)3, sugg,
                                 2, &count), NIR_ERR_ARGUMENT);
    count = 99;
    ck_assert_int_eq(nir_suggest("2550814168025x9", 15, NIR_PROFILE_STANDARD,
                                 sugg, 2, &count), NIR_ERR_CHARACTER);
    ck_assert_uint_eq(count, 0);
    ck_assert_int_eq(nir_suggest("", 0, NIR_PROFILE_STANDARD, sugg, 2, &count),
                     NIR_ERR_EMPTY);
    ck_assert_int_eq(nir_suggest(NULL, 0, NIR_PROFILE_LENIENT, sugg, 2, &count),
                     NIR_ERR_EMPTY);
    ck_assert_int_eq(nir_suggest("2550814168025", 13, NIR_PROFILE_STANDARD,
                                 sugg, 2, &count), NIR_ERR_LENGTH);
    /* a letter in either key digit suggests nothing */
    ck_assert_int_eq(nir_suggest("2550814168025A8", 15, NIR_PROFILE_STANDARD,
                                 sugg, 2, &count), NIR_ERR_CHARACTER);
    ck_assert_int_eq(nir_suggest("25508141680253B", 15, NIR_PROFILE_STANDARD,
                                 sugg, 2, &count), NIR_ERR_CHARACTER);
    /* capacity 0 with no array: only the count */
    ck_assert_int_eq(nir_suggest("255081416802638", 15, NIR_PROFILE_STANDARD,
                                 NULL, 0, &count), NIR_OK);
    ck_assert_uint_ge(count, 1);

    /* names */
    ck_assert_int_eq(nir_profile_from_name("dsn", 3, NULL), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name(NULL, 3, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("ds1", 3, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("@SN", 3, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("dsn ", 4, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("DsN", 3, &p), NIR_OK);
    ck_assert_int_eq(p, NIR_PROFILE_DSN);
}
END_TEST

/* --- the ASCII fast path and its fallback --------------------------------- */

START_TEST(fast_path_fallback)
{
    nir_kind k;
    unsigned w;
    /* 13 and 15 bytes that are not all digits take the normalising path */
    ck_assert_int_eq(nir_validate("284052A321025", 13, NIR_PROFILE_STANDARD,
                                  &k, &w), NIR_OK);
    ck_assert_int_eq(k, NIR_KIND_NIR);
    ck_assert_int_eq(nir_validate("284052A32102552", 15, NIR_PROFILE_DSN, &k,
                                  &w), NIR_OK);
    ck_assert_int_eq(nir_validate("2550814168025 3", 15, NIR_PROFILE_STANDARD,
                                  &k, &w), NIR_ERR_LENGTH);
    ck_assert_int_eq(k, NIR_KIND_NIR); /* digit 1 was read */
    ck_assert_int_eq(nir_validate("/550814168025", 13, NIR_PROFILE_STANDARD,
                                  &k, &w), NIR_ERR_CHARACTER);
    ck_assert_int_eq(k, NIR_KIND_NONE);
    ck_assert_int_eq(nir_validate(":550814168025", 13, NIR_PROFILE_STANDARD,
                                  &k, &w), NIR_ERR_CHARACTER);
}
END_TEST

/* --- the entry points agree with each other -------------------------------
 * For every combination of field values at the boundaries of each rule,
 * with the right key and a wrong one, nir_validate, nir_parse and the batch
 * calls of this build of the library give the same status, kind and
 * warnings under every profile. All four may take the fast path
 * (fast_accept.h), so this is no check of the fast path against the rules:
 * tests/unit/cross_paths.c compares every entry point with the reference
 * checker, with and without the fast path. */
static const char *const fp_sex[] = {"0", "1", "2", "7"};
static const char *const fp_year[] = {"53", "76"}; /* Corsica: 20 from 1976 */
static const char *const fp_month[] = {"00", "01", "13", "20", "30", "31",
                                       "43", "50"};
/* département + commune (5 digits) */
static const char *const fp_place[] = {
    "00001", "01000", "01001", "19050", "20000", "20001", "21001", "75056",
    "90001", "91001", "95001", "96001", "97000", "97001", "97100", "97101",
    "97812", "97912", "98012", "98312", "98400", "98412", "98912", "99000",
    "99109", "99126", "99553", "99990"};
static const char *const fp_order[] = {"000", "001"};

static int fp_stream(const char *s, nir_profile p, const char *what,
                     nir_status st_full, nir_kind kind_full)
{
    /* one number as an array of one, and as a line of a buffer */
    const char *in[1] = {s};
    size_t lens[1] = {15}, records = 0;
    nir_status st[2];
    nir_kind kinds[1];
    char buf[40];
    size_t valid = nir_validate_array(in, lens, 1, p, st, kinds);
    ck_assert_msg(st[0] == st_full && kinds[0] == kind_full &&
                  valid == (st_full == NIR_OK), "%s %s array", what, s);
    memcpy(buf, s, 15);
    buf[15] = '\n';
    memcpy(buf + 16, s, 15);
    buf[31] = '\n';
    valid = nir_validate_lines(buf, 32, p, st, 2, &records);
    ck_assert_msg(records == 2 && st[0] == st_full && st[1] == st_full &&
                  valid == 2u * (st_full == NIR_OK), "%s %s lines", what, s);
    /* the last record without its LF */
    valid = nir_validate_lines(buf, 31, p, st, 2, &records);
    ck_assert_msg(records == 2 && st[1] == st_full, "%s %s last line", what,
                  s);
    return st_full == NIR_OK;
}

/* Checks body (13 digits) with its key, key + 1 and key 00 under every
 * profile; adds to *checked and *valid. */
static void fp_check(const char *body, size_t *checked, size_t *valid)
{
    char n[16];
    int key;
    memcpy(n, body, 13);
    ck_assert_int_eq(nir_compute_key(n, 13, &key), NIR_OK);
    for (int wrong = 0; wrong <= 2; wrong++) {
        int k = wrong == 0 ? key : wrong == 1 ? (key + 1) % 100 : 0;
        n[13] = (char)('0' + k / 10);
        n[14] = (char)('0' + k % 10);
        n[15] = '\0';
        for (int p = 0; p < 3; p++) {
            nir_result r;
            nir_kind kind = (nir_kind)99;
            unsigned w = 99;
            nir_status parsed = nir_parse(n, 15, (nir_profile)p, &r);
            nir_status st = nir_validate(n, 15, (nir_profile)p, &kind, &w);
            ck_assert_msg(st == parsed && kind == r.kind && w == r.warnings,
                          "%s profile %d: validate %d/%d/%u, parse %d/%d/%u",
                          n, p, st, kind, w, parsed, r.kind, r.warnings);
            *valid += (size_t)fp_stream(n, (nir_profile)p, "batch", parsed,
                                        r.kind);
            (*checked)++;
        }
    }
}

START_TEST(entry_points_agree)
{
    static const char *const extra[] = {
        "1999999999999", "2999999999999", "1999999999998", "2899999999999",
    };
    size_t checked = 0, valid = 0;
#define FP_COUNT(a) (sizeof(a) / sizeof((a)[0]))
    for (size_t a = 0; a < FP_COUNT(fp_sex); a++)
    for (size_t b = 0; b < FP_COUNT(fp_year); b++)
    for (size_t m = 0; m < FP_COUNT(fp_month); m++)
    for (size_t pl = 0; pl < FP_COUNT(fp_place); pl++)
    for (size_t o = 0; o < FP_COUNT(fp_order); o++) {
        char body[14];
        snprintf(body, sizeof body, "%s%s%s%s%s", fp_sex[a], fp_year[b],
                 fp_month[m], fp_place[pl], fp_order[o]);
        fp_check(body, &checked, &valid);
    }
    for (size_t i = 0; i < FP_COUNT(extra); i++)
        fp_check(extra[i], &checked, &valid); /* DSN placeholder */
#undef FP_COUNT
    /* the grid holds valid numbers of every profile, and invalid ones */
    ck_assert_uint_gt(valid, 1000);
    ck_assert_uint_gt(checked - valid, 1000);
}
END_TEST

/* --- batch entry points --------------------------------------------------- */

START_TEST(batch_arguments)
{
    const char *in[2] = {"255081416802538", "255081416802539"};
    size_t lens[2] = {15, 15};
    nir_status st[2] = {NIR_ERR_ARGUMENT, NIR_ERR_ARGUMENT};
    nir_kind kinds[2];
    size_t records = 99;
    const char lines[] = "255081416802538\r\n255081416802539\n\n";

    ck_assert_uint_eq(nir_validate_array(NULL, lens, 2, NIR_PROFILE_STANDARD,
                                         st, kinds), 0);
    ck_assert_uint_eq(nir_validate_array(in, NULL, 2, NIR_PROFILE_STANDARD, st,
                                         kinds), 0);
    ck_assert_uint_eq(nir_validate_array(in, lens, 2, NIR_PROFILE_STANDARD,
                                         NULL, kinds), 0);
    ck_assert_int_eq(st[0], NIR_ERR_ARGUMENT); /* untouched */
    /* kinds may be NULL */
    ck_assert_uint_eq(nir_validate_array(in, lens, 2, NIR_PROFILE_STANDARD, st,
                                         NULL), 1);
    ck_assert_int_eq(st[0], NIR_OK);
    ck_assert_int_eq(st[1], NIR_ERR_KEY);

    ck_assert_uint_eq(nir_validate_lines(NULL, 10, NIR_PROFILE_STANDARD, st, 2,
                                         &records), 0);
    ck_assert_uint_eq(records, 0);
    ck_assert_uint_eq(nir_validate_lines(NULL, 10, NIR_PROFILE_STANDARD, st, 2,
                                         NULL), 0);
    records = 99;
    ck_assert_uint_eq(nir_validate_lines(lines, sizeof lines - 1,
                                         NIR_PROFILE_STANDARD, NULL, 2,
                                         &records), 0);
    ck_assert_uint_eq(records, 0);
    /* no status array but capacity 0: counts only */
    ck_assert_uint_eq(nir_validate_lines(lines, sizeof lines - 1,
                                         NIR_PROFILE_STANDARD, NULL, 0,
                                         &records), 1);
    ck_assert_uint_eq(records, 3);
    ck_assert_uint_eq(nir_validate_lines(lines, sizeof lines - 1,
                                         NIR_PROFILE_STANDARD, st, 2, NULL), 1);
    ck_assert_int_eq(st[1], NIR_ERR_KEY);

    /* an unknown profile: every record is an argument error */
    ck_assert_uint_eq(nir_validate_array(in, lens, 2, (nir_profile)3, st,
                                         kinds), 0);
    ck_assert_int_eq(st[0], NIR_ERR_ARGUMENT);
    ck_assert_int_eq(st[1], NIR_ERR_ARGUMENT);
    ck_assert_int_eq(kinds[0], NIR_KIND_NONE);
    {
        static const char two_valid[] = "255081416802538\n255081416802538\n";
        ck_assert_uint_eq(nir_validate_lines(two_valid, sizeof two_valid - 1,
                                             (nir_profile)3, st, 2, &records),
                          0);
        ck_assert_uint_eq(records, 2);
        ck_assert_int_eq(st[0], NIR_ERR_ARGUMENT);
        /* more valid records than status slots */
        st[1] = NIR_ERR_BUFFER;
        ck_assert_uint_eq(nir_validate_lines(two_valid, sizeof two_valid - 1,
                                             NIR_PROFILE_DSN, st, 1, &records),
                          2);
        ck_assert_uint_eq(records, 2);
        ck_assert_int_eq(st[0], NIR_OK);
        ck_assert_int_eq(st[1], NIR_ERR_BUFFER); /* untouched */
    }
    /* a NULL entry with a length is an argument error, not a crash */
    {
        const char *with_null[2] = {NULL, "255081416802538"};
        ck_assert_uint_eq(nir_validate_array(with_null, lens, 2,
                                             NIR_PROFILE_STANDARD, st, kinds),
                          1);
        ck_assert_int_eq(st[0], NIR_ERR_ARGUMENT);
        ck_assert_int_eq(st[1], NIR_OK);
        ck_assert_int_eq(kinds[1], NIR_KIND_NIR);
    }
}
END_TEST

/* --- display layouts for unusual first characters and 98x ----------------- */

START_TEST(layouts)
{
    char out[NIR_FORMAT_BUFSIZE];
    /* digit 1 = 9 and a letter first: NIR layout, not CNAM */
    ck_assert_int_eq(nir_format("955081416802538", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "9 55 08 14 168 025 38");
    ck_assert_int_eq(nir_format("A55081416802538", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "A 55 08 14 168 025 38");
    ck_assert_int_eq(nir_format("455081416802538", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "4 55 08 14 168 025 38");
    /* 98x is overseas like 97x; 96 and 99 are not */
    ck_assert_int_eq(nir_format("185079871200508", 15, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "1 85 07 987 12 005 08");
    ck_assert_int_eq(nir_format("1850796120050", 13, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "1 85 07 96 120 050");
    ck_assert_int_eq(nir_format("1850799120050", 13, NIR_FORMAT_SPACED, out,
                                sizeof out), NIR_OK);
    ck_assert_str_eq(out, "1 85 07 99 120 050");
    /* the exact size is enough, one less is not */
    ck_assert_int_eq(nir_format("185079871200508", 15, NIR_FORMAT_SPACED, out,
                                22), NIR_OK);
    ck_assert_int_eq(nir_format("185079871200508", 15, NIR_FORMAT_SPACED, out,
                                21), NIR_ERR_BUFFER);
}
END_TEST

/* --- country lookups ------------------------------------------------------- */

START_TEST(country_lookups)
{
    const nir_country *gr = nir_country_by_code("99126", 5);
    ck_assert_ptr_nonnull(gr);
    ck_assert_str_eq(gr->name, "GRECE");
    ck_assert_ptr_eq(nir_country_by_code("126", 3), gr);
    ck_assert_ptr_null(nir_country_by_code("98126", 5)); /* not 99 */
    ck_assert_ptr_null(nir_country_by_code("89126", 5));
    ck_assert_ptr_null(nir_country_by_code("99 26", 5)); /* below '0' */
    ck_assert_ptr_null(nir_country_by_code("991:6", 5)); /* above '9' */
    ck_assert_ptr_null(nir_country_by_code("12/", 3));
    ck_assert_ptr_null(nir_country_by_code("1260", 4));
    ck_assert_ptr_null(nir_country_by_code(NULL, 5));
    ck_assert_ptr_null(nir_country_by_code("99000", 5)); /* no such row */

    ck_assert_ptr_eq(nir_country_by_iso("gr", 2), gr);
    ck_assert_ptr_eq(nir_country_by_iso("gRc", 3), gr);
    ck_assert_ptr_null(nir_country_by_iso("G~", 2)); /* above 'z' */
    ck_assert_ptr_null(nir_country_by_iso("G{C", 3));
    ck_assert_ptr_null(nir_country_by_iso("G", 1));
    ck_assert_ptr_null(nir_country_by_iso(NULL, 2));
    ck_assert_ptr_null(nir_country_at(nir_country_count()));
    ck_assert_ptr_nonnull(nir_country_at(nir_country_count() - 1));
}
END_TEST

/* --- full-width letters ---------------------------------------------------- */

START_TEST(fullwidth_letters)
{
    static const char *const forms[] = {
        "2 84 05 2\xef\xbc\xa1 321 025 52", /* U+FF21 A */
        "2 84 05 2\xef\xbd\x81 321 025 52", /* U+FF41 a */
    };
    static const char *const bforms[] = {
        "2 84 05 2\xef\xbc\xa2 321 025 79", /* U+FF22 B */
        "2 84 05 2\xef\xbd\x82 321 025 79", /* U+FF42 b */
    };
    nir_result r;
    for (size_t i = 0; i < 2; i++) {
        ck_assert_int_eq(parse_s(forms[i], NIR_PROFILE_STANDARD, &r), NIR_OK);
        ck_assert_str_eq(r.compact, "284052A32102552");
        ck_assert_int_eq(parse_s(bforms[i], NIR_PROFILE_STANDARD, &r), NIR_OK);
        ck_assert_str_eq(r.compact, "284052B32102579");
    }
    /* U+FF23 (full-width C) is not a letter the number may hold */
    ck_assert_int_eq(parse_s("2 84 05 2\xef\xbc\xa3 321 025 52",
                             NIR_PROFILE_STANDARD, &r), NIR_ERR_CHARACTER);
    ck_assert_uint_eq(r.position, 10);
}
END_TEST

/* --- privacy ---------------------------------------------------------------
 * Messages are static text: they cannot carry the input. Checked two ways:
 * no message holds a run of more than 4 digits (a 13-digit number, a
 * 5-digit place or a key+order run cannot hide in it), and no message holds
 * any 5-character window of the numbers validated just before. */

static int longest_digit_run(const char *s)
{
    int best = 0, run = 0;
    for (; *s; s++) {
        run = (*s >= '0' && *s <= '9') ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}

static void assert_no_window(const char *msg, const char *compact)
{
    size_t n = strlen(compact);
    for (size_t i = 0; i + 5 <= n; i++) {
        char win[6];
        memcpy(win, compact + i, 5);
        win[5] = '\0';
        ck_assert_msg(strstr(msg, win) == NULL, "'%s' leaks '%s'", msg, win);
    }
}

START_TEST(messages_never_carry_input)
{
    static const char *const inputs[] = {
        "2 55 08 14 168 025 38", "2 55 08 14 168 025 39", "1 06 09 99 553 910 94",
        "2 53 07 2A 073 004 43", "1 99 99 99 999 999 99", "7 1 123 12345678",
        "1 85 07 979 12 005 08", "2 55 13 14 168 025 21", "25508x",
        "2 00 02 99 231 234 86",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        nir_result r;
        (void)parse_s(inputs[i], NIR_PROFILE_STANDARD, &r);
        for (int lang = 0; lang <= 1; lang++) {
            const char *m = nir_strerror(r.status, (nir_lang)lang);
            ck_assert_ptr_nonnull(m);
            ck_assert_int_le(longest_digit_run(m), 4);
            assert_no_window(m, r.compact);
            for (unsigned b = 0; b < NIR_WARNING_COUNT; b++) {
                const char *wm = nir_warning_message(1u << b, (nir_lang)lang);
                ck_assert_ptr_nonnull(wm);
                ck_assert_int_le(longest_digit_run(wm), 4);
                assert_no_window(wm, r.compact);
            }
        }
    }
    /* every status, in range or not, both languages */
    for (int st = -1; st <= NIR_STATUS_COUNT; st++)
        for (int lang = 0; lang <= 1; lang++)
            ck_assert_int_le(longest_digit_run(nir_strerror((nir_status)st,
                                                            (nir_lang)lang)), 4);
    ck_assert_ptr_null(nir_warning_message(0, NIR_LANG_EN));
    ck_assert_ptr_null(nir_warning_message(3, NIR_LANG_FR));
    ck_assert_ptr_null(nir_warning_message(1u << NIR_WARNING_COUNT,
                                           NIR_LANG_EN));
}
END_TEST

/* nir_finding_message: no message holds the number or any 5-character
 * window of it (a field longer than the 2-digit year/month values the
 * findings are about), for every finding the cases below produce.
 * birthplace_mismatch included: it no longer quotes the number's place
 * digits. */
typedef struct civil_case {
    const char *number, *date, *country, *place;
    nir_sex sex;
} civil_case;

START_TEST(finding_messages_never_carry_input)
{
    static const civil_case cases[] = {
        {"2 55 08 14 168 025 38", "08/08/1955", "FR", "14168", NIR_SEX_MALE},
        {"2 55 08 14 168 025 38", "03/08/1956", NULL, "75056", 0},
        {"2 55 08 14 168 025 38", "08/03/1955", NULL, "99109", 0},
        {"2 55 08 14 168 025 38", "03/04/1955", NULL, "Allemagne", 0},
        {"2 55 08 14 168 025 39", "03/04/1955", NULL, NULL, 0},
        {"2 95 10 99 126 111 93", "1995-10-01", NULL, "99109", NIR_SEX_MALE},
        {"1 85 07 972 12 005 08", "1 juillet 1984", "FR", "97213", 0},
        {"2 88 35 31 001 001 33", "1988-05-04", NULL, "31", 0},
        {"1 41 20 80 782 005 87", "1941", NULL, "80782", 0},
        {"7 1 123 12345678", "03/04/1955", "xx", "nowhere", 0},
        {"2 55 08 14 168 025 38", "gibberish", "Atlantis", "nowhere", 0},
    };
    size_t messages = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const civil_case *k = &cases[i];
        nir_civil_status civil;
        nir_civil_report rep;
        nir_result r;
        memset(&civil, 0, sizeof civil);
        civil.sex = k->sex;
        civil.birth_date = k->date;
        civil.birth_date_len = k->date ? strlen(k->date) : 0;
        civil.document_country = k->country;
        civil.document_country_len = k->country ? strlen(k->country) : 0;
        civil.birthplace = k->place;
        civil.birthplace_len = k->place ? strlen(k->place) : 0;
        (void)parse_s(k->number, NIR_PROFILE_STANDARD, &r);
        ck_assert_int_eq(nir_check_civil_status(k->number, strlen(k->number),
                                                NIR_PROFILE_STANDARD, &civil,
                                                &rep), NIR_OK);
        for (size_t f = 0; f < rep.finding_count; f++) {
            for (int lang = 0; lang <= 1; lang++) {
                char msg[512];
                size_t need = nir_finding_message(&rep, f, (nir_lang)lang,
                                                  msg, sizeof msg);
                ck_assert_uint_gt(need, 0);
                ck_assert_uint_lt(need, sizeof msg);
                messages++;
                ck_assert_ptr_null(strstr(msg, r.compact));
                assert_no_window(msg, r.compact);
            }
        }
    }
    ck_assert_uint_ge(messages, 20);
}
END_TEST

/* Which keep flag covers compact character i (nir.h: digit 1 sex, 2-3
 * year, 4-5 month, 6-10 place, 11-13 order, 14-15 key; an NNP/MIG has no
 * year, month or place: its digits 2-13 are the order). */
static unsigned flag_of(const char *compact, size_t i)
{
    if (i == 0) return NIR_MASK_KEEP_SEX;
    if (compact[0] >= '5' && compact[0] <= '8' && i <= 12)
        return NIR_MASK_KEEP_ORDER;
    if (i <= 2) return NIR_MASK_KEEP_YEAR;
    if (i <= 4) return NIR_MASK_KEEP_MONTH;
    if (i <= 9) return NIR_MASK_KEEP_PLACE;
    if (i <= 12) return NIR_MASK_KEEP_ORDER;
    return NIR_MASK_KEEP_KEY;
}

START_TEST(mask_hides_promised_positions)
{
    static const char *const numbers[] = {
        "255081416802538", "2550814168025", "284052A32102552",
        "185079721200508", "7112312345678", "521231234567856",
    };
    for (size_t n = 0; n < sizeof numbers / sizeof numbers[0]; n++) {
        const char *c = numbers[n];
        size_t len = strlen(c);
        char spaced[NIR_FORMAT_BUFSIZE];
        ck_assert_int_eq(nir_format(c, len, NIR_FORMAT_SPACED, spaced,
                                    sizeof spaced), NIR_OK);
        /* every combination of the six flags, plus KEEP_NONE alone */
        for (unsigned keep = 0; keep <= 64; keep++) {
            unsigned eff = keep == 0 ? NIR_MASK_DEFAULT : keep;
            char out[NIR_FORMAT_BUFSIZE], sp[NIR_FORMAT_BUFSIZE];
            size_t ci = 0;
            if (keep == 64)
                eff = NIR_MASK_KEEP_NONE;
            ck_assert_int_eq(nir_mask(c, len, eff, NIR_FORMAT_COMPACT, out,
                                      sizeof out), NIR_OK);
            ck_assert_uint_eq(strlen(out), len);
            for (size_t i = 0; i < len; i++) {
                char want = (eff & flag_of(c, i)) ? c[i] : '*';
                ck_assert_msg(out[i] == want,
                              "%s keep %u pos %zu: '%c' want '%c'", c, eff, i,
                              out[i], want);
            }
            /* the spaced form masks the same characters, spaces kept */
            ck_assert_int_eq(nir_mask(c, len, eff, NIR_FORMAT_SPACED, sp,
                                      sizeof sp), NIR_OK);
            ck_assert_uint_eq(strlen(sp), strlen(spaced));
            for (size_t i = 0; sp[i]; i++) {
                if (spaced[i] == ' ') {
                    ck_assert_int_eq(sp[i], ' ');
                    continue;
                }
                ck_assert_int_eq(sp[i], out[ci]);
                ci++;
            }
            ck_assert_uint_eq(ci, len);
        }
    }
}
END_TEST

static Suite *edges_suite(void)
{
    Suite *s = suite_create("edges");
    TCase *tc = tcase_create("edges");
    tcase_set_timeout(tc, 120); /* valgrind */
    tcase_add_test(tc, clock_failure_never_warns);
    tcase_add_test(tc, argument_errors);
    tcase_add_test(tc, fast_path_fallback);
    tcase_add_test(tc, entry_points_agree);
    tcase_add_test(tc, batch_arguments);
    tcase_add_test(tc, layouts);
    tcase_add_test(tc, country_lookups);
    tcase_add_test(tc, fullwidth_letters);
    tcase_add_test(tc, messages_never_carry_input);
    tcase_add_test(tc, finding_messages_never_carry_input);
    tcase_add_test(tc, mask_hides_promised_positions);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(edges_suite)
