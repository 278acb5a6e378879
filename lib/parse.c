/*
 * parse.c -- the validation entry points: nir_validate (verdict only, with
 * an ASCII fast path), nir_parse (verdict + every decoded field),
 * nir_compact and nir_compute_key.
 */
#include <string.h>

#include "fast_accept.h"
#include "internal.h"
#include "rules_def.h"

/* A word at a time, without a branch per byte: the records that reach the
 * full path are often all digits (wrong month, digit 1, length). */
static int all_ascii_digits(const char *s, size_t len)
{
    uint64_t x;

    if (len < 8) {
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)(s[i] - '0') > 9)
                return 0;
        return 1;
    }
    for (size_t i = 0; i + 8 < len; i += 8) {
        memcpy(&x, s + i, 8);
        if (!all_digits8(x))
            return 0;
    }
    memcpy(&x, s + len - 8, 8); /* the last 8 bytes, maybe overlapping */
    return all_digits8(x);
}

/* 1 if s is what nir_normalize_ would make of it: digits, or a Corsican
 * number (an A or a B at position 6 of 13 or 15 characters, digits
 * around it). Other letters are left to the normalisation. */
static int compact_already(const char *s, size_t len)
{
    char t[15];

    if (all_ascii_digits(s, len))
        return 1;
    if ((len != NIR_KEYED_LEN && len != NIR_BODY_LEN) ||
        !NIR_IS_CORSICA_LETTER(s[NIR_CORSICA_AT + 1]))
        return 0;
    memcpy(t, s, len);
    t[NIR_CORSICA_AT + 1] = '0';
    return all_ascii_digits(t, len);
}

nir_status nir_validate_full_(const char *input, size_t len,
                              nir_profile profile, nir_kind *kind,
                              unsigned *warnings)
{
    size_t field;
    nir_status st;

    *kind = NIR_KIND_NONE;
    *warnings = 0;
    if (len > 0 && len <= NIR_MAX_INPUT && compact_already(input, len)) {
        /* Its own compact form: nothing to normalise, and nir_normalize_
         * would find a length error at any other length. */
        if (len == NIR_KEYED_LEN || len == NIR_BODY_LEN) {
            st = nir_check_(input, len, profile, kind, warnings, &field);
        } else {
            *kind = nir_kind_of_(input[0]);
            st = NIR_ERR_LENGTH;
        }
    } else {
        nir_norm norm;
        size_t eb, ec;
        st = nir_normalize_(input, len, &norm, &eb, &ec);
        if (st == NIR_OK)
            st = nir_check_(norm.c, norm.n, profile, kind, warnings, &field);
        else if (norm.n > 0)
            *kind = nir_kind_of_(norm.c[0]);
    }
    return st;
}

nir_status nir_validate(const char *input, size_t len, nir_profile profile,
                        nir_kind *kind, unsigned *warnings)
{
    nir_kind k = NIR_KIND_NONE;
    unsigned w = 0;
    nir_status st;
    int fast = NIR_FAST_UNDECIDED;

    if ((input == NULL && len > 0) || !nir_profile_ok_(profile)) {
        st = NIR_ERR_ARGUMENT;
    } else if ((fast = nir_fast_input_(input, len, profile, &w)) !=
               NIR_FAST_UNDECIDED) {
        /* Fastest path: a NIR, compact or spaced, valid or with a wrong
         * key. */
        k = NIR_KIND_NIR;
        st = nir_fast_status_(fast);
    } else {
        st = nir_validate_full_(input, len, profile, &k, &w);
    }
    if (kind)
        *kind = k;
    if (warnings)
        *warnings = w;
    return st;
}

