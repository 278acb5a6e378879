/*
 * test_api.c -- names, messages, versions, size twins, batch calls and the
 * INSEE country list.
 */
#include "testutil.h"

START_TEST(versions_and_sizes)
{
    ck_assert_str_eq(nir_version_string(), NIR_VERSION_STRING);
    ck_assert_uint_eq(nir_version(), NIR_VERSION);
    ck_assert_uint_eq(nir_version() >> 16, NIR_VERSION_MAJOR);
    ck_assert_ptr_nonnull(strstr(nir_data_version(), "COG 2020"));
    ck_assert_uint_eq(nir_max_input(), NIR_MAX_INPUT);
    ck_assert_uint_eq(nir_compact_bufsize(), NIR_COMPACT_BUFSIZE);
    ck_assert_uint_eq(nir_format_bufsize(), NIR_FORMAT_BUFSIZE);
    ck_assert_uint_eq(nir_max_findings(), NIR_MAX_FINDINGS);
}
END_TEST

START_TEST(status_names_and_messages)
{
    static const char *const names[NIR_STATUS_COUNT] = {
        "ok", "empty", "length", "character", "sex", "month", "department",
        "commune", "country", "order", "key", "buffer", "argument",
        "key_missing"};
    for (int i = 0; i < NIR_STATUS_COUNT; i++) {
        ck_assert_str_eq(nir_status_name((nir_status)i), names[i]);
        ck_assert_ptr_nonnull(nir_strerror((nir_status)i, NIR_LANG_EN));
        ck_assert_ptr_nonnull(nir_strerror((nir_status)i, NIR_LANG_FR));
        ck_assert_str_ne(nir_strerror((nir_status)i, NIR_LANG_EN),
                         nir_strerror((nir_status)i, NIR_LANG_FR));
    }
    ck_assert_str_eq(nir_status_name((nir_status)99), "unknown");
    ck_assert_str_eq(nir_strerror((nir_status)99, NIR_LANG_EN), "unknown error");
    ck_assert_str_eq(nir_strerror((nir_status)99, NIR_LANG_FR), "erreur inconnue");
    ck_assert_str_eq(nir_strerror(NIR_ERR_KEY, NIR_LANG_FR),
                     "la clé ne correspond pas au numéro");
}
END_TEST

