/*
 * fuzz_parse.c -- libFuzzer target for the validation path: nir_parse,
 * nir_validate, nir_compact, nir_compute_key, nir_format, nir_mask,
 * nir_suggest and the batch entry points, under every profile.
 *
 * Input: byte 0 selects the options, the rest is the number as typed.
 *   bits 0-1  profile for the expensive calls (3 = out of range: every
 *             call must answer NIR_ERR_ARGUMENT)
 *   bit  2    format style (compact / spaced)
 *   bits 3-7  mask keep flags (bit 7 also sets NIR_MASK_KEEP_KEY; no flag
 *             with bit 0 set means NIR_MASK_KEEP_NONE, else 0 = default)
 *
 * Every property below follows from include/nir.h; a violation abort()s so
 * that libFuzzer (or the replay driver) reports it as a crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "nir.h"

static int is_normalisation_error(nir_status st)
{
    return st == NIR_ERR_EMPTY || st == NIR_ERR_LENGTH ||
           st == NIR_ERR_CHARACTER;
}

/* Which nir_mask_keep flag covers compact character i (nir.h). An NNP or
 * MIG (digit 1 = 5-8, CNAM layout) has no year, month or place: its digits
 * 2-13 count as the order. */
static unsigned keep_flag(const char *c, size_t i)
{
    if (i == 0) return NIR_MASK_KEEP_SEX;
    if (c[0] >= '5' && c[0] <= '8' && i <= 12) return NIR_MASK_KEEP_ORDER;
    if (i <= 2) return NIR_MASK_KEEP_YEAR;
    if (i <= 4) return NIR_MASK_KEEP_MONTH;
    if (i <= 9) return NIR_MASK_KEEP_PLACE;
    if (i <= 12) return NIR_MASK_KEEP_ORDER;
    return NIR_MASK_KEEP_KEY;
}

/* Bytes that are not UTF-8 continuation bytes: an upper bound for the
 * number of code points read before any error position. */
static size_t count_lead_bytes(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    return chars;
}

/* The decoded fields of two results of the same compact number agree. */
static void same_decoding(const nir_result *a, const nir_result *b)
{
    CHECK(a->status == b->status);
    CHECK(a->kind == b->kind);
    CHECK(a->warnings == b->warnings);
    CHECK(strcmp(a->compact, b->compact) == 0);
    CHECK(a->compact_len == b->compact_len);
    CHECK(a->has_key == b->has_key);
    CHECK(a->key == b->key);
    CHECK(a->expected_key == b->expected_key);
    CHECK(a->sex == b->sex);
    CHECK(a->birth_year == b->birth_year);
    CHECK(a->month_code == b->month_code);
    CHECK(a->birth_month == b->birth_month);
    CHECK(a->month_kind == b->month_kind);
    CHECK(a->place_kind == b->place_kind);
    CHECK(strcmp(a->department, b->department) == 0);
    CHECK(a->department_name == b->department_name);
    CHECK(strcmp(a->commune, b->commune) == 0);
    CHECK(strcmp(a->country_code, b->country_code) == 0);
    CHECK(a->country_name == b->country_name);
    CHECK(a->country_iso2 == b->country_iso2);
    CHECK(a->country_iso3 == b->country_iso3);
    CHECK(a->order == b->order);
    CHECK(a->nnp_caisse == b->nnp_caisse);
    CHECK(a->nnp_verification == b->nnp_verification);
}

