/*
 * cross_paths.c -- every entry point against the reference path.
 *
 * The reference is nir_check_ (lib/rules.c) on the input normalised by
 * nir_normalize_: the status, kind, warnings and position it gives. Every
 * equivalence class of every field (each digit 1, every month code 00-99,
 * every place class: metropolitan, 20/2A/2B, each overseas sub-range, 96,
 * 99 with listed, unlisted, 000 and 990 countries; commune and order
 * boundaries; key right, wrong, out of range and absent), in compact and
 * spaced form, some with surrounding white space, under every profile
 * with and without NIR_REQUIRE_KEY, must get the reference verdict from
 * nir_validate, nir_parse, nir_validate_array, nir_validate_lines (at
 * every position of a 16-line group), nir_tally_lines and
 * nir_find_invalid_lines.
 *
 * CTest runs this program once per path of the core (tests/CMakeLists.txt):
 * unit.cross_paths.portable (built with NIR_NO_SIMD: no fast path),
 * unit.cross_paths.swar (the one-record fast path of lib/fast_accept.h,
 * NIR_NO_AVX2) and unit.cross_paths.avx2 (that and the sixteen-record line
 * kernel of lib/lines_avx2.c; on a CPU without AVX2 it runs the swar path,
 * and says so).
 */
#include "internal.h"
#include "lines_avx2.h"
#include "testutil.h"

typedef struct verdict {
    nir_status st;
    nir_kind kind;
    unsigned warnings;
    size_t position; /* 1-based code point of the error, 0 when valid */
} verdict;

/* The inputs of one profile and their reference verdicts. */
typedef struct corpus {
    nir_profile profile;
    char *arena;
    size_t used, cap;
    const char **ptr;
    size_t *len;
    verdict *ref;
    size_t n, n_cap;
} corpus;

static verdict reference(const char *in, size_t len, nir_profile p)
{
    nir_norm norm;
    size_t eb = 0, ec = 0, field = 0;
    verdict v = {NIR_OK, NIR_KIND_NONE, 0, 0};

    v.st = nir_normalize_(in, len, &norm, &eb, &ec);
    if (v.st != NIR_OK) {
        v.kind = norm.n > 0 ? nir_kind_of_(norm.c[0]) : NIR_KIND_NONE;
        v.position = ec + 1;
        return v;
    }
    v.st = nir_check_(norm.c, norm.n, p, &v.kind, &v.warnings, &field);
    if (v.st == NIR_ERR_KEY_MISSING) /* just past the last character */
        v.position = norm.key_char + 1;
    else if (v.st != NIR_OK)
        v.position = (size_t)norm.char_at[field] + 1;
    return v;
}

static void corpus_add(corpus *c, const char *s, size_t len)
{
    if (c->arena == NULL || c->used + len > c->cap) {
        c->cap = 2 * c->cap + len;
        c->arena = realloc(c->arena, c->cap);
        ck_assert_ptr_nonnull(c->arena);
    }
    if (c->n == c->n_cap) {
        c->n_cap = 2 * c->n_cap + 64;
        c->len = realloc(c->len, c->n_cap * sizeof *c->len);
        c->ref = realloc(c->ref, c->n_cap * sizeof *c->ref);
        ck_assert_ptr_nonnull(c->len);
        ck_assert_ptr_nonnull(c->ref);
    }
    memcpy(c->arena + c->used, s, len);
    c->len[c->n] = len;
    c->ref[c->n] = reference(s, len, c->profile);
    c->used += len;
    c->n++;
}

/* Pointers into the arena, once it no longer moves. */
static void corpus_seal(corpus *c)
{
    size_t off = 0;
    c->ptr = malloc((c->n + 1) * sizeof *c->ptr);
    ck_assert_ptr_nonnull(c->ptr);
    for (size_t i = 0; i < c->n; i++) {
        c->ptr[i] = c->arena + off;
        off += c->len[i];
    }
}

static void corpus_free(corpus *c)
{
    free(c->arena);
    free(c->ptr);
    free(c->len);
    free(c->ref);
}

/* --- the inputs --------------------------------------------------------- */

