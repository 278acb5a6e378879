/*
 * rules.c -- the reference checker: field checks on normalised characters,
 * rules R3-R9 of docs/rules.md, each profile's decisions read from its
 * tables (rules_def.h).
 */
#include "fast_accept.h"
#include "internal.h"
#include "rules_def.h"

static inline int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

int nir_profile_ok_(nir_profile profile)
{
    return (unsigned)nir_profile_rules_(profile) <
           sizeof nir_rules_ / sizeof nir_rules_[0];
}

int nir_key_(const char *c)
{
    /* R9 in its equivalent form: the letter of 2A/2B counts as 0 and the
     * body is lowered by 1 000 000 (2A) or 2 000 000 (2B). The body is
     * read as two 32-bit halves, hi = c[0..6] and lo = c[7..12], so body
     * mod 97 = (hi mod 97) * (10^6 mod 97) + lo. */
    char letter = c[NIR_CORSICA_AT + 1];
    unsigned millions = NIR_IS_CORSICA_LETTER(letter)
                            ? NIR_CORSICA_MILLIONS(letter)
                            : 0u;
    unsigned hi = 0, lo = 0;
    for (int i = 0; i < 6; i++)
        hi = hi * 10 + (unsigned)(c[i] - '0');
    hi = hi * 10 + (millions ? 0u : (unsigned)(c[6] - '0')) - millions;
    for (int i = 7; i < NIR_BODY_LEN; i++)
        lo = lo * 10 + (unsigned)(c[i] - '0');
    return (int)(NIR_KEY_MOD -
                 ((hi % NIR_KEY_MOD) * (1000000u % NIR_KEY_MOD) + lo) %
                     NIR_KEY_MOD);
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
    int yy = two(c + NIR_YEAR_AT);
    if (NIR_IS_CORSICA_LETTER(c[NIR_CORSICA_AT + 1]))
        /* 19YY before 1976 and 20YY in the future */
        return yy < NIR_CORSICA_SPLIT_YY && yy > current_two_digit_year();
    return yy >= NIR_CORSICA_SPLIT_YY; /* "20": 19YY from 1976 (18YY is
                                          before the register) */
}

static nir_status check_key(const char *c, size_t n, int require_key,
                            size_t *field)
{
    if (n == NIR_BODY_LEN && require_key) {
        *field = NIR_KEY_AT; /* where the key should start */
        return NIR_ERR_KEY_MISSING;
    }
    if (n == NIR_KEYED_LEN) {
        int key = two(c + NIR_KEY_AT);
        if (!NIR_KEY_IN_RANGE(key) || key != nir_key_(c)) {
            *field = NIR_KEY_AT;
            return NIR_ERR_KEY;
        }
    }
    return NIR_OK;
}

/* Place of birth, digits 6-10 (R7a, R7b, R8a, R8b), from the profile's
 * place flags for the département code. */