static void check_result_shape(const nir_result *r, const char *in,
                               size_t len)
{
    static const unsigned char zero[sizeof r->reserved];
    CHECK((unsigned)r->status < NIR_STATUS_COUNT);
    CHECK((unsigned)r->kind <= NIR_KIND_MIG);
    CHECK(r->warnings < (1u << NIR_WARNING_COUNT));
    CHECK(memcmp(r->reserved, zero, sizeof zero) == 0);
    CHECK(strlen(r->compact) == r->compact_len);
    CHECK(r->compact_len == 0 || r->compact_len == 13 ||
          r->compact_len == 15);
    CHECK(r->has_key == (r->compact_len == 15));
    if (r->status == NIR_OK) {
        CHECK(r->position == 0 && r->offset == 0);
        CHECK(r->kind != NIR_KIND_NONE);
        CHECK(r->compact_len != 0);
        if (r->has_key) {
            CHECK(r->key >= 1 && r->key <= 97);
            CHECK(r->key == r->expected_key);
        }
    } else if (r->status != NIR_ERR_ARGUMENT) {
        CHECK(r->position >= 1);
        if (len <= NIR_MAX_INPUT) {
            CHECK(r->offset <= len);
            CHECK(r->position <= (in ? count_lead_bytes(in, len) : 0) + 1);
        } else {
            CHECK(r->status == NIR_ERR_LENGTH);
        }
    }
    if (r->expected_key != -1)
        CHECK(r->expected_key >= 1 && r->expected_key <= 97);
    if (r->birth_month != -1)
        CHECK(r->birth_month >= 0 && r->birth_month <= 12);
}

static void check_format_and_mask(const char *in, size_t len,
                                  nir_format_style style, unsigned keep,
                                  const char *compact, nir_status cst)
{
    char fmt[NIR_FORMAT_BUFSIZE], masked[NIR_FORMAT_BUFSIZE];
    char again[NIR_FORMAT_BUFSIZE], squeezed[NIR_FORMAT_BUFSIZE];
    size_t flen, k = 0, ci = 0;
    nir_status fst = nir_format(in, len, style, fmt, sizeof fmt);
    nir_status mst = nir_mask(in, len, keep, style, masked, sizeof masked);

    CHECK(fst == cst);
    CHECK(mst == cst);
    CHECK(nir_format(in, len, (nir_format_style)2, fmt, sizeof fmt) ==
          NIR_ERR_ARGUMENT);
    if (cst != NIR_OK)
        return;
    CHECK(nir_format(in, len, style, fmt, sizeof fmt) == NIR_OK);
    flen = strlen(fmt);
    CHECK(flen < NIR_FORMAT_BUFSIZE);
    CHECK(strlen(masked) == flen);
    /* Too small by one byte: BUFFER, and the exact size is enough. */
    CHECK(nir_format(in, len, style, again, flen) == NIR_ERR_BUFFER);
    CHECK(nir_format(in, len, style, again, flen + 1) == NIR_OK);
    CHECK(strcmp(again, fmt) == 0);
    CHECK(nir_mask(in, len, keep, style, again, flen) == NIR_ERR_BUFFER);

    /* format -> compact round trip, and format is idempotent. */
    for (size_t i = 0; i < flen; i++) {
        if (fmt[i] == ' ') {
            CHECK(style == NIR_FORMAT_SPACED);
            CHECK(i > 0 && fmt[i - 1] != ' ' && fmt[i + 1] != '\0');
        } else {
            squeezed[k++] = fmt[i];
        }
    }
    squeezed[k] = '\0';
    CHECK(strcmp(squeezed, compact) == 0);
    CHECK(nir_format(fmt, flen, NIR_FORMAT_COMPACT, again, sizeof again) ==
          NIR_OK);
    CHECK(strcmp(again, compact) == 0);
    CHECK(nir_format(fmt, flen, style, again, sizeof again) == NIR_OK);
    CHECK(strcmp(again, fmt) == 0);

    /* Mask: same layout; '*' exactly on the characters not kept. */
    if (keep == 0)
        keep = NIR_MASK_DEFAULT;
    for (size_t i = 0; i < flen; i++) {
        if (fmt[i] == ' ') {
            CHECK(masked[i] == ' ');
            continue;
        }
        if (keep & keep_flag(compact, ci))
            CHECK(masked[i] == fmt[i]);
        else
            CHECK(masked[i] == '*');
        ci++;
    }
    CHECK(ci == strlen(compact));
}