/* Département + commune (5 characters): every place class and boundary. */
static const char *const places[] = {
    "00001", "00000",                   /* 00: LENIENT only */
    "01001", "01000", "19999", "21001", /* metropolitan, commune bounds */
    "75056", "90001", "90000",          /* last plain département */
    "20001", "20000",                   /* Corsica before 1976 */
    "2A001", "2B999", "2a004", "2b000", /* 2A/2B (lower case too) */
    "2C001", "3A001",                   /* letters where none may be */
    "91001", "95999", "96001", "96000", /* North Africa, Tunisia */
    "97001", "97101", "97212", "97300", "97499", "97501", "97601", "97701",
    "97801", "97901", "97899", "97800", /* DOM 970-979 */
    "98001", "98101", "98201", "98301", "98401", "98501", "98500", "98601",
    "98701", "98801", "98901", "98999", /* COM 980-989 */
    "99000", "99001", "99100", "99109", "99126", "99138", "99352", "99553",
    "99990", "99999",                   /* abroad: listed, unlisted, 990 */
};
static const char *const years[] = {"00", "53", "75", "76", "99"};
static const char *const orders[] = {"000", "001", "999"};

enum { KEY_RIGHT, KEY_WRONG, KEY_00, KEY_98, KEY_99, KEY_ABSENT, KEYS };

/* White space around an input, ignored by every entry point (the last
 * one makes a line of more than 32 bytes, which the line kernel leaves to
 * the one-record path). */
static const char *const pads[][2] = {
    {" ", ""}, {"", "\r"}, {"\t", "\n"}, {"  ", " \t "}, {"\v\f", "\r\n"},
    {"                ", "                "},
};
#define PADS (sizeof pads / sizeof *pads)

/* Spaced forms: groups of characters, a space between two groups. */
static const size_t spacings[][8] = {
    {1, 2, 2, 2, 3, 3, 2, 0}, /* as printed: S YY MM DD CCC NNN KK */
    {13, 2, 0},               /* the body, then the key */
    {3, 3, 3, 3, 3, 0},       /* in threes */
    {1, 4, 5, 3, 2, 0},       /* anyhow */
};
#define SPACINGS (sizeof spacings / sizeof *spacings)

/* The 13-character body, then the key as `key_mode` says; `form` 0
 * compact, k > 0 spaced as spacings[k - 1] says; `pad` > 0: surrounded by
 * pads[pad - 1]. */
static size_t make_number(char *out, int sex, const char *year, int month,
                          const char *place, const char *order, int key_mode,
                          int form, size_t pad)
{
    if (pad > 0) {
        const char *lead = pads[pad - 1][0], *trail = pads[pad - 1][1];
        size_t k = strlen(lead);
        memcpy(out, lead, k);
        k += make_number(out + k, sex, year, month, place, order, key_mode,
                         form, 0);
        memcpy(out + k, trail, strlen(trail));
        return k + strlen(trail);
    }
    char n[16];
    int key = 0;
    size_t len = 13;
    snprintf(n, sizeof n, "%d%s%02d%.5s%s", sex, year, month, place, order);
    switch (key_mode) {
    case KEY_RIGHT:
    case KEY_WRONG:
        if (nir_compute_key(n, 13, &key) != NIR_OK)
            key = 0;
        if (key_mode == KEY_WRONG)
            key = key % 97 + 1;
        break;
    case KEY_98:
        key = 98;
        break;
    case KEY_99:
        key = 99;
        break;
    default:
        break;
    }
    if (key_mode != KEY_ABSENT) {
        n[13] = (char)('0' + key / 10);
        n[14] = (char)('0' + key % 10);
        len = 15;
    }
    if (form == 0) {
        memcpy(out, n, len);
        return len;
    }
    const size_t *groups = spacings[form - 1];
    size_t k = 0, at = 0;
    for (size_t g = 0; groups[g] != 0 && at < len; g++) {
        size_t take = groups[g] < len - at ? groups[g] : len - at;
        if (g > 0)
            out[k++] = ' ';
        memcpy(out + k, n + at, take);
        k += take;
        at += take;
    }
    return k;
}

/* Inputs that are not numbers: the normalisation's errors. */
static const char *const odd_inputs[] = {
    "", " ", "2550814168025", "25508141680253", "2550814168025380",
    "2 55 08 14 168 025 38 1", "2-55-08-14-168-025-38", "2.55.08.14.168.025.38",
    "255081416802538\xc3", "２５５０８１４１６８０２５３８",
    "1 99 99 99 999 999 95", "199999999999995", "1999999999999",
    "7112312345678", "7012312345678", "5112312345678", "6144100008502",
    "741068078200548", "9 41 20 80 782 005 75", "X55081416802538",
};