static void copy_field(char *dst, const char *src, size_t n)
{
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Decode the fields of characters that passed the character checks. */
static void decode(const char *c, nir_result *r)
{
    int dd;
    int d1 = c[0] - '0';
    r->sex = NIR_KIND_OF_DIGIT(d1) == NIR_KIND_NONE ? NIR_SEX_UNKNOWN
             : NIR_DIGIT1_MALE(d1)                  ? NIR_SEX_MALE
                                                    : NIR_SEX_FEMALE;
    /* Also the key to append to 13 characters; a valid 15-character
     * number has already had its key checked equal to it. */
    r->expected_key = r->status == NIR_OK && r->has_key ? r->key : nir_key_(c);
    if (r->kind == NIR_KIND_NNP || r->kind == NIR_KIND_MIG) {
        /* CNAM layout: S V CCC OOOOOOOO */
        r->nnp_verification = c[1] - '0';
        r->nnp_caisse = (c[2] - '0') * 100 + (c[3] - '0') * 10 + (c[4] - '0');
        r->order = 0;
        for (int i = 5; i < NIR_BODY_LEN; i++)
            r->order = r->order * 10 + (c[i] - '0');
        return;
    }
    if (r->kind == NIR_KIND_NONE)
        return;

    r->birth_year = two(c + NIR_YEAR_AT);
    r->month_code = two(c + NIR_MONTH_AT);
    r->month_kind = NIR_MONTH_CLASS(r->month_code);
    if (r->month_kind == NIR_MONTH_REAL)
        r->birth_month = r->month_code;
    else if (r->month_kind == NIR_MONTH_PSEUDO)
        r->birth_month = r->month_code - NIR_PSEUDO_MONTH_OFFSET;
    else if (r->month_kind == NIR_MONTH_UNKNOWN)
        r->birth_month = 0;
    /* else not a month code at all; left NONE / -1 */

    r->order = three(c + NIR_ORDER_AT);

    dd = NIR_IS_CORSICA_LETTER(c[NIR_CORSICA_AT + 1]) ? NIR_DD_CORSICA
                                                       : two(c + NIR_DD_AT);
    if (dd == NIR_DD_ABROAD) {
        const nir_country *country;
        int suffix = three(c + NIR_PLACE_AT);
        r->place_kind = NIR_PLACE_ABROAD;
        copy_field(r->department, c + NIR_DD_AT, 2);
        copy_field(r->country_code, c + NIR_DD_AT, 5);
        country = nir_country_main_(suffix);
        if (country) {
            r->country_name = country->name;
            r->country_iso2 = country->iso2;
            r->country_iso3 = country->iso3;
        }
    } else if (dd == NIR_DD_DOM || dd == NIR_DD_COM) {
        r->place_kind = NIR_PLACE_OVERSEAS;
        copy_field(r->department, c + NIR_DD_AT, 3);
        copy_field(r->commune, c + NIR_OVERSEAS_COMMUNE_AT, 2);
        r->department_name = nir_department_name_(c + 5, 1);
    } else {
        if (dd == NIR_DD_CORSICA)
            r->place_kind = NIR_PLACE_CORSICA;
        else if (dd == NIR_DD_TUNISIA)
            r->place_kind = NIR_PLACE_NORTH_AFRICA;
        else
            r->place_kind = NIR_PLACE_METROPOLE;
        copy_field(r->department, c + NIR_DD_AT, 2);
        copy_field(r->commune, c + NIR_PLACE_AT, 3);
        r->department_name = nir_department_name_(c + 5, 0);
    }
}

static void reset(nir_result *r)
{
    memset(r, 0, sizeof *r);
    r->key = -1;
    r->expected_key = -1;
    r->birth_year = -1;
    r->month_code = -1;
    r->birth_month = -1;
    r->order = -1;
    r->nnp_caisse = -1;
    r->nnp_verification = -1;
}

nir_status nir_parse(const char *input, size_t len, nir_profile profile,
                     nir_result *result)
{
    nir_result local;
    nir_norm norm;
    size_t eb = 0, ec = 0, field = 0;
    nir_status st;
    nir_result *r = result ? result : &local;
    const char *c;
    int ascii = 0, fast_valid = 0;
    unsigned fast_warnings = 0;

    reset(r);
    if ((input == NULL && len > 0) || !nir_profile_ok_(profile)) {
        r->status = NIR_ERR_ARGUMENT;
        return r->status;
    }
    /* Most numbers: 15 ASCII digits that the fast path finds valid (it
     * tests the digits itself); what nir_check_ would say, for less. */
    fast_valid = len == NIR_KEYED_LEN &&
                 nir_fast15_(input, profile, &fast_warnings) == NIR_FAST_VALID;
    if (fast_valid || ((len == NIR_KEYED_LEN || len == NIR_BODY_LEN) &&
                       compact_already(input, len))) {
        /* Already compact: character i stands at byte i, code point i. */
        ascii = 1;
        memcpy(r->compact, input, len);
        r->compact[len] = '\0';
        r->compact_len = len;
    } else {
        st = nir_normalize_(input, len, &norm, &eb, &ec);
        if (st != NIR_OK) {
            r->status = st;
            r->offset = eb;
            r->position = ec + 1;
            if (norm.n > 0) /* digit 1 was read: the kind is known */
                r->kind = nir_kind_of_(norm.c[0]);
            return st;
        }
        memcpy(r->compact, norm.c, norm.n + 1);
        r->compact_len = norm.n;
    }
    c = r->compact;
    r->has_key = r->compact_len == NIR_KEYED_LEN;
    if (r->has_key)
        r->key = two(c + NIR_KEY_AT);

    if (fast_valid) {
        r->warnings = fast_warnings; /* kept only from a decided verdict */
        r->kind = NIR_KIND_NIR;
        st = NIR_OK;
    } else {
        st = nir_check_(c, r->compact_len, profile, &r->kind, &r->warnings,
                        &field);
    }
    r->status = st;
    if (st == NIR_ERR_KEY_MISSING && !ascii) {
        /* Just past the last character read: where the key would go. */
        r->offset = norm.key_byte;
        r->position = norm.key_char + 1;
    } else if (st != NIR_OK) {
        r->offset = ascii ? field : norm.byte_at[field];
        r->position = (ascii ? field : (size_t)norm.char_at[field]) + 1;
    }
    if (st != NIR_ERR_CHARACTER)
        decode(c, r);
    else if (r->has_key)
        r->key = -1; /* the key itself may hold the bad character */
    return st;
}

nir_status nir_compact(const char *input, size_t len, char *out,
                       size_t outsize, size_t *pos)
{
    nir_norm norm;
    size_t eb = 0, ec = 0;
    nir_status st;

    if (pos)
        *pos = 0;
    if (out == NULL || (input == NULL && len > 0))
        return NIR_ERR_ARGUMENT;
    st = nir_normalize_(input, len, &norm, &eb, &ec);
    if (st != NIR_OK) {
        if (pos)
            *pos = ec + 1;
        return st;
    }
    if (outsize < norm.n + 1)
        return NIR_ERR_BUFFER;
    memcpy(out, norm.c, norm.n + 1);
    return NIR_OK;
}

nir_status nir_compute_key(const char *body, size_t len, int *key)
{
    nir_norm norm;
    size_t eb, ec;
    nir_status st;

    if (key == NULL || (body == NULL && len > 0))
        return NIR_ERR_ARGUMENT;
    st = nir_normalize_(body, len, &norm, &eb, &ec);
    if (st != NIR_OK)
        return st;
    if (norm.n != NIR_BODY_LEN)
        return NIR_ERR_LENGTH;
    for (size_t i = 0; i < NIR_BODY_LEN; i++) {
        int letter_ok =
            i == NIR_CORSICA_AT + 1 && norm.c[NIR_CORSICA_AT] == '2';
        if ((norm.c[i] < '0' || norm.c[i] > '9') && !letter_ok)
            return NIR_ERR_CHARACTER;
    }
    *key = nir_key_(norm.c);
    return NIR_OK;
}