static void check_suggest(const char *in, size_t len, nir_profile profile,
                          const nir_result *r)
{
    char out[8][NIR_COMPACT_BUFSIZE];
    size_t count = 99, shown;
    nir_status st = nir_suggest(in, len, profile, out, 8, &count);

    if (r->compact_len == 0) {
        CHECK(st == r->status); /* normalisation failed: same error */
        return;
    }
    if (r->compact_len != 15) {
        CHECK(st == NIR_ERR_LENGTH);
        return;
    }
    if (r->compact[13] < '0' || r->compact[13] > '9' || r->compact[14] < '0' ||
        r->compact[14] > '9') {
        CHECK(st == NIR_ERR_CHARACTER);
        return;
    }
    CHECK(st == NIR_OK);
    if (r->status == NIR_OK) {
        CHECK(count == 0);
        return;
    }
    /* 13 positions x 11 substitutions + 12 transpositions at most. */
    CHECK(count <= 13 * 11 + 12);
    shown = count < 8 ? count : 8;
    for (size_t s = 0; s < shown; s++) {
        size_t diff[15], nd = 0;
        nir_result sr;
        CHECK(strlen(out[s]) == 15);
        CHECK(nir_parse(out[s], 15, profile, &sr) == NIR_OK);
        CHECK(memcmp(out[s] + 13, r->compact + 13, 2) == 0); /* key kept */
        for (size_t i = 0; i < 13; i++)
            if (out[s][i] != r->compact[i])
                diff[nd++] = i;
        CHECK(nd == 1 ||
              (nd == 2 && diff[1] == diff[0] + 1 &&
               out[s][diff[0]] == r->compact[diff[1]] &&
               out[s][diff[1]] == r->compact[diff[0]]));
        if (s > 0)
            CHECK(strcmp(out[s], out[s - 1]) != 0);
    }
    /* capacity 0 with a NULL array: the same total. */
    {
        size_t total = 0;
        CHECK(nir_suggest(in, len, profile, NULL, 0, &total) == NIR_OK);
        CHECK(total == count);
    }
}

/* The input and an LF, many times over: a long buffer of the line calls,
 * whose totals must be the copies' totals, copy for copy. */
static void check_batch_repeated(const char *in, size_t len,
                                 nir_profile profile)
{
    static char big[2048];
    size_t unit = len + 1, copies, n1, n;
    nir_tally one = {0}, all = {0};
    nir_line first;

    /* Just over the 1 KiB from which the batch calls use the kernel:
     * enough for its groups, cheap enough to keep the fuzzer fast. */
    if (unit > 256)
        return;
    copies = 1100 / unit + 1;
    for (size_t c = 0; c < copies; c++) {
        memcpy(big + c * unit, in, len);
        big[c * unit + len] = '\n';
    }
    n1 = nir_tally_lines(big, unit, profile, &one);
    n = nir_tally_lines(big, copies * unit, profile, &all);
    CHECK(n == copies * n1 && all.records == n);
    for (unsigned i = 0; i < NIR_TALLY_STATUSES; i++)
        CHECK(all.status[i] == copies * one.status[i]);
    for (unsigned i = 0; i < NIR_TALLY_KINDS; i++)
        CHECK(all.kind[i] == copies * one.kind[i]);
    for (unsigned i = 0; i < NIR_TALLY_WARNINGS; i++)
        CHECK(all.warning[i] == copies * one.warning[i]);
    n = nir_find_invalid_lines(big, copies * unit, profile, &first, 1, NULL,
                               NULL);
    CHECK(n == (one.status[NIR_OK] < n1));
}