static void corpus_build(corpus *c, nir_profile p)
{
    char num[64];
    size_t i = 0;

    memset(c, 0, sizeof *c);
    c->profile = p;
    for (size_t k = 0; k < sizeof odd_inputs / sizeof *odd_inputs; k++)
        corpus_add(c, odd_inputs[k], strlen(odd_inputs[k]));
    corpus_add(c, "2550814\0" "16802538", 16); /* a NUL byte inside */
    /* Every digit 1 x every month code x every place x every key, in
     * turn compact and spaced (every third one, in each spaced form in
     * turn), one in 7 surrounded by white space; year and order cycle
     * through their classes (periods 5 and 3, prime to each other and to
     * the rest). */
    for (int sex = 0; sex <= 9; sex++)
        for (int month = 0; month <= 99; month++)
            for (size_t pl = 0; pl < sizeof places / sizeof *places; pl++)
                for (int key = 0; key < KEYS; key++, i++)
                    corpus_add(c, num,
                               make_number(num, sex, years[i % 5], month,
                                           places[pl], orders[i % 3], key,
                                           i % 3 == 2
                                               ? (int)(1 + i / 3 % SPACINGS)
                                               : 0,
                                           i % 7 == 6 ? 1 + i / 7 % PADS : 0));
    /* Year and order against every place (digit 1 = 1, month 01). */
    for (size_t y = 0; y < 5; y++)
        for (size_t o = 0; o < 3; o++)
            for (size_t pl = 0; pl < sizeof places / sizeof *places; pl++)
                for (int key = 0; key < KEYS; key++)
                    corpus_add(c, num,
                               make_number(num, 1, years[y], 1, places[pl],
                                           orders[o], key, 0, 0));
    corpus_seal(c);
}

/* --- the checks --------------------------------------------------------- */

/* ck_assert_* reports its place to the parent process on every call (a
 * system call): millions of checks go through this test, which only asks
 * Check to fail. */
#define EXPECT(cond, ...)                                                    \
    do {                                                                     \
        if (!(cond))                                                         \
            ck_abort_msg(__VA_ARGS__);                                       \
    } while (0)

#define SAME(v, st_, kind_, w_)                                              \
    ((v)->st == (st_) && (v)->kind == (kind_) && (v)->warnings == (w_))

static void check_single(const corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const verdict *r = &c->ref[i];
        nir_kind kind;
        unsigned w;
        nir_result res;
        nir_status st = nir_validate(c->ptr[i], c->len[i], c->profile,
                                     &kind, &w);
        EXPECT(SAME(r, st, kind, w),
                      "nir_validate #%zu '%.*s' profile %d: %d/%d/%u, "
                      "reference %d/%d/%u", i, (int)c->len[i], c->ptr[i],
                      c->profile, st, kind, w, r->st, r->kind, r->warnings);
        st = nir_parse(c->ptr[i], c->len[i], c->profile, &res);
        EXPECT(SAME(r, st, res.kind, res.warnings) &&
                          res.status == st && res.position == r->position,
                      "nir_parse #%zu '%.*s' profile %d: %d/%d/%u at %zu, "
                      "reference %d/%d/%u at %zu", i, (int)c->len[i],
                      c->ptr[i], c->profile, st, res.kind, res.warnings,
                      res.position, r->st, r->kind, r->warnings,
                      r->position);
    }
}

static size_t reference_valid(const corpus *c)
{
    size_t valid = 0;
    for (size_t i = 0; i < c->n; i++)
        valid += c->ref[i].st == NIR_OK;
    return valid;
}

static void check_array(const corpus *c)
{
    nir_status *st = malloc(c->n * sizeof *st);
    nir_kind *kinds = malloc(c->n * sizeof *kinds);
    ck_assert(st && kinds);
    size_t valid = nir_validate_array(c->ptr, c->len, c->n, c->profile, st,
                                      kinds);
    for (size_t i = 0; i < c->n; i++)
        EXPECT(st[i] == c->ref[i].st && kinds[i] == c->ref[i].kind,
                      "nir_validate_array #%zu profile %d: %d/%d, reference "
                      "%d/%d", i, c->profile, st[i], kinds[i], c->ref[i].st,
                      c->ref[i].kind);
    ck_assert_uint_eq(valid, reference_valid(c));
    free(st);
    free(kinds);
}

/* A line buffer: `shift` plain valid lines, then every input that holds
 * no LF (one in 7 with CRLF). rec_off/rec_len of input i: its line (with
 * its CR and LF), or len 0 when it was left out. */