static nir_status check_place(const char *c, const nir_rules *rules,
                              unsigned *warnings, size_t *field)
{
    int letter = NIR_IS_CORSICA_LETTER(c[NIR_CORSICA_AT + 1]);
    unsigned pf = rules->place[letter ? NIR_DD_CORSICA : two(c + NIR_DD_AT)];

    if (pf & NIR_PF_REFUSED) {
        *field = NIR_DD_AT;
        return NIR_ERR_DEPARTMENT;
    }
    if (pf & NIR_PF_ABROAD) {
        int country = three(c + NIR_PLACE_AT);
        if (country == 0 && (pf & NIR_PF_COMMUNE)) {
            *field = NIR_PLACE_AT;
            return NIR_ERR_COUNTRY;
        }
        if (country == NIR_COUNTRY_UNKNOWN)
            *warnings |= NIR_WARN_COUNTRY_UNKNOWN;
        else if (nir_country_index_[country] == 0)
            *warnings |= NIR_WARN_COUNTRY_UNLISTED;
        return NIR_OK;
    }
    if ((pf & NIR_PF_CORSICA) && corsica_year_inconsistent(c))
        *warnings |= NIR_WARN_CORSICA_YEAR;
    if (pf & NIR_PF_NORTH_AFRICA)
        *warnings |= NIR_WARN_NORTH_AFRICA;
    if (pf & (NIR_PF_DOM | NIR_PF_COM)) {
        /* R7b: the third digit of 97x/98x, then a 2-digit commune */
        int third = c[NIR_PLACE_AT] - '0';
        if ((pf & NIR_PF_DOM) ? !NIR_DOM_THIRD_OK(third)
                              : !NIR_COM_THIRD_OK(third)) {
            *field = NIR_DD_AT;
            return NIR_ERR_DEPARTMENT;
        }
        if (two(c + NIR_OVERSEAS_COMMUNE_AT) == 0) {
            *field = NIR_OVERSEAS_COMMUNE_AT;
            return NIR_ERR_COMMUNE;
        }
        return NIR_OK;
    }
    if ((pf & NIR_PF_COMMUNE) && three(c + NIR_PLACE_AT) == 0) {
        *field = NIR_PLACE_AT;
        return NIR_ERR_COMMUNE;
    }
    return NIR_OK;
}

nir_kind nir_kind_of_(char d1)
{
    int d = d1 - '0';
    return NIR_IN(d, 0, 9) ? NIR_KIND_OF_DIGIT(d) : NIR_KIND_NONE;
}

nir_status nir_check_(const char *c, size_t n, nir_profile profile,
                      nir_kind *kind_out, unsigned *warnings, size_t *field)
{
    const nir_rules *rules = &nir_rules_[nir_profile_rules_(profile)];
    nir_kind kind;
    nir_status st;
    int shaped; /* NIR layout (R5-R8) rather than the CNAM NNP/MIG layout */
    int require_key = ((unsigned)profile & NIR_REQUIRE_KEY) != 0;

    *warnings = 0;
    *field = 0;
    if (!is_digit(c[0])) {
        *kind_out = NIR_KIND_NONE;
        return NIR_ERR_CHARACTER;
    }
    kind = nir_kind_of_(c[0]);
    *kind_out = kind;
    /* A kind the profile reads in the CNAM layout has no 2A/2B and no
     * fields; the other profiles read every number in the NIR layout and
     * refuse its digit 1 below. */
    shaped = (rules->cnam & NIR_KIND_BIT(kind)) == 0;

    /* R3: digits everywhere, except 2A/2B at positions 6-7 of the NIR
     * layout. */
    for (size_t i = 1; i < n; i++) {
        if (!is_digit(c[i]) &&
            !(shaped && i == NIR_CORSICA_AT + 1 && c[NIR_CORSICA_AT] == '2')) {
            *field = i;
            return NIR_ERR_CHARACTER;
        }
    }

    /* R4: digit 1, as the profile allows. */
    if (kind == NIR_KIND_NONE || (rules->kinds & NIR_KIND_BIT(kind)) == 0)
        return NIR_ERR_SEX;
    if (!shaped) /* Q4: NNP/MIG are 13 digits, or 15 with the R9 key */
        return check_key(c, n, require_key, field);

    if (!rules->month_ok[two(c + NIR_MONTH_AT)]) {
        *field = NIR_MONTH_AT;
        return NIR_ERR_MONTH;
    }
    st = check_place(c, rules, warnings, field);
    if (st != NIR_OK)
        return st;
    if (!rules->zeros_ok && three(c + NIR_ORDER_AT) == 0) {
        *field = NIR_ORDER_AT;
        return NIR_ERR_ORDER;
    }
    if (kind == NIR_KIND_NIR) {
        int nines = 1;
        for (int i = 1; i < NIR_BODY_LEN && nines; i++)
            nines = c[i] == NIR_PLACEHOLDER_DIGIT;
        if (nines) /* Q8: DSN "NIR inconnu" placeholder [12]9{12} */
            *warnings |= NIR_WARN_DSN_PLACEHOLDER;
    }
    return check_key(c, n, require_key, field);
}