START_TEST(enum_names)
{
    nir_profile p;
    ck_assert_str_eq(nir_profile_name(NIR_PROFILE_STANDARD), "standard");
    ck_assert_str_eq(nir_profile_name(NIR_PROFILE_DSN), "dsn");
    ck_assert_str_eq(nir_profile_name(NIR_PROFILE_LENIENT), "lenient");
    ck_assert_ptr_null(nir_profile_name((nir_profile)3));
    ck_assert_int_eq(nir_profile_from_name("DSN", 3, &p), NIR_OK);
    ck_assert_int_eq(p, NIR_PROFILE_DSN);
    ck_assert_int_eq(nir_profile_from_name("Lenient", 7, &p), NIR_OK);
    ck_assert_int_eq(p, NIR_PROFILE_LENIENT);
    ck_assert_int_eq(nir_profile_from_name("std", 3, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("standardx", 9, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name("standard", 7, &p), NIR_ERR_ARGUMENT);
    ck_assert_int_eq(nir_profile_from_name(NULL, 0, &p), NIR_ERR_ARGUMENT);

    ck_assert_ptr_null(nir_kind_name(NIR_KIND_NONE));
    ck_assert_str_eq(nir_kind_name(NIR_KIND_NIR), "nir");
    ck_assert_str_eq(nir_kind_name(NIR_KIND_TEMPORARY), "temporary");
    ck_assert_str_eq(nir_kind_name(NIR_KIND_NNP), "nnp");
    ck_assert_str_eq(nir_kind_name(NIR_KIND_MIG), "mig");
    ck_assert_ptr_null(nir_kind_name((nir_kind)5));
    ck_assert_str_eq(nir_sex_name(NIR_SEX_MALE), "male");
    ck_assert_str_eq(nir_sex_name(NIR_SEX_FEMALE), "female");
    ck_assert_str_eq(nir_sex_name(NIR_SEX_UNKNOWN), "unknown");
    ck_assert_str_eq(nir_sex_name((nir_sex)7), "unknown");
    ck_assert_ptr_null(nir_month_kind_name(NIR_MONTH_NONE));
    ck_assert_str_eq(nir_month_kind_name(NIR_MONTH_REAL), "real");
    ck_assert_str_eq(nir_month_kind_name(NIR_MONTH_PSEUDO), "pseudo");
    ck_assert_str_eq(nir_month_kind_name(NIR_MONTH_UNKNOWN), "unknown");
    ck_assert_ptr_null(nir_month_kind_name((nir_month_kind)4));
    ck_assert_ptr_null(nir_place_kind_name(NIR_PLACE_NONE));
    ck_assert_str_eq(nir_place_kind_name(NIR_PLACE_METROPOLE), "metropole");
    ck_assert_str_eq(nir_place_kind_name(NIR_PLACE_CORSICA), "corsica");
    ck_assert_str_eq(nir_place_kind_name(NIR_PLACE_OVERSEAS), "overseas");
    ck_assert_str_eq(nir_place_kind_name(NIR_PLACE_ABROAD), "abroad");
    ck_assert_str_eq(nir_place_kind_name(NIR_PLACE_NORTH_AFRICA), "north_africa");
    ck_assert_ptr_null(nir_place_kind_name((nir_place_kind)6));
}
END_TEST

START_TEST(warning_names)
{
    static const char *const names[NIR_WARNING_COUNT] = {
        "country_unlisted", "country_unknown", "corsica_year", "north_africa",
        "dsn_placeholder"};
    for (int i = 0; i < NIR_WARNING_COUNT; i++) {
        ck_assert_str_eq(nir_warning_name(1u << i), names[i]);
        ck_assert_ptr_nonnull(nir_warning_message(1u << i, NIR_LANG_EN));
        ck_assert_ptr_nonnull(nir_warning_message(1u << i, NIR_LANG_FR));
    }
    ck_assert_ptr_null(nir_warning_name(0));
    ck_assert_ptr_null(nir_warning_name(3));
    ck_assert_ptr_null(nir_warning_name(1u << NIR_WARNING_COUNT));
    ck_assert_ptr_null(nir_warning_message(3, NIR_LANG_EN));
}
END_TEST

START_TEST(batch_array)
{
    const char *in[] = {"255081416802538", "255081416802539", "",
                        "3 41 06 80 782 005 54", "7112312345678"};
    size_t len[5];
    nir_status st[5];
    nir_kind kinds[5];
    for (int i = 0; i < 5; i++)
        len[i] = strlen(in[i]);
    ck_assert_uint_eq(nir_validate_array(in, len, 5, NIR_PROFILE_STANDARD, st,
                                         kinds), 3);
    ck_assert_int_eq(st[0], NIR_OK);
    ck_assert_int_eq(st[1], NIR_ERR_KEY);
    ck_assert_int_eq(st[2], NIR_ERR_EMPTY);
    ck_assert_int_eq(kinds[3], NIR_KIND_TEMPORARY);
    ck_assert_int_eq(kinds[4], NIR_KIND_NNP);
    ck_assert_uint_eq(nir_validate_array(in, len, 5, NIR_PROFILE_DSN, st, NULL), 1);
    ck_assert_int_eq(st[3], NIR_ERR_SEX);
    ck_assert_uint_eq(nir_validate_array(NULL, len, 5, NIR_PROFILE_DSN, st, NULL), 0);
}
END_TEST

START_TEST(batch_lines)
{
    const char buf[] = "255081416802538\r\n255081416802539\n\n2840588321025";
    nir_status st[8];
    size_t records = 0;
    ck_assert_uint_eq(nir_validate_lines(buf, sizeof buf - 1, NIR_PROFILE_STANDARD,
                                         st, 8, &records), 2);
    ck_assert_uint_eq(records, 4);
    ck_assert_int_eq(st[0], NIR_OK);
    ck_assert_int_eq(st[1], NIR_ERR_KEY);
    ck_assert_int_eq(st[2], NIR_ERR_EMPTY);
    ck_assert_int_eq(st[3], NIR_OK);
    /* capacity smaller than the record count: counts still complete */
    ck_assert_uint_eq(nir_validate_lines(buf, sizeof buf - 1, NIR_PROFILE_STANDARD,
                                         st, 1, &records), 2);
    ck_assert_uint_eq(records, 4);
    /* trailing newline: no extra record; empty buffer: none */
    ck_assert_uint_eq(nir_validate_lines("255081416802538\n", 16,
                                         NIR_PROFILE_STANDARD, st, 8, &records), 1);
    ck_assert_uint_eq(records, 1);
    ck_assert_uint_eq(nir_validate_lines("", 0, NIR_PROFILE_STANDARD, st, 8,
                                         &records), 0);
    ck_assert_uint_eq(records, 0);
    ck_assert_uint_eq(nir_validate_lines(NULL, 5, NIR_PROFILE_STANDARD, st, 8,
                                         &records), 0);
    ck_assert_uint_eq(records, 0);
}
END_TEST

/* The batch calls give, record by record, what nir_validate gives: for
 * bad arguments, for records the fast path tries and cannot decide (an LF
 * or a CR inside the 15 bytes it looked at, a month it refuses), and under
 * an unknown profile. */
START_TEST(batch_edges_agree_with_validate)
{
    const char *in[] = {NULL, NULL, "25508141680253X", "2 55 08 14 168 025 38",
                        "255081416802538"};
    size_t len[] = {0, 5, 15, 21, 15};
    nir_status st[5];
    nir_kind kinds[5];
    nir_kind k;
    static const char buf[] = "12345\n123456789\n25508141680253\r\n"
                              "255131416802521\n255081416802538";
    const char *recs[] = {"12345", "123456789", "25508141680253",
                          "255131416802521", "255081416802538"};
    size_t records = 0;

    for (int p = 0; p < 4; p++) {
        nir_profile profile = (nir_profile)p; /* 3: unknown */
        nir_validate_array(in, len, 5, profile, st, kinds);
        for (int i = 0; i < 5; i++) {
            ck_assert_int_eq(st[i],
                             nir_validate(in[i], len[i], profile, &k, NULL));
            ck_assert_int_eq(kinds[i], k);
        }
        nir_validate_lines(buf, sizeof buf - 1, profile, st, 5, &records);
        ck_assert_uint_eq(records, 5);
        for (int i = 0; i < 5; i++)
            ck_assert_int_eq(st[i], nir_validate(recs[i], strlen(recs[i]),
                                                 profile, NULL, NULL));
    }
    /* The cases themselves, under STANDARD. */
    nir_validate_array(in, len, 5, NIR_PROFILE_STANDARD, st, NULL);
    ck_assert_int_eq(st[0], NIR_ERR_EMPTY);
    ck_assert_int_eq(st[1], NIR_ERR_ARGUMENT);
    ck_assert_int_eq(st[2], NIR_ERR_CHARACTER);
    ck_assert_int_eq(st[3], NIR_OK);
    ck_assert_int_eq(st[4], NIR_OK);
    nir_validate_lines(buf, sizeof buf - 1, NIR_PROFILE_STANDARD, st, 5,
                       &records);
    ck_assert_int_eq(st[0], NIR_ERR_LENGTH);    /* an LF within the 15 */
    ck_assert_int_eq(st[2], NIR_ERR_LENGTH);    /* 14 digits, then CRLF */
    ck_assert_int_eq(st[3], NIR_ERR_MONTH);     /* 15 digits, undecided */
    ck_assert_int_eq(st[4], NIR_OK);            /* last, no LF */
}
END_TEST

/* nir_tally_lines: one record of each path (fast accept, fast key error,
 * each warning, the overseas rule, letters, another kind, CRLF, empty),
 * counted once under its status, its kind and its warnings. */
START_TEST(batch_tally)
{
    static const char buf[] =
        "255081416802538\n"       /* valid, plain */
        "255081416802539\n"       /* key */
        "180019999012322\n"       /* valid, country_unknown */
        "180019935012316\n"       /* valid (Morocco) */
        "180019999912343\n"       /* valid, country_unlisted */
        "180019112345616\r\n"     /* valid, north_africa; CRLF */
        "290012012345635\n"       /* valid, corsica_year */
        "180019711234504\n"       /* valid, overseas */
        "180019791234560\n"       /* department (97 + 9) */
        "1 80 01 2A 123 456 78\n" /* key, spaced, 2A */
        "355081416802585\n"       /* valid, temporary */
        "\n"                      /* empty */
        "25508141680253\n"        /* length */
        "255131416802521";        /* month, last record without LF */
    nir_tally t;

    memset(&t, 0, sizeof t);
    ck_assert_uint_eq(nir_tally_lines(buf, sizeof buf - 1,
                                      NIR_PROFILE_STANDARD, &t), 14);
    ck_assert_uint_eq(t.records, 14);
    ck_assert_uint_eq(t.status[NIR_OK], 8); /* 7 NIRs, 1 temporary */
    ck_assert_uint_eq(t.status[NIR_ERR_KEY], 2);
    ck_assert_uint_eq(t.status[NIR_ERR_DEPARTMENT], 1);
    ck_assert_uint_eq(t.status[NIR_ERR_EMPTY], 1);
    ck_assert_uint_eq(t.status[NIR_ERR_LENGTH], 1);
    ck_assert_uint_eq(t.status[NIR_ERR_MONTH], 1);
    ck_assert_uint_eq(t.kind[NIR_KIND_TEMPORARY], 1);
    ck_assert_uint_eq(t.kind[NIR_KIND_NONE], 1); /* the empty record */
    ck_assert_uint_eq(t.kind[NIR_KIND_NIR], 12);
    ck_assert_uint_eq(t.warning[0], 1); /* country_unlisted */
    ck_assert_uint_eq(t.warning[1], 1); /* country_unknown */
    ck_assert_uint_eq(t.warning[2], 1); /* corsica_year */
    ck_assert_uint_eq(t.warning[3], 1); /* north_africa */
    ck_assert_uint_eq(t.warning[4], 0); /* dsn_placeholder */
    /* It adds: a second call doubles every total. */
    {
        nir_tally once = t;
        ck_assert_uint_eq(nir_tally_lines(buf, sizeof buf - 1,
                                          NIR_PROFILE_STANDARD, &t), 14);
        ck_assert_uint_eq(t.records, 2 * once.records);
        for (int i = 0; i < NIR_TALLY_STATUSES; i++)
            ck_assert_uint_eq(t.status[i], 2 * once.status[i]);
        for (int i = 0; i < NIR_TALLY_KINDS; i++)
            ck_assert_uint_eq(t.kind[i], 2 * once.kind[i]);
        for (int i = 0; i < NIR_TALLY_WARNINGS; i++)
            ck_assert_uint_eq(t.warning[i], 2 * once.warning[i]);
    }
    /* DSN: no overseas sub-rule, so 97 + 9 passes; unknown profile: every
     * record is an argument error; bad arguments leave the tally alone. */
    memset(&t, 0, sizeof t);
    nir_tally_lines(buf, sizeof buf - 1, NIR_PROFILE_DSN, &t);
    ck_assert_uint_eq(t.status[NIR_ERR_DEPARTMENT], 0);
    memset(&t, 0, sizeof t);
    ck_assert_uint_eq(nir_tally_lines(buf, sizeof buf - 1, (nir_profile)3, &t),
                      14);
    ck_assert_uint_eq(t.status[NIR_ERR_ARGUMENT], 14);
    ck_assert_uint_eq(t.kind[NIR_KIND_NONE], 14);
    memset(&t, 0, sizeof t);
    ck_assert_uint_eq(nir_tally_lines(NULL, 5, NIR_PROFILE_STANDARD, &t), 0);
    ck_assert_uint_eq(nir_tally_lines(buf, 5, NIR_PROFILE_STANDARD, NULL), 0);
    ck_assert_uint_eq(nir_tally_lines(NULL, 0, NIR_PROFILE_STANDARD, &t), 0);
    ck_assert_uint_eq(nir_tally_lines("", 0, NIR_PROFILE_STANDARD, &t), 0);
    ck_assert_uint_eq(t.records, 0);
}
END_TEST

START_TEST(countries)
{
    const nir_country *c;
    ck_assert_uint_gt(nir_country_count(), 250);
    ck_assert_ptr_nonnull(nir_country_at(0));
    ck_assert_ptr_null(nir_country_at(nir_country_count()));
    c = nir_country_by_code("99109", 5);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->name, "ALLEMAGNE");
    ck_assert_str_eq(c->iso3, "DEU");
    ck_assert_int_eq(c->status, 1);
    ck_assert_ptr_eq(nir_country_by_code("109", 3), c);
    ck_assert_ptr_eq(nir_country_by_iso("de", 2), c);
    ck_assert_ptr_eq(nir_country_by_iso("Deu", 3), c);
    /* The country row wins over its territories (99101 Denmark / Faroes). */
    ck_assert_str_eq(nir_country_by_code("99101", 5)->name, "DANEMARK");
    /* A code with only territory rows still resolves. */
    ck_assert_ptr_nonnull(nir_country_by_code("99425", 5));
    ck_assert_ptr_null(nir_country_by_code("99990", 5));
    ck_assert_ptr_null(nir_country_by_code("98109", 5));
    ck_assert_ptr_null(nir_country_by_code("9x9", 3));
    ck_assert_ptr_null(nir_country_by_code("1090", 4));
    ck_assert_ptr_null(nir_country_by_code(NULL, 5));
    ck_assert_ptr_null(nir_country_by_iso("ZZ", 2));
    ck_assert_ptr_null(nir_country_by_iso("D", 1));
    ck_assert_ptr_null(nir_country_by_iso(NULL, 2));
}
END_TEST

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("api");
    tcase_add_test(tc, versions_and_sizes);
    tcase_add_test(tc, status_names_and_messages);
    tcase_add_test(tc, enum_names);
    tcase_add_test(tc, warning_names);
    tcase_add_test(tc, batch_array);
    tcase_add_test(tc, batch_lines);
    tcase_add_test(tc, batch_edges_agree_with_validate);
    tcase_add_test(tc, batch_tally);
    tcase_add_test(tc, countries);
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(api_suite)