typedef struct lines {
    char *buf;
    size_t len, records, shift;
    size_t *rec_off, *rec_len;
} lines;

static void lines_build(lines *l, const corpus *c, size_t shift)
{
    static const char plain[] = "255081416802538\n";
    size_t cap = shift * 16 + c->used + 2 * c->n + 1;
    l->buf = malloc(cap);
    l->rec_off = calloc(c->n, sizeof *l->rec_off);
    l->rec_len = calloc(c->n, sizeof *l->rec_len);
    ck_assert(l->buf && l->rec_off && l->rec_len);
    l->len = 0;
    l->shift = shift;
    for (size_t k = 0; k < shift; k++, l->len += 16)
        memcpy(l->buf + l->len, plain, 16);
    l->records = shift;
    for (size_t i = 0; i < c->n; i++) {
        if (memchr(c->ptr[i], '\n', c->len[i]) || c->len[i] == 0)
            continue; /* an empty line at the end would be no record */
        l->rec_off[i] = l->len;
        memcpy(l->buf + l->len, c->ptr[i], c->len[i]);
        l->len += c->len[i];
        if (i % 7 == 3)
            l->buf[l->len++] = '\r';
        l->buf[l->len++] = '\n';
        l->rec_len[i] = l->len - l->rec_off[i];
        l->records++;
    }
}

static void lines_free(lines *l)
{
    free(l->buf);
    free(l->rec_off);
    free(l->rec_len);
}

static void check_lines(const corpus *c, const lines *l)
{
    nir_status *st = malloc(l->records * sizeof *st);
    size_t records = 0, r = l->shift, valid_ref = l->shift;
    ck_assert_ptr_nonnull(st);
    size_t valid = nir_validate_lines(l->buf, l->len, c->profile, st,
                                      l->records, &records);
    ck_assert_uint_eq(records, l->records);
    for (size_t k = 0; k < l->shift; k++)
        EXPECT(st[k] == NIR_OK, "plain line %zu: %d", k, st[k]);
    for (size_t i = 0; i < c->n; i++) {
        if (l->rec_len[i] == 0)
            continue;
        EXPECT(st[r] == c->ref[i].st,
                      "nir_validate_lines #%zu (line %zu) profile %d: %d, "
                      "reference %d", i, r, c->profile, st[r], c->ref[i].st);
        valid_ref += c->ref[i].st == NIR_OK;
        r++;
    }
    ck_assert_uint_eq(valid, valid_ref);
    free(st);
}

static void check_tally(const corpus *c, const lines *l)
{
    nir_tally got = {0}, want = {0};
    want.records = l->records;
    want.status[NIR_OK] = l->shift;
    want.kind[NIR_KIND_NIR] = l->shift;
    for (size_t i = 0; i < c->n; i++) {
        if (l->rec_len[i] == 0)
            continue;
        want.status[c->ref[i].st]++;
        want.kind[c->ref[i].kind]++;
        for (unsigned b = 0; b < NIR_TALLY_WARNINGS; b++)
            want.warning[b] += (c->ref[i].warnings >> b) & 1u;
    }
    ck_assert_uint_eq(nir_tally_lines(l->buf, l->len, c->profile, &got),
                      l->records);
    EXPECT(memcmp(&got, &want, sizeof got) == 0,
                  "nir_tally_lines profile %d: totals differ from the "
                  "reference", c->profile);
}

/* The invalid lines, found in pieces of `capacity`. */
static void check_find(const corpus *c, const lines *l, size_t capacity)
{
    nir_line found[64];
    size_t pos = 0, i = 0, records = 0;
    ck_assert_uint_le(capacity, 64);
    while (pos < l->len) {
        size_t scanned = 0, recs = 0;
        size_t n = nir_find_invalid_lines(l->buf + pos, l->len - pos,
                                          c->profile, found, capacity,
                                          &scanned, &recs);
        EXPECT(scanned > 0, "no progress at byte %zu", pos);
        for (size_t k = 0; k < n; k++) {
            while (i < c->n && (l->rec_len[i] == 0 || c->ref[i].st == NIR_OK))
                i++;
            EXPECT(i < c->n, "an invalid line too many");
            EXPECT(pos + found[k].offset == l->rec_off[i] &&
                              found[k].length == l->rec_len[i] &&
                              found[k].status == c->ref[i].st,
                          "nir_find_invalid_lines profile %d: #%zu found at "
                          "%zu+%zu status %d, reference at %zu+%zu status %d",
                          c->profile, i, pos + found[k].offset,
                          found[k].length, found[k].status, l->rec_off[i],
                          l->rec_len[i], c->ref[i].st);
            i++;
        }
        pos += scanned;
        records += recs;
    }
    while (i < c->n && (l->rec_len[i] == 0 || c->ref[i].st == NIR_OK))
        i++;
    EXPECT(i == c->n, "invalid line #%zu not found", i);
    ck_assert_uint_eq(records, l->records);
}

