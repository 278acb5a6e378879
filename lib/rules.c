/*
 * rules.c -- field checks on normalised characters: rules R3-R11 and the
 * three profiles of docs/rules.md ("Profiles").
 */
#include "fast_accept.h"
#include "internal.h"

static inline int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

int nir_profile_ok_(nir_profile profile)
{
    return profile == NIR_PROFILE_STANDARD || profile == NIR_PROFILE_DSN ||
           profile == NIR_PROFILE_LENIENT;
}

int nir_key_(const char *c)
{
    /* R9 in its equivalent form: the letter of 2A/2B counts as 0 and the
     * body is lowered by 1 000 000 (2A -> 19) or 2 000 000 (2B -> 18).
     * The body is read as two 32-bit halves, hi = c[0..6] and lo =
     * c[7..12], so body mod 97 = (hi mod 97) * (10^6 mod 97 = 27) + lo. */
    unsigned corsica = c[6] == 'A' ? 1u : c[6] == 'B' ? 2u : 0u;
    unsigned hi = 0, lo = 0;
    for (int i = 0; i < 6; i++)
        hi = hi * 10 + (unsigned)(c[i] - '0');
    hi = hi * 10 + (corsica ? 0u : (unsigned)(c[6] - '0')) - corsica;
    for (int i = 7; i < 13; i++)
        lo = lo * 10 + (unsigned)(c[i] - '0');
    return (int)(97 - ((hi % 97) * 27 + lo) % 97);
}

static int current_two_digit_year(void)
{
    int year = nir_current_utc_year_();
    if (year < 0)
        return 99; /* unknown: never warn on the "future" reading */
    return year % 100;
}

/* R7a: 20 before 1976, 2A/2B from 1976. The century is not in the number,
 * so warn only when no reading of the year fits. */
static int corsica_year_inconsistent(const char *c)
{
    int yy = two(c + 1);
    if (c[6] == 'A' || c[6] == 'B') /* 19YY < 1976 and 20YY in the future */
        return yy < 76 && yy > current_two_digit_year();
    return yy >= 76; /* "20": 19YY >= 1976 (18YY is before the register) */
}

static nir_status check_key(const char *c, size_t n, size_t *field)
{
    if (n == 15) {
        int key = two(c + 13);
        if (key < 1 || key > 97 || key != nir_key_(c)) {
            *field = 13;
            return NIR_ERR_KEY;
        }
    }
    return NIR_OK;
}

/* Place of birth, digits 6-10 (R7a, R7b, R8a, R8b). */
static nir_status check_place(const char *c, nir_profile profile,
                              unsigned *warnings, size_t *field)
{
    int lenient = profile == NIR_PROFILE_LENIENT;
    int dd;
    if (c[6] == 'A' || c[6] == 'B') {
        if (corsica_year_inconsistent(c))
            *warnings |= NIR_WARN_CORSICA_YEAR;
        dd = 20;
    } else {
        dd = two(c + 5);
    }
    if (dd == 0 && !lenient) {
        *field = 5;
        return NIR_ERR_DEPARTMENT;
    }
    if (dd == 99) {
        int country = three(c + 7);
        if (country == 0 && !lenient) {
            *field = 7;
            return NIR_ERR_COUNTRY;
        }
        if (country == 990)
            *warnings |= NIR_WARN_COUNTRY_UNKNOWN;
        else if (nir_country_index_[country] == 0)
            *warnings |= NIR_WARN_COUNTRY_UNLISTED;
        return NIR_OK;
    }
    if (dd == 20 && c[6] == '0' && corsica_year_inconsistent(c))
        *warnings |= NIR_WARN_CORSICA_YEAR;
    if (dd >= 91 && dd <= 96)
        *warnings |= NIR_WARN_NORTH_AFRICA;
    if ((dd == 97 || dd == 98) && profile == NIR_PROFILE_STANDARD) {
        /* R7b: 971-978, 984-989, then a 2-digit commune 01-99. */
        int third = c[7] - '0';
        if ((dd == 97 && (third < 1 || third > 8)) ||
            (dd == 98 && third < 4)) {
            *field = 5;
            return NIR_ERR_DEPARTMENT;
        }
        if (c[8] == '0' && c[9] == '0') {
            *field = 8;
            return NIR_ERR_COMMUNE;
        }
        return NIR_OK;
    }
    if (!lenient && three(c + 7) == 0) {
        *field = 7;
        return NIR_ERR_COMMUNE;
    }
    return NIR_OK;
}

nir_kind nir_kind_of_(char d1)
{
    switch (d1) {
    case '1': case '2': return NIR_KIND_NIR;
    case '3': case '4': return NIR_KIND_TEMPORARY;
    case '5': case '6': return NIR_KIND_MIG;
    case '7': case '8': return NIR_KIND_NNP;
    default: return NIR_KIND_NONE;
    }
}

nir_status nir_check_(const char *c, size_t n, nir_profile profile,
                      nir_kind *kind_out, unsigned *warnings, size_t *field)
{
    nir_kind kind;
    nir_status st;
    int shaped; /* NIR layout (R5-R8) rather than the CNAM NNP/MIG layout */

    *warnings = 0;
    *field = 0;
    if (!is_digit(c[0])) {
        *kind_out = NIR_KIND_NONE;
        return NIR_ERR_CHARACTER;
    }
    kind = nir_kind_of_(c[0]);
    *kind_out = kind;
    /* Only STANDARD knows the NNP/MIG layout; the other profiles read every
     * number in the NIR layout and refuse its digit 1 below. */
    shaped = profile != NIR_PROFILE_STANDARD ||
             (kind != NIR_KIND_NNP && kind != NIR_KIND_MIG);

    /* R3: digits everywhere, except 2A/2B at positions 6-7 of the NIR
     * layout. */
    for (size_t i = 1; i < n; i++) {
        if (!is_digit(c[i]) && !(shaped && i == 6 && c[5] == '2')) {
            *field = i;
            return NIR_ERR_CHARACTER;
        }
    }

    /* R4: digit 1. DSN and LENIENT know only 1/2 (R4a); STANDARD
     * classifies 3/4, 5/6, 7/8 (R4b-R4d); 0 and 9 are invalid (R4e). */
    if (kind == NIR_KIND_NONE ||
        (kind != NIR_KIND_NIR && profile != NIR_PROFILE_STANDARD)) {
        return NIR_ERR_SEX;
    }
    if (!shaped) /* Q4: NNP/MIG are 13 digits, or 15 with the R9 key */
        return check_key(c, n, field);

    if (!nir_month_ok_(two(c + 3), profile)) {
        *field = 3;
        return NIR_ERR_MONTH;
    }
    st = check_place(c, profile, warnings, field);
    if (st != NIR_OK)
        return st;
    if (profile != NIR_PROFILE_LENIENT && three(c + 10) == 0) {
        *field = 10;
        return NIR_ERR_ORDER;
    }
    if (kind == NIR_KIND_NIR) {
        int nines = 1;
        for (int i = 1; i < 13 && nines; i++)
            nines = c[i] == '9';
        if (nines) /* Q8: DSN "NIR inconnu" placeholder [12]9{12} */
            *warnings |= NIR_WARN_DSN_PLACEHOLDER;
    }
    return check_key(c, n, field);
}