static void check_batch(const char *in, size_t len, nir_profile profile)
{
    nir_status statuses[4];
    size_t records = 0, valid, start = 0, n = 0, expect_valid = 0;
    nir_tally tally = {0}, expect = {0};
    const char *inputs[1] = {in};
    size_t lengths[1] = {len};
    nir_kind kinds[1];
    nir_kind k;

    valid = nir_validate_array(inputs, lengths, 1, profile, statuses, kinds);
    CHECK(statuses[0] == nir_validate(in, len, profile, &k, NULL));
    CHECK(kinds[0] == k);
    CHECK(valid == (statuses[0] == NIR_OK));

    if (in == NULL)
        return;
    valid = nir_validate_lines(in, len, profile, statuses, 4, &records);
    static nir_line expect_invalid[1024];
    size_t invalid = 0;
    while (start < len) {
        const char *nl = memchr(in + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - in) : len;
        size_t rl = end - start;
        nir_status st;
        if (rl > 0 && in[end - 1] == '\r')
            rl--;
        unsigned w;
        st = nir_validate(in + start, rl, profile, &k, &w);
        if (n < 4)
            CHECK(statuses[n] == st);
        expect_valid += st == NIR_OK;
        if (st != NIR_OK && invalid < 1024) {
            expect_invalid[invalid].offset = start;
            expect_invalid[invalid].length = (nl ? end + 1 : end) - start;
            expect_invalid[invalid++].status = st;
        }
        expect.records++;
        expect.status[st]++;
        expect.kind[k]++;
        for (unsigned i = 0; i < NIR_TALLY_WARNINGS; i++)
            expect.warning[i] += (w >> i) & 1u;
        n++;
        start = end + 1;
    }
    CHECK(records == n);
    CHECK(valid == expect_valid);
    /* nir_tally_lines: the same records and verdicts, as totals. */
    CHECK(nir_tally_lines(in, len, profile, &tally) == n);
    CHECK(memcmp(&tally, &expect, sizeof tally) == 0);
    /* nir_find_invalid_lines: the invalid ones, where they are, in pieces
     * of 3 from where each call stopped. */
    {
        nir_line got[3];
        size_t at = 0, found = 0, recs = 0;
        while (at < len) {
            size_t scanned, r;
            size_t m = nir_find_invalid_lines(in + at, len - at, profile, got,
                                              3, &scanned, &r);
            CHECK(scanned > 0 && m <= 3 && (m == 3 || at + scanned == len));
            for (size_t i = 0; i < m && found + i < invalid; i++) {
                const nir_line *e = &expect_invalid[found + i];
                CHECK(got[i].offset + at == e->offset);
                CHECK(got[i].length == e->length);
                CHECK(got[i].status == e->status);
            }
            found += m;
            recs += r;
            at += scanned;
        }
        CHECK(recs == n);
        CHECK(invalid == 1024 || found == invalid);
    }
    if (len > 0 && (in[0] & 3) == 0) /* a quarter of the inputs: it costs */
        check_batch_repeated(in, len, profile);
}

/* nir_validate_ntt: the result is well-formed and agrees with itself
 * across profiles (LENIENT accepts a superset) and without a result. */