static void check_profile(nir_profile p)
{
    corpus c;
    corpus_build(&c, p);
    check_single(&c);
    check_array(&c);
    /* Every position in a group of 16 lines. */
    for (size_t shift = 0; shift < 16; shift++) {
        lines l;
        lines_build(&l, &c, shift);
        check_lines(&c, &l);
        if (shift == 0 || shift == 15) {
            check_tally(&c, &l);
            check_find(&c, &l, shift == 0 ? 64 : 7);
        }
        lines_free(&l);
    }
    corpus_free(&c);
}

/* Profile argument _i: the three profiles, then each with
 * NIR_REQUIRE_KEY. */
static nir_profile profile_arg(int i)
{
    return (nir_profile)(i % 3 | (i >= 3 ? NIR_REQUIRE_KEY : 0));
}

START_TEST(every_entry_point_agrees) { check_profile(profile_arg(_i)); }
END_TEST

/* The corpus does reach every class: each status the rules can give, each
 * kind and each warning, under some profile. */
START_TEST(corpus_covers_every_class)
{
    unsigned statuses = 0, kinds = 0, warnings = 0;
    for (int p = 0; p < 6; p++) {
        corpus c;
        corpus_build(&c, profile_arg(p));
        for (size_t i = 0; i < c.n; i++) {
            statuses |= 1u << c.ref[i].st;
            kinds |= 1u << c.ref[i].kind;
            warnings |= c.ref[i].warnings;
        }
        corpus_free(&c);
    }
    for (int st = NIR_OK; st <= NIR_ERR_KEY_MISSING; st++)
        if (st != NIR_ERR_BUFFER && st != NIR_ERR_ARGUMENT) /* API use */
            EXPECT(statuses & (1u << st), "no input gets status %d", st);
    ck_assert_uint_eq(kinds, (1u << (NIR_KIND_MIG + 1)) - 1u);
    ck_assert_uint_eq(warnings, (1u << NIR_WARNING_COUNT) - 1u);
}
END_TEST

#ifdef NIR_HAVE_AVX2
/* In the avx2 build, the kernel does take the records it is made for: a
 * group of compact lines, then one of spaced lines (CRLF), and stops
 * before a line it leaves to the one-record path. */
START_TEST(kernel_takes_its_groups)
{
    static const char compact[] = "255081416802538\n";
    static const char spaced[] = "2 55 08 14 168 025 38\r\n";
    char buf[16 * (sizeof spaced - 1) * 2 + 32];
    size_t len = 0;
    if (!nir_lines_avx2_ok_()) {
        printf("cross_paths: this CPU has no AVX2: the avx2 build runs the "
               "swar path\n");
        return;
    }
    for (int i = 0; i < 16; i++, len += sizeof compact - 1)
        memcpy(buf + len, compact, sizeof compact - 1);
    for (int i = 0; i < 16; i++, len += sizeof spaced - 1)
        memcpy(buf + len, spaced, sizeof spaced - 1);
    memset(buf + len, 'x', 32); /* a line too long for the kernel */
    nir_tally t = {0};
    nir_lines_acc acc = {NIR_PROFILE_STANDARD, &t, NULL, 0, buf,
                         NULL, 0, 0, 0, 0, 0};
    const char *stop = nir_lines_avx2_(buf, buf + len + 32, &acc);
    ck_assert_ptr_eq(stop, buf + len);
    ck_assert_uint_eq(acc.n, 32);
    ck_assert_uint_eq(acc.nir_valid, 32);
}
END_TEST
#endif

static Suite *cross_paths_suite(void)
{
    Suite *s = suite_create("cross_paths");
    TCase *tc = tcase_create("every entry point = reference");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, corpus_covers_every_class);
    tcase_add_loop_test(tc, every_entry_point_agrees, 0, 6);
#ifdef NIR_HAVE_AVX2
    tcase_add_test(tc, kernel_takes_its_groups);
#endif
    suite_add_tcase(s, tc);
    return s;
}

NIR_TEST_MAIN(cross_paths_suite)
