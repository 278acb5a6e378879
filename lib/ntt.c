/*
 * ntt.c -- the DSN temporary technical number (NTT, S21.G00.30.020), rules
 * N1-N5 of docs/rules.md ("NTT"): 11-40 characters without spaces (XSD),
 * character 1 the sex (1/2), characters 2-10 the employer's SIREN (digits;
 * its Luhn check digit only warns), then the employee's identifier.
 */
#include <string.h>

#include "internal.h"

/* Luhn check of the 9 SIREN digits (INSEE: "le neuvième chiffre est un
 * chiffre de contrôle"): from the right, every second digit is doubled. */
static int siren_luhn_ok(const char *d)
{
    unsigned sum = 0;
    for (int i = 0; i < 9; i++) {
        unsigned v = (unsigned)(d[8 - i] - '0');
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0;
}

static int is_alnum_ascii(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
           (ch >= 'a' && ch <= 'z');
}

/* Is byte `ch` allowed at 0-based index i (i >= 1)? */
static int allowed_at(size_t i, unsigned char ch, nir_profile profile)
{
    if (i < 10)
        return ch >= '0' && ch <= '9';
    if (nir_profile_rules_(profile) == NIR_PROFILE_LENIENT)
        return ch > ' ' && ch < 0x7F; /* the XSD has no pattern */
    return is_alnum_ascii(ch);        /* N5, as les-emplois */
}

static nir_status finish(nir_ntt_result *r, nir_status st, size_t position)
{
    if (r != NULL) {
        r->status = st;
        r->position = st == NIR_OK ? 0 : position;
    }
    return st;
}

static int is_space(unsigned char b)
{
    return b == ' ' || (b >= '\t' && b <= '\r');
}

/* The checks, on the input without its surrounding white space. */
static nir_status check_ntt(const char *input, size_t len, nir_profile profile,
                            nir_ntt_result *result)
{
    const unsigned char *s = (const unsigned char *)input;
    if (len == 0)
        return finish(result, NIR_ERR_EMPTY, 1);
    if (len > NIR_MAX_INPUT)
        return finish(result, NIR_ERR_LENGTH, NIR_NTT_MAX_LEN + 1);

    /* N3: the sex digit. A letter or digit is a wrong sex; anything else a
     * wrong character. */
    if (s[0] != '1' && s[0] != '2')
        return finish(result, is_alnum_ascii(s[0]) ? NIR_ERR_SEX
                                                   : NIR_ERR_CHARACTER, 1);
    if (result != NULL)
        result->sex = s[0] == '1' ? NIR_SEX_MALE : NIR_SEX_FEMALE;

    /* N2, N4, N5: every character, left to right, within the first 41 (a
     * 41st character is already a length error). */
    for (size_t i = 1; i < len && i <= NIR_NTT_MAX_LEN; i++)
        if (!allowed_at(i, s[i], profile))
            return finish(result, NIR_ERR_CHARACTER, i + 1);

    if (len >= NIR_NTT_MIN_LEN - 1 && result != NULL) {
        memcpy(result->siren, input + 1, 9);
        result->siren[9] = '\0';
        result->siren_valid = siren_luhn_ok(input + 1);
    }
    /* N1: 11 to 40 characters. */
    if (len < NIR_NTT_MIN_LEN)
        return finish(result, NIR_ERR_LENGTH, len + 1);
    if (len > NIR_NTT_MAX_LEN)
        return finish(result, NIR_ERR_LENGTH, NIR_NTT_MAX_LEN + 1);
    if (result != NULL)
        result->identifier_len = len - 10;
    return finish(result, NIR_OK, 0);
}

nir_status nir_validate_ntt(const char *input, size_t len, nir_profile profile,
                            nir_ntt_result *result)
{
    const unsigned char *s = (const unsigned char *)input;
    size_t lead = 0;
    nir_status st;

    if (result != NULL) {
        memset(result, 0, sizeof *result);
        result->siren_valid = -1;
    }
    if ((input == NULL && len > 0) || !nir_profile_ok_(profile))
        return finish(result, NIR_ERR_ARGUMENT, 0);
    /* Surrounding white space is ignored; positions stay those of the
     * input as given. (Past NIR_MAX_INPUT it is a length error anyway.) */
    if (len <= NIR_MAX_INPUT) {
        while (lead < len && is_space(s[lead]))
            lead++;
        while (len > lead && is_space(s[len - 1]))
            len--;
    }
    st = check_ntt(lead ? input + lead : input, len - lead, profile, result);
    if (result != NULL && result->position > 0 && st != NIR_ERR_EMPTY)
        result->position += lead;
    return st;
}

const char *nir_ntt_strerror(nir_status status, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    switch (status) {
    case NIR_ERR_LENGTH:
        return fr ? "longueur incorrecte : un NTT compte de 11 à 40 caractères"
                  : "wrong length: an NTT has 11 to 40 characters";
    case NIR_ERR_SEX:
        return fr ? "le premier caractère (sexe) doit être 1 ou 2"
                  : "first character (sex) must be 1 or 2";
    case NIR_ERR_CHARACTER:
        return fr ? "caractère interdit : le SIREN (caractères 2 à 10) est "
                    "en chiffres, l'identifiant qui suit en lettres et "
                    "chiffres, sans espace"
                  : "character not allowed: the SIREN (characters 2-10) is "
                    "digits, the identifier after it letters and digits, "
                    "no spaces";
    default:
        return nir_strerror(status, lang);
    }
}