static int is_space(char ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

static void check_ntt(const char *in, size_t len)
{
    nir_ntt_result r[3];
    /* Surrounding white space is ignored: what is checked is t[0, tlen). */
    const char *t = in;
    size_t tlen = len;
    if (len <= NIR_MAX_INPUT) {
        while (tlen > 0 && is_space(t[0]))
            t++, tlen--;
        while (tlen > 0 && is_space(t[tlen - 1]))
            tlen--;
    }
    for (int p = 0; p < 3; p++) {
        nir_status st = nir_validate_ntt(in, len, (nir_profile)p, &r[p]);
        CHECK(st == r[p].status);
        CHECK(nir_validate_ntt(in, len, (nir_profile)p, NULL) == st);
        CHECK(nir_ntt_strerror(st, NIR_LANG_FR) != NULL);
        if (st == NIR_OK) {
            CHECK(tlen >= NIR_NTT_MIN_LEN && tlen <= NIR_NTT_MAX_LEN);
            CHECK(r[p].position == 0);
            CHECK(r[p].identifier_len == tlen - 10);
            CHECK(r[p].siren_valid == 0 || r[p].siren_valid == 1);
            CHECK(memchr(t, ' ', tlen) == NULL);
            CHECK(r[p].sex == (t[0] == '1' ? NIR_SEX_MALE : NIR_SEX_FEMALE));
            CHECK(memcmp(r[p].siren, t + 1, 9) == 0);
        } else {
            CHECK(st == NIR_ERR_EMPTY || st == NIR_ERR_LENGTH ||
                  st == NIR_ERR_CHARACTER || st == NIR_ERR_SEX);
            /* Positions count in the input as given: past the white
             * space that leads it. */
            CHECK(r[p].position >= 1 &&
                  r[p].position <= (size_t)(t - in) + NIR_NTT_MAX_LEN + 1);
            CHECK(st == NIR_ERR_LENGTH || r[p].position <= len ||
                  (len == 0 && r[p].position == 1));
        }
        for (size_t i = 0; i < sizeof r[p].reserved; i++)
            CHECK(r[p].reserved[i] == 0);
    }
    CHECK(r[NIR_PROFILE_STANDARD].status == r[NIR_PROFILE_DSN].status);
    if (r[NIR_PROFILE_STANDARD].status == NIR_OK)
        CHECK(r[NIR_PROFILE_LENIENT].status == NIR_OK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nir_result res[3], r2;
    char compact[NIR_COMPACT_BUFSIZE];
    const char *in;
    size_t len, pos = 0;
    unsigned opt, keep;
    nir_profile chosen;
    nir_format_style style;
    nir_status cst;

    if (size == 0)
        return 0;
    opt = data[0];
    in = (const char *)data + 1;
    len = size - 1;
    if (len == 0 && (opt & 0x80)) /* exercise (NULL, 0) = empty string */
        in = NULL;
    chosen = (nir_profile)(opt & 3u);
    style = (opt & 4u) ? NIR_FORMAT_SPACED : NIR_FORMAT_COMPACT;
    keep = ((opt >> 3) & 0x1Fu) | ((opt & 0x80u) ? NIR_MASK_KEEP_KEY : 0u);
    if (keep == 0 && (opt & 1u))
        keep = NIR_MASK_KEEP_NONE;

    /* nir_parse == nir_validate, under every profile. */
    for (int p = 0; p < 3; p++) {
        nir_profile profile = (nir_profile)p;
        nir_result *r = &res[p];
        nir_kind k = (nir_kind)99;
        unsigned w = 99;
        nir_status st = nir_parse(in, len, profile, r);
        CHECK(st == r->status);
        check_result_shape(r, in, len);
        CHECK(nir_parse(in, len, profile, NULL) == st);
        CHECK(nir_validate(in, len, profile, &k, &w) == st);
        CHECK(k == r->kind);
        CHECK(w == r->warnings);
        CHECK(nir_validate(in, len, profile, NULL, NULL) == st);
        if (r->compact_len > 0) {
            /* The compact form re-validates to the same result. */
            CHECK(nir_parse(r->compact, r->compact_len, profile, &r2) == st);
            same_decoding(r, &r2);
            if (st != NIR_OK)
                CHECK(r2.position == r2.offset + 1);
        } else {
            CHECK(is_normalisation_error(st));
        }
    }
    /* Profiles are nested as documented: DSN valid => LENIENT valid, and a
     * STANDARD-valid NIR (digit 1 = 1/2) is LENIENT-valid. */
    if (res[NIR_PROFILE_DSN].status == NIR_OK)
        CHECK(res[NIR_PROFILE_LENIENT].status == NIR_OK);
    if (res[NIR_PROFILE_STANDARD].status == NIR_OK &&
        res[NIR_PROFILE_STANDARD].kind == NIR_KIND_NIR)
        CHECK(res[NIR_PROFILE_LENIENT].status == NIR_OK);
    /* Normalisation does not depend on the profile. */
    CHECK(strcmp(res[0].compact, res[1].compact) == 0);
    CHECK(strcmp(res[0].compact, res[2].compact) == 0);

    /* An out-of-range profile is an argument error everywhere. */
    if (chosen == 3) {
        size_t cnt;
        CHECK(nir_parse(in, len, chosen, &r2) == NIR_ERR_ARGUMENT);
        CHECK(nir_validate(in, len, chosen, NULL, NULL) == NIR_ERR_ARGUMENT);
        CHECK(nir_suggest(in, len, chosen, NULL, 0, &cnt) == NIR_ERR_ARGUMENT);
        chosen = NIR_PROFILE_STANDARD;
    }

    /* nir_compact agrees with nir_parse's normalisation. */
    cst = nir_compact(in, len, compact, sizeof compact, &pos);
    if (res[0].compact_len > 0) {
        CHECK(cst == NIR_OK);
        CHECK(pos == 0);
        CHECK(strcmp(compact, res[0].compact) == 0);
        CHECK(nir_compact(in, len, compact, res[0].compact_len, NULL) ==
              NIR_ERR_BUFFER);
    } else {
        CHECK(cst == res[0].status);
        CHECK(pos == res[0].position);
        compact[0] = '\0';
    }

    /* nir_compute_key: appending the computed key to a 13-character body
     * never changes its verdict, under any profile. */
    {
        int key = -1;
        nir_status kst = nir_compute_key(in, len, &key);
        if (kst != NIR_OK) {
            CHECK(kst == NIR_ERR_EMPTY || kst == NIR_ERR_LENGTH ||
                  kst == NIR_ERR_CHARACTER || kst == NIR_ERR_ARGUMENT);
        } else {
            char full[NIR_COMPACT_BUFSIZE];
            CHECK(key >= 1 && key <= 97);
            CHECK(res[0].compact_len == 13);
            /* nir_parse gives the key to append to 13 characters. */
            if (res[0].status != NIR_ERR_CHARACTER)
                CHECK(res[0].expected_key == key);
            memcpy(full, res[0].compact, 13);
            full[13] = (char)('0' + key / 10);
            full[14] = (char)('0' + key % 10);
            full[15] = '\0';
            for (int p = 0; p < 3; p++) {
                CHECK(nir_parse(full, 15, (nir_profile)p, &r2) ==
                      res[p].status);
                CHECK(r2.expected_key == key ||
                      r2.status == NIR_ERR_CHARACTER);
            }
        }
        if (res[0].compact_len == 15) {
            int k13 = -1;
            kst = nir_compute_key(res[0].compact, 13, &k13);
            /* nir_parse decodes nothing after a character error (a
             * letter the layout refuses): expected_key stays -1 there. */
            if (kst == NIR_OK && res[0].status != NIR_ERR_CHARACTER)
                CHECK(k13 == res[0].expected_key);
            for (int p = 0; p < 3; p++)
                if (res[p].status == NIR_OK)
                    CHECK(kst == NIR_OK && k13 == res[p].key);
        }
    }

    check_format_and_mask(in, len, style, keep, compact, cst);
    check_suggest(in, len, chosen, &res[chosen]);
    check_batch(in, len, chosen);
    check_ntt(in, len);

    /* Names and messages exist for whatever came out. */
    CHECK(nir_status_name(res[chosen].status) != NULL);
    CHECK(nir_strerror(res[chosen].status, NIR_LANG_FR) != NULL);
    if (res[chosen].kind != NIR_KIND_NONE)
        CHECK(nir_kind_name(res[chosen].kind) != NULL);
    for (unsigned b = 0; b < NIR_WARNING_COUNT; b++)
        if (res[chosen].warnings & (1u << b))
            CHECK(nir_warning_name(1u << b) != NULL);
    return 0;
}
